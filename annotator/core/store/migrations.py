"""Ordered schema migrations.

``MIGRATIONS[n]`` upgrades a file from version ``n + 1`` to ``n + 2``. Each runs
in one transaction together with its ``user_version`` bump, after the file has
been copied to a backup. Released migrations are never edited; each one spells
out its own SQL instead of importing current code (the schema it targets is
frozen in time).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

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


# -- v4: coders by GUID in every column -------------------------------------------------------
# Frozen copies of what v4 needs (the current code may change; this migration may not).
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
LINK_ACTION = "link old coder names"


def _v4_clean(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


def _v4_key(name: str) -> str:
    """Case, width, spacing and normalisation form folded (as ``model.coder_key`` in v4)."""
    chars = []
    for char in _v4_clean(name):
        form = unicodedata.decomposition(char)
        if form.startswith(("<wide> ", "<narrow> ")):
            char = "".join(chr(int(cp, 16)) for cp in form.split()[1:])
        chars.append(char)
    folded = " ".join(unicodedata.normalize("NFC", "".join(chars)).split())
    return unicodedata.normalize("NFC", folded.casefold())


class _V4Coders:
    """Finds (or adds) the coder row a name stored by an older version stands for."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.guids: set[str] = set()
        self.exact: dict[str, str] = {}
        self.by_key: dict[str, str] = {}
        self.created: dict[str, str] = {}
        for guid, name in conn.execute("SELECT guid, name FROM coders ORDER BY rowid"):
            self._know(guid, name)

    def _know(self, guid: str, name: str) -> None:
        self.guids.add(guid)
        self.exact.setdefault(_v4_clean(name), guid)
        self.by_key.setdefault(_v4_key(name), guid)

    def guid_for(self, value: str) -> str:
        """``value``'s coder GUID: itself when it is one (or any GUID: never a coder named
        "46a586dc-…"); "" for nobody; else the coder of that name, made when there is none."""
        if not value or value in self.guids or _UUID.fullmatch(value.strip()):
            return value
        name = _v4_clean(value)
        if not name:
            return ""
        found = self.exact.get(name) or self.by_key.get(_v4_key(name))
        if found is None:
            found = str(uuid.uuid4())
            self.conn.execute("INSERT INTO coders (guid, name, color) VALUES (?, ?, '')", (found, name))
            self._know(found, name)
            self.created[name] = found
        return found


AUDIT_CODER_NAMES_V4 = (
    "CREATE TABLE audit_coder_names (\n"
    "    name TEXT PRIMARY KEY,\n"
    "    coder TEXT NOT NULL REFERENCES coders(guid)\n"
    ")"
)
AUDIT_CODER_NAMES_TRIGGERS_V4 = (
    "CREATE TRIGGER audit_coder_names_append_only_update BEFORE UPDATE ON audit_coder_names\n"
    "BEGIN SELECT RAISE(ABORT, 'audit_coder_names is append-only'); END",
    "CREATE TRIGGER audit_coder_names_append_only_delete BEFORE DELETE ON audit_coder_names\n"
    "BEGIN SELECT RAISE(ABORT, 'audit_coder_names is append-only'); END",
)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """v4: every column that records who acted holds a coder's GUID.

    Older versions stored the name the command line was given ("Mina") where the app stored
    a GUID. Names in ``documents.imported_by`` and ``memos.updated_by`` become the GUID of
    the coder of that name (in any case or width), a coder row made where there was none.
    ``audit_log`` is evidence and hash-chained, so its entries stay exactly as written: the
    names found there are linked to their coders in the append-only ``audit_coder_names``
    (what readers use), and the links themselves are recorded by one chained entry, so a
    link changed afterwards is reported by ``audit verify``.
    """
    conn.execute(AUDIT_CODER_NAMES_V4)
    coders = _V4Coders(conn)
    changed = {"documents": 0, "memos": 0}
    for table, column in (("documents", "imported_by"), ("memos", "updated_by")):
        for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall():
            guid = coders.guid_for(value)
            if guid != value:
                changed[table] += conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (guid, value)
                ).rowcount
    links: dict[str, str] = {}
    for (value,) in conn.execute("SELECT DISTINCT coder FROM audit_log").fetchall():
        guid = coders.guid_for(value)
        if guid and guid != value:
            links[value] = guid
    conn.executemany("INSERT INTO audit_coder_names (name, coder) VALUES (?, ?)", sorted(links.items()))
    for trigger in AUDIT_CODER_NAMES_TRIGGERS_V4:
        conn.execute(trigger)
    if links or coders.created or any(changed.values()):
        _v4_audit(conn, {"names": links, "coders added": coders.created, "rows rewritten": changed})


def _v4_audit(conn: sqlite3.Connection, what: dict[str, object]) -> None:
    """Append one chained entry by the program itself (as ``AuditQueries.audit`` did in v4)."""
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else ""
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    payload = json.dumps(what, ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256("\x1f".join((prev, at, "", LINK_ACTION, payload)).encode()).hexdigest()
    conn.execute(
        "INSERT INTO audit_log (at, coder, action, what, prev_hash, hash) VALUES (?, '', ?, ?, ?, ?)",
        (at, LINK_ACTION, payload, prev, digest),
    )


# -- v5: texts apart from the documents' small fields ------------------------------------------
DOCUMENTS_V5 = """CREATE TABLE documents (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    length INTEGER NOT NULL,
    source_format TEXT NOT NULL DEFAULT 'txt',
    original_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL DEFAULT '',
    imported_by TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
)"""
DOCUMENT_TEXTS_V5 = """CREATE TABLE document_texts (
    document TEXT PRIMARY KEY REFERENCES documents(guid) ON DELETE CASCADE,
    text TEXT NOT NULL
)"""


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """v5: documents' texts in ``document_texts``; ``documents`` rebuilt without them; codings
    of a document readable from one covering index.

    SQLite reads a row's columns in order, so with the text (megabytes) third, reading a
    document's position or who imported it walked the text's overflow pages: listing
    2,000 documents or importing the 2,001st grew with every text already there.

    The old table is renamed aside with ``legacy_alter_table`` on, so the references to
    ``documents`` in codings, memos and attributes keep naming the rebuilt table, which is
    then created under its own name with exactly the statement a new file has. Run with
    foreign keys off (``connection.migrate``): dropping the old table must not cascade.
    """
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute("ALTER TABLE documents RENAME TO documents_v4")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    conn.execute(DOCUMENTS_V5)
    conn.execute(
        "INSERT INTO documents (guid, name, sha256, length, source_format, original_name, "
        "imported_at, imported_by, position) SELECT guid, name, sha256, length, source_format, "
        "original_name, imported_at, imported_by, position FROM documents_v4"
    )
    conn.execute(DOCUMENT_TEXTS_V5)
    conn.execute("INSERT INTO document_texts (document, text) SELECT guid, text FROM documents_v4")
    conn.execute("DROP TABLE documents_v4")
    conn.execute("CREATE INDEX documents_position ON documents(position)")
    # A document's codings read from one covering index, in text order (see schema).
    conn.execute("DROP INDEX codings_document_start")
    conn.execute(
        "CREATE INDEX codings_document_start "
        "ON codings(document, start, end, code, coder, guid, created_at, memo)"
    )


# -- v6: typed values on codings ------------------------------------------------------------------
VALUE_TABLES_V6 = (
    """CREATE TABLE code_fields (
    guid TEXT PRIMARY KEY,
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('money', 'age', 'date', 'duration', 'place', 'count', 'choice', 'text')),
    options TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (code, name)
)""",
    """CREATE TABLE coding_values (
    coding TEXT NOT NULL REFERENCES codings(guid) ON DELETE CASCADE,
    field TEXT NOT NULL REFERENCES code_fields(guid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    original TEXT NOT NULL DEFAULT '',
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (coding, field)
)""",
    "CREATE INDEX coding_values_field ON coding_values(field)",
)


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """v6: value fields on codes and typed values on codings (prices, ages, dates, places...)."""
    for statement in VALUE_TABLES_V6:
        conn.execute(statement)


# -- v7: cases (persons) and their links to documents and codings ---------------------------------
CASE_TABLES_V7 = (
    """CREATE TABLE cases (
    guid TEXT PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL DEFAULT 'victim' CHECK (role IN ('victim', 'perpetrator', 'other')),
    memo TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE case_attributes (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'boolean')),
    PRIMARY KEY (case_guid, name)
)""",
    """CREATE TABLE case_documents (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    PRIMARY KEY (case_guid, document)
)""",
    "CREATE INDEX case_documents_document ON case_documents(document)",
    """CREATE TABLE case_codings (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    coding TEXT NOT NULL REFERENCES codings(guid) ON DELETE CASCADE,
    PRIMARY KEY (case_guid, coding)
)""",
    "CREATE INDEX case_codings_coding ON case_codings(coding)",
)


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    """v7: cases (persons a testimony describes), their attributes, and their links to whole
    documents and to single codings. New tables only: nothing existing is rewritten."""
    for statement in CASE_TABLES_V7:
        conn.execute(statement)


# -- v8: codes' labels in other languages (Korean, Simplified Chinese) ----------------------------
LABEL_TABLES_V8 = (
    """CREATE TABLE code_labels (
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ko', 'zh_CN')),
    name TEXT NOT NULL DEFAULT '',
    short_definition TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    when_to_use TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, language)
)""",
)


# -- v9: original <-> translation links and their sentence alignment ------------------------------
TRANSLATION_TABLES_V9 = (
    """CREATE TABLE translations (
    original TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    translation TEXT NOT NULL UNIQUE REFERENCES documents(guid) ON DELETE CASCADE,
    original_language TEXT NOT NULL DEFAULT '',
    translation_language TEXT NOT NULL DEFAULT '',
    linked_by TEXT NOT NULL DEFAULT '',
    linked_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (original, translation),
    CHECK (original <> translation)
)""",
    """CREATE TABLE alignment_beads (
    translation TEXT NOT NULL REFERENCES translations(translation) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    original_start INTEGER NOT NULL,
    original_end INTEGER NOT NULL,
    translation_start INTEGER NOT NULL,
    translation_end INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('aligned', 'unaligned')),
    source TEXT NOT NULL DEFAULT 'auto' CHECK (source IN ('auto', 'manual')),
    PRIMARY KEY (translation, position),
    CHECK (original_start >= 0 AND original_end >= original_start
        AND translation_start >= 0 AND translation_end >= translation_start)
)""",
)


# -- v10: the search index (words of each document, as an analyzer read them) --------------------
SEARCH_TABLES_V10 = (
    """CREATE TABLE search_index (
    document TEXT PRIMARY KEY REFERENCES documents(guid) ON DELETE CASCADE,
    language TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    words TEXT NOT NULL,
    spans BLOB NOT NULL
)""",
)


# -- v11: content warnings ------------------------------------------------------------------------
WARNING_TABLES_V11 = (
    """CREATE TABLE content_warnings (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
)""",
    """CREATE TABLE document_warnings (
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    warning TEXT NOT NULL REFERENCES content_warnings(name) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (document, warning)
)""",
    """CREATE TABLE code_warnings (
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    warning TEXT NOT NULL REFERENCES content_warnings(name) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (code, warning)
)""",
)
# The list a project upgraded to v11 starts with (frozen here: the current default may change).
DEFAULT_WARNINGS_V11 = (
    ("sexual violence", "Rape, sexual assault, forced prostitution, sexual exploitation"),
    ("violence against children", "Abuse, sexual exploitation or trafficking of anyone under 18"),
    ("torture", "Torture and cruel treatment, in detention or by traffickers"),
    ("suicide and self-harm", "Suicide, attempts, self-harm and thoughts of them"),
    ("death and execution", "Killings, executions, deaths in detention or in flight"),
)


def _v7_to_v8(conn: sqlite3.Connection) -> None:
    """v8: a code may carry its name and definitions in Korean and Simplified Chinese. A new
    table only: existing codes keep their names; the default codebook's labels are added on
    request (``annotator codebook labels PROJECT --from-default``), never by the upgrade."""
    for statement in LABEL_TABLES_V8:
        conn.execute(statement)


def _v8_to_v9(conn: sqlite3.Connection) -> None:
    """v9: documents linked to their translations, with aligned beads. New tables only."""
    for statement in TRANSLATION_TABLES_V9:
        conn.execute(statement)


def _v9_to_v10(conn: sqlite3.Connection) -> None:
    """v10: the search index. A new, empty table: documents are analysed when first searched."""
    for statement in SEARCH_TABLES_V10:
        conn.execute(statement)


def _v10_to_v11(conn: sqlite3.Connection) -> None:
    """v11: content warnings. New tables, and the default list of warnings so the feature is
    there to use; no document or code is marked by the upgrade (a coder decides that)."""
    for statement in WARNING_TABLES_V11:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO content_warnings (name, description, position) VALUES (?, ?, ?)",
        [(name, about, i) for i, (name, about) in enumerate(DEFAULT_WARNINGS_V11)],
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
    _v5_to_v6,
    _v6_to_v7,
    _v7_to_v8,
    _v8_to_v9,
    _v9_to_v10,
    _v10_to_v11,
)
MIN_SUPPORTED_VERSION = 1
