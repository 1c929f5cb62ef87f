"""Importing document files into a project: one transaction per file.

A failed file never changes the project and never stops the other files; the
report lists what was imported, skipped (same text already present) and
failed, each with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import AnnotatorError, Cancelled, ImportFailed
from annotator.core.importers import ImportedText, read_document
from annotator.core.messages import translate
from annotator.core.model import Coder, Document, new_guid, utc_now
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    imported: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line error)
    cancelled: bool = False
    # REFI-QDA files (filled by annotator.core.refi_qda.import_into_report):
    packages: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line summary)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (file, a selection left out, why)
    # (file, why, each dropped selection): refused because selections would be lost; nothing imported
    incomplete: list[tuple[str, str, list[str]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def unique_name(wanted: str, taken: Container[str] | Callable[[str], bool]) -> str:
    """``wanted``, or ``wanted (2)``, ``wanted (3)``... — the first not taken.

    ``taken`` is a set of names, or a function that says whether one is taken (the store's
    indexed look-up: an import must not read every name in the project for each file).
    """
    is_taken = taken if callable(taken) else taken.__contains__
    if not is_taken(wanted):
        return wanted
    stem, dot, suffix = wanted.rpartition(".")
    base, ext = (stem, dot + suffix) if dot and stem else (wanted, "")
    n = 2
    while is_taken(f"{base} ({n}){ext}"):
        n += 1
    return f"{base} ({n}){ext}"


def add_document(
    store: ProjectStore,
    imported: ImportedText,
    *,
    name: str,
    coder: Coder | str | None = None,
    original_name: str = "",
    guid: str | None = None,
) -> Document:
    """Insert one document (its own transaction). Raises ImportFailed for a duplicate text.

    ``coder`` (a record or its GUID) is recorded as the importer, in the document and its audit
    entry; a record the project does not hold yet is added with the document (so an import that
    fails leaves no coder behind).
    """
    digest = sha256_text(imported.text)
    with store.atomic():
        same = store.document_by_sha256(digest)
        if same is not None:
            raise ImportFailed(
                translate("CoreImport", "same text as {name!r}, already in the project; skipped").format(
                    name=same.name
                ),
                path=name,
            )
        by = store.record_coder(coder)
        doc = Document(
            guid=guid or new_guid(),
            name=unique_name(name, lambda n: store.document_by_name(n) is not None),
            sha256=digest,
            length=len(imported.text),
            source_format=imported.source_format,
            original_name=original_name or name,
            imported_at=utc_now(),
            imported_by=by,
        )
        store.insert_document(doc, imported.text)
        store.audit(
            "import document",
            {
                "document": doc.guid,
                "name": doc.name,
                "sha256": digest,
                "format": doc.source_format,
                **imported.metadata,
            },
            coder=by,
        )
    return doc


def import_files(
    store: ProjectStore,
    paths: Iterable[str | Path],
    *,
    coder: Coder | str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import each file; see the module docstring for the guarantees.

    ``coder`` is who imports: the coder's record or GUID (None: nobody recorded).
    """
    files = [Path(p) for p in paths]
    report = ImportReport()
    for index, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(files), path.name)
        try:
            imported = read_document(path)
            digest = sha256_text(imported.text)
            same = store.document_by_sha256(digest)
            if same is not None:
                report.skipped.append(
                    (
                        str(path),
                        translate("CoreImport", "same text as {name!r}, already in the project").format(
                            name=same.name
                        ),
                    )
                )
                continue
            report.imported.append(
                add_document(store, imported, name=path.name, coder=coder, original_name=path.name)
            )
        except Cancelled:
            report.cancelled = True
            break
        except AnnotatorError as exc:
            report.failed.append((str(path), str(exc)))
        except (OSError, MemoryError, RecursionError, ValueError) as exc:
            report.failed.append(
                (
                    str(path),
                    str(
                        ImportFailed(
                            translate("CoreImport", "cannot import ({reason})").format(reason=exc), path=path
                        )
                    ),
                )
            )
    if progress is not None:
        progress(len(files), len(files), "")
    return report
