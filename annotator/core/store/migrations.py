"""Ordered schema migrations.

``MIGRATIONS[n]`` upgrades a file from version ``n + 1`` to ``n + 2``. Each runs
in one transaction together with its ``user_version`` bump, after the file has
been copied to a backup. Released migrations are never edited; each one spells
out its own SQL instead of importing current code (the schema it targets is
frozen in time).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# The first released schema, kept verbatim so tests can build a v1 file and
# check that migrating it gives exactly the current schema.
SCHEMA_V1 = """
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    guid TEXT NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    app_version TEXT NOT NULL
);
CREATE TABLE coders (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT ''
);
CREATE TABLE documents (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    length INTEGER NOT NULL,
    source_format TEXT NOT NULL DEFAULT 'txt',
    original_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL DEFAULT '',
    imported_by TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE codes (
    guid TEXT PRIMARY KEY,
    parent TEXT REFERENCES codes(guid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#999999',
    short_definition TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    when_to_use TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    shortcut TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    ref TEXT NOT NULL DEFAULT '',
    codable INTEGER NOT NULL DEFAULT 1,
    source_refs TEXT NOT NULL DEFAULT '[]',
    export TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX codes_parent ON codes(parent, position);
CREATE TABLE codings (
    guid TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    coder TEXT NOT NULL REFERENCES coders(guid),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX codings_document_start ON codings(document, start);
CREATE INDEX codings_code ON codings(code);
CREATE INDEX codings_coder ON codings(coder);
CREATE TABLE memos (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code')),
    target TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (target_kind, target)
);
CREATE TABLE attributes (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT 'text',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE document_attributes (
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    attribute TEXT NOT NULL REFERENCES attributes(guid) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (document, attribute)
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    coder TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '{}'
);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """v2: hash-chain the audit log, make it append-only, add project settings."""
    conn.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    conn.execute("CREATE TABLE settings (\n    key TEXT PRIMARY KEY,\n    value TEXT NOT NULL\n)")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """v3: anchor the audit chain's end in a protected head row (entries ever appended, last hash).

    The head starts from the log as it is now; from here on removing entries at the end
    of the log (which the chain alone cannot reveal) shows as a head that runs ahead.
    """
    conn.execute(
        "CREATE TABLE audit_head (\n"
        "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
        "    entries INTEGER NOT NULL,\n"
        "    last_hash TEXT NOT NULL\n"
        ")"
    )
    conn.execute(
        "INSERT INTO audit_head (id, entries, last_hash) VALUES (1, (SELECT count(*) FROM audit_log), "
        "coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), ''))"
    )
    conn.execute(
        "CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log\n"
        "BEGIN UPDATE audit_head SET entries = entries + 1, last_hash = NEW.hash WHERE id = 1; END"
    )
    conn.execute(
        "CREATE TRIGGER audit_head_follows_log BEFORE UPDATE ON audit_head\n"
        "WHEN NEW.id IS NOT OLD.id OR NEW.entries IS NOT OLD.entries + 1\n"
        "    OR NEW.last_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)\n"
        "    OR NEW.last_hash IS OLD.last_hash\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head only follows audit_log'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_head_no_insert BEFORE INSERT ON audit_head\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END"
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1_to_v2, _v2_to_v3)
MIN_SUPPORTED_VERSION = 1
