"""The search index, for :class:`~annotator.core.store.project_store.ProjectStore`.

A mixin only to keep modules small: it uses the store's ``conn``. One table (see ``schema``):

- ``search_index`` (document -> documents, language, analyzer, words, spans): the words of a
  document as its analyzer read them. ``words`` is their keys in text order, separated by
  spaces (``그녀/N 중국/N 팔리/V ...``: readable in any SQLite tool); ``spans`` their
  code-point spans, packed (see ``analysis.search_index``). ``analyzer`` names the analyzer
  and its version: a row made by another one is stale and rebuilt.

Rows go with their document (``ON DELETE CASCADE``). The index lives in the project file,
so an encrypted project's index is encrypted with it; nothing about a testimony's words is
ever written beside the project.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence


class SearchIndexQueries:
    conn: sqlite3.Connection

    def search_index_state(self) -> dict[str, tuple[str, str]]:
        """Document GUID -> (language, analyzer) it was indexed as, for every indexed document."""
        rows = self.conn.execute("SELECT document, language, analyzer FROM search_index")
        return {document: (language, analyzer) for document, language, analyzer in rows}

    def put_search_index(
        self, document: str, *, language: str, analyzer: str, words: str, spans: bytes
    ) -> None:
        """Store (or replace) a document's index; nothing when the document is gone (deleted
        while it was being analysed in another connection)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO search_index (document, language, analyzer, words, spans) "
            "SELECT guid, ?, ?, ?, ? FROM documents WHERE guid = ?",
            (language, analyzer, words, spans, document),
        )

    def search_index_rows(
        self, needles: Sequence[str], documents: Sequence[str] | None = None
    ) -> Iterator[tuple[str, str, bytes]]:
        """(document, words, spans) of the indexed documents whose words contain any of
        ``needles`` (a substring test done by SQLite: the caller checks word boundaries),
        in the documents' order; only ``documents`` when given."""
        if not needles:
            return
        where = " OR ".join("instr(s.words, ?) > 0" for _ in needles)
        params: list[object] = list(needles)
        scope = ""
        if documents is not None:
            scope = "AND s.document IN (SELECT value FROM json_each(?)) "
            params.append(json.dumps(list(documents)))
        yield from self.conn.execute(
            "SELECT s.document, s.words, s.spans FROM search_index s JOIN documents d ON d.guid = s.document "
            f"WHERE ({where}) {scope}ORDER BY d.position, d.name",
            params,
        )

    def drop_search_index(self, documents: Sequence[str] | None = None) -> int:
        """Forget the index of ``documents`` (all when None); it is rebuilt when next needed."""
        if documents is None:
            return self.conn.execute("DELETE FROM search_index").rowcount
        return self.conn.execute(
            "DELETE FROM search_index WHERE document IN (SELECT value FROM json_each(?))",
            (json.dumps(list(documents)),),
        ).rowcount

    def search_index_bytes(self) -> int:
        """How many bytes of words and spans the index holds (without SQLite's page overhead)."""
        row = self.conn.execute(
            "SELECT coalesce(sum(length(CAST(words AS BLOB)) + length(spans)), 0) FROM search_index"
        )
        return int(row.fetchone()[0])
