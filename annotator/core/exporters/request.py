"""One export request: the only way the CLI, the app and scripts export anything.

Why: the CLI and the app once each had their own copy of "pick the exporter,
resolve the filters, apply privacy, count", and the copies drifted (qdpx ignored
``--include-subcodes`` and ``--pseudonymise`` and reported the project's total as
"rows"). Now :class:`ExportRequest` says what is wanted and :func:`run_export`
does everything in one order, for every format:

1. the format and its options are checked, and combinations that would mislead
   are refused in one line (a REFI-QDA project without text, a codebook filtered
   by coder, pseudonymisation without a pseudonym list, an empty filter);
2. the destination is checked (:func:`annotator.core.outputs.check_output`: never
   the project, its journals, lock or backups; an existing file only with
   ``force``) before anything is read;
3. names become GUIDs once (code paths with their sub-codes, coder names,
   document names; an unknown name is an error naming the project);
4. the filtered project is read once and cleaned (:mod:`.privacy`); the writer
   only sees the cleaned data (texts are read as it reaches them, all in one read
   transaction: the export is of the project as it was when it began);
5. the writer streams into an unnamed owner-only file that appears at the
   destination only when complete (:func:`annotator.core.outputs.write_output`);
   a cancelled, failed or killed export leaves nothing, and no format writes a
   named temporary file anywhere;
6. the result counts what was written, with the right noun.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from annotator.core.analysis.query import AttributeFilters, Selection, select
from annotator.core.code_labels import CANONICAL, FOLLOW_INTERFACE, CodeNames, code_language_choice
from annotator.core.codebook import CodeTree
from annotator.core.errors import Cancelled, NotFound, UnknownCode, UsageError
from annotator.core.exporters.case_export import (
    build_case_export,
    sidecars,
    write_cases_csv,
    write_events_csv,
    write_meta,
)
from annotator.core.exporters.case_table import write_cases
from annotator.core.exporters.csv_export import write_csv
from annotator.core.exporters.html_export import write_html
from annotator.core.exporters.json_export import write_json
from annotator.core.exporters.matrix_export import write_matrix
from annotator.core.exporters.privacy import Cleaner, Privacy
from annotator.core.exporters.refi_export import write_qdc_file, write_qdpx_package
from annotator.core.exporters.rows import Destination, ExportData, IsCancelled, Progress, load
from annotator.core.exporters.veiling import Veiler
from annotator.core.exporters.xlsx_export import write_xlsx
from annotator.core.messages import translate
from annotator.core.outputs import check_output, write_output
from annotator.core.pseudonymise import load_pseudonyms, make_pseudonymiser
from annotator.core.store import ProjectStore

Writer = Callable[..., int]


@dataclass(frozen=True)
class FormatSpec:
    """One format: its writer, what its rows are, and which requests it can honour."""

    name: str
    suffix: str
    writer: Writer
    noun: str  # what the writer's count counts: codings, documents or codes
    options: frozenset[str] = frozenset()  # format-specific keyword options
    filtered: bool = True  # qdc is the whole codebook: filters would be silently ignored
    textless: bool = True  # qdpx cannot exist without its sources' text
    spills: bool = False  # workbooks: the writer needs a folder for its unnamed scratch files


FORMATS: dict[str, FormatSpec] = {
    spec.name: spec
    for spec in (
        FormatSpec("csv", ".csv", write_csv, "codings"),
        FormatSpec("xlsx", ".xlsx", write_xlsx, "codings", frozenset({"agreement"}), spills=True),
        FormatSpec("json", ".json", write_json, "codings"),
        FormatSpec("html", ".html", write_html, "codings", frozenset({"quotes"})),
        FormatSpec("matrix", ".xlsx", write_matrix, "documents", frozenset({"rollup"}), spills=True),
        FormatSpec(
            "cases",
            ".csv",
            write_cases,
            "documents",
            frozenset({"include_names", "missing", "schema", "pool", "min_k"}),
        ),
        FormatSpec("qdpx", ".qdpx", write_qdpx_package, "codings", textless=False),
        FormatSpec("qdc", ".qdc", write_qdc_file, "codes", filtered=False),
    )
}
"""Format name -> spec. ``matrix`` writes an .xlsx workbook, ``cases`` a .csv file."""

_SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".html": "html", ".htm": "html"}
_SUFFIXES |= {".qdpx": "qdpx", ".qdc": "qdc"}


def format_for(path: str | os.PathLike[str]) -> str:
    """The format a file name implies (``.csv`` → csv ...); matrix and cases must be asked for.

    Raises:
        UsageError: for a suffix that names no format.
    """
    try:
        return _SUFFIXES[Path(path).suffix.lower()]
    except KeyError:
        raise UsageError(
            translate(
                "CoreExport", "cannot tell the export format from {name!r}; choose one of {formats}"
            ).format(name=Path(path).name, formats=", ".join(FORMATS))
        ) from None


def _names(values: Any) -> tuple[str, ...] | None:
    if values is None:
        return None
    return (values,) if isinstance(values, str) else tuple(values)


@dataclass(frozen=True)
class ExportRequest:
    """Everything an export needs to know; ``None`` in a filter means "no filter".

    ``coders``, ``codes`` and ``documents`` take names (code paths) or GUIDs;
    ``include_subcodes`` makes each code stand for its branch. ``options`` holds
    format-specific settings (``quotes`` for html, ``rollup`` for matrix,
    ``include_names``/``missing`` for the working case table, ``schema``/``pool``/``min_k`` for a
    standard case export, ``agreement`` for xlsx). ``force``
    allows replacing an existing file (the app's overwrite confirmation).
    """

    format: str
    output: Destination
    coders: Sequence[str] | None = None  # kept as a tuple
    codes: Sequence[str] | None = None
    include_subcodes: bool = False
    documents: Sequence[str] | None = None
    attributes: AttributeFilters | None = field(default=None, hash=False, compare=False)
    pseudonymise: bool = False
    no_text: bool = False
    with_translation: bool = False  # each coded passage's counterpart in linked documents (csv, xlsx, json)
    force: bool = False
    options: Mapping[str, Any] = field(default_factory=dict, hash=False)
    code_language: str | None = None  # name codes by their labels in this language (None, "en": canonical)
    veil_warnings: Sequence[str] = ()  # passages carrying these content warnings: text veiled (.veiling)
    omit_warnings: Sequence[str] = ()  # passages carrying these: left out, their words veiled

    def __post_init__(self) -> None:
        for name in ("coders", "codes", "documents"):
            object.__setattr__(self, name, _names(getattr(self, name)))
        for name in ("veil_warnings", "omit_warnings"):
            object.__setattr__(self, name, _names(getattr(self, name)) or ())
        if self.code_language is not None:
            language = code_language_choice(self.code_language)
            object.__setattr__(
                self, "code_language", None if language in (CANONICAL, FOLLOW_INTERFACE) else language
            )
        object.__setattr__(self, "format", self.format.lower())


@dataclass(frozen=True)
class ExportResult:
    """What one export wrote. ``rows`` counts the format's main rows, which are ``noun``."""

    format: str
    path: Path | None
    rows: int
    noun: str
    codings: int
    documents: int
    codes: int
    pseudonymised: bool
    text_dropped: bool
    files: tuple[Path, ...] = ()  # every file written (a standard case export writes sidecars)
    notes: tuple[str, ...] = ()  # what the front end should also say (the --min-k report)
    veiled: int = 0  # codings whose passage is veiled (--veil-warning)
    omitted: int = 0  # codings left out for a warning they carry (--omit-warning)

    def summary(self) -> str:
        """ "24 codings in 7 documents, pseudonymised": what the CLI and the app report."""
        if self.files:  # a standard case export
            unit = "victim case" if self.noun == "cases" else "document taken as a case"
            text = f"{_count(self.rows, 'row')}, one per {unit}"
        elif self.noun == "codes":
            text = _count(self.codes, "code")
        elif self.noun == "documents":
            text = f"{_count(self.documents, 'document')} ({_count(self.codings, 'coding')})"
        else:
            text = f"{_count(self.codings, 'coding')} in {_count(self.documents, 'document')}"
        if self.pseudonymised:
            text += ", pseudonymised"
        if self.text_dropped:
            text += ", without text"
        if self.veiled:
            text += f", {_count(self.veiled, 'passage')} veiled"
        if self.omitted:
            text += f", {_count(self.omitted, 'warned passage')} left out"
        return text


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def format_spec(request: ExportRequest) -> FormatSpec:
    """The request's format, checked against what the request asks of it.

    Raises:
        UsageError: unknown format, an option the format does not take, or a
            combination that would produce a misleading file.
    """
    spec = FORMATS.get(request.format)
    if spec is None:
        raise UsageError(
            translate("CoreExport", "unknown export format {format!r}; choose one of {formats}").format(
                format=request.format, formats=", ".join(FORMATS)
            )
        )
    unknown = sorted(set(request.options) - spec.options)
    if unknown:
        raise UsageError(
            translate("CoreExport", "the {name} export does not take the option {unknown}").format(
                name=spec.name, unknown=", ".join(unknown)
            )
        )
    if request.no_text and not spec.textless:
        raise UsageError(
            translate(
                "CoreExport",
                "a REFI-QDA project must carry each document's text (its positions "
                "point into it); export it with --pseudonymise, or use csv, xlsx or "
                "json with --no-text",
            )
        )
    if (request.veil_warnings or request.omit_warnings) and (
        spec.name == "qdc" or (spec.name == "cases" and request.options.get("schema"))
    ):
        raise UsageError(
            translate(
                "CoreExport",
                "the {name} export carries no passage text; --veil-warning and --omit-warning do not apply",
            ).format(name=spec.name)
        )
    chosen = [n for n in ("coders", "codes", "documents", "attributes") if getattr(request, n) is not None]
    if chosen and not spec.filtered:
        raise UsageError(
            translate(
                "CoreExport", "the {name} format is the whole codebook; --{what} does not apply to it"
            ).format(name=spec.name, what=chosen[0].rstrip("s"))
        )
    for name in ("coders", "codes", "documents"):
        if getattr(request, name) == ():
            if name == "coders":
                raise UsageError(translate("CoreExport", "no coder is selected: nothing would be exported"))
            if name == "codes":
                raise UsageError(translate("CoreExport", "no code is selected: nothing would be exported"))
            raise UsageError(translate("CoreExport", "no document is selected: nothing would be exported"))
    return spec


def _selection(store: ProjectStore, request: ExportRequest, tree: CodeTree) -> Selection:
    try:
        return select(
            store,
            codes=request.codes,
            include_subcodes=request.include_subcodes,
            coders=request.coders,
            documents=request.documents,
            attributes=request.attributes,
            tree=tree,
        )
    except (NotFound, UnknownCode) as exc:
        raise type(exc)(exc.reason.replace(" in the project", ""), path=store.path) from None


def _privacy(store: ProjectStore, request: ExportRequest) -> Privacy:
    entries = load_pseudonyms(store) if (request.pseudonymise or request.no_text) else []
    if request.pseudonymise and not entries:
        raise UsageError(
            translate(
                "CoreExport",
                "the project has no pseudonym list, so --pseudonymise would change "
                "nothing; add the names first (Team → Pseudonyms…) or export with "
                "--no-text",
            ),
            path=store.path,
        )
    return Privacy(make_pseudonymiser(entries) if entries else None, drop_text=request.no_text)


def _described(request: ExportRequest, store: ProjectStore, tree: CodeTree, data: ExportData) -> dict:
    """The filters as the export may show them: with the exported names of coders, codes, documents."""
    out: dict[str, Any] = {}
    if request.coders is not None and data.selection.coders is not None:
        out["coders"] = sorted(data.coder_names[g] for g in data.selection.coders)
    if request.codes is not None:
        out["codes"] = sorted(data.tree.path(tree.resolve(c).guid) for c in request.codes)
        out["include_subcodes"] = request.include_subcodes
    if request.documents is not None:
        asked = select(store, documents=request.documents).documents or frozenset()
        out["documents"] = sorted(data.doc_names.get(g, "") for g in asked if g in data.doc_names)
    if request.attributes:
        cleaned = {a.guid: a.name for a in data.attributes}
        out["attributes"] = sorted(
            cleaned.get(a.guid, "") for a in store.attributes() if a.name in request.attributes
        )
    return out


@contextmanager
def _sink(target: Path | None, request: ExportRequest, project: Path) -> Iterator[IO[bytes]]:
    """Where the writer writes: an unnamed file linked in at the end, or a caller's file object
    filled only once the export is complete."""
    output = request.output
    if target is not None:  # checked again: a file may have appeared while the data was read
        with write_output(target, force=request.force, projects=[project]) as fh:
            yield fh
        return
    with tempfile.TemporaryFile() as fh:  # unnamed: nothing to leave behind
        yield fh
        fh.seek(0)
        shutil.copyfileobj(fh, cast(IO[bytes], output))


def run_export(
    store: ProjectStore,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Carry out ``request`` on an open project (see the module docstring for the order of work).

    Raises:
        UsageError: a format/option combination that is refused.
        OutputRefused: a destination that may not be written.
        NotFound, UnknownCode: a filter naming nothing in the project.
        Cancelled: ``cancelled()`` turned true; nothing was written.
    """
    spec = format_spec(request)
    if spec.name == "cases" and request.options.get("schema"):
        return _run_case_export(store, request, progress=progress, cancelled=cancelled)
    for name in ("pool", "min_k"):
        if request.options.get(name) is not None:
            raise UsageError(
                translate("CoreExport", "--{option} applies to a standard case export (--schema)").format(
                    option=name.replace("_", "-")
                )
            )
    target = None
    if isinstance(request.output, str | os.PathLike):
        target = check_output(request.output, force=request.force, projects=[store.path])
    with store.read_snapshot():  # texts are read while the file is written: one snapshot
        return _run(store, request, spec, target, progress, cancelled)


def _run(
    store: ProjectStore,
    request: ExportRequest,
    spec: FormatSpec,
    target: Path | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> ExportResult:
    tree = CodeTree(store.codes())
    selection = _selection(store, request, tree)
    privacy = _privacy(store, request)
    veiler = None
    if request.veil_warnings or request.omit_warnings:
        veiler = Veiler.from_store(store, veil=request.veil_warnings, omit=request.omit_warnings)
    cleaner = Cleaner(privacy, store.coders(), store.documents(), veiler=veiler)
    widened = None
    if spec.name == "matrix" and request.options.get("rollup") and selection.codes is not None:
        widened = frozenset(selection.codes | {d for g in selection.codes for d in tree.descendants(g)})
    if request.with_translation and spec.name not in ("csv", "xlsx", "json"):
        raise UsageError(translate("CoreExport", "--with-translation applies to csv, xlsx and json exports"))
    data = load(store, selection, cleaner, codes=widened, with_translation=request.with_translation)
    _stop_if(cancelled)
    if request.code_language is not None:
        _relabel(store, data, request.code_language)
    data.filters = _described(request, store, data.tree, data)
    if veiler is not None:
        data.filters |= {
            "veiled_warnings": sorted(veiler.veil),
            "omitted_warnings": sorted(veiler.omit),
            "veiled_passages": len(cleaner.markers),
            "omitted_passages": cleaner.omitted,
        }
    options = dict(request.options)
    if "agreement" in options and privacy.active and options["agreement"] is not None:
        options["agreement"] = clean_agreement(options["agreement"], cleaner)
    if spec.spills:
        options["scratch"] = target.parent if target is not None else None
    with _sink(target, request, store.path) as fh:
        rows = spec.writer(data, fh, progress=progress, cancelled=cancelled, **options)
        _stop_if(cancelled)  # the last chance: nothing has appeared at the destination yet
    return ExportResult(
        format=spec.name,
        path=target,
        rows=rows,
        noun=spec.noun,
        codings=len(data.codings) if spec.filtered else 0,
        documents=len(data.documents) if spec.filtered else 0,
        codes=len(data.data.codes),
        pseudonymised=privacy.pseudonymised,
        text_dropped=privacy.drop_text,
        veiled=len(cleaner.markers),
        omitted=cleaner.omitted,
    )


def _relabel(store: ProjectStore, data: ExportData, language: str) -> None:
    """Codes named and defined by their labels in ``language`` where they have one (GUIDs stay)."""
    names = CodeNames(data.tree, store.code_labels(language=language), language)
    data.data.codes = [names.shown(c) for c in data.data.codes]
    data.tree = CodeTree(data.data.codes)


def _run_case_export(
    store: ProjectStore,
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """A standard case export (:mod:`.case_export`): every file checked first, built in memory,
    then written whole; a refusal writes nothing."""
    options = request.options
    if not isinstance(request.output, str | os.PathLike):
        raise UsageError(
            translate(
                "CoreExport", "a standard case export writes a metadata file beside the CSV; give a file path"
            )
        )
    for name, flag in (("codes", "--code"), ("attributes", "an attribute filter")):
        if getattr(request, name) is not None:
            raise UsageError(
                translate(
                    "CoreExport",
                    "{flag} would make the codes left out look absent in a standard case "
                    "export; export every code (use --document to choose cases)",
                ).format(flag=flag)
            )
    for name in ("include_names", "missing"):
        if name in options:
            raise UsageError(
                translate(
                    "CoreExport", "the option {name} applies to the working case table (no --schema)"
                ).format(name=name)
            )
    target = check_output(request.output, force=request.force, projects=[store.path])
    events_path, meta_path = sidecars(target)
    schema = str(options["schema"])
    from annotator.core.exporters.standards import load_standard  # noqa: PLC0415

    standard = load_standard(schema)  # an unknown or unavailable schema fails before anything else
    paths = [target, *([events_path] if standard.event_columns else []), meta_path]
    for path in paths[1:]:
        check_output(path, force=request.force, projects=[store.path])
    privacy = _privacy(store, request)
    cleaner = Cleaner(privacy, store.coders(), store.documents())
    labels = {c.guid: cleaner.person(c.guid) if privacy.active else c.name for c in store.coders()}
    place_text = (lambda _t: "") if privacy.drop_text else cleaner.pseudonymiser
    if progress is not None:
        progress(0, 0, "Building the case rows")
    export = build_case_export(
        store,
        schema=schema,
        coders=request.coders,
        pool=options.get("pool"),
        documents=request.documents,
        min_k=options.get("min_k"),
        coder_label=labels,
        place_text=place_text,
    )
    export.meta["pseudonymised"] = privacy.pseudonymised
    export.meta["text_dropped"] = privacy.drop_text
    export.meta["files"] = {"cases": target.name, "metadata": meta_path.name}
    if standard.event_columns:
        export.meta["files"]["events"] = events_path.name
    _stop_if(cancelled)
    writers = [write_cases_csv, *([write_events_csv] if standard.event_columns else []), write_meta]
    written: list[Path] = []
    try:
        for path, writer in zip(paths, writers, strict=True):
            with write_output(path, force=request.force, projects=[store.path]) as fh:
                writer(export, fh)
                _stop_if(cancelled)
            written.append(path)
    except BaseException:
        for path in written:  # all or nothing: the files of one export stand or fall together
            path.unlink(missing_ok=True)
        raise
    notes = []
    report = export.meta.get("min_k")
    if report is not None:
        notes.append(
            f"min-k {report['k']}: {report['coarsened']}; {report['suppressed_rows']} row(s) and "
            f"{report['suppressed_events']} event(s) suppressed"
        )
    units = export.meta["units"]
    return ExportResult(
        format="cases",
        path=target,
        rows=len(export.rows),
        noun="cases" if units == "cases" else "documents",
        codings=len({c[0] for r in export.rows for v in r.meta["behind"].values() for c in v}),
        documents=len({d for r in export.rows for d in r.meta["documents"]}),
        codes=len(store.codes()),
        pseudonymised=privacy.pseudonymised,
        text_dropped=privacy.drop_text,
        files=tuple(paths),
        notes=tuple(notes),
    )


def _stop_if(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(translate("CoreExport", "export cancelled; no file was written"))


def clean_agreement(agreement: Mapping[str, Any], cleaner: Cleaner) -> dict[str, Any]:
    """An agreement table (``AgreementReport.to_json()``) with coders labelled and names replaced."""
    out = dict(cleaner.json_value(dict(agreement), cleaner.name))
    if isinstance(agreement.get("coders"), list | tuple):
        out["coders"] = [cleaner.person(str(c)) or "?" for c in agreement["coders"]]
    return out
