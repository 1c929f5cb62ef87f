"""The facts report: typed values on coded passages counted per code and field (and group),
each figure traceable to the passages behind it.

The shape is the contract of ``annotator facts --json`` (DESIGN.md):
``[{"code": PATH, "field": NAME, "kind": KIND, "group": null|VALUE, "count": n, "min": x,
"median": x, "max": x, "unit": "CNY"|null, "values": [{"value": x, "unit": …, "document": NAME,
"start": n, "end": n, "quote": TEXT, "coder": NAME}, ...]}, ...]`` — money gives one entry per
currency; min/median/max are null where the kind has no order. Keys after these are additions
(``passages``: the distinct passages behind the ``count`` values; ``by``, ``converted``,
``tally``; ``rates`` and ``not_converted`` on converted rows; per value ``display``, ``data``,
``original``, ``coding``, ``converted_from``).

Rules, and why:

- **Units.** Values are only counted together within one unit (:attr:`Value.unit`): money per
  currency *and* per "per" unit (a sale price and a price per night are different facts), ages
  in years, durations in days, counts, dates. Money is never summed or compared across
  currencies; with a user's :class:`~annotator.core.analysis.rates.RateTable` one more row per
  (field, group, per unit) pools the convertible values in the table's target currency, marked
  ``converted`` with the table and its source, beside the unconverted rows.
- **Order.** A range counts at its middle (``400–500`` at 450), a date at its first day; the
  median of an even count is the mean of the middle two (for dates, the earlier of the two).
- **Codes.** ``code`` takes the code and its sub-codes; every row still names the one code
  that owns the field (values of different codes are never pooled).
- **Groups.** ``by`` names a document attribute (the group is the document's value) or a code
  (each child of that code is a group, e.g. each form of exploitation; a leaf code is one
  group). A value is in a code's group when its passage overlaps a coding of that child or
  its descendants in the same document, by any of the report's coders; so a passage may be
  in several groups, and ``group`` is null for values in none (or without the attribute).
- **Values.** Every value is listed with its quote (the passage), document, span and coder,
  in document order, then by span, then by coder name: each figure is one click from its
  passage.
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, NamedTuple

import numpy as np

from annotator.core.codebook import CodeTree
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField, FactRow
from annotator.core.values import ORDERED_KINDS, Value

from .rates import RateTable, read_rates

NUMBER_KINDS = frozenset({"money", "age", "count", "duration"})
TALLY_KINDS = frozenset({"place", "choice", "text"})


def _number(x: float | None) -> float | int | None:
    """A JSON number: integral values as integers (25000, not 25000.0)."""
    if x is None:
        return None
    x = round(float(x), 6)  # 24000 × 0.14 is 3360.0000000000005 in binary floating point
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


class FactValue(NamedTuple):
    """One value with the passage it rests on (one click away from it in the app).

    A named tuple (immutable like a frozen dataclass, a tenth of the cost to build): the
    report holds one per value, 50,000 in its benchmark.
    """

    value: Value
    coding: str
    document: str  # GUID
    document_name: str
    start: int
    end: int
    quote: str
    coder: str  # GUID
    coder_name: str
    converted_from: Value | None = None  # the value as stored, when ``value`` is a conversion

    def json_value(self) -> Any:
        """The value as the JSON's ``value``: a number for numeric kinds, else its display."""
        if self.value.kind in NUMBER_KINDS:
            return _number(self.value.number())
        return self.value.display(english=True)

    def to_json(self) -> dict[str, Any]:
        out = {
            "value": self.json_value(),
            "unit": self.value.unit,
            "document": self.document_name,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "coder": self.coder_name,
            "display": self.value.display(english=True),
            "data": dict(self.value.data),
            "original": self.value.original,
            "coding": self.coding,
        }
        if self.converted_from is not None:
            out["converted_from"] = self.converted_from.display(english=True)
        return out


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
    by: str | None = None  # what ``group`` is a value of: an attribute name or a code path
    converted: bool = False  # a row of values converted with ``rates`` (never a stored figure)
    rates: RateTable | None = None
    not_converted: int = 0  # values of this field and group the rate table had no rate for

    @property
    def count(self) -> int:
        return len(self.values)

    @property
    def passages(self) -> int:
        """How many passages the values rest on: two coders' values on one passage are two
        values (each listed, each compared) but one statement of the survivor's."""
        return len({(v.document, v.start, v.end) for v in self.values})

    def _edge(self, value: Value | None) -> Any:
        if value is None:
            return None
        if self.kind == "date":
            return str(value.data["from"])
        return _number(value.number())

    def median_json(self) -> Any:
        """The median as the JSON gives it: a number, or for dates the ISO date of the middle one."""
        if self.median is None:
            return None
        if self.kind == "date":
            middle = next((v.value for v in self.values if v.value.number() == self.median), None)
            return self._edge(middle)
        return _number(self.median)

    def tally(self) -> dict[str, int]:
        """How often each value occurs (places, choices, texts: the kinds without an order)."""
        counts: dict[str, int] = {}
        for v in self.values:
            key = str(v.value.data.get("name") or v.value.data.get("value") or v.value.display(english=True))
            counts[key] = counts.get(key, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code_path,
            "field": self.field_name,
            "kind": self.kind,
            "group": self.group,
            "count": self.count,
            "min": self._edge(self.minimum),
            "median": self.median_json(),
            "max": self._edge(self.maximum),
            "unit": self.unit,
            "values": [v.to_json() for v in self.values],
            "passages": self.passages,
            "by": self.by,
            "converted": self.converted,
        }
        if self.kind in TALLY_KINDS:
            out["tally"] = self.tally()
        if self.converted and self.rates is not None:
            out["rates"] = self.rates.to_json()
            out["not_converted"] = self.not_converted
        return out


# -- summaries ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ValueSummary:
    """Count, min, median and max of values of one kind and unit (the report's and the HTML's)."""

    kind: str
    unit: str | None
    count: int
    minimum: Value | None
    median: float | None
    maximum: Value | None


def summarise(kind: str, values: Sequence[Value]) -> ValueSummary:
    """The summary of ``values`` (all of one ``kind`` and one unit); no order, no min/median/max."""
    unit = values[0].unit if values else None
    numbered = [(n, v) for v in values if (n := v.number()) is not None] if kind in ORDERED_KINDS else []
    if not numbered:
        return ValueSummary(kind, unit, len(values), None, None, None)
    numbered.sort(key=lambda item: item[0])
    numbers = [n for n, _ in numbered]
    median = statistics.median_low(numbers) if kind == "date" else statistics.median(numbers)
    return ValueSummary(kind, unit, len(values), numbered[0][1], float(median), numbered[-1][1])


def summarise_by_unit(values: Iterable[Value]) -> list[ValueSummary]:
    """One summary per kind and unit, units in alphabetical order (money: per currency)."""
    by_unit: dict[tuple[str, str], list[Value]] = {}
    for value in values:
        by_unit.setdefault((value.kind, value.unit or ""), []).append(value)
    return [summarise(kind, group) for (kind, _), group in sorted(by_unit.items())]


# -- choosing what to count --------------------------------------------------------------------


def _fields(store: ProjectStore, tree: CodeTree, code: str | None, field: str | None) -> list[CodeField]:
    """The fields asked for, in codebook order then field order.

    Raises:
        UnknownCode: ``code`` names no code.
        NotFound: ``field`` is a field of none of the chosen codes.
    """
    if code is not None:
        root = tree.resolve(code)
        codes = [root.guid, *tree.descendants(root.guid)]
    else:
        codes = [c.guid for _, c in tree.walk()]
    by_code: dict[str, list[CodeField]] = {}
    for f in store.code_fields():
        by_code.setdefault(f.code, []).append(f)
    wanted = field.strip().casefold() if field is not None else None
    chosen = [f for c in codes for f in by_code.get(c, ()) if wanted is None or f.name.casefold() == wanted]
    if wanted is not None and not chosen:
        owners = sorted(
            {tree.path(f.code) for fs in by_code.values() for f in fs if f.name.casefold() == wanted}
        )
        if code is None or not owners:
            raise NotFound(
                translate("CoreAnalysis", "no code has a value field named {field!r}").format(field=field)
            )
        raise NotFound(
            translate(
                "CoreAnalysis",
                "{path} (and its sub-codes) has no value field {field!r}; it is a field of {owners}",
            ).format(path=tree.path(codes[0]), field=field, owners=", ".join(owners[:5]))
        )
    return chosen


def _coders(store: ProjectStore, coders: Sequence[str] | None) -> list[str] | None:
    if coders is None:
        return None
    known = {c.guid for c in store.coders()}
    out = []
    for name in coders:
        coder = None if name in known else store.coder_by_name(name)
        if name not in known and coder is None:
            raise NotFound(
                translate("CoreAnalysis", "no coder named {name!r} in this project").format(name=name)
            )
        out.append(name if coder is None else coder.guid)
    return out


Groups = tuple[str | None, ...]
Grouper = Callable[[Sequence[FactRow]], list[Groups]]
"""The groups of every row, for all rows at once (so a code grouping runs in numpy)."""
NONE: Groups = (None,)


def _by_attribute(store: ProjectStore, guid: str) -> Grouper:
    values = {doc: (value.strip() or None,) for doc, value in store.attribute_values(guid).items()}

    def groups(rows: Sequence[FactRow]) -> list[Groups]:
        return [values.get(row.document, NONE) for row in rows]

    return groups


def _by_code(store: ProjectStore, tree: CodeTree, guid: str, coders: list[str] | None) -> Grouper:
    """Each child of ``guid`` (or ``guid`` itself, a leaf) is a group; a row is in it when its
    passage overlaps a coding of the child or its descendants in the same document.

    Vectorised: documents are laid end to end on one line (document i starts at i × stride),
    each group's codings sorted by start with the running maximum of their ends; a passage
    overlaps some coding when the last coding starting before the passage ends reaches past
    its start. An end from an earlier document never reaches into a later one.
    """
    branches = tree.children(guid) or [tree.by_guid[guid]]
    branch_of: dict[str, int] = {}
    for index, branch in enumerate(branches):
        for member in (branch.guid, *tree.descendants(branch.guid)):
            branch_of[member] = index
    allowed = set(coders) if coders is not None else None
    codings = [c for c in store.codings(codes=list(branch_of)) if allowed is None or c.coder in allowed]
    names = [b.name for b in branches]

    def groups(rows: Sequence[FactRow]) -> list[Groups]:
        docs = {d: i for i, d in enumerate(sorted({c.document for c in codings}))}
        stride = max([c.end for c in codings] + [r.end for r in rows] + [0]) + 1
        row_doc = np.fromiter((docs.get(r.document, -1) for r in rows), dtype=np.int64, count=len(rows))
        row_start = row_doc * stride + np.fromiter((r.start for r in rows), dtype=np.int64, count=len(rows))
        row_end = row_doc * stride + np.fromiter((r.end for r in rows), dtype=np.int64, count=len(rows))
        hits = []
        for index in range(len(branches)):
            mine = [c for c in codings if branch_of[c.code] == index]
            starts = np.array([docs[c.document] * stride + c.start for c in mine], dtype=np.int64)
            ends = np.array([docs[c.document] * stride + c.end for c in mine], dtype=np.int64)
            order = np.argsort(starts, kind="stable")
            starts, reach = starts[order], np.maximum.accumulate(ends[order]) if mine else ends
            before = np.searchsorted(starts, row_end, side="left")  # codings starting before each end
            hit = (before > 0) & (reach[np.maximum(before - 1, 0)] > row_start) if mine else before > 0
            hits.append(hit.tolist())
        out: list[Groups] = []
        for flags in zip(*hits, strict=True) if hits else ():
            found = tuple(names[b] for b, flag in enumerate(flags) if flag)
            out.append(found or NONE)
        return out

    return groups


def _grouper(
    store: ProjectStore, tree: CodeTree, by: str, coders: list[str] | None
) -> tuple[Grouper, str, list[str]]:
    """(how to group a value, what ``by`` names, the groups in their order).

    ``by`` is an attribute name or a code path; ``attribute:NAME`` or ``code:PATH`` says which
    when one name is both.
    """
    text = by.strip()
    kind = ""
    for prefix in ("attribute:", "code:"):
        if text.casefold().startswith(prefix):
            kind, text = prefix[:-1], text[len(prefix) :].strip()
    if not text:
        raise UsageError(translate("CoreAnalysis", "--by needs a document attribute name or a code path"))
    attribute = next((a for a in store.attributes() if a.name.casefold() == text.casefold()), None)
    code = tree.find_or_none(text)
    if kind == "" and attribute is not None and code is not None:
        raise UsageError(
            translate(
                "CoreAnalysis",
                "{text!r} is both a document attribute and a code: say attribute:{text} or code:{text}",
            ).format(text=text)
        )
    if attribute is not None and kind != "code":
        return _by_attribute(store, attribute.guid), attribute.name, []
    if code is not None and kind != "attribute":
        branches = [c.name for c in tree.children(code.guid)] or [code.name]
        return _by_code(store, tree, code.guid, coders), tree.path(code.guid), branches
    if kind == "attribute":
        message = translate("CoreAnalysis", "no document attribute named {text!r}")
    elif kind == "code":
        message = translate("CoreAnalysis", "no code named {text!r}")
    else:
        message = translate("CoreAnalysis", "no document attribute or code named {text!r}")
    raise NotFound(message.format(text=text))


# -- the report --------------------------------------------------------------------------------


def facts(
    store: ProjectStore,
    *,
    code: str | None = None,
    field: str | None = None,
    by: str | None = None,
    coders: Sequence[str] | None = None,
    rates: RateTable | None = None,
) -> list[FactGroup]:
    """The facts report (see the module docstring): one :class:`FactGroup` per code, field,
    group and unit, in codebook order, then groups in order (null last), then units.

    ``code``: a path or GUID (with its sub-codes); ``field``: a field name (any case);
    ``by``: a document attribute or a code path; ``coders``: names or GUIDs; ``rates``:
    a user's rate table (adds converted money rows).

    Raises:
        UnknownCode: ``code`` is not in the codebook.
        NotFound: an unknown field, coder, or ``by`` name.
        UsageError: an empty or ambiguous ``by``.
    """
    tree = CodeTree(store.codes())
    chosen = _fields(store, tree, code, field)
    coder_guids = _coders(store, coders)
    grouper: Grouper | None = None
    by_name: str | None = None
    group_order: list[str] = []
    if by is not None:
        grouper, by_name, group_order = _grouper(store, tree, by, coder_guids)
    if not chosen:
        return []
    with _paused_gc():
        cells = _cells(store, [f.guid for f in chosen], coder_guids, grouper)
        return _assemble(chosen, tree, cells, by_name, group_order, rates)


@contextmanager
def _paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the report builds its (acyclic) objects.

    Why: 50,000 values make some 300,000 objects, and the collector, triggered every 700
    allocations, walks them again and again: 0.4 s of the benchmark's 1.2 s. Nothing here
    makes a cycle, so nothing is left for the collector to find; its state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Cells = dict[tuple[str, str | None, str | None], list[FactValue]]


def _cells(
    store: ProjectStore, fields: list[str], coders: list[str] | None, grouper: Grouper | None
) -> Cells:
    """Every value of ``fields`` as a :class:`FactValue`, in report order, under (field, group, unit)."""
    rows = store.fact_rows(fields=fields, coders=coders, ordered=False)
    documents = store.documents()
    position = {d.guid: i for i, d in enumerate(documents)}
    doc_names = {d.guid: d.name for d in documents}
    coder_names = {c.guid: c.name for c in store.coders()}
    keys = [
        (position.get(r.document, 0), r.start, r.end, coder_names.get(r.coder, ""), r.coding) for r in rows
    ]
    order = sorted(range(len(rows)), key=keys.__getitem__)
    texts: dict[str, str] = {}
    cells: Cells = {}
    grouped = grouper(rows) if grouper is not None else None
    for index in order:
        row = rows[index]
        coding, document, _, coder, start, end, field, value = row
        text = texts.get(document)
        if text is None:
            text = texts[document] = store.document_text(document)
        item = FactValue(
            value,
            coding,
            document,
            doc_names.get(document, ""),
            start,
            end,
            text[start:end],
            coder,
            coder_names.get(coder, ""),
        )
        unit = value.unit
        for group in grouped[index] if grouped is not None else NONE:
            key = (field, group, unit)
            found = cells.get(key)
            if found is None:
                cells[key] = [item]
            else:
                found.append(item)
    return cells


def _group_key(order: list[str]) -> Callable[[str | None], tuple[int, int, str]]:
    rank = {name: i for i, name in enumerate(order)}
    return lambda g: (g is None, rank.get(g or "", len(rank)), g or "")


def _assemble(
    chosen: list[CodeField],
    tree: CodeTree,
    cells: Mapping[tuple[str, str | None, str | None], list[FactValue]],
    by: str | None,
    group_order: list[str],
    rates: RateTable | None,
) -> list[FactGroup]:
    per_field: dict[str, dict[str | None, dict[str | None, list[FactValue]]]] = {}
    for (field_guid, group, unit), items in cells.items():
        per_field.setdefault(field_guid, {}).setdefault(group, {})[unit] = items
    out: list[FactGroup] = []
    for f in chosen:
        groups = per_field.get(f.guid, {})
        for group in sorted(groups, key=_group_key(group_order)):
            units = groups[group]
            for unit in sorted(units, key=lambda u: (u is None, u or "")):
                out.append(_group(f, tree, group, unit, units[unit], by))
            if rates is not None and f.kind == "money":
                out += _converted(f, tree, group, [v for items in units.values() for v in items], by, rates)
    return out


def _group(
    f: CodeField,
    tree: CodeTree,
    group: str | None,
    unit: str | None,
    items: list[FactValue],
    by: str | None,
    **extra: Any,
) -> FactGroup:
    summary = summarise(f.kind, [v.value for v in items])
    return FactGroup(
        f.code,
        tree.path(f.code),
        f.guid,
        f.name,
        f.kind,
        group,
        unit,
        tuple(items),
        summary.minimum,
        summary.median,
        summary.maximum,
        by,
        **extra,
    )


def _converted(
    f: CodeField, tree: CodeTree, group: str | None, items: list[FactValue], by: str | None, rates: RateTable
) -> list[FactGroup]:
    """One converted row per "per" unit: the values the table has a rate for, in its target."""
    per_unit: dict[str | None, list[FactValue]] = {}
    missing: dict[str | None, int] = {}
    for item in items:
        data = item.value.data
        per = data.get("per")
        rate = rates.rate(str(data["currency"]))
        if rate is None:
            missing[per] = missing.get(per, 0) + 1
            continue
        amount = round(float(data["amount"]) * rate, 6)
        high = round(float(data["max"]) * rate, 6) if data.get("max") else None
        value = Value(
            "money",
            {**data, "amount": amount, "max": high, "currency": rates.target},
            item.value.original,
        )
        per_unit.setdefault(per, []).append(
            FactValue(
                value,
                item.coding,
                item.document,
                item.document_name,
                item.start,
                item.end,
                item.quote,
                item.coder,
                item.coder_name,
                converted_from=item.value,
            )
        )
    out = []
    for per in sorted(per_unit, key=lambda p: (p is not None, p or "")):
        converted = per_unit[per]
        unit = converted[0].value.unit
        out.append(
            _group(
                f,
                tree,
                group,
                unit,
                converted,
                by,
                converted=True,
                rates=rates,
                not_converted=missing.get(per, 0),
            )
        )
    return out


__all__ = [
    "FactGroup",
    "FactValue",
    "RateTable",
    "ValueSummary",
    "facts",
    "read_rates",
    "summarise",
    "summarise_by_unit",
]
