"""The facts report: typed values on coded passages counted per code and field (and group),
each figure traceable to the passages behind it.

The shape is the contract of ``annotator facts --json`` (DESIGN.md):
``[{"code": PATH, "field": NAME, "kind": KIND, "group": null|VALUE, "count": n, "min": x,
"median": x, "max": x, "unit": "CNY"|null, "values": [{"value": x, "unit": …, "document": NAME,
"start": n, "end": n, "quote": TEXT, "coder": NAME}, ...]}, ...]`` — money gives one entry per
currency; min/median/max are null where the kind has no order.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from annotator.core.values import Value


@dataclass(frozen=True, slots=True)
class FactValue:
    """One value with the passage it rests on (one click away from it in the app)."""

    value: Value
    coding: str
    document: str  # GUID
    document_name: str
    start: int
    end: int
    quote: str
    coder: str  # GUID
    coder_name: str

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value.number()
            if self.value.kind in ("money", "age", "count", "duration")
            else self.value.display(),
            "display": self.value.display(),
            "unit": self.value.unit,
            "data": dict(self.value.data),
            "original": self.value.original,
            "document": self.document_name,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "coder": self.coder_name,
        }


@dataclass(frozen=True, slots=True)
class FactGroup:
    """The values of one field of one code (in one group, in one unit), with their summary."""

    code: str  # GUID
    code_path: str
    field_guid: str
    field_name: str
    kind: str
    group: str | None
    unit: str | None
    values: tuple[FactValue, ...] = dataclass_field(default_factory=tuple)
    minimum: Value | None = None
    median: float | None = None
    maximum: Value | None = None

    @property
    def count(self) -> int:
        return len(self.values)
