"""Bulk reading of a source's ``<PlainTextSelection>`` elements: the import's hot path.

A large project holds one selection per coding (100,000 in a big one), and
walking them one element at a time in Python costs more than parsing the
whole file. When a source has the usual shape (what we, QualCoder and most
tools write) its selections are read column by column instead: one compiled
XPath per attribute returns that attribute of every selection (or of every
selection's coding) as a list of plain strings, in document order, with no
Python object per coding or per attribute lookup. XPath unions are avoided:
libxml2 merges them with a quadratic duplicate check.

The usual shape, checked per source before any column is trusted:

- every ``PlainTextSelection`` child is in the source's namespace;
- every selection has exactly one ``Coding`` child, and every such coding
  exactly one ``CodeRef`` (so coding columns line up with selections);
- each attribute a column reads is on every selection (or coding) or on none.

A selection with other children as well (``NoteRef``, ``Description``), or whose
coding has (a ``NoteRef`` to its typed values), is read by the per-element reader
and put back at its place. A source that does
not have the usual shape returns None and is read entirely per element, so
both readers give the same records for any input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import NamedTuple

from lxml import etree

from annotator.core.refi_qda.common import norm_guid, valid_datetime

_CANONICAL_GUIDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)*")
_DATETIMES = re.compile(r"(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?\n)*")


class RawCoding(NamedTuple):
    guid: str
    code: str
    user: str  # the coding's user, else its selection's ("" when neither names one)
    created: str  # the coding's date if valid, else its selection's valid date, else ""
    note_refs: tuple[str, ...] | list[str]


class RawSelection(NamedTuple):
    guid: str
    name: str  # "" when the file is our own (names only serve position detection)
    start: int | None
    end: int | None
    memo: str
    note_refs: tuple[str, ...] | list[str]
    codings: tuple[RawCoding, ...] | list[RawCoding]
    whole: bool = False  # codings of the whole source (``<Coding>`` directly in it)


def int_or_none(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)  # int() ignores surrounding whitespace itself
    except ValueError:
        return None


def _all(pattern: re.Pattern[str], values: list[str]) -> bool:
    """Whether every value matches ``pattern`` (one regex pass over the whole column;
    the pattern cannot match a line break, so no value can hide one)."""
    return pattern.fullmatch("\n".join(values) + "\n") is not None if values else True


class _Queries:
    """The compiled XPaths for one namespace (tools disagree on the namespace version)."""

    def __init__(self, namespace: str) -> None:
        ns = {"q": namespace} if namespace else None
        p = "q:" if namespace else ""
        sel, coding, ref = f"{p}PlainTextSelection", f"{p}Coding", f"{p}CodeRef"

        def xpath(expression: str) -> etree.XPath:
            return etree.XPath(expression, namespaces=ns, smart_strings=False)

        self.tag = f"{{{namespace}}}PlainTextSelection" if namespace else "PlainTextSelection"
        self.usual = xpath(
            f"count(*[not(self::{sel})][local-name() = 'PlainTextSelection']) = 0"
            f" and count({sel}/{coding}) = $n and count({sel}[{coding}]) = $n"
            f" and count({sel}/{coding}/{ref}) = $n and count({sel}/{coding}[{ref}]) = $n"
        )
        self.selection = {
            name: xpath(f"{sel}/@{name}")
            for name in ("guid", "name", "startPosition", "endPosition", "creatingUser", "modifyingUser")
            + ("creationDateTime", "modifiedDateTime")
        }
        self.coding = {
            name: xpath(f"{sel}/{coding}/@{name}") for name in ("guid", "creatingUser", "creationDateTime")
        }
        self.code = xpath(f"{sel}/{coding}/{ref}/@targetGUID")


_QUERIES: dict[str, _Queries] = {}
_new = tuple.__new__


class _Unusual(Exception):
    """The source does not have the usual shape: read it per element."""


def read_selections(
    body: etree._Element,
    *,
    ref: Callable[[str | None], str],
    one: Callable[[etree._Element], RawSelection],
    names: bool,
) -> list[RawSelection] | None:
    """The selections of ``body`` in document order, or None when it lacks the usual shape.

    ``ref`` normalises a GUID reference (cached), ``one`` reads a single selection
    element (used for those with notes or descriptions), ``names`` says whether
    selection names are wanted.
    """
    tag = body.tag
    namespace = tag[1 : tag.index("}")] if isinstance(tag, str) and tag.startswith("{") else ""
    queries = _QUERIES.get(namespace)
    if queries is None:
        queries = _QUERIES[namespace] = _Queries(namespace)
    # Selections with more children than their coding, or a coding with more than its code,
    # are read element by element.
    special: list[tuple[int, etree._Element]] = []
    n = 0
    for element in body.iterchildren(queries.tag):
        if len(element) != 1 or len(element[0]) != 1:
            special.append((n, element))
        n += 1
    if n == 0:
        return [] if next(body.iterchildren("{*}PlainTextSelection"), None) is None else None
    if not queries.usual(body, n=n):
        return None
    try:
        return _read(body, queries, n, special, ref, one, names)
    except _Unusual:
        return None


def _column(query: etree.XPath, element: etree._Element, n: int) -> list[str] | None:
    """One attribute of every selection (or coding), in order; None when none has it."""
    values = query(element)
    if len(values) == n:
        return values
    if not values:
        return None
    raise _Unusual  # on some but not all: the per-element reader pairs them up


def _absent(n: int) -> list[None]:
    return [None] * n


def _ints(values: list[str] | None, n: int) -> list[int | None]:
    if values is None:
        return [None] * n
    try:
        return list(map(int, values))
    except ValueError:
        return [int_or_none(v) for v in values]


def _refs(values: Sequence[str | None], ref: Callable[[str | None], str]) -> list[str]:
    table = {value: ref(value) for value in set(values)}
    return list(map(table.__getitem__, values))


def _either(first: list[str] | None, second: list[str] | None, n: int) -> list[str | None]:
    """``first or second`` for each selection (``get(a) or get(b)``)."""
    return [a or b for a, b in zip(first or _absent(n), second or _absent(n), strict=True)]


def _read(
    body: etree._Element,
    queries: _Queries,
    n: int,
    special: list[tuple[int, etree._Element]],
    ref: Callable[[str | None], str],
    one: Callable[[etree._Element], RawSelection],
    names: bool,
) -> list[RawSelection]:
    column, coding = queries.selection, queries.coding
    starts = _ints(_column(column["startPosition"], body, n), n)
    ends = _ints(_column(column["endPosition"], body, n), n)
    found = _column(column["guid"], body, n)
    if found is None:
        guids = [""] * n
    else:
        guids = found if _all(_CANONICAL_GUIDS, found) else [g.strip() for g in found]
    found = _column(column["name"], body, n) if names else None
    selection_names = [""] * n if found is None else found

    found = _column(coding["guid"], body, n)
    if found is None:
        coding_guids = [""] * n
    else:
        coding_guids = found if _all(_CANONICAL_GUIDS, found) else list(map(norm_guid, found))
    codes = _refs(_column(queries.code, body, n) or _absent(n), ref)
    users = _refs(_column(coding["creatingUser"], body, n) or _absent(n), ref)
    if not all(users):  # the selection's user stands in for a coding that names none
        own = _either(_column(column["creatingUser"], body, n), _column(column["modifyingUser"], body, n), n)
        users = [u or f for u, f in zip(users, _refs(own, ref), strict=True)]
    found = _column(coding["creationDateTime"], body, n)
    if found is not None and _all(_DATETIMES, list(set(found))):
        created = found  # all valid as they are
    else:  # as the per-element reader: the coding's date if valid, else the selection's
        own = _either(
            _column(column["creationDateTime"], body, n), _column(column["modifiedDateTime"], body, n), n
        )
        created = [
            c if valid_datetime(c) else valid_datetime(s or "")
            for c, s in zip((c or "" for c in found or _absent(n)), own, strict=True)
        ]

    # Records built straight from the columns (``tuple.__new__`` is what ``_make`` does,
    # without a Python call per record); every field is given, in field order.
    codings = map(_new, repeat(RawCoding), zip(coding_guids, codes, users, created, repeat(())))
    selections: list[RawSelection] = list(
        map(
            _new,
            repeat(RawSelection),
            zip(
                guids,
                selection_names,
                starts,
                ends,
                repeat(""),
                repeat(()),
                zip(codings),
                repeat(False),
            ),
        )
    )
    for index, element in special:
        selections[index] = one(element)
    return selections
