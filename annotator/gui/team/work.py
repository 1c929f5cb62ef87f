"""The team tasks as worker jobs: each one calls the core and nothing else.

No Qt here: a task is a plain function ``work(store, progress, cancelled)``
that :class:`~annotator.gui.workers.Job` runs off the GUI thread on its own
store connection. The dialogs only collect options into these records, so
the same options always mean the same core call (the CLI's ``export`` does the
same dispatch; see ``annotator/cli_team.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from annotator.core.store import ProjectStore
from annotator.gui.workers import Work

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

REFI_FORMATS = ("qdpx", "qdc")


@dataclass(frozen=True)
class ExportOptions:
    """What File → Export… asks for. ``None`` in a filter means "everything"."""

    fmt: str
    path: Path
    coders: Sequence[str] | None = None  # coder GUIDs or names
    codes: Sequence[str] | None = None  # code GUIDs
    include_subcodes: bool = False
    documents: Sequence[str] | None = None  # document GUIDs
    pseudonymise: bool = False
    drop_text: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. agreement= for xlsx

    def filters(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "coders": list(self.coders) if self.coders is not None else None,
            "codes": list(self.codes) if self.codes is not None else None,
            "documents": list(self.documents) if self.documents is not None else None,
        }
        out = {k: v for k, v in found.items() if v is not None}
        if self.include_subcodes and self.codes is not None:
            out["include_subcodes"] = True
        return out


def drop_text(_text: str) -> str:
    """The "drop all text" cleaner: passages, memos and names leave as empty strings."""
    return ""


def export_work(options: ExportOptions) -> Work:
    """Write one export; the result is the number of rows (codes for a codebook; None for qdpx)."""

    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> int | None:
        from annotator.core import exporters, refi_qda  # noqa: PLC0415 (exporters load on demand)
        from annotator.core.codebook import CodeTree  # noqa: PLC0415
        from annotator.core.project import project_codebook  # noqa: PLC0415
        from annotator.core.pseudonymise import load_pseudonyms, make_pseudonymiser  # noqa: PLC0415

        if options.fmt == "qdc":
            book = project_codebook(store)
            refi_qda.write_qdc(book, options.path)
            return len(book.codes)
        if options.fmt == "qdpx":
            codes = list(options.codes) if options.codes is not None else None
            if codes is not None and options.include_subcodes:
                tree = CodeTree(store.codes())
                codes = list(dict.fromkeys([*codes, *(d for g in codes for d in tree.descendants(g))]))
            refi_qda.write_qdpx(
                store,
                options.path,
                coders=options.coders,
                codes=codes,
                documents=options.documents,
                progress=progress,
                cancelled=cancelled,
            )
            return None
        clean = None
        if options.drop_text:
            clean = drop_text
        elif options.pseudonymise:
            clean = make_pseudonymiser(load_pseudonyms(store))
        return exporters.export(
            store,
            options.fmt,
            options.path,
            progress=progress,
            cancelled=cancelled,
            pseudonymise=clean,
            **options.filters(),
            **options.extra,
        )

    return work


def merge_work(target: Path, sources: Sequence[str | Path]) -> Work:
    """Merge ``sources`` into ``target``; ``merge_projects`` opens the target itself (one transaction)."""

    def work(_store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> list[Any]:
        from annotator.core.merge import merge_projects  # noqa: PLC0415

        return merge_projects(target, list(sources), progress=progress, cancelled=cancelled)

    return work


def package_work(
    source: Path, coder: str, output: Path, sample: int | None, seed: int | None, *, force: bool = False
) -> Work:
    """Write a coder package (``make_package`` reads the source on its own connection)."""

    def work(_store: ProjectStore, _progress: Progress, _cancelled: IsCancelled) -> dict[str, int]:
        from annotator.core.package import make_package  # noqa: PLC0415

        return make_package(source, coder, output, sample=sample, seed=seed, force=force)

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
        from annotator.core.agreement import agreement  # noqa: PLC0415

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


def disagreements_work(options: AgreementOptions) -> Work:
    def work(store: ProjectStore, progress: Progress, cancelled: IsCancelled) -> Any:
        from annotator.core.agreement import disagreements  # noqa: PLC0415

        return disagreements(
            store,
            list(options.coders),
            codes=list(options.codes) if options.codes is not None else None,
            documents=list(options.documents) if options.documents is not None else None,
            include_subcodes=options.include_subcodes,
            progress=progress,
            cancelled=cancelled,
        )

    return work


@dataclass(frozen=True)
class QueryOptions:
    """Retrieval filters (see ``annotator.core.query``); ``attributes`` maps a name to a predicate."""

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
        from annotator.core import query  # noqa: PLC0415
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
