"""REFI-QDA exchange: ``.qdpx`` projects and ``.qdc`` codebooks with NVivo, ATLAS.ti, MAXQDA, QualCoder.

Export goes through the one export request
(:func:`annotator.core.exporters.run_export`, formats ``qdpx`` and ``qdc``), which
filters, pseudonymises and checks the destination the same way for every format,
and writes XML that validates against the REFI-QDA 1.0 schemas. Import parses a
package into :class:`~annotator.core.analysis.merge.ProjectData` (nothing is written
while parsing) and merges it in one transaction, so hostile or broken input
leaves the project unchanged and fails with one line naming the file.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from annotator.core.analysis.merge import MergeReport, merge_into
from annotator.core.codebook import CodebookFile
from annotator.core.errors import AnnotatorError, Cancelled, CodebookError, ImportFailed
from annotator.core.importers.importing import ImportReport
from annotator.core.messages import plural, translate
from annotator.core.model import Coder
from annotator.core.project_data import ProjectData
from annotator.core.refi_qda.common import DroppedSelection, ImportNotes, IncompleteImport
from annotator.core.refi_qda.export_qdc import write_codebook
from annotator.core.refi_qda.import_qdc import read_codebook
from annotator.core.refi_qda.import_qdpx import read_package
from annotator.core.store import ProjectStore

__all__ = [
    "DroppedSelection",
    "ImportNotes",
    "IncompleteImport",
    "import_file",
    "import_into_report",
    "import_package",
    "read_qdc",
    "read_qdpx",
    "summary_line",
    "write_qdc",
]

Progress = Callable[[int, int, str], None]
_AUDIT_LIMIT = 200  # misfits recorded in the audit log entry (the count is always exact)


def write_qdc(book: CodebookFile, path: str | Path, *, force: bool = False) -> None:
    """Write a codebook as ``.qdc`` (checked destination, owner-only, atomic).

    Raises:
        UsageError: for a codebook without codes.
        OutputRefused: for a project, one of its files, or an existing file without ``force``.
    """
    write_codebook(book, path, force=force)


def read_qdc(path: str | Path) -> CodebookFile:
    """A ``.qdc`` codebook (used by ``annotator new --codebook x.qdc``). Raises CodebookError."""
    return read_codebook(path)[0]


def read_qdpx(
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    default_coder: str = "",
    max_total: int | None = None,
) -> tuple[ProjectData, ImportNotes]:
    """Parse a ``.qdpx`` without touching any project.

    ``default_coder`` names the coder of codings whose file names no user;
    ``max_total`` lowers the inflation limit (bytes, default 1 GiB).

    Raises:
        ImportFailed: one line naming the file, for hostile or broken packages.
    """
    try:
        return read_package(
            path, default_coder=default_coder, progress=progress, cancelled=cancelled, max_total=max_total
        )
    except AnnotatorError:
        raise
    except (
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        EOFError,
        UnicodeError,
        OSError,
        zipfile.BadZipFile,
        etree.LxmlError,
    ) as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ImportFailed(
            translate("CoreRefiQda", "cannot read the package ({reason})").format(reason=reason), path=path
        ) from None


def summary_line(report: MergeReport, notes: ImportNotes) -> str:
    """One line saying what an import added and what it left out."""
    r = report
    n = r.documents_added
    parts = [
        plural(
            n,
            translate("CoreRefiQda", "%n document added ({matched} already present)", None, n),
            translate("CoreRefiQda", "%n documents added ({matched} already present)", None, n),
        ).format(matched=r.documents_matched)
    ]
    n = r.codes_added
    parts.append(
        plural(
            n,
            translate("CoreRefiQda", "%n code added", None, n),
            translate("CoreRefiQda", "%n codes added", None, n),
        )
    )
    n = r.coders_added
    parts.append(
        plural(
            n,
            translate("CoreRefiQda", "%n coder added", None, n),
            translate("CoreRefiQda", "%n coders added", None, n),
        )
    )
    n = r.codings_added
    parts.append(
        plural(
            n,
            translate("CoreRefiQda", "%n coding added ({present} already present)", None, n),
            translate("CoreRefiQda", "%n codings added ({present} already present)", None, n),
        ).format(present=r.codings_already_present)
    )
    n = r.memos_added
    parts.append(
        plural(n, translate("CoreRefiQda", "%n memo", None, n), translate("CoreRefiQda", "%n memos", None, n))
    )
    n = r.attribute_values_added
    parts.append(
        plural(
            n,
            translate("CoreRefiQda", "%n attribute value", None, n),
            translate("CoreRefiQda", "%n attribute values", None, n),
        )
    )
    if r.fields_added or r.values_added:
        parts.append(
            translate("CoreRefiQda", "{fields} value fields and {values} typed values added").format(
                fields=r.fields_added, values=r.values_added
            )
        )
    if n := r.translations_added:
        parts.append(
            plural(
                n,
                translate("CoreRefiQda", "%n original and translation link added", None, n),
                translate("CoreRefiQda", "%n original and translation links added", None, n),
            )
        )
    if notes.links_left_out:
        first, n = notes.links_left_out[0], len(notes.links_left_out) - 1
        parts.append(
            first if not n else translate("CoreRefiQda", "{first} (and %n more)", None, n).format(first=first)
        )
    if notes.selections and notes.detection is not None:
        parts.append(
            translate("CoreRefiQda", "positions counted in {convention}").format(
                convention=notes.detection.convention.describe()
            )
        )
    if notes.dropped:
        count, reasons = notes.dropped_summary()
        parts.append(
            translate("CoreRefiQda", "{count} not imported {reasons}").format(count=count, reasons=reasons)
        )
    if n := len(notes.skipped):
        parts.append(
            plural(
                n,
                translate("CoreRefiQda", "%n item skipped", None, n),
                translate("CoreRefiQda", "%n items skipped", None, n),
            )
        )
    if n := len(r.conflicts):
        parts.append(
            plural(
                n,
                translate("CoreRefiQda", "%n conflict kept the project's version", None, n),
                translate("CoreRefiQda", "%n conflicts kept the project's version", None, n),
            )
        )
    return "; ".join(parts)


def import_package(
    store: ProjectStore,
    path: str | Path,
    *,
    coder: Coder | None = None,
    allow_partial: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[MergeReport, ImportNotes]:
    """Merge a ``.qdpx`` into an open project in one transaction; for callers that show details
    (``notes.dropped`` lists every selection left out). ``coder`` (the project's coder record) is
    recorded as the importer and is the coder of codings whose file names no user.

    A package that would lose any selection is refused unless ``allow_partial``: a coder's work
    left behind must be a decision, not a line in a summary.

    Raises:
        IncompleteImport: some selections cannot be imported and ``allow_partial`` is false
            (the error lists them); nothing was imported.
        ImportFailed: the package is hostile, broken or not REFI-QDA; the project is unchanged.
        Cancelled: ``cancelled()`` became true; the project is unchanged.
    """
    path = Path(path)
    name = coder.name if coder else ""
    data, notes = read_qdpx(path, default_coder=name, progress=progress, cancelled=cancelled)
    if notes.dropped and not allow_partial:
        raise IncompleteImport(notes, path=path)
    if coder is not None:  # documents whose file names no creating user were imported by the coder
        data.documents = [(replace(d, imported_by=d.imported_by or coder.guid), t) for d, t in data.documents]
    with store.atomic():
        report = merge_into(
            store, data, source_name=path.name, progress=progress, cancelled=cancelled, by=coder
        )
        store.audit(
            "import refi-qda",
            {
                "file": path.name,
                "origin": notes.origin,
                "positions": notes.convention,
                "positions_reason": notes.convention_reason,
                "selections": notes.selections,
                "not_imported": len(notes.dropped),
                "dropped": [str(d) for d in notes.dropped[:_AUDIT_LIMIT]],
                "skipped": notes.skipped[:_AUDIT_LIMIT],
                "conflicts": report.conflicts[:_AUDIT_LIMIT],
            },
            coder=store.record_coder(coder),
        )
    return report, notes


def import_file(
    store: ProjectStore, path: str | Path, *, coder: Coder | None = None, allow_partial: bool = False
) -> str:
    """Import a ``.qdpx`` project or ``.qdc`` codebook into an open project; returns a one-line summary.

    Raises:
        IncompleteImport: a ``.qdpx`` would lose selections and ``allow_partial`` is false.
        ImportFailed: the file is hostile, broken or not REFI-QDA; the project is unchanged.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".qdc":
        from annotator.core.project import import_codebook  # noqa: PLC0415 (project imports us lazily)

        try:
            book, notes = read_codebook(path)
        except CodebookError as exc:
            raise ImportFailed(exc.reason, path=path) from None
        result = import_codebook(store, book, by=coder)
        parts = [
            translate(
                "CoreRefiQda", "codebook: {added} codes added, {updated} updated, {fields} value fields added"
            ).format(added=result["added"], updated=result["updated"], fields=result["fields_added"])
        ]
        if notes.warnings:
            parts.append(
                translate("CoreRefiQda", "{n} names adjusted or fields left out").format(
                    n=len(notes.warnings)
                )
            )
        if conflicts := result["conflicts"]:
            parts.append(
                translate("CoreRefiQda", "{n} conflicts kept the project's version").format(n=len(conflicts))
            )
        return "; ".join(parts)
    if suffix != ".qdpx":
        raise ImportFailed(
            translate("CoreRefiQda", "not a REFI-QDA file (expected .qdpx or .qdc)"), path=path
        )
    report, notes = import_package(store, path, coder=coder, allow_partial=allow_partial)
    return summary_line(report, notes)


def import_into_report(
    store: ProjectStore,
    paths: list[str],
    report: ImportReport,
    *,
    coder: Coder | None = None,
    allow_partial: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Import ``.qdpx``/``.qdc`` files into ``report`` (the app's import of mixed files);
    ``coder`` (the project's coder record) is who imports.

    Each file is one transaction. A package refused for dropped selections goes to
    ``report.incomplete`` with its list, so the app can ask before importing the rest; one
    imported partially adds its dropped selections to ``report.dropped``.
    """
    for path in paths:
        if cancelled is not None and cancelled():
            report.cancelled = True
            return
        try:
            if Path(path).suffix.lower() == ".qdpx":
                merged, notes = import_package(store, path, coder=coder, allow_partial=allow_partial)
                report.packages.append((path, summary_line(merged, notes)))
                report.dropped += [(path, str(d)) for d in notes.dropped]
            else:
                report.packages.append((path, import_file(store, path, coder=coder)))
        except IncompleteImport as exc:
            report.incomplete.append((path, exc.reason, exc.dropped))
        except Cancelled:
            report.cancelled = True
            return
        except AnnotatorError as exc:
            report.failed.append((path, str(exc)))
