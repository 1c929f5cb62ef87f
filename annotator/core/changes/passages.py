"""Code a list of passages with one code: the hits of a corpus search, as one undo step."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.changes.codings import _touched, check_span
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.model import Coding, new_guid, utc_now
from annotator.core.store import ProjectStore


class CodePassages(Change):
    """Code each ``(document, start, end)`` with ``code`` for ``coder``, in one transaction.

    Passages this coder already has with this code are skipped (``skipped`` counts them), so
    coding the same hits twice adds nothing. ``added`` holds the codings made; undo removes
    them all.
    """

    action = "code passages"

    def __init__(
        self, *, code: str, coder: str, passages: Iterable[tuple[str, int, int]], query: str = ""
    ) -> None:
        super().__init__(by=coder)
        self.code, self.coder, self.query = code, coder, query
        self.passages = sorted(set(passages))
        self.label = f"Code {len(self.passages)} passages"
        self.added: list[Coding] = []
        self.skipped = 0

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        code = store.code(self.code)
        if not code.codable:
            raise UsageError(
                translate("CoreChanges", "{name!r} is a folder, not a code that can be applied").format(
                    name=code.name
                )
            )
        store.coder(self.coder)
        if not self.added:  # first run: check the spans and choose GUIDs; redo reuses them
            now, existing = utc_now(), self._existing(store)
            for document, start, end in self.passages:
                check_span(store, document, start, end)
                if (document, start, end) in existing:
                    self.skipped += 1
                    continue
                self.added.append(Coding(new_guid(), document, self.code, self.coder, start, end, now))
        store.insert_codings(self.added)
        what = {"code": self.code, "query": self.query, "codings": len(self.added)}
        return _touched(self.added, +1), what

    def _existing(self, store: ProjectStore) -> set[tuple[str, int, int]]:
        found = set()
        for document in {p[0] for p in self.passages}:
            for c in store.codings(document=document, code=self.code, coder=self.coder):
                found.add((document, c.start, c.end))
        return found

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_codings(c.guid for c in self.added)
        return _touched(self.added, -1), {"code": self.code, "codings": len(self.added)}
