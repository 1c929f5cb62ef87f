"""Typed values on coded passages: what a coder types or accepts, checked and normalised.

Each kind stores a small JSON object a dataset can use directly, plus the wording it
came from (never lost: a report quotes it). The kinds and their stored shapes:

| kind     | stored data                                                                 |
| money    | ``amount``, ``max`` (a range) or null, ``currency`` (ISO 4217), ``per`` or null  |
| age      | ``min``, ``max`` (equal for one age), ``approx``                               |
| date     | ``from``, ``to`` (ISO dates: ``2012``, ``2012-03`` or ``2012-03-15``), ``approx`` |
| duration | ``amount``, ``max`` or null, ``unit`` (day/week/month/year), ``approx``          |
| place    | ``name``, ``country`` (ISO 3166 alpha-2) or null, ``admin`` or null            |
| count    | ``min``, ``max``, ``approx``                                                   |
| choice   | ``value`` (one of the field's choices)                                         |
| text     | ``value``                                                                      |

:func:`parse_value` reads what a coder typed (a value that does not fit its kind is a
one-line :class:`ValueInvalid`); :func:`propose` reads the passage itself and returns
readings to offer — never stored until the coder accepts one.
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core import messages
from annotator.core.errors import AnnotatorError
from annotator.core.messages import translate

from . import vocabulary as vocab
from .numbers import Found, find_numbers, parse_number, vague_numbers

KINDS = ("money", "age", "date", "duration", "place", "count", "choice", "text")
ORDERED_KINDS = frozenset({"money", "age", "date", "duration", "count"})
"""Kinds whose values have an order (min, median and max mean something)."""
MAX_AGE = 120
YEARS = (1900, 2100)


class ValueInvalid(AnnotatorError):
    """A value that does not fit its field's kind (one line saying what would)."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A value field a code declares: e.g. ``price`` (money, per night/client) on "Sale price"."""

    name: str
    kind: str
    options: Mapping[str, Any] = field(default_factory=dict)
    guid: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueInvalid(
                translate("CoreValues", "unknown value kind {kind!r}; use one of {kinds}").format(
                    kind=self.kind, kinds=", ".join(KINDS)
                )
            )
        if not self.name.strip():
            raise ValueInvalid(translate("CoreValues", "a value field needs a name"))
        if self.kind == "choice" and not self.choices:
            raise ValueInvalid(
                translate("CoreValues", "the choice field {name!r} needs its list of choices").format(
                    name=self.name
                )
            )

    @property
    def choices(self) -> list[str]:
        return [str(c) for c in self.options.get("choices", [])]

    @property
    def currency(self) -> str | None:
        value = self.options.get("currency")
        return str(value) if value else None


@dataclass(frozen=True, slots=True)
class Value:
    """A checked value of one kind: normalised ``data`` and the ``original`` wording."""

    kind: str
    data: Mapping[str, Any]
    original: str = ""

    def number(self) -> float | None:
        """One number to order values by (a range's middle; a date's first day as a year fraction)."""
        d = self.data
        if self.kind == "money" or self.kind == "duration":
            low = float(d["amount"])
            high = float(d.get("max") or low)
            factor = vocab.DAYS_IN[d["unit"]] if self.kind == "duration" else 1.0
            return (low + high) / 2 * factor
        if self.kind in ("age", "count"):
            return (float(d["min"]) + float(d["max"])) / 2
        if self.kind == "date":
            return _date_number(str(d["from"]))
        return None

    @property
    def unit(self) -> str | None:
        """The unit values are only comparable within: a money value's currency (and per unit)."""
        if self.kind == "money":
            return str(self.data["currency"]) + (f"/{self.data['per']}" if self.data.get("per") else "")
        if self.kind == "duration":
            return "days"
        if self.kind == "age":
            return "years"
        return None

    def display(self, *, english: bool = False) -> str:
        """How a table or report shows it: ``25,000–30,000 CNY per night``, ``≈19``, ``2012-03``.

        In the app's language ("1박에 500 CNY", "4년"), unless ``english``: what is written to
        a file (an export, the audit trail) or read back as a value must not change with the
        language of the app that wrote it.
        """
        d, k = self.data, self.kind
        approx = "≈" if d.get("approx") else ""
        if k == "money":
            amount = _fmt(d["amount"]) + (f"–{_fmt(d['max'])}" if d.get("max") else "")
            per = d.get("per")
            return money_text(amount, str(d["currency"]), str(per) if per else None, english=english)
        if k in ("age", "count"):
            return approx + (_fmt(d["min"]) if d["min"] == d["max"] else f"{_fmt(d['min'])}–{_fmt(d['max'])}")
        if k == "date":
            return approx + (d["from"] if d["from"] == d["to"] else f"{d['from']} – {d['to']}")
        if k == "duration":
            amount = _fmt(d["amount"]) + (f"–{_fmt(d['max'])}" if d.get("max") else "")
            one = (d.get("max") or d["amount"]) == 1
            return approx + _duration(str(d["unit"]), one, english).format(amount=amount)
        if k == "place":
            extra = ", ".join(p for p in (d.get("admin"), d.get("country")) if p and p != d["name"])
            return d["name"] + (f" ({extra})" if extra else "")
        return str(d["value"])

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **dict(self.data), "original": self.original}


def money_text(amount: str, currency: str, per: str | None, *, english: bool = False) -> str:
    """An amount of money as :meth:`Value.display` shows it: "475 CNY per night"."""
    if not per:
        return f"{amount} {currency}"
    return _per(per, english).format(amount=amount, currency=currency)


def currency_text(currency: str, per: str | None, *, english: bool = False) -> str:
    """The unit money is counted in: "CNY", "CNY per night" (in the app's language)."""
    if not per:
        return currency
    translate = messages.translator(english_only=english)
    if per == "night":
        return translate("CoreValues", "{currency} per night").format(currency=currency)
    if per == "client":
        return translate("CoreValues", "{currency} per client").format(currency=currency)
    if per == "time":
        return translate("CoreValues", "{currency} per time").format(currency=currency)
    if per == "hour":
        return translate("CoreValues", "{currency} per hour").format(currency=currency)
    if per == "day":
        return translate("CoreValues", "{currency} per day").format(currency=currency)
    if per == "week":
        return translate("CoreValues", "{currency} per week").format(currency=currency)
    if per == "month":
        return translate("CoreValues", "{currency} per month").format(currency=currency)
    if per == "year":
        return translate("CoreValues", "{currency} per year").format(currency=currency)
    return f"{currency} per {per}"


def _per(unit: str, english: bool) -> str:
    """A money value's template with its "per" unit: "{amount} {currency} per night"."""
    translate = messages.translator(english_only=english)
    if unit == "night":
        return translate("CoreValues", "{amount} {currency} per night")
    if unit == "client":
        return translate("CoreValues", "{amount} {currency} per client")
    if unit == "time":
        return translate("CoreValues", "{amount} {currency} per time")
    if unit == "hour":
        return translate("CoreValues", "{amount} {currency} per hour")
    if unit == "day":
        return translate("CoreValues", "{amount} {currency} per day")
    if unit == "week":
        return translate("CoreValues", "{amount} {currency} per week")
    if unit == "month":
        return translate("CoreValues", "{amount} {currency} per month")
    if unit == "year":
        return translate("CoreValues", "{amount} {currency} per year")
    return "{amount} {currency} per " + unit.replace("{", "{{").replace("}", "}}")  # a unit from elsewhere


def _duration(unit: str, one: bool, english: bool) -> str:
    """A duration's template: "{amount} month" or "{amount} months" (as English needs)."""
    translate = messages.translator(english_only=english)
    if unit == "day":
        return translate("CoreValues", "{amount} day") if one else translate("CoreValues", "{amount} days")
    if unit == "week":
        return translate("CoreValues", "{amount} week") if one else translate("CoreValues", "{amount} weeks")
    if unit == "month":
        return (
            translate("CoreValues", "{amount} month") if one else translate("CoreValues", "{amount} months")
        )
    if unit == "year":
        return translate("CoreValues", "{amount} year") if one else translate("CoreValues", "{amount} years")
    return "{amount} " + unit.replace("{", "{{").replace("}", "}}") + ("" if one else "s")


def _fmt(number: float | int) -> str:
    return f"{int(number):,}" if float(number).is_integer() else f"{number:,.2f}"


def _date_number(iso: str) -> float:
    parts = [int(p) for p in iso.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return year + (month - 1) / 12 + (day - 1) / 365


# -- reading what a coder typed -------------------------------------------------------------------


def parse_value(spec: FieldSpec, text: str) -> Value:
    """Check and normalise ``text`` typed for ``spec``.

    Raises:
        ValueInvalid: one line saying what the field takes, e.g. "give an amount and a currency".
    """
    text = " ".join(text.split())
    if not text:
        raise ValueInvalid(
            translate("CoreValues", "{name}: give a value (or skip it)").format(name=spec.name)
        )
    reader = _READERS[spec.kind]
    value = reader(spec, text)
    if value is None and spec.kind in ("money", "age", "count", "duration") and vague_numbers(text):
        raise ValueInvalid(
            translate(
                "CoreValues", "{name}: {text!r} gives no figure; type the number or a range (e.g. 200-900)"
            ).format(name=spec.name, text=text)
        )
    if value is None:
        raise ValueInvalid(
            translate("CoreValues", "{name}: {text!r} is not {expected}").format(
                name=spec.name, text=text, expected=_expected(spec.kind)
            )
        )
    return value


def _expected(kind: str) -> str:
    """What a field of ``kind`` takes, as the end of "… is not …" (translated when asked for)."""
    expected = {
        "money": translate(
            "CoreValues", "an amount with a currency (e.g. 25000 CNY, 400-500 yuan per night)"
        ),
        "age": translate("CoreValues", "an age in years or a range (e.g. 19, 12-29, about 20)"),
        "date": translate(
            "CoreValues", "a date, a month or a year, or a range (e.g. 2012-03-15, March 2012, 2010-2012)"
        ),
        "duration": translate("CoreValues", "a length of time (e.g. 3 months, 2 years, 10 days)"),
        "place": translate("CoreValues", "a place name"),
        "count": translate("CoreValues", "a whole number or a range (e.g. 3, 2-3)"),
        "choice": translate("CoreValues", "one of the field's choices"),
        "text": translate("CoreValues", "text"),
    }
    return expected[kind]


def _approx(text: str) -> bool:
    lower = text.lower()
    return (
        any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lower) for w in vocab.APPROX_WORDS if w.isascii())
        or any(w in text for w in vocab.APPROX_WORDS if not w.isascii())
        or bool(_AFTER_A_NUMBER.search(text))
    )


# "20여 명", "二十多岁", "十几岁": approximate only right after a numeral; alone, 여 and 多
# are everyday syllables (열여섯 is exactly sixteen, 很多 is "many").
_AFTER_A_NUMBER = re.compile(r"[\d십백천만十百千万萬][여多几幾]")


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|~|to|until|till|and|or|에서|부터|至|到|~|～)\s*$", re.IGNORECASE)


def _numbers_and_range(text: str) -> tuple[float, float] | None:
    """The one number, or the two of a range ("400-500", "12 to 29"), in ``text``."""
    found = find_numbers(text)
    if not found:
        return None
    if len(found) >= 2 and _RANGE_JOIN.match(text[found[0].end : found[1].start]):
        low, high = sorted((found[0].value, found[1].value))
        return low, high
    return found[0].value, found[0].value


def _currency_in(text: str, spec: FieldSpec | None) -> str | None:
    lower = text.lower()
    for word in sorted(vocab.CURRENCY_WORDS, key=len, reverse=True):
        hit = (
            re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lower)
            if word.isascii() and word.isalpha()
            else word in lower
        )
        if hit:
            code = vocab.CURRENCY_WORDS[word]
            if word in vocab.WON_WORDS and spec is not None and spec.currency == "KPW":
                return "KPW"
            return code
    for token in re.findall(r"\b[A-Z]{3}\b", text):
        if token in vocab.ISO_CURRENCIES:
            return token
    return None


def _per_in(text: str) -> str | None:
    lower = text.lower()
    patterns = (
        r"\b(?:per|a|an|each|every|for\s+(?:a|one|the|each))\s+([a-z]+)",  # per night, a night
        r"([가-힣]+)\s?(?:당|에|마다)",  # 손님당, 하룻밤에, 밤마다
        r"(?:每|一)(?:个|個)?([\u4e00-\u9fff]{1,2})",  # 每晚, 一个客人
    )
    for pattern in patterns:
        for match in re.finditer(pattern, lower):
            word = match.group(1)
            for candidate in (word, word[:2], word[:1]):
                if candidate in vocab.PER_UNITS:
                    return vocab.PER_UNITS[candidate]
    return None


def _read_money(spec: FieldSpec, text: str) -> Value | None:
    numbers = _numbers_and_range(text)
    if numbers is None:
        return None
    currency = _currency_in(text, spec) or spec.currency
    if currency is None:
        raise ValueInvalid(
            translate("CoreValues", "{name}: give the currency too (e.g. {fmt} CNY)").format(
                name=spec.name, fmt=_fmt(numbers[0])
            )
        )
    low, high = numbers
    return Value(
        "money",
        {"amount": low, "max": high if high != low else None, "currency": currency, "per": _per_in(text)},
        text,
    )


def _read_age(spec: FieldSpec, text: str) -> Value | None:
    decade = re.search(
        r"(\d0)\s*(?:s\b|대)|([二三四五六七八九]十)多岁|(twenties|thirties|forties|teens)", text
    )
    if decade:
        words = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40}
        base = (
            int(decade.group(1))
            if decade.group(1)
            else int(parse_number(decade.group(2)) or 0)
            if decade.group(2)
            else words[decade.group(3)]
        )
        return Value("age", {"min": base, "max": 19 if base == 13 else base + 9, "approx": True}, text)
    numbers = _numbers_and_range(text)
    if numbers is None:
        return None
    low, high = numbers
    if not (low.is_integer() and high.is_integer() and 0 <= low <= high <= MAX_AGE):
        raise ValueInvalid(
            translate("CoreValues", "{name}: an age is a whole number of years from 0 to {limit}").format(
                name=spec.name, limit=MAX_AGE
            )
        )
    return Value("age", {"min": int(low), "max": int(high), "approx": _approx(text)}, text)


def _read_count(spec: FieldSpec, text: str) -> Value | None:
    lower = text.lower()
    words = {"once": 1, "twice": 2, "thrice": 3, "한 번": 1, "두 번": 2, "한번": 1, "두번": 2}
    for word, value in words.items():
        if re.search(rf"(?<![a-z]){word}(?![a-z])", lower):
            return Value("count", {"min": value, "max": value, "approx": _approx(text)}, text)
    numbers = _numbers_and_range(text)
    if numbers is None:
        return None
    low, high = numbers
    if not (low.is_integer() and high.is_integer() and 0 <= low <= high):
        raise ValueInvalid(
            translate("CoreValues", "{name}: a count is a whole number (or a range of them)").format(
                name=spec.name
            )
        )
    return Value("count", {"min": int(low), "max": int(high), "approx": _approx(text)}, text)


def _read_duration(spec: FieldSpec, text: str) -> Value | None:
    lower = text.lower()
    if re.search(r"half a year|반년|半年", lower):
        return Value("duration", {"amount": 6, "max": None, "unit": "month", "approx": _approx(text)}, text)
    numbers = _numbers_and_range(text)
    unit = None
    for word in sorted(vocab.DURATION_UNITS, key=len, reverse=True):
        if re.search(rf"(?<![a-z]){word}(?![a-z])", lower) if word.isascii() else word in text:
            unit = vocab.DURATION_UNITS[word]
            break
    unit = unit or spec.options.get("unit")
    if numbers is None:
        return None
    if unit is None:
        raise ValueInvalid(
            translate("CoreValues", "{name}: give the unit too (e.g. {fmt} months)").format(
                name=spec.name, fmt=_fmt(numbers[0])
            )
        )
    low, high = numbers
    return Value(
        "duration",
        {"amount": low, "max": high if high != low else None, "unit": unit, "approx": _approx(text)},
        text,
    )


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)")
_KO_ZH_DATE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九]{4})\s?[년年](?:\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?[월月](?:\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?[일日号])?)?"
)
_EN_DATE = re.compile(
    r"(?:(\d{1,2})\s+)?("
    + "|".join(sorted(vocab.MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+(\d{1,2}),?)?\s+(\d{4})",
    re.IGNORECASE,
)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValueInvalid(
            translate("CoreValues", "{year} is not a year this program takes ({first}–{last})").format(
                year=year, first=YEARS[0], last=YEARS[1]
            )
        )
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise ValueInvalid(translate("CoreValues", "month {month} does not exist").format(month=month))
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueInvalid(
            translate("CoreValues", "{year:04d}-{month:02d} has no day {day}").format(
                year=year, month=month, day=day
            )
        )
    return f"{year:04d}-{month:02d}-{day:02d}"


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    value = parse_number(text)
    return int(value) if value is not None else None


def _dates_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso) of every date written in ``text``, in order."""
    found: list[tuple[int, int, str]] = []
    for match in _KO_ZH_DATE.finditer(text):
        found.append(
            (
                match.start(),
                match.end(),
                _iso(_int(match.group(1)) or 0, _int(match.group(2)), _int(match.group(3))),
            )
        )
    for match in _EN_DATE.finditer(text):
        day = _int(match.group(1) or match.group(3))
        found.append(
            (match.start(), match.end(), _iso(int(match.group(4)), vocab.MONTHS[match.group(2).lower()], day))
        )
    for match in _ISO_DATE.finditer(text):
        if any(s <= match.start() < e for s, e, _ in found):
            continue
        found.append(
            (
                match.start(),
                match.end(),
                _iso(int(match.group(1)), _int(match.group(2)), _int(match.group(3))),
            )
        )
    found.sort()
    return found


def _read_date(spec: FieldSpec, text: str) -> Value | None:
    dates = _dates_in(text)
    if not dates:
        return None
    approx = _approx(text)
    first, last = dates[0][2], dates[0][2]
    if len(dates) >= 2 and _RANGE_JOIN.match(text[dates[0][1] : dates[1][0]]):
        first, last = dates[0][2], dates[1][2]
        if _date_number(first) > _date_number(last):
            raise ValueInvalid(
                translate("CoreValues", "{name}: the range ends before it starts ({first} – {last})").format(
                    name=spec.name, first=first, last=last
                )
            )
    elif len(first) == 4:
        lower = text.lower()
        for word, (a, b) in vocab.SEASONS.items():
            if re.search(rf"\b{word}\b", lower) if word.isascii() else word in text:
                year = int(first)
                first = _iso(year, a)
                last = _iso(year + 1 if b < a else year, b)
                approx = True
                break
    return Value("date", {"from": first, "to": last, "approx": approx}, text)


def _read_place(spec: FieldSpec, text: str) -> Value:
    parts = [p.strip() for p in re.split(r"[,，、]", text) if p.strip()]
    country = None
    if parts and (parts[-1].lower() in vocab.COUNTRIES or parts[-1].upper() in _ALPHA2):
        last = parts.pop()
        country = vocab.COUNTRIES.get(last.lower()) or last.upper()
    name = parts[0] if parts else text
    admin = parts[1] if len(parts) > 1 else None
    bare = re.sub(r"\s+(?:province|prefecture|county|city)$", "", name, flags=re.IGNORECASE)
    known = vocab.PLACES.get(name.lower()) or vocab.PLACES.get(name) or vocab.PLACES.get(bare.lower())
    if known is not None:  # 연길, 延吉 and Yanji are one place in every count
        name = known[0]
        admin = admin or known[1]
        country = country or known[2]
    return Value("place", {"name": name, "country": country, "admin": admin}, text)


_ALPHA2 = frozenset(vocab.COUNTRIES.values())


def _read_choice(spec: FieldSpec, text: str) -> Value | None:
    for index, choice in enumerate(spec.choices, 1):
        if text.casefold() == choice.casefold() or text == str(index):
            return Value("choice", {"value": choice}, text)
    raise ValueInvalid(
        translate("CoreValues", "{name}: choose one of: {choices}").format(
            name=spec.name, choices=", ".join(spec.choices)
        )
    )


def _read_text(spec: FieldSpec, text: str) -> Value:
    return Value("text", {"value": text}, text)


_READERS = {
    "money": _read_money,
    "age": _read_age,
    "date": _read_date,
    "duration": _read_duration,
    "place": _read_place,
    "count": _read_count,
    "choice": _read_choice,
    "text": _read_text,
}


# -- reading the passage itself ---------------------------------------------------------------------

_AGE_CONTEXT = re.compile(
    r"(?:aged?|age of|years? old|yrs?|살|세|岁|歲)", re.IGNORECASE
)  # a number near one of these is an age
_COUNT_CONTEXT = re.compile(r"(?:times?|occasions?|번|차례|次|回)", re.IGNORECASE)


def _near(text: str, found: Found, pattern: re.Pattern[str], reach: int = 12) -> bool:
    window = text[max(0, found.start - reach) : found.end + reach]
    return pattern.search(window) is not None


def propose(spec: FieldSpec, passage: str) -> list[Value]:
    """Readings of ``passage`` for ``spec``, best first; empty when nothing fits.

    Only figures the passage supports are offered: a number next to a currency word for
    money, next to "years old"/살/岁 (or alone in a short passage) for an age, and so on.
    A proposal is never stored without the coder accepting it.
    """
    proposals: list[Value] = []
    text = " ".join(passage.split())
    try:
        proposals = _PROPOSERS[spec.kind](spec, text)
    except ValueInvalid:
        proposals = []
    unique: list[Value] = []
    for value in proposals:
        if all(value.data != other.data for other in unique):
            unique.append(value)
    return unique


def _windows(text: str, found: Sequence[Found], after: int = 16, before: int = 0) -> Iterable[str]:
    for index, f in enumerate(found):
        end = found[index + 1].start if index + 1 < len(found) else len(text)
        yield text[max(0, f.start - before) : min(end, f.end + after) if end > f.end else f.end + after]


def _propose_money(spec: FieldSpec, text: str) -> list[Value]:
    out = []
    found = find_numbers(text)
    index = 0
    while index < len(found):
        f = found[index]
        span_end = f.end
        if index + 1 < len(found) and _RANGE_JOIN.match(text[f.end : found[index + 1].start]):
            span_end = found[index + 1].end
            index += 1
        piece = text[max(0, f.start - 2) : span_end + 18]
        if _currency_in(piece, spec) or (spec.currency and len(found) == 1):
            value = _read_money(spec, text[max(0, f.start - 2) : span_end + 18])
            if value is not None:
                out.append(Value("money", value.data, text[f.start : span_end + 12].strip()))
        index += 1
    return out


def _propose_age(spec: FieldSpec, text: str) -> list[Value]:
    found = [f for f in find_numbers(text) if f.value.is_integer() and 0 < f.value <= MAX_AGE]
    near = [f for f in found if _near(text, f, _AGE_CONTEXT)]
    chosen = near or (found if len(found) == 1 and len(text) < 80 else [])
    out = []
    for f in chosen:
        value = _read_age(spec, text[max(0, f.start - 16) : f.end + 8])
        if value is not None:
            out.append(Value("age", value.data, text[f.start : f.end]))
    return out


def _propose_count(spec: FieldSpec, text: str) -> list[Value]:
    value = None
    lower = text.lower()
    for word in ("once", "twice", "thrice"):
        if re.search(rf"\b{word}\b", lower):
            value = _read_count(spec, word)
    found = [f for f in find_numbers(text) if _near(text, f, _COUNT_CONTEXT, 8)]
    out = [value] if value is not None else []
    for f in found:
        read = _read_count(spec, text[f.start : f.end])
        if read is not None:
            out.append(read)
    return out


def _propose_duration(spec: FieldSpec, text: str) -> list[Value]:
    out = []
    for f in find_numbers(text):
        window = text[f.start : f.end + 10]
        try:
            value = _read_duration(FieldSpec(spec.name, "duration"), window)
        except ValueInvalid:
            continue
        if value is not None:
            out.append(value)
    return out


def _propose_date(spec: FieldSpec, text: str) -> list[Value]:
    value = _read_date(spec, text)
    return [value] if value is not None else []


def _propose_place(spec: FieldSpec, text: str) -> list[Value]:
    out = []
    lower = text.lower()
    for word, (name, admin, country) in vocab.PLACES.items():
        hit = re.search(rf"\b{re.escape(word)}\b", lower) if word.isascii() else word in text
        if hit:
            out.append(Value("place", {"name": name, "country": country, "admin": admin}, word))
    return out


def _propose_choice(spec: FieldSpec, text: str) -> list[Value]:
    lower = text.casefold()
    return [Value("choice", {"value": c}, c) for c in spec.choices if c.casefold() in lower]


def _propose_nothing(spec: FieldSpec, text: str) -> list[Value]:
    return []


_PROPOSERS = {
    "money": _propose_money,
    "age": _propose_age,
    "date": _propose_date,
    "duration": _propose_duration,
    "place": _propose_place,
    "count": _propose_count,
    "choice": _propose_choice,
    "text": _propose_nothing,
}


# -- counting ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Summary:
    """Count, min, median and max of values of one unit (None where the kind has no order)."""

    unit: str | None
    count: int
    minimum: Value | None
    median: float | None
    maximum: Value | None


def summarise(values: Sequence[Value]) -> list[Summary]:
    """One summary per unit: money is never summed or compared across currencies."""
    by_unit: dict[str | None, list[Value]] = {}
    for value in values:
        by_unit.setdefault(value.unit, []).append(value)
    out = []
    for unit, group in by_unit.items():
        ordered = [v for v in group if v.number() is not None]
        if ordered and group[0].kind in ORDERED_KINDS:
            ordered.sort(key=lambda v: v.number() or 0.0)
            median = statistics.median(v.number() or 0.0 for v in ordered)
            out.append(Summary(unit, len(group), ordered[0], median, ordered[-1]))
        else:
            out.append(Summary(unit, len(group), None, None, None))
    return out
