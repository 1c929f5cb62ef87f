"""A case's journey: its dated events in order, flags on what cannot be right, derived figures.

An **event** is a coding that belongs to the case (``store.codings_of_case``: linked
directly, or unassigned in a document linked whole) whose code has a ``date`` value field
with a value on that coding; its place is the coding's ``place`` value, if any. Events are
ordered by the middle of their date (``2012`` sorts as mid-2012, ``2010–2012`` as 2011,
so an approximate or ranged date sorts where it most likely lies), ties by the project's
document order and then position in the text.

Codes are recognised by their ``ref`` in the default codebook
(``resources/codebooks/trafficking-typology.yaml``), never by name, so a renamed or
translated code still counts; a code without a ref takes its nearest ancestor's, and a
ref matches its sub-refs (``ACT.SALE`` matches ``ACT.SALE.ONLINE``):

- ``MOVE.BORDER_CROSSING`` (Border crossing) and ``MOVE.ORIGIN`` (Place of origin): leaving home;
- ``ACT.SALE`` (Sale or purchase of the person): a sale;
- ``TRANS.RESALE`` (Resold): more sales, its ``times sold`` count when given (else one);
- ``OUTCOME.ESCAPE`` (Escape) and ``OUTCOME.REPATRIATION`` (Forced repatriation): the end of
  exploitation; a repatriation before the first crossing is a contradiction.

Derived figures (None where the passages behind them are missing: unknown is never 0):
months from leaving home (the first crossing or origin event) to the first sale after it;
times sold (distinct sale passages, overlapping codings of one passage counted once, plus
Resold counts); months in exploitation (first sale to the first escape or repatriation
after it). The flags are in :mod:`annotator.core.analysis.journey_checks`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from annotator.core.analysis.journey_flags import Flag
from annotator.core.codebook import CodeTree
from annotator.core.model import Case, Coding
from annotator.core.store import ProjectStore
from annotator.core.values import Value

BORDER_CROSSING = "MOVE.BORDER_CROSSING"
ORIGIN = "MOVE.ORIGIN"
SALE = "ACT.SALE"
RESALE = "TRANS.RESALE"
ESCAPE = "OUTCOME.ESCAPE"
REPATRIATION = "OUTCOME.REPATRIATION"
LEAVING = (BORDER_CROSSING, ORIGIN)
ENDINGS = (ESCAPE, REPATRIATION)
DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True, slots=True)
class Span:
    """A stored date value as the days it may cover: ``2012`` is all of 2012."""

    first: str  # ISO as stored: 2012, 2012-03 or 2012-03-15
    last: str
    approx: bool
    start: date
    end: date

    @classmethod
    def of(cls, value: Value) -> Span:
        first, last = str(value.data["from"]), str(value.data["to"])
        return cls(first, last, bool(value.data.get("approx")), _first_day(first), _last_day(last))

    @property
    def middle(self) -> float:
        """The middle day (ordinal): where an uncertain date most likely lies."""
        return (self.start.toordinal() + self.end.toordinal()) / 2

    @property
    def exact(self) -> bool:
        """A single day, not approximate."""
        return self.start == self.end and not self.approx

    def to_json(self) -> dict[str, Any]:
        return {"from": self.first, "to": self.last, "approx": self.approx}

    def display(self) -> str:
        text = self.first if self.first == self.last else f"{self.first} – {self.last}"
        return ("≈" if self.approx else "") + text


def _first_day(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return date(year, month, day)


def _last_day(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Event:
    """One dated coding of the case, with what a timeline shows and opens."""

    coding: str
    document: str  # GUID
    document_name: str
    start: int
    end: int
    quote: str
    code: str  # GUID
    code_path: str
    ref: str  # the effective ref ("" when neither the code nor an ancestor has one)
    date: Span
    place: str | None
    coder: str  # GUID
    coder_name: str

    def is_a(self, *refs: str) -> bool:
        return matches(self.ref, refs)

    def to_json(self) -> dict[str, Any]:
        return {
            "coding": self.coding,
            "document": self.document_name,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "code": self.code_path,
            "ref": self.ref or None,
            "date": self.date.to_json(),
            "place": self.place,
            "coder": self.coder_name,
        }


@dataclass
class Journey:
    case: Case
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    months_to_first_sale: float | None = None
    times_sold: int | None = None
    months_in_exploitation: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case.label,
            "guid": self.case.guid,
            "events": [e.to_json() for e in self.events],
            "flags": [f.to_json() for f in self.flags],
            "figures": {
                "months_to_first_sale": self.months_to_first_sale,
                "times_sold": self.times_sold,
                "months_in_exploitation": self.months_in_exploitation,
            },
        }


def matches(ref: str, wanted: tuple[str, ...] | list[str]) -> bool:
    return any(ref == w or ref.startswith(w + ".") for w in wanted)


def effective_refs(tree: CodeTree) -> dict[str, str]:
    """Code GUID -> its ref, or its nearest ancestor's (a sub-code a team added keeps the meaning)."""
    out = {}
    for guid, code in tree.by_guid.items():
        ref = code.ref
        for ancestor in tree.ancestors(guid) if not ref else ():
            ref = tree.by_guid[ancestor].ref
            if ref:
                break
        out[guid] = ref
    return out


@dataclass
class CaseFacts:
    """What a journey is built from, read once: the case's codings, their values, and names."""

    case: Case
    codings: list[Coding]
    values: dict[str, dict[str, Value]]  # coding -> field name (casefolded) -> value
    kinds: dict[str, dict[str, str]]  # code -> field name (casefolded) -> kind
    refs: dict[str, str]
    tree: CodeTree
    document_names: dict[str, str]
    document_order: dict[str, int]
    document_attributes: dict[str, dict[str, str]]
    case_attributes: dict[str, str]
    coder_names: dict[str, str]

    @classmethod
    def read(cls, store: ProjectStore, case_guid: str) -> CaseFacts:
        case = store.case(case_guid)
        codings = store.codings_of_case(case_guid)
        fields = {f.guid: f for f in store.code_fields()}
        kinds: dict[str, dict[str, str]] = {}
        for f in fields.values():
            kinds.setdefault(f.code, {})[f.name.casefold()] = f.kind
        values: dict[str, dict[str, Value]] = {}
        for v in store.coding_values(codings=[c.guid for c in codings]) if codings else ():
            if v.field in fields:
                values.setdefault(v.coding, {})[fields[v.field].name.casefold()] = v.value
        tree = CodeTree(store.codes())
        documents = store.documents()
        return cls(
            case,
            codings,
            values,
            kinds,
            effective_refs(tree),
            tree,
            {d.guid: d.name for d in documents},
            {d.guid: n for n, d in enumerate(documents)},
            store.document_attributes(),
            store.case_attributes(case_guid),
            {c.guid: c.name for c in store.coders()},
        )


def events_of(facts: CaseFacts, texts: dict[str, str]) -> list[Event]:
    """The case's dated codings as events, in journey order."""
    events = []
    for c in facts.codings:
        dated = _dated(facts, c)
        if dated is None:
            continue
        place = _place(facts, c)
        events.append(
            Event(
                c.guid,
                c.document,
                facts.document_names.get(c.document, ""),
                c.start,
                c.end,
                texts[c.document][c.start : c.end],
                c.code,
                facts.tree.path(c.code),
                facts.refs.get(c.code, ""),
                dated,
                place,
                c.coder,
                facts.coder_names.get(c.coder, ""),
            )
        )
    events.sort(
        key=lambda e: (e.date.middle, facts.document_order.get(e.document, 0), e.start, e.end, e.coding)
    )
    return events


def _dated(facts: CaseFacts, coding: Coding) -> Span | None:
    """The coding's date: its field named "date" first, else its first date-kind field with a value."""
    values = facts.values.get(coding.guid, {})
    kinds = facts.kinds.get(coding.code, {})
    names = sorted((n for n, k in kinds.items() if k == "date"), key=lambda n: (n != "date", n))
    for name in names:
        value = values.get(name)
        if value is not None and value.kind == "date":
            return Span.of(value)
    return None


def _place(facts: CaseFacts, coding: Coding) -> str | None:
    for value in facts.values.get(coding.guid, {}).values():
        if value.kind == "place":
            return value.display()
    return None


def months_between(a: Event, b: Event) -> float:
    return round((b.date.middle - a.date.middle) / DAYS_PER_MONTH, 1)


def first(events: list[Event], refs: tuple[str, ...], after: Event | None = None) -> Event | None:
    """The first event of one of ``refs`` (at or after ``after``'s date, when given)."""
    for event in events:
        if event.is_a(*refs) and (after is None or event.date.middle >= after.date.middle):
            return event
    return None


def months_in_exploitation(events: list[Event]) -> float | None:
    """Months from the first sale to the first escape or repatriation after it (events in
    journey order), or None when either is missing."""
    first_sale = first(events, (SALE,))
    ending = first(events, ENDINGS, after=first_sale) if first_sale else None
    if first_sale is None or ending is None:
        return None
    return months_between(first_sale, ending)


def times_sold(facts: CaseFacts) -> int | None:
    """Sale passages (overlapping codings in one document are one passage: two coders, one sale)
    plus, per Resold passage, its ``times sold`` count (the lower bound of a range), else one.
    None when the case has neither."""
    sales = _passages(facts, SALE)
    resales = _passages(facts, RESALE)
    if not sales and not resales:
        return None
    total = len(sales)
    for group in resales:
        counts = [
            int(v.data["min"])
            for c in group
            for v in facts.values.get(c.guid, {}).values()
            if v.kind == "count"
        ]
        total += max(counts) if counts else 1
    return total


def _passages(facts: CaseFacts, ref: str) -> list[list[Coding]]:
    """Codings of ``ref``, grouped where they overlap in one document."""
    wanted = sorted(
        (c for c in facts.codings if matches(facts.refs.get(c.code, ""), (ref,))),
        key=lambda c: (c.document, c.start, c.end),
    )
    groups: list[list[Coding]] = []
    reach = -1
    for c in wanted:
        if groups and groups[-1][0].document == c.document and c.start < reach:
            groups[-1].append(c)
            reach = max(reach, c.end)
        else:
            groups.append([c])
            reach = c.end
    return groups


def journey(store: ProjectStore, case_guid: str, *, gap_months: float = 12) -> Journey:
    """The journey of one case (see the module docstring); ``gap_months``: a stretch between
    two consecutive events longer than this is flagged as a gap.

    Raises:
        NotFound: no such case.
    """
    from annotator.core.analysis.journey_checks import flags  # noqa: PLC0415 (it imports this module)

    facts = CaseFacts.read(store, case_guid)
    texts = {d: store.document_text(d) for d in {c.document for c in facts.codings}}
    events = events_of(facts, texts)
    result = Journey(facts.case, events)
    leaving = first(events, LEAVING)
    sale = first(events, (SALE,), after=leaving) if leaving else None
    if leaving is not None and sale is not None:
        result.months_to_first_sale = months_between(leaving, sale)
    result.months_in_exploitation = months_in_exploitation(events)
    result.times_sold = times_sold(facts)
    result.flags = flags(facts, events, gap_months=gap_months)
    return result
