"""Find a phrase in every document: the hits, each with a line of context, in document order.

The app's Find bar uses it for "All documents" (the find in the open document
stays in the view). Matching is literal; without ``case_sensitive`` case is
ignored character by character (``re.IGNORECASE``), so a match's offsets are
those of the stored text. Offsets are code points, like every offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from annotator.core.store import ProjectStore

CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Hit:
    document: str  # GUID
    name: str
    start: int
    end: int
    before: str  # up to CONTEXT characters of the line before the match
    match: str
    after: str


@dataclass(frozen=True, slots=True)
class Found:
    hits: list[Hit]
    documents: int  # documents with at least one hit
    complete: bool  # False when ``limit`` stopped the search


def find_in_documents(
    store: ProjectStore,
    text: str,
    *,
    case_sensitive: bool = False,
    limit: int = 1000,
    cancelled: Callable[[], bool] | None = None,
) -> Found:
    """Every occurrence of ``text`` (literal) in every document, at most ``limit`` of them."""
    hits: list[Hit] = []
    with_hits = 0
    if not text:
        return Found([], 0, True)
    pattern = re.compile(re.escape(text), 0 if case_sensitive else re.IGNORECASE)
    for document in store.documents():
        if cancelled is not None and cancelled():
            return Found(hits, with_hits, False)
        body = store.document_text(document.guid)
        found_here = False
        for m in pattern.finditer(body):
            if len(hits) >= limit:
                return Found(hits, with_hits, False)
            found_here = True
            s, e = m.start(), m.end()
            lo = max(0, s - CONTEXT)
            lo = body.rfind("\n", lo, s) + 1 or lo  # the context stays on the match's line
            hi = body.find("\n", e, e + CONTEXT)
            hi = hi if hi >= 0 else min(len(body), e + CONTEXT)
            hits.append(Hit(document.guid, document.name, s, e, body[lo:s], m.group(), body[e:hi]))
        with_hits += found_here
    return Found(hits, with_hits, True)
