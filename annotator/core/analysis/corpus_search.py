"""Search the corpus: every passage matching a query, with its keyword in context.

Modes:

- ``literal``: the query as typed, case ignored (``case_sensitive`` to keep it);
- ``whole-word``: the same, only where no letter or digit touches it on either side;
- ``regex``: a Python regular expression (``re`` syntax), run with a time limit (see
  :mod:`annotator.core.patterns`): ``timeout`` seconds per document, ``total_timeout`` in all;
- ``word``: word forms (see :mod:`annotator.core.language.forms`): 팔다 finds 팔아, 팔았다,
  팔려, 팔렸습니다 and not 팔 "arm"; 卖 finds 卖 and 卖掉, not 买卖. It reads the search
  index, indexing first the documents in scope that have none (:func:`build_index`).

Text modes search each text as its NFC form reads (an NFD query or text still matches), and
every hit's ``start``/``end`` are code points of the stored text: ``text[start:end]`` is
exactly what matched, as the document view shows and a coding stores.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import regex

from annotator.core.analysis.search_index import Analysed, analyse, build_index, unpack
from annotator.core.errors import UsageError
from annotator.core.language import Language, query_keys
from annotator.core.messages import translate
from annotator.core.nfc import NfcView
from annotator.core.patterns import (
    TIMEOUT_S,
    TOTAL_TIMEOUT_S,
    PatternTooSlow,
    compile_pattern,
    matches,
)
from annotator.core.store import ProjectStore

Mode = Literal["literal", "whole-word", "regex", "word"]
MODES: tuple[Mode, ...] = ("literal", "whole-word", "regex", "word")
CONTEXT = 40  # characters of context on each side, within the hit's line


@dataclass(frozen=True, slots=True)
class Hit:
    document: str  # GUID
    name: str
    start: int  # code points of the stored text, half-open
    end: int
    text: str  # text[start:end]
    before: str  # up to CONTEXT characters before, on the same line
    after: str


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[Hit]
    documents: int  # documents with at least one hit
    searched: int  # documents searched
    complete: bool  # False when ``limit`` stopped the search


def search(
    store: ProjectStore,
    query: str,
    *,
    mode: Mode = "literal",
    documents: Sequence[str] | None = None,
    limit: int | None = None,
    case_sensitive: bool = False,
    timeout: float = TIMEOUT_S,
    total_timeout: float = TOTAL_TIMEOUT_S,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    analyser: Callable[[str], Analysed] = analyse,
    query_analyser: Callable[[str], tuple[Language, list[list[str]]]] = query_keys,
) -> SearchResult:
    """Every hit of ``query`` in ``documents`` (GUIDs; all when None), in document order.

    ``progress``/``cancelled`` follow the indexing a word search does first; ``analyser`` and
    ``query_analyser`` read documents and the query (the app runs them in a helper process).

    Raises:
        UsageError: an empty query, an unknown mode, an invalid pattern, a query with no word.
        PatternTooSlow: a regular expression ran past its time limit.
        AnalyzerUnavailable: a word search needs an analyzer that cannot be loaded.
        Cancelled: ``cancelled`` said so while indexing.
    """
    if not query.strip():
        raise UsageError(translate("CoreSearch", "give something to search for"))
    if mode not in MODES:
        raise UsageError(
            translate("CoreSearch", "unknown search mode {mode!r} (one of {modes})").format(
                mode=mode, modes=", ".join(MODES)
            )
        )
    docs = store.documents()
    if documents is not None:
        wanted = set(documents)
        docs = [d for d in docs if d.guid in wanted]
    names = {d.guid: d.name for d in docs}
    if mode == "word":
        keys = query_analyser(query)[1]
        build_index(store, list(names), progress=progress, cancelled=cancelled, analyser=analyser)
        spans = _word_spans(store, keys, list(names), limit)
    else:
        spans = _text_spans(
            store, _pattern(query, mode, case_sensitive), names, limit, timeout, total_timeout
        )
    hits: list[Hit] = []
    for guid, found in spans.items():
        text = store.document_text(guid)
        hits += [_hit(guid, names[guid], text, s, e) for s, e in found]
    complete = limit is None or len(hits) < limit
    if limit is not None:
        hits = hits[:limit]
    return SearchResult(hits, len({h.document for h in hits}), len(names), complete)


def _pattern(query: str, mode: Mode, case_sensitive: bool) -> Any:
    if mode == "regex":
        return compile_pattern(query)
    literal = regex.escape(unicodedata.normalize("NFC", query))
    if mode == "whole-word":
        literal = rf"(?<![\w]){literal}(?![\w])"
    return regex.compile(literal, 0 if case_sensitive else regex.IGNORECASE)


def _text_spans(
    store: ProjectStore,
    compiled: Any,
    names: dict[str, str],
    limit: int | None,
    timeout: float,
    total_timeout: float,
) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    total = 0
    deadline = time.monotonic() + total_timeout
    overall = f"the pattern took longer than {total_timeout:g} s over all documents; simplify it"
    for guid, name in names.items():
        left = deadline - time.monotonic()
        if left <= 0:
            raise PatternTooSlow(overall)
        view = NfcView(store.document_text(guid))
        try:
            spans = list(matches(compiled, view.view, timeout=min(timeout, left), label=repr(name)))
        except PatternTooSlow:
            if left < timeout:
                raise PatternTooSlow(overall) from None
            raise
        if view.view is not view.text:
            spans = [(view.original(s), view.original(e, end=True)) for s, e in spans]
        spans = [(s, e) for s, e in spans if e > s]
        if spans:
            found[guid] = spans
            total += len(spans)
            if limit is not None and total > limit:
                break
    return found


def _word_spans(
    store: ProjectStore, keys: list[list[str]], documents: list[str], limit: int | None
) -> dict[str, list[tuple[int, int]]]:
    """Spans of the word sequences ``keys`` (alternatives per word) in the indexed documents.

    The words column is "k1 k2 k3": with a space added at each end, a word is " key " and a
    plain substring search finds it (a regular expression with look-arounds was 8x slower).
    """
    firsts = [f" {k} " for k in keys[0]]
    rest = [[f"{k} " for k in alternatives] for alternatives in keys[1:]]
    found: dict[str, list[tuple[int, int]]] = {}
    total, length = 0, len(keys)
    for guid, words, blob in store.search_index_rows(keys[0], documents):
        padded = f" {words} "
        starts: list[int] = []
        for needle in firsts:
            at = padded.find(needle)
            while at >= 0:
                if _follows(padded, at + len(needle), rest):
                    starts.append(at)
                at = padded.find(needle, at + 1)
        if not starts:
            continue
        starts.sort()
        flat = unpack(blob)
        spans: list[tuple[int, int]] = []
        counted = ordinal = 0
        for at in starts:
            ordinal += padded.count(" ", counted, at)  # spaces before it: which word it is
            counted = at
            spans.append((flat[2 * ordinal], flat[2 * (ordinal + length - 1) + 1]))
        found[guid] = spans
        total += len(spans)
        if limit is not None and total > limit:
            break
    return found


def _follows(padded: str, at: int, rest: list[list[str]]) -> bool:
    """Whether the words from ``at`` on are one of each of ``rest``'s alternatives, in order."""
    for alternatives in rest:
        for needle in alternatives:
            if padded.startswith(needle, at):
                at += len(needle)
                break
        else:
            return False
    return True


def _hit(guid: str, name: str, text: str, start: int, end: int) -> Hit:
    """A hit with its context: up to CONTEXT characters each side, within the hit's line."""
    lo = max(0, start - CONTEXT)
    lo = text.rfind("\n", lo, start) + 1 or lo
    hi = text.find("\n", end, end + CONTEXT)
    hi = hi if hi >= 0 else min(len(text), end + CONTEXT)
    return Hit(guid, name, start, end, text[start:end], text[lo:start], text[end:hi])
