"""Memos, attributes, settings (and, from :mod:`.audit`, the audit log) of
:class:`~annotator.core.store.project_store.ProjectStore`.

A mixin only to keep modules small: it uses the store's ``conn``.
"""

from __future__ import annotations

import sqlite3

from annotator.core.model import Attribute, Memo, utc_now

from .audit import AuditQueries, audit_hash

__all__ = ["NoteQueries", "audit_hash"]


class NoteQueries(AuditQueries):
    conn: sqlite3.Connection

    # -- memos ------------------------------------------------------------
    def memo(self, kind: str, target: str) -> Memo | None:
        row = self.conn.execute(
            "SELECT target_kind, target, text, updated_at, updated_by FROM memos "
            "WHERE target_kind = ? AND target = ?",
            (kind, target),
        ).fetchone()
        return Memo(*row) if row else None

    def memos(self) -> list[Memo]:
        rows = self.conn.execute(
            "SELECT target_kind, target, text, updated_at, updated_by FROM memos ORDER BY target_kind"
        )
        return [Memo(*r) for r in rows]

    def write_memo(self, kind: str, target: str, text: str, coder: str = "") -> None:
        """Set (or with empty text, delete) the memo on a project, document or code.

        ``coder`` is the GUID of who wrote it ("" for nobody).
        """
        if text:
            self.check_coder_column(coder, "memos.updated_by")
            self.conn.execute(
                "INSERT INTO memos (target_kind, target, text, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target_kind, target) DO UPDATE SET "
                "text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                (kind, target, text, utc_now(), coder),
            )
        else:
            self.conn.execute("DELETE FROM memos WHERE target_kind = ? AND target = ?", (kind, target))

    # -- attributes -------------------------------------------------------
    def attributes(self) -> list[Attribute]:
        rows = self.conn.execute("SELECT guid, name, type, position FROM attributes ORDER BY position, name")
        return [Attribute(*r) for r in rows]

    def attribute_by_name(self, name: str) -> Attribute | None:
        row = self.conn.execute(
            "SELECT guid, name, type, position FROM attributes WHERE name = ?", (name,)
        ).fetchone()
        return Attribute(*row) if row else None

    def insert_attribute(self, attribute: Attribute) -> None:
        position = (
            attribute.position
            or self.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM attributes").fetchone()[0]
        )
        self.conn.execute(
            "INSERT INTO attributes (guid, name, type, position) VALUES (?, ?, ?, ?)",
            (attribute.guid, attribute.name, attribute.type, position),
        )

    def update_attribute(self, guid: str, *, name: str, type: str) -> None:
        self.conn.execute("UPDATE attributes SET name = ?, type = ? WHERE guid = ?", (name, type, guid))

    def delete_attribute(self, guid: str) -> None:
        self.conn.execute("DELETE FROM attributes WHERE guid = ?", (guid,))

    def attribute_values(self, attribute: str) -> dict[str, str]:
        """Document GUID -> value for one attribute."""
        rows = self.conn.execute(
            "SELECT document, value FROM document_attributes WHERE attribute = ?", (attribute,)
        )
        return dict(rows.fetchall())

    def document_attributes(self) -> dict[str, dict[str, str]]:
        """Document GUID -> {attribute name: value}, for every document with values."""
        result: dict[str, dict[str, str]] = {}
        for doc, name, value in self.conn.execute(
            "SELECT d.document, a.name, d.value FROM document_attributes d "
            "JOIN attributes a ON a.guid = d.attribute ORDER BY a.position, a.name"
        ):
            result.setdefault(doc, {})[name] = value
        return result

    def set_attribute_value(self, document: str, attribute: str, value: str | None) -> None:
        if value is None or value == "":
            self.conn.execute(
                "DELETE FROM document_attributes WHERE document = ? AND attribute = ?", (document, attribute)
            )
        else:
            self.conn.execute(
                "INSERT INTO document_attributes (document, attribute, value) VALUES (?, ?, ?) "
                "ON CONFLICT (document, attribute) DO UPDATE SET value = excluded.value",
                (document, attribute, value),
            )

    # -- settings ---------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            (key, value),
        )
