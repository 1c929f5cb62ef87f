"""The team tasks as worker jobs: each one calls the core and nothing else.

No Qt here: a task is a plain function ``work(store, progress, cancelled)``
that :class:`~annotator.gui.workers.Job` runs off the GUI thread on its own
store connection. The dialogs only collect options into these records, so
the same options always mean the same core call. Exports go through the core's
one export request (:func:`annotator.core.exporters.run_export`), exactly as the
CLI's ``export`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from annotator.core.store import ProjectStore
from annotator.gui.workers import Work

if TYPE_CHECKING:  # the exporters load on demand (xlsxwriter, lxml): not at start-up
    from annotator.core.exporters.request import ExportRequest, ExportResult

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

REFI_FORMATS = ("qdpx", "qdc")


@dataclass(frozen=True)
class ExportOptions:
    """An export asked for outside File → Export… (the agreement dialog's workbook).

    ``force`` is True because the path comes from a save dialog, whose overwrite
    confirmation counts as force.
    """

    fmt: str
    path: Path
    coders: Sequence[str] | None = None  # coder GUIDs or names
    codes: Sequence[str] | None = None  # code GUIDs or paths
    include_subcodes: bool = False
    documents: Sequence[str] | None = None  # document GUIDs or names
    pseudonymise: bool = False
    drop_text: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # format options, e.g. agreement= for xlsx
    force: bool = True

    def request(self) -> ExportRequest:
        from annotator.core.exporters.request import ExportRequest  # noqa: PLC0415

        return ExportRequest(
            self.fmt,
            self.path,
            coders=self.coders,
            codes=self.codes,
            include_subcodes=self.include_subcodes,
            documents=self.documents,
            pseudonymise=self.pseudonymise,
            no_text=self.drop_text,
            force=self.force,
            options=dict(self.extra),
        )


def export_request_work(request: ExportRequest) -> Work:
    """Run one export request; the result is the :class:`ExportResult`."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> ExportResult:
        from annotator.core.exporters.request import run_export  # noqa: PLC0415

        return run_export(store, request, progress=progress, cancelled=cancelled)

    return work


def export_work(options: ExportOptions) -> Work:
    """Write one export; the result is the number of rows it wrote."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> int:
        from annotator.core.exporters.request import run_export  # noqa: PLC0415

        return run_export(store, options.request(), progress=progress, cancelled=cancelled).rows

    return work


def merge_work(target: Path, sources: Sequence[str | Path]) -> Work:
    """Merge ``sources`` into ``target``; ``merge_projects`` opens the target itself (one transaction)."""

    def work(_store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> list[Any]:
        from annotator.core.analysis.merge import merge_projects  # noqa: PLC0415

        return merge_projects(target, list(sources), progress=progress, cancelled=cancelled)

    return work


def package_work(
    source: Path,
    coder: str,
    output: Path,
    sample: int | None,
    seed: int | None,
    *,
    exclude_warnings: tuple[str, ...] = (),
    force: bool = False,
) -> Work:
    """Write a coder package (``make_package`` reads the source on its own connection)."""

    def work(store: ProjectStore, _progress: Progress, _cancelled: IsCancelled) -> dict[str, int]:
        from annotator.core.analysis.package import make_package, package_coder  # noqa: PLC0415

        who = package_coder(store, coder)  # the name resolved once, to the project's coder record
        return make_package(
            source, who, output, sample=sample, seed=seed, exclude_warnings=exclude_warnings, force=force
        )

    return work


@dataclass(frozen=True)
class AgreementOptions:
    coders: tuple[str, ...]  # names, two or more
    codes: tuple[str, ...] | None = None  # GUIDs; None: every code they used
    documents: tuple[str, ...] | None = None  # GUIDs; None: documents any of them coded
    threshold: float = 0.9
    include_subcodes: bool = False


def agreement_work(options: AgreementOptions) -> Work:
    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> Any:
        from annotator.core.analysis.agreement import agreement  # noqa: PLC0415

        return agreement(
            store,
            list(options.coders),
            codes=list(options.codes) if options.codes is not None else None,
            documents=list(options.documents) if options.documents is not None else None,
            threshold=options.threshold,
            include_subcodes=options.include_subcodes,
            progress=progress,
            cancelled=cancelled,
        )

    return work


def disagreements_work(options: AgreementOptions, *, include_agreements: bool = False) -> Work:
    """The disagreement passages; with ``include_agreements`` the agreed ones too (a review needs
    them to tell boundary-only differences)."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> Any:
        from annotator.core.analysis.agreement import disagreements  # noqa: PLC0415

        return disagreements(
            store,
            list(options.coders),
            codes=list(options.codes) if options.codes is not None else None,
            documents=list(options.documents) if options.documents is not None else None,
            include_subcodes=options.include_subcodes,
            include_agreements=include_agreements,
            progress=progress,
            cancelled=cancelled,
        )

    return work


@dataclass(frozen=True)
class QueryOptions:
    """Retrieval filters (``annotator.core.analysis.query``); ``attributes`` maps a name to a predicate."""

    codes: tuple[str, ...] | None = None
    include_subcodes: bool = False
    coders: tuple[str, ...] | None = None
    documents: tuple[str, ...] | None = None
    attributes: dict[str, Callable[[Any], bool]] = field(default_factory=dict)
    frequencies_by: Literal["coder", "document"] = "coder"
    scope: Literal["passage", "document"] = "passage"

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.codes is not None:
            out["codes"] = list(self.codes)
            out["include_subcodes"] = self.include_subcodes
        if self.coders is not None:
            out["coders"] = list(self.coders)
        if self.documents is not None:
            out["documents"] = list(self.documents)
        if self.attributes:
            out["attributes"] = dict(self.attributes)
        return out


@dataclass(frozen=True)
class QueryResult:
    segments: list[Any]
    frequencies: Any  # FrequencyTable
    cooccurrence: Any  # CooccurrenceMatrix


def query_work(options: QueryOptions) -> Work:
    """Segments, frequencies and co-occurrence under one set of filters, in one pass of the worker."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> QueryResult:
        from annotator.core.analysis import query  # noqa: PLC0415
        from annotator.core.errors import Cancelled  # noqa: PLC0415

        def stage(done: int, what: str) -> None:
            if cancelled():
                raise Cancelled("retrieval cancelled")
            progress(done, 3, what)

        filters = options.filters()
        stage(0, "retrieving segments")
        found = query.segments(store, **filters)
        stage(1, "counting codes")
        frequencies = query.code_frequencies(
            store, by=options.frequencies_by, rollup=options.include_subcodes, **filters
        )
        stage(2, "counting co-occurrences")
        matrix = query.cooccurrence(store, scope=options.scope, **filters)
        stage(3, "")
        return QueryResult(found, frequencies, matrix)

    return work


def coders_by_work(store: ProjectStore, *, exclude: Sequence[str] = ()) -> list[str]:
    """Coder names, those with the most codings first (the likely pair to compare); none without codings."""
    from collections import Counter  # noqa: PLC0415

    names = {c.guid: c.name for c in store.coders() if c.name not in exclude}
    counts = Counter(c.coder for c in store.codings() if c.coder in names)
    return [names[guid] for guid, _ in counts.most_common()]


@dataclass(frozen=True)
class FactsOptions:
    """What the facts window asks of ``annotator.core.analysis.facts.facts`` (as ``annotator facts``)."""

    code: str | None = None  # a code path (with its sub-codes); None: every code with fields
    field: str | None = None  # a field name
    by: str | None = None  # a document attribute or a code path
    coders: tuple[str, ...] | None = None  # names; None: everyone
    rates: Path | None = None  # a user's rate table (from,to,rate): adds converted money rows


def facts_work(options: FactsOptions) -> Work:
    """The facts report: one FactGroup per code, field, group and unit, each with its passages."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> list[Any]:
        from annotator.core.analysis.facts import facts, read_rates  # noqa: PLC0415

        progress(0, 1, "counting values")
        report = facts(
            store,
            code=options.code,
            field=options.field,
            by=options.by,
            coders=list(options.coders) if options.coders is not None else None,
            rates=read_rates(options.rates) if options.rates is not None else None,
        )
        progress(1, 1, "")
        return report

    return work


def value_disagreements_work(coders: tuple[str, str]) -> Work:
    """Passages where two coders agree on the code but differ on a value (within stated tolerances)."""

    def work(store: ProjectStore, _progress: Progress, _cancelled: IsCancelled) -> list[Any]:
        from annotator.core.analysis.agreement import value_disagreements  # noqa: PLC0415

        return value_disagreements(store, list(coders))

    return work
