"""Content warnings of :class:`~annotator.core.store.project_store.ProjectStore` (see
:mod:`annotator.core.content_warnings`): the project's list, and which documents and codes
carry which warning. A mixin, to keep modules small."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.core.content_warnings import ContentWarning


class WarningQueries:
    conn: sqlite3.Connection

    def content_warnings(self) -> list[ContentWarning]:
        rows = self.conn.execute(
            "SELECT name, description, position FROM content_warnings ORDER BY position, name"
        )
        return [ContentWarning(*r) for r in rows]

    def insert_content_warnings(self, warnings: Iterable[ContentWarning]) -> None:
        self.conn.executemany(
            "INSERT INTO content_warnings (name, description, position) VALUES (?, ?, ?)",
            [(w.name, w.description, w.position) for w in warnings],
        )

    def update_content_warning(self, name: str, warning: ContentWarning) -> None:
        """Rename or re-describe ``name``; the documents and codes carrying it follow (ON UPDATE
        CASCADE)."""
        self.conn.execute(
            "UPDATE content_warnings SET name = ?, description = ?, position = ? WHERE name = ?",
            (warning.name, warning.description, warning.position, name),
        )

    def delete_content_warning(self, name: str) -> None:
        self.conn.execute("DELETE FROM content_warnings WHERE name = ?", (name,))

    def document_warnings(self, document: str | None = None) -> dict[str, frozenset[str]]:
        """Warnings by document GUID (only documents carrying one)."""
        return self._warning_links("document_warnings", "document", document)

    def code_warnings(self, code: str | None = None) -> dict[str, frozenset[str]]:
        """Warnings by code GUID (only codes carrying one)."""
        return self._warning_links("code_warnings", "code", code)

    def set_document_warnings(self, document: str, names: Iterable[str]) -> None:
        self._set_warning_links("document_warnings", "document", document, names)

    def set_code_warnings(self, code: str, names: Iterable[str]) -> None:
        self._set_warning_links("code_warnings", "code", code, names)

    def _warning_links(self, table: str, column: str, key: str | None) -> dict[str, frozenset[str]]:
        where, args = (f" WHERE {column} = ?", (key,)) if key is not None else ("", ())
        found: dict[str, set[str]] = {}
        for owner, name in self.conn.execute(f"SELECT {column}, warning FROM {table}{where}", args):
            found.setdefault(owner, set()).add(name)
        return {k: frozenset(v) for k, v in found.items()}

    def _set_warning_links(self, table: str, column: str, key: str, names: Iterable[str]) -> None:
        self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (key,))
        self.conn.executemany(
            f"INSERT INTO {table} ({column}, warning) VALUES (?, ?)", [(key, n) for n in sorted(set(names))]
        )

    def warnings_coded_by(self) -> dict[str, frozenset[str]]:
        """Warnings by coder GUID that each coder has read to code: those of the warned documents
        in which they have a coding, and those of the warned codes they applied."""
        rows = self.conn.execute(
            "SELECT DISTINCT c.coder, w.warning FROM codings c JOIN document_warnings w"
            " ON w.document = c.document"
            " UNION SELECT DISTINCT c.coder, w.warning FROM codings c JOIN code_warnings w ON w.code = c.code"
        )
        found: dict[str, set[str]] = {}
        for coder, name in rows:
            found.setdefault(coder, set()).add(name)
        return {k: frozenset(v) for k, v in found.items()}
