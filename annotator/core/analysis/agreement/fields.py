"""Agreement on typed values: where two coders coded the same passage with a code, do the
values they recorded agree?

Units are **codings**, not merged segments: a value sits on one coding. For each code
with value fields, each pair of coders and each document, a coding of one coder is matched
to a coding of the other with the same code when their overlap ``|A∩B| / |A∪B|`` reaches the
threshold (the one segment agreement uses, 0.9 by default; at the threshold counts), one to
one, best overlap first. Then, per field:

- ``matched``: matched pairs where both codings have a value for the field;
- ``agree``: those whose values agree within the field kind's tolerance (:data:`TOLERANCES`);
- ``share = agree / matched`` (null when nothing matched: undefined, never a vacuous 1.0);
- ``one_value_only``: matched pairs where only one of the two recorded a value (not in the
  share: a missing value is not a different value; the disagreements view shows neither).

With three or more coders every pair is counted and the counts are pooled. A field belongs
to its own code: with sub-codes rolled up, a parent's row lists only its own fields.

Tolerances (symmetric; ranges compare both ends; "approximately" is not compared):

- money: same currency and "per" unit, amounts within 5% of the larger;
- age: within 1 year; count: exact;
- date: the same month (each end cut to year-month: "2012" and "2012-03" differ, one coder
  was more precise);
- duration: within 10% of the longer, compared in days;
- choice: exact; text: exact but for case and spacing; place: the same normalised place
  (name, and country when both give one: "Yanji" and "延吉" are one place).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core import messages
from annotator.core.model import Coding
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField
from annotator.core.values import Value
from annotator.core.values.vocabulary import DAYS_IN

TOLERANCES: dict[str, str] = {
    "money": "±5% (same currency and per unit)",
    "age": "±1 year",
    "date": "same month",
    "duration": "±10%",
    "count": "exact",
    "choice": "exact",
    "text": "exact (ignoring case and spacing)",
    "place": "same place",
}


def tolerance_of(kind: str, *, english: bool = False) -> str:
    """:data:`TOLERANCES` of ``kind`` in the app's language (English: ``english``, for files)."""
    translate = messages.translator(english_only=english)
    if kind == "money":
        return translate("CoreAgreement", "±5% (same currency and per unit)")
    if kind == "age":
        return translate("CoreAgreement", "±1 year")
    if kind == "date":
        return translate("CoreAgreement", "same month")
    if kind == "duration":
        return translate("CoreAgreement", "±10%")
    if kind == "text":
        return translate("CoreAgreement", "exact (ignoring case and spacing)")
    if kind == "place":
        return translate("CoreAgreement", "same place")
    return translate("CoreAgreement", "exact")


MONEY_SHARE = 0.05
DURATION_SHARE = 0.10
AGE_YEARS = 1
_EPSILON = 1e-9  # 95 against 100 is exactly 5%: floating point must not make it 5.000000001%


def _within(a: float, b: float, share: float) -> bool:
    return abs(a - b) <= share * max(abs(a), abs(b)) + _EPSILON


def _ends(data: Mapping[str, Any], low: str, high: str) -> tuple[float, float]:
    first = float(data[low])
    return first, float(data.get(high) or first)


def _month(iso: str) -> str:
    return iso[:7]


def _folded(text: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text or "")).casefold().split())


def values_agree(a: Value, b: Value) -> bool:
    """Whether two coders' values agree within the kind's tolerance (:data:`TOLERANCES`)."""
    if a.kind != b.kind:
        return False
    da, db, kind = a.data, b.data, a.kind
    if kind == "money":
        same_unit = da["currency"] == db["currency"] and (da.get("per") or None) == (db.get("per") or None)
        (a1, a2), (b1, b2) = _ends(da, "amount", "max"), _ends(db, "amount", "max")
        return same_unit and _within(a1, b1, MONEY_SHARE) and _within(a2, b2, MONEY_SHARE)
    if kind == "age":
        return abs(da["min"] - db["min"]) <= AGE_YEARS and abs(da["max"] - db["max"]) <= AGE_YEARS
    if kind == "count":
        return bool(da["min"] == db["min"] and da["max"] == db["max"])
    if kind == "date":
        return _month(da["from"]) == _month(db["from"]) and _month(da["to"]) == _month(db["to"])
    if kind == "duration":
        (a1, a2), (b1, b2) = _ends(da, "amount", "max"), _ends(db, "amount", "max")
        fa, fb = DAYS_IN[da["unit"]], DAYS_IN[db["unit"]]
        return _within(a1 * fa, b1 * fb, DURATION_SHARE) and _within(a2 * fa, b2 * fb, DURATION_SHARE)
    if kind == "place":
        countries = (da.get("country"), db.get("country"))
        return _folded(da.get("name")) == _folded(db.get("name")) and (
            None in countries or countries[0] == countries[1]
        )
    if kind == "text":
        return _folded(da.get("value")) == _folded(db.get("value"))
    return bool(da.get("value") == db.get("value"))


@dataclass(frozen=True, slots=True)
class FieldAgreement:
    """How far the coders' values of one field agree on the passages they both coded."""

    field: str  # GUID
    name: str
    kind: str
    matched: int
    agree: int
    one_value_only: int

    @property
    def tolerance(self) -> str:
        """Within what values count as the same, as the app shows it (its language)."""
        return tolerance_of(self.kind)

    @property
    def share(self) -> float | None:
        return self.agree / self.matched if self.matched else None

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.name,
            "kind": self.kind,
            "matched": self.matched,
            "agree": self.agree,
            "share": self.share,
            "tolerance": tolerance_of(self.kind, english=True),
            "one_value_only": self.one_value_only,
        }


@dataclass(frozen=True, slots=True)
class ValueDisagreement:
    """A passage two coders both coded with a code, where their values of one field differ.

    ``coders``, ``codings``, ``spans`` and ``values`` are in the order the coders were given;
    ``quote`` is the first coder's passage (the spans overlap by at least the threshold).
    """

    document: str
    document_name: str
    code: str
    code_path: str
    field: str
    field_name: str
    coders: tuple[str, str]
    codings: tuple[str, str]
    spans: tuple[tuple[int, int], tuple[int, int]]
    values: tuple[Value, Value]
    quote: str

    @property
    def tolerance(self) -> str:
        """Within what values count as the same, as the app shows it (its language)."""
        return tolerance_of(self.values[0].kind)

    @property
    def start(self) -> int:
        return min(self.spans[0][0], self.spans[1][0])

    @property
    def end(self) -> int:
        return max(self.spans[0][1], self.spans[1][1])

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_name,
            "document_guid": self.document,
            "code": self.code_path,
            "code_guid": self.code,
            "field": self.field_name,
            "tolerance": tolerance_of(self.values[0].kind, english=True),
            "quote": self.quote,
            "values": [
                {
                    "coder": coder,
                    "coding": coding,
                    "start": span[0],
                    "end": span[1],
                    "display": value.display(english=True),
                    **value.to_json(),
                }
                for coder, coding, span, value in zip(
                    self.coders, self.codings, self.spans, self.values, strict=True
                )
            ],
        }


def match(first: Sequence[Coding], second: Sequence[Coding], threshold: float) -> list[tuple[Coding, Coding]]:
    """One-to-one pairs of codings (same code and document) overlapping by ``threshold`` or more
    (intersection over union), best overlap first, ties in text order."""
    candidates = []
    for a in first:
        for b in second:
            inter = min(a.end, b.end) - max(a.start, b.start)
            if inter <= 0:
                continue
            union = max(a.end, b.end) - min(a.start, b.start)
            if inter / union >= threshold:  # as segment agreement decides a tie
                candidates.append((-inter / union, a.start, b.start, a.guid, b.guid, a, b))
    candidates.sort(key=lambda c: c[:5])
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs = []
    for *_, a, b in candidates:
        if a.guid not in used_a and b.guid not in used_b:
            used_a.add(a.guid)
            used_b.add(b.guid)
            pairs.append((a, b))
    return pairs


@dataclass(frozen=True)
class _Readings:
    """Each coder's codings of the codes with fields, by (code, document), and their values."""

    fields: dict[str, list[CodeField]]  # code -> its fields
    codings: list[dict[tuple[str, str], list[Coding]]]  # per coder
    values: dict[str, dict[str, Value]]  # coding -> field -> value


def _read(
    store: ProjectStore, coders: Sequence[str], codes: Iterable[str], documents: Iterable[str]
) -> _Readings:
    wanted_codes = set(codes)
    fields: dict[str, list[CodeField]] = {}
    for f in store.code_fields():
        if f.code in wanted_codes:
            fields.setdefault(f.code, []).append(f)
    wanted_docs = set(documents)
    per_coder: list[dict[tuple[str, str], list[Coding]]] = []
    for coder in coders:
        mine: dict[tuple[str, str], list[Coding]] = {}
        if fields:
            for c in store.codings(codes=list(fields), coder=coder):
                if c.document in wanted_docs:
                    mine.setdefault((c.code, c.document), []).append(c)
        per_coder.append(mine)
    values: dict[str, dict[str, Value]] = {}
    if fields:
        guids = [f.guid for fs in fields.values() for f in fs]
        for row in store.fact_rows(fields=guids, coders=list(coders), ordered=False):
            values.setdefault(row.coding, {})[row.field] = row.value
    return _Readings(fields, per_coder, values)


def _pairs(readings: _Readings, threshold: float) -> Iterable[tuple[int, int, str, tuple[Coding, Coding]]]:
    """(coder i, coder j, code, matched pair) for every coder pair, code with fields and document."""
    m = len(readings.codings)
    for i in range(m):
        for j in range(i + 1, m):
            first, second = readings.codings[i], readings.codings[j]
            for key in sorted(set(first) & set(second)):
                for pair in match(first[key], second[key], threshold):
                    yield i, j, key[0], pair


def field_agreement(
    store: ProjectStore,
    coders: Sequence[str],
    codes: Iterable[str],
    documents: Iterable[str],
    threshold: float,
) -> dict[str, tuple[FieldAgreement, ...]]:
    """Code GUID -> the agreement of each of its fields, for coder GUIDs ``coders``."""
    readings = _read(store, coders, codes, documents)
    tally: dict[str, list[int]] = {f.guid: [0, 0, 0] for fs in readings.fields.values() for f in fs}
    for _, _, code, (a, b) in _pairs(readings, threshold):
        va, vb = readings.values.get(a.guid, {}), readings.values.get(b.guid, {})
        for f in readings.fields[code]:
            x, y = va.get(f.guid), vb.get(f.guid)
            counts = tally[f.guid]
            if x is not None and y is not None:
                counts[0] += 1
                counts[1] += values_agree(x, y)
            elif x is not None or y is not None:
                counts[2] += 1
    return {
        code: tuple(FieldAgreement(f.guid, f.name, f.kind, *tally[f.guid]) for f in fs)
        for code, fs in readings.fields.items()
    }


def value_disagreements_in(
    store: ProjectStore,
    coders: Sequence[tuple[str, str]],
    codes: Sequence[tuple[str, str]],
    documents: Sequence[tuple[str, str, int]],
    threshold: float,
) -> list[ValueDisagreement]:
    """The passages where two coders (GUID, name) agree on a code but differ on a value,
    in document order, then by span, code and field."""
    readings = _read(store, [g for g, _ in coders], [g for g, _ in codes], [g for g, _, _ in documents])
    paths = dict(codes)
    position = {g: (i, name) for i, (g, name, _) in enumerate(documents)}
    texts: dict[str, str] = {}
    out = []
    for i, j, code, (a, b) in _pairs(readings, threshold):
        va, vb = readings.values.get(a.guid, {}), readings.values.get(b.guid, {})
        for f in readings.fields[code]:
            x, y = va.get(f.guid), vb.get(f.guid)
            if x is None or y is None or values_agree(x, y):
                continue
            if a.document not in texts:
                texts[a.document] = store.document_text(a.document)
            out.append(
                ValueDisagreement(
                    a.document,
                    position[a.document][1],
                    code,
                    paths[code],
                    f.guid,
                    f.name,
                    (coders[i][1], coders[j][1]),
                    (a.guid, b.guid),
                    ((a.start, a.end), (b.start, b.end)),
                    (x, y),
                    texts[a.document][a.start : a.end],
                )
            )
    out.sort(key=lambda d: (position[d.document][0], d.start, d.end, d.code_path, d.field_name, d.coders))
    return out
