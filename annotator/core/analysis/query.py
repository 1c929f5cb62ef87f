"""Retrieval over a project: coded segments, code frequencies, code co-occurrence.

Pure, read-only functions over a :class:`ProjectStore`. Every function takes the
same filters, so the GUI, the CLI and the exporters select data one way:

- ``coders``: coder names or GUIDs;
- ``codes``: code paths (``Group/Code``) or GUIDs; ``include_subcodes`` adds
  every code below them (a code then stands for its whole branch);
- ``documents``: document names or GUIDs;
- ``attributes``: ``{attribute name: value or predicate}`` on document
  attributes, e.g. ``attribute_filter("age_at_exploitation", "<", 18)``.

An unknown coder, code, document or attribute raises a domain error instead of
silently selecting nothing: an empty export that looks like "no data" is worse
than a clear message. The counting halves (:func:`tabulate`, :func:`co_occur`)
take codings already in memory, so exporters reuse them on the data they loaded.
"""

from __future__ import annotations

import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack

from annotator.core.codebook import CodeTree
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.model import Coding
from annotator.core.store import ProjectStore

AttributeTest = Callable[[Any], bool]
"""A predicate on one typed attribute value (float for numbers, bool for yes/no, else str)."""
AttributeFilters = Mapping[str, AttributeTest | str | int | float | bool]

_TRUE = frozenset({"true", "yes", "1"})
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "=": operator.eq,
    "==": operator.eq,
    "!=": operator.ne,
}
_CONDITION = re.compile(r"^\s*(.+?)\s*(<=|>=|!=|==|=|<|>)\s*(.*?)\s*$")


# -- attribute filters -----------------------------------------------------


def typed_value(kind: str, value: str) -> Any:
    """An attribute's stored text as the type its attribute declares (numbers compare as numbers)."""
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            return value
    if kind == "boolean":
        return value.strip().lower() in _TRUE
    return value


def _comparable(actual: Any, expected: Any) -> tuple[Any, Any] | None:
    """Bring both sides to one type; None when they cannot be compared (never matches)."""
    if isinstance(expected, bool):
        return (actual if isinstance(actual, bool) else str(actual).strip().lower() in _TRUE), expected
    if isinstance(actual, float) and isinstance(expected, str):  # a number attribute vs "17"
        try:
            return actual, float(expected)
        except ValueError:
            pass
    if isinstance(expected, int | float):
        try:
            return float(actual), float(expected)
        except (TypeError, ValueError):
            return None
    return str(actual).casefold(), str(expected).casefold()


def compare(op: str, value: Any) -> AttributeTest:
    """A predicate ``actual <op> value``: numeric when ``value`` is a number, else text (case-folded).

    A document whose value cannot be read as a number never matches a numeric test.

    Raises:
        UsageError: for an unknown operator.
    """
    if op == "in":
        options = list(value)
        return lambda actual: any(compare("=", option)(actual) for option in options)
    try:
        fn = _OPERATORS[op]
    except KeyError:
        raise UsageError(
            translate("CoreAnalysis", "unknown comparison {op!r}; use one of < <= > >= = != in").format(op=op)
        ) from None

    def test(actual: Any) -> bool:
        pair = _comparable(actual, value)
        return pair is not None and bool(fn(*pair))

    return test


def attribute_filter(name: str, op: str, value: Any) -> dict[str, AttributeTest]:
    """``{name: predicate}`` for ``attributes=``: ``attribute_filter("age_at_exploitation", "<", 18)``."""
    return {name: compare(op, value)}


def _literal(text: str) -> Any:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    try:
        return float(text)
    except ValueError:
        return text


def parse_attribute_filters(conditions: Iterable[str]) -> dict[str, AttributeTest]:
    """Conditions written as text (``"age_at_exploitation < 18"``, ``"language = ko"``), for the CLI.

    Several conditions on one attribute must all hold (``age >= 12``, ``age < 18``).
    Numbers on the right compare numerically; quote them (``"code = '007'"``) to compare as text.

    Raises:
        UsageError: for a condition that is not ``NAME OP VALUE``.
    """
    tests: dict[str, list[AttributeTest]] = defaultdict(list)
    for condition in conditions:
        match = _CONDITION.match(condition)
        if match is None:
            raise UsageError(
                translate(
                    "CoreAnalysis", "cannot read the condition {condition!r}; write e.g. 'age < 18'"
                ).format(condition=condition)
            )
        name, op, value = match.groups()
        tests[name].append(compare(op, _literal(value)))
    return {name: _all_of(tuple(ts)) for name, ts in tests.items()}


def _all_of(tests: tuple[AttributeTest, ...]) -> AttributeTest:
    """One predicate that holds where every one of ``tests`` holds."""
    return lambda value: all(test(value) for test in tests)


# -- selection ---------------------------------------------------------------


class Filters(TypedDict, total=False):
    """The filters every query and exporter accepts (see the module docstring)."""

    codes: Iterable[str] | None
    include_subcodes: bool
    coders: Iterable[str] | None
    documents: Iterable[str] | None
    attributes: AttributeFilters | None


@dataclass(frozen=True, slots=True)
class Selection:
    """Resolved filters as GUID sets; ``None`` means "no filter"."""

    coders: frozenset[str] | None = None
    codes: frozenset[str] | None = None
    documents: frozenset[str] | None = None

    def admits(self, coding: Coding) -> bool:
        return (
            (self.coders is None or coding.coder in self.coders)
            and (self.codes is None or coding.code in self.codes)
            and (self.documents is None or coding.document in self.documents)
        )


def select(
    store: ProjectStore,
    *,
    codes: Iterable[str] | None = None,
    include_subcodes: bool = False,
    coders: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    attributes: AttributeFilters | None = None,
    tree: CodeTree | None = None,
) -> Selection:
    """Resolve names, paths and attribute tests into GUID sets.

    Raises:
        UnknownCode: a code path or GUID not in the codebook.
        NotFound: an unknown coder, document or attribute.
    """
    coders, codes, documents = _listed(coders), _listed(codes), _listed(documents)
    coder_ids = None
    if coders is not None:
        known = {c.guid: c.guid for c in store.coders()} | {c.name: c.guid for c in store.coders()}
        coder_ids = frozenset(_lookup(known, name, "coder") for name in coders)
    code_ids = None
    if codes is not None:
        tree = tree or CodeTree(store.codes())
        wanted = [tree.resolve(c).guid for c in codes]
        if include_subcodes:
            wanted += [d for guid in wanted for d in tree.descendants(guid)]
        code_ids = frozenset(wanted)
    doc_ids = None
    if documents is not None:
        docs = store.documents()
        known = {d.guid: d.guid for d in docs} | {d.name: d.guid for d in docs}
        doc_ids = frozenset(_lookup(known, name, "document") for name in documents)
    if attributes:
        matching = _documents_matching(store, attributes)
        doc_ids = matching if doc_ids is None else doc_ids & matching
    return Selection(coder_ids, code_ids, doc_ids)


def _listed(values: Iterable[str] | None) -> list[str] | None:
    """A single name is one name, not an iterable of characters."""
    return None if values is None else [values] if isinstance(values, str) else list(values)


def _lookup(known: Mapping[str, str], key: str, what: str) -> str:
    try:
        return known[key]
    except KeyError:
        if what == "coder":
            message = translate("CoreAnalysis", "no coder named {key!r} in the project")
        else:
            message = translate("CoreAnalysis", "no document named {key!r} in the project")
        raise NotFound(message.format(key=key)) from None


def _documents_matching(store: ProjectStore, filters: AttributeFilters) -> frozenset[str]:
    """Documents whose attributes pass every filter; a document without a value never passes."""
    result: set[str] | None = None
    for name, wanted in filters.items():
        attribute = store.attribute_by_name(name)
        if attribute is None:
            raise NotFound(
                translate("CoreAnalysis", "no attribute named {name!r} in the project").format(name=name)
            )
        test = wanted if callable(wanted) else compare("=", wanted)
        passing = {
            doc
            for doc, value in store.attribute_values(attribute.guid).items()
            if test(typed_value(attribute.type, value))
        }
        result = passing if result is None else result & passing
    return frozenset(result or ())


# -- segments ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """One coding with what a reader needs: names instead of GUIDs, and the coded text."""

    coding: Coding
    document: str
    code_path: str
    coder: str
    text: str

    @property
    def start(self) -> int:
        return self.coding.start

    @property
    def end(self) -> int:
        return self.coding.end


def selected_codings(store: ProjectStore, selection: Selection) -> list[Coding]:
    """The codings a selection admits (the code filter runs in SQL, the rest here)."""
    if selection.codes is not None and not selection.codes:
        return []
    rows = store.codings(codes=sorted(selection.codes) if selection.codes is not None else None)
    return [c for c in rows if selection.admits(c)]


def segments(store: ProjectStore, **filters: Unpack[Filters]) -> list[Segment]:
    """Coded segments in reading order: document order, then start, end, code path, coder."""
    tree = CodeTree(store.codes())
    selection = select(store, tree=tree, **filters)
    codings = selected_codings(store, selection)
    docs = {d.guid: (i, d.name) for i, d in enumerate(store.documents())}
    coder_names = {c.guid: c.name for c in store.coders()}
    texts: dict[str, str] = {}
    result = []
    for c in codings:
        if c.document not in texts:
            texts[c.document] = store.document_text(c.document)
        text = texts[c.document][c.start : c.end]
        result.append(Segment(c, docs[c.document][1], tree.path(c.code), coder_names.get(c.coder, ""), text))
    result.sort(key=lambda s: (docs[s.coding.document][0], s.start, s.end, s.code_path, s.coder))
    return result


# -- frequencies ---------------------------------------------------------------


@dataclass(frozen=True)
class FrequencyTable:
    """Codings per code × column (coders or documents), with per-code totals.

    ``codings[path]`` counts codings; ``documents[path]`` counts documents with
    at least one of them (the two numbers QDA reports put side by side).
    """

    by: str
    codes: tuple[str, ...]
    columns: tuple[str, ...]
    cells: Mapping[tuple[str, str], int] = field(default_factory=dict)
    codings: Mapping[str, int] = field(default_factory=dict)
    documents: Mapping[str, int] = field(default_factory=dict)

    def count(self, code: str, column: str) -> int:
        return self.cells.get((code, column), 0)

    def to_rows(self) -> list[list[str | int]]:
        """A header row, then one row per code: path, one count per column, codings, documents."""
        rows: list[list[str | int]] = [["code", *self.columns, "codings", "documents"]]
        for code in self.codes:
            counts = [self.count(code, column) for column in self.columns]
            rows.append([code, *counts, self.codings.get(code, 0), self.documents.get(code, 0)])
        return rows


def tabulate(
    codings: Iterable[Coding],
    tree: CodeTree,
    *,
    by: Literal["document", "coder"],
    columns: Sequence[tuple[str, str]],
    codes: Sequence[str],
    rollup: bool = False,
) -> FrequencyTable:
    """Count ``codings`` per code (GUIDs in ``codes``) and per column ((GUID, name) pairs).

    With ``rollup`` a code also counts the codings of its sub-codes, and a
    document counts once for the code however many sub-codes it holds.
    """
    if by not in ("document", "coder"):
        raise UsageError(
            translate("CoreAnalysis", "frequencies are by 'document' or 'coder', not {by!r}").format(by=by)
        )
    column_names = dict(columns)
    rows = {guid: tree.path(guid) for guid in codes}
    owners: dict[str, list[str]] = {}  # coded code -> rows it counts for
    for guid in rows:
        for member in [guid, *(tree.descendants(guid) if rollup else ())]:
            owners.setdefault(member, []).append(guid)
    cells: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    for c in codings:
        column = column_names.get(c.document if by == "document" else c.coder)
        for row in owners.get(c.code, ()):
            path = rows[row]
            totals[path] += 1
            docs[path].add(c.document)
            if column is not None:
                cells[(path, column)] += 1
    return FrequencyTable(
        by=by,
        codes=tuple(rows.values()),
        columns=tuple(name for _, name in columns),
        cells=dict(cells),
        codings=dict(totals),
        documents={path: len(d) for path, d in docs.items()},
    )


def code_frequencies(
    store: ProjectStore,
    *,
    by: Literal["document", "coder"] = "coder",
    rollup: bool = False,
    **filters: Unpack[Filters],
) -> FrequencyTable:
    """Codings per code and per coder (or per document), plus codings and documents per code.

    Rows are the selected codes (every code when none is given) in codebook
    order, zeros included; columns are the selected coders (by name) or
    documents (in document order).
    """
    tree = CodeTree(store.codes())
    selection = select(store, tree=tree, **filters)
    if by == "coder":
        columns = [
            (c.guid, c.name) for c in store.coders() if selection.coders is None or c.guid in selection.coders
        ]
    else:
        docs = store.documents()
        columns = [
            (d.guid, d.name) for d in docs if selection.documents is None or d.guid in selection.documents
        ]
    rows = [c.guid for _, c in tree.walk() if selection.codes is None or c.guid in selection.codes]
    if rollup and selection.codes is not None:  # a rolled-up row needs its sub-codes' codings too
        selection = Selection(selection.coders, None, selection.documents)
    return tabulate(
        selected_codings(store, selection), tree, by=by, columns=columns, codes=rows, rollup=rollup
    )


# -- co-occurrence ---------------------------------------------------------------


@dataclass(frozen=True)
class CooccurrenceMatrix:
    """A symmetric code × code matrix.

    ``scope="passage"``: a cell counts pairs of codings (one of each code) whose
    spans overlap by at least one character in the same document; the diagonal
    holds each code's number of codings. ``scope="document"``: a cell counts
    documents holding both codes; the diagonal, documents holding the code.
    """

    scope: str
    codes: tuple[str, ...]
    cells: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def count(self, a: str, b: str) -> int:
        return self.cells.get((a, b), 0)

    def to_rows(self) -> list[list[str | int]]:
        rows: list[list[str | int]] = [["code", *self.codes]]
        rows += [[a, *(self.count(a, b) for b in self.codes)] for a in self.codes]
        return rows


def co_occur(
    codings: Iterable[Coding], tree: CodeTree, *, scope: Literal["passage", "document"], codes: Sequence[str]
) -> CooccurrenceMatrix:
    """The co-occurrence matrix of ``codings`` over the code GUIDs ``codes`` (others ignored)."""
    if scope not in ("passage", "document"):
        raise UsageError(
            translate("CoreAnalysis", "co-occurrence scope is 'passage' or 'document', not {scope!r}").format(
                scope=scope
            )
        )
    paths = {guid: tree.path(guid) for guid in codes}
    by_doc: dict[str, list[Coding]] = defaultdict(list)
    for c in codings:
        if c.code in paths:
            by_doc[c.document].append(c)
    cells: Counter[tuple[str, str]] = Counter()
    for doc_codings in by_doc.values():
        if scope == "document":
            present = sorted({paths[c.code] for c in doc_codings})
            for i, a in enumerate(present):
                cells[(a, a)] += 1
                for b in present[i + 1 :]:
                    cells[(a, b)] += 1
                    cells[(b, a)] += 1
            continue
        active: list[Coding] = []  # codings that started earlier and may still overlap
        for c in sorted(doc_codings, key=lambda c: (c.start, c.end)):
            active = [a for a in active if a.end > c.start]
            path = paths[c.code]
            cells[(path, path)] += 1
            for earlier in active:
                other = paths[earlier.code]
                if other != path:
                    cells[(path, other)] += 1
                    cells[(other, path)] += 1
            active.append(c)
    return CooccurrenceMatrix(scope, tuple(paths.values()), dict(cells))


def cooccurrence(
    store: ProjectStore, *, scope: Literal["passage", "document"] = "passage", **filters: Unpack[Filters]
) -> CooccurrenceMatrix:
    """Which codes occur together, by overlapping passage or by document.

    Rows and columns are the selected codes, or, without a code filter, the
    codes that occur in the selected codings (a heatmap of 150 empty rows helps
    nobody); codebook order. Codings of different coders count together: filter
    by coder to see one coder's pattern.
    """
    tree = CodeTree(store.codes())
    selection = select(store, tree=tree, **filters)
    codings = selected_codings(store, selection)
    used = selection.codes if selection.codes is not None else {c.code for c in codings}
    rows = [c.guid for _, c in tree.walk() if c.guid in used]
    return co_occur(codings, tree, scope=scope, codes=rows)
