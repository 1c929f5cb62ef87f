"""Write audit rows to CSV or JSON in the same shape as ``annotator audit export``.

The stored columns (id, at, coder, action, what, prev_hash, hash) come first and
unchanged, so an exported file can be re-verified against the hash chain; the
coder's name and the readable summary are added after them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.gui.trust.audit_model import AuditRow

FILTERS = "CSV (*.csv);;JSON (*.json)"


def records(rows: Sequence[AuditRow]) -> list[dict[str, Any]]:
    return [{**row.entry, "coder_name": row.coder_name, "summary": row.summary} for row in rows]


def target_path(path: str, selected_filter: str = "") -> Path:
    """The chosen file, with the suffix of the chosen filter when the user typed none."""
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".json"):
        target = target.with_name(target.name + (".json" if "json" in selected_filter.lower() else ".csv"))
    return target


def write(rows: Sequence[AuditRow], target: Path) -> None:
    """Write ``rows`` to ``target`` (.csv or .json); one-line AnnotatorError on failure."""
    data = records(rows)
    try:
        if target.suffix.lower() == ".json":
            target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            fields = list(data[0]) if data else ["id", "at", "coder", "action", "what", "prev_hash", "hash"]
            with target.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                writer.writerows(data)
    except OSError as exc:
        raise AnnotatorError(f"cannot write the file ({exc.strerror or exc})", path=target) from None
