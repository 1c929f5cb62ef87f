"""Write audit rows to CSV or JSON in the same shape as ``annotator audit export``.

The stored columns (id, at, coder, action, what, prev_hash, hash) come first and
unchanged, so an exported file can be re-verified against the hash chain; the
coder's GUID (an entry written before schema 4 may hold a name) and name and the
readable summary are added after them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.outputs import write_output
from annotator.gui.i18n import translate
from annotator.gui.trust.audit_model import AuditRow

FILTERS = "CSV (*.csv);;JSON (*.json)"


def records(rows: Sequence[AuditRow]) -> list[dict[str, Any]]:
    return [
        {**row.entry, "coder_guid": row.coder, "coder_name": row.coder_name, "summary": row.summary}
        for row in rows
    ]


def target_path(path: str, selected_filter: str = "") -> Path:
    """The chosen file, with the suffix of the chosen filter when the user typed none."""
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".json"):
        target = target.with_name(target.name + (".json" if "json" in selected_filter.lower() else ".csv"))
    return target


def write(
    rows: Sequence[AuditRow], target: Path, *, force: bool = False, projects: Sequence[Path] = ()
) -> None:
    """Write ``rows`` to ``target`` (.csv or .json) whole and owner-only; one-line AnnotatorError on failure.

    Never over a project or anything of one (:func:`annotator.core.outputs.check_output`);
    over another existing file only with ``force``.
    """
    data = records(rows)
    if target.suffix.lower() == ".json":
        content = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    else:
        fields = list(data[0]) if data else ["id", "at", "coder", "action", "what", "prev_hash", "hash"]
        text = io.StringIO(newline="")
        writer = csv.DictWriter(text, fieldnames=fields)
        writer.writeheader()
        writer.writerows(data)
        content = text.getvalue().encode("utf-8-sig")
    try:
        with write_output(target, force=force, projects=projects) as fh:
            fh.write(content)
    except OSError as exc:
        raise AnnotatorError(
            translate("AuditExport", "cannot write the file ({reason})").format(reason=exc.strerror or exc),
            path=target,
        ) from None
