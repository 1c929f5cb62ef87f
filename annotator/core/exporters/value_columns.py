"""Typed values in the coding-level exports: the same columns in CSV and XLSX, the same parts in JSON.

Each value field of the exported codes becomes a group of columns, one per part of its kind
(normalised: numbers as numbers, dates as ISO strings, currencies as ISO 4217 codes), then
the wording the value was read from, ``<field> (as said)``:

| kind     | columns                                                   |
| money    | ``amount``, ``max`` (a range's upper end), ``currency``, ``per`` |
| age      | ``min``, ``max``, ``approx``                              |
| count    | ``min``, ``max``, ``approx``                              |
| date     | ``from``, ``to``, ``approx``                              |
| duration | ``amount``, ``max``, ``unit``, ``approx``                 |
| place    | ``name``, ``country``, ``admin``                          |
| choice   | ``value``                                                 |
| text     | ``value``                                                 |

So ``price amount``, ``price max``, ``price currency``, ``price per``, ``price (as said)``.
``approx`` is 1 or 0 in CSV/XLSX (true/false in JSON); a part that does not apply (no
range, no "per") is empty. Money is never converted here. Fields of the same name and kind
on several exported codes share their columns (the row's ``code`` column says whose value it
is); a name used with two kinds gets the kind in its label (``date (text)``). JSON gives each
coding a ``values`` object: field name -> ``{"field", "kind", <parts>, "original"}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.store.values import CodeField
from annotator.core.values import Value

PARTS: dict[str, tuple[str, ...]] = {
    "money": ("amount", "max", "currency", "per"),
    "age": ("min", "max", "approx"),
    "count": ("min", "max", "approx"),
    "date": ("from", "to", "approx"),
    "duration": ("amount", "max", "unit", "approx"),
    "place": ("name", "country", "admin"),
    "choice": ("value",),
    "text": ("value",),
}
AS_SAID = "(as said)"


def _number(value: Any) -> Any:
    """A normalised number: 25000, not 25000.0; anything else as it is."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def part_of(value: Value, part: str) -> Any:
    """One part of a value as data (JSON): numbers normalised, a missing part None."""
    found = value.data.get(part)
    if part == "approx":
        return bool(found)
    return _number(found) if found not in ("", None) else None


@dataclass(frozen=True)
class ValueColumn:
    """One field (or several of one name and kind on different codes) and its columns."""

    label: str  # the field's name as the export shows it
    kind: str
    fields: frozenset[str]  # field GUIDs whose values fill these columns

    @property
    def parts(self) -> tuple[str, ...]:
        return PARTS[self.kind]

    def header(self) -> list[str]:
        return [*(f"{self.label} {p}" for p in self.parts), f"{self.label} {AS_SAID}"]

    def cells(self, value: Value | None, cell: Callable[[str], str]) -> list[Any]:
        """The columns' cells for one coding: ``""`` throughout when it has no value here."""
        if value is None:
            return [""] * (len(self.parts) + 1)
        out: list[Any] = []
        for part in self.parts:
            found = part_of(value, part)
            if part == "approx":
                out.append(1 if found else 0)
            elif found is None:
                out.append("")
            else:
                out.append(cell(found) if isinstance(found, str) else found)
        out.append(cell(value.original) if value.original else "")
        return out

    def to_json(self, value: Value) -> dict[str, Any]:
        return {
            "field": self.label,
            "kind": self.kind,
            **{p: part_of(value, p) for p in self.parts},
            "original": value.original,
        }


def value_columns(
    fields: Sequence[CodeField], codes_in_order: Sequence[str], taken: Iterable[str]
) -> list[ValueColumn]:
    """The columns for ``fields`` (of the exported codes), in codebook order, then field order.

    ``taken`` are the export's other column names: a label that would repeat one gets
    `` (value)`` added.
    """
    rank = {code: i for i, code in enumerate(codes_in_order)}
    ordered = sorted(fields, key=lambda f: (rank.get(f.code, len(rank)), f.position, f.name.casefold()))
    kinds: dict[str, set[str]] = {}
    for f in ordered:
        kinds.setdefault(f.name.casefold(), set()).add(f.kind)
    groups: dict[tuple[str, str], list[CodeField]] = {}
    for f in ordered:
        groups.setdefault((f.name.casefold(), f.kind), []).append(f)
    used = set(taken)
    out = []
    for (folded, kind), members in groups.items():
        label = members[0].name if len(kinds[folded]) == 1 else f"{members[0].name} ({kind})"
        column = ValueColumn(label, kind, frozenset(m.guid for m in members))
        if used & set(column.header()):
            column = ValueColumn(f"{label} (value)", kind, column.fields)
        used |= set(column.header())
        out.append(column)
    return out


def value_of(column: ValueColumn, values: Mapping[str, Value]) -> Value | None:
    """The coding's value in ``column`` (its values by field GUID), if it has one."""
    for guid in column.fields:
        found = values.get(guid)
        if found is not None:
            return found
    return None
