"""REFI-QDA formats as export-request writers: ``.qdpx`` projects and ``.qdc`` codebooks.

The XML itself is :mod:`annotator.core.refi_qda`'s; this module only hands it the
cleaned, filtered data of the export request, so qdpx and qdc honour the same
filters, sub-codes and pseudonymisation as every other format. A pseudonymised
package is consistent in itself: its ``sources/*.txt`` are the pseudonymised texts
and every selection's positions point into them.
"""

from __future__ import annotations

from typing import IO

from annotator.core.codebook import CodebookFile
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress
from annotator.core.project import fields_by_code
from annotator.core.refi_qda.export_qdc import codebook_xml
from annotator.core.refi_qda.export_qdpx import write_package


def write_qdpx_package(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the ``.qdpx`` zip into ``out``; returns the number of codings (selections)."""
    write_package(
        data.data,
        out,
        project_guid=data.info.guid,
        created=data.info.created,
        progress=progress,
        cancelled=cancelled,
    )
    return len(data.codings)


def write_qdc_file(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the codebook as ``.qdc``; returns the number of codes.

    Raises:
        UsageError: for a codebook without codes (the schema needs one).
    """
    meta = data.data.codebook_meta
    book = CodebookFile(
        name=meta.get("name") or data.info.name,
        version=meta.get("version", ""),
        description=meta.get("description", ""),
        sources=meta.get("sources") or {},
        codes=tuple(data.data.codes),
        fields=fields_by_code(data.data.fields),
    )
    out.write(codebook_xml(book))
    if progress is not None:
        progress(len(book.codes), len(book.codes), "")
    return len(book.codes)
