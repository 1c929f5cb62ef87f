"""Value fields as files carry them: what a kind's options may be, stable field GUIDs, and the
shape a stored value must have.

Why a module of its own: fields come in from YAML codebooks, ``.qdc`` and ``.qdpx`` files and
other coders' projects, and every way in must refuse the same things in the same words.
:class:`~annotator.core.values.FieldSpec` checks only what every caller needs (a known kind, a
name, choices for a choice field); a file can say much more that is wrong (an option another
kind takes, a currency no one uses, a value whose numbers are text), and a hostile file can
hold values that would break the facts report or an export. These checks say what is wrong
in one line, without naming where: the caller knows the file and the code.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from collections.abc import Mapping
from typing import Any

from annotator.core.values import KINDS
from annotator.core.values import vocabulary as vocab
from annotator.core.values.kinds import MAX_AGE

MAX_FIELDS = 20  # per code: the limit AddField keeps (annotator.core.changes.values.MAX_FIELDS)
MAX_CHOICES = 200
MAX_OPTION_TEXT = 200
OPTIONS: dict[str, tuple[str, ...]] = {
    "money": ("currency", "per"),
    "duration": ("unit",),
    "choice": ("choices",),
}
"""The options each kind takes, in the order files write them; other kinds take none."""
PER_UNITS: tuple[str, ...] = tuple(dict.fromkeys(vocab.PER_UNITS.values()))
DURATION_UNITS: tuple[str, ...] = tuple(vocab.DAYS_IN)
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_GUID_PREFIX = uuid.NAMESPACE_URL.bytes + b"testimony-annotator:field:"


def field_guid(code_guid: str, name: str) -> str:
    """A stable GUID for a field a file declares without one: the same code and name
    (in any case) give the same GUID, so importing the same codebook twice adds nothing.

    ``uuid5(NAMESPACE_URL, "testimony-annotator:field:" + code GUID + "/" + folded name)``.
    """
    key = f"{code_guid}/{name.strip().casefold()}".encode()
    digest = bytearray(hashlib.sha1(_GUID_PREFIX + key).digest()[:16])  # noqa: S324 (uuid5)
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))


def _a(kind: str) -> str:
    """``"a money"``, ``"an age"``: a kind with its article, for messages."""
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() and len(value) <= MAX_OPTION_TEXT else None


def normalise_options(kind: str, options: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """``options`` checked for a field of ``kind`` and written the way files keep them
    (currency as its ISO code, keys in :data:`OPTIONS` order), or the problem in a few words.
    """
    if kind not in KINDS:
        return {}, f"unknown kind {kind!r}; use one of {', '.join(KINDS)}"
    allowed = OPTIONS.get(kind, ())
    for key in options:
        if key not in allowed:
            takes = f"it takes {', '.join(allowed)}" if allowed else "it takes none"
            return {}, f"{key!r} is not an option of {_a(kind)} field ({takes})"
    out: dict[str, Any] = {}
    for key in allowed:
        if key not in options:
            continue
        value = options[key]
        if key == "currency":
            text = value.strip() if isinstance(value, str) else ""
            code = vocab.CURRENCY_WORDS.get(text.lower(), text.upper())  # "RMB", "yuan": CNY
            if code not in vocab.ISO_CURRENCIES:
                return {}, f"currency {value!r} is not an ISO 4217 code this program knows (e.g. CNY, USD)"
            out[key] = code
        elif key == "unit":
            if value not in DURATION_UNITS:
                return {}, f"unit {value!r} is not one of {', '.join(DURATION_UNITS)}"
            out[key] = value
        else:
            items, problem = _list_option(key, value, PER_UNITS if key == "per" else None)
            if problem is not None:
                return {}, problem
            out[key] = items
    if kind == "choice" and not out.get("choices"):
        return {}, "a choice field needs its list of choices"
    return out, None


def known_options(kind: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """Only the options ``kind`` takes, in file order: what files carry. (A field whose kind
    was changed keeps its old options in the project, where undo needs them; a file never
    shows a count field a currency.)"""
    return {key: options[key] for key in OPTIONS.get(kind, ()) if key in options}


def _list_option(key: str, value: Any, allowed: tuple[str, ...] | None) -> tuple[list[str], str | None]:
    if not isinstance(value, list) or not value:
        return [], f"{key!r} must be a list (e.g. [{', '.join((allowed or ('a', 'b'))[:2])}])"
    if len(value) > MAX_CHOICES:
        return [], f"{key!r} lists more than {MAX_CHOICES} items"
    items: list[str] = []
    for item in value:
        text = _text(item)
        if text is None:
            return [], f"{key!r} holds {item!r}, which is not a short text"
        if allowed is not None and text not in allowed:
            return [], f"{key!r} holds {text!r}; use any of {', '.join(allowed)}"
        if text.casefold() in (i.casefold() for i in items):
            return [], f"{key!r} lists {text!r} twice"
        items.append(text)
    return items, None


# -- stored values from files we do not trust -----------------------------------------------------


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any, low: int, high: int | None = None) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= (high or value)


def _optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


_KEYS: dict[str, frozenset[str]] = {
    "money": frozenset({"amount", "max", "currency", "per"}),
    "age": frozenset({"min", "max", "approx"}),
    "count": frozenset({"min", "max", "approx"}),
    "date": frozenset({"from", "to", "approx"}),
    "duration": frozenset({"amount", "max", "unit", "approx"}),
    "place": frozenset({"name", "country", "admin"}),
    "choice": frozenset({"value"}),
    "text": frozenset({"value"}),
}
_REQUIRED: dict[str, frozenset[str]] = {
    "money": frozenset({"amount", "currency"}),
    "age": frozenset({"min", "max"}),
    "count": frozenset({"min", "max"}),
    "date": frozenset({"from", "to"}),
    "duration": frozenset({"amount", "unit"}),
    "place": frozenset({"name"}),
    "choice": frozenset({"value"}),
    "text": frozenset({"value"}),
}


def value_problem(kind: str, data: Any) -> str | None:
    """What makes ``data`` unfit to be stored as a value of ``kind`` (the shapes
    :mod:`annotator.core.values.kinds` writes), or None.

    A value read from another coder's project or a REFI-QDA note is checked with this before
    it is stored: the facts report, the exports and the app read these fields directly.
    """
    if kind not in _KEYS:
        return f"unknown kind {kind!r}"
    if not isinstance(data, dict):
        return "its data is not an object"
    extra = set(data) - _KEYS[kind]
    missing = _REQUIRED[kind] - set(data)
    if extra or missing:
        return f"{_a(kind)} value has {'no ' + sorted(missing)[0] if missing else sorted(extra)[0] + ' too'}"
    if "approx" in data and not isinstance(data["approx"], bool):
        return "'approx' is not true or false"
    if kind in ("money", "duration"):
        amount, top = data["amount"], data.get("max")
        if not _number(amount) or amount < 0 or not (top is None or (_number(top) and top >= amount)):
            return f"{_a(kind)} value needs an amount of 0 or more (and a maximum no smaller)"
        if kind == "money":
            if data["currency"] not in vocab.ISO_CURRENCIES:
                return f"currency {data['currency']!r} is not an ISO 4217 code this program knows"
            if not _optional_text(data.get("per")):
                return "'per' is not text"
        elif data["unit"] not in DURATION_UNITS:
            return f"unit {data['unit']!r} is not one of {', '.join(DURATION_UNITS)}"
    elif kind in ("age", "count"):
        high = MAX_AGE if kind == "age" else None
        low, top = data["min"], data["max"]
        if not (_whole(low, 0, high) and _whole(top, 0, high) and low <= top):
            return f"{_a(kind)} value needs whole numbers min <= max" + (f" up to {MAX_AGE}" if high else "")
    elif kind == "date":
        first, last = data["from"], data["to"]
        if not all(isinstance(d, str) and _ISO_DATE.match(d) for d in (first, last)):
            return "a date value needs ISO dates (2012, 2012-03 or 2012-03-15)"
    elif kind == "place":
        if not isinstance(data["name"], str) or not data["name"].strip():
            return "a place value needs a name"
        if not (_optional_text(data.get("country")) and _optional_text(data.get("admin"))):
            return "a place's country and admin area are text"
    elif not isinstance(data["value"], str):
        return f"{_a(kind)} value is text"
    return None
