"""The current schema, created directly for new files (no migration replay).

Keep in step with :mod:`annotator.core.store.migrations`: a test checks that
migrating the oldest released schema yields exactly this one.
"""

from __future__ import annotations

APPLICATION_ID = 0x54414E4E  # "TANN": marks the file as a Testimony Annotator project
SCHEMA_VERSION = 11

# Secondary indexes of ``codings``; bulk inserts drop and rebuild them (faster than
# updating three B-trees row by row).
CODING_INDEX_NAMES = ("codings_document_start", "codings_code", "codings_coder")
CODING_INDEX_SQL = (
    # Covering (schema 5): a document's codings are read in text order from the index alone.
    # With only (document, start), reading a 5 MB testimony's 50,000 codings fetched each row
    # from the table by rowid, scattered among other documents' codings: 0.55 s -> 0.2 s.
    "CREATE INDEX codings_document_start "
    "ON codings(document, start, end, code, coder, guid, created_at, memo)",
    "CREATE INDEX codings_code ON codings(code)",
    "CREATE INDEX codings_coder ON codings(coder)",
)

SCHEMA = """
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
{DOCUMENTS}
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
{CODING_INDEXES}
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
    what TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL DEFAULT ''
);
{AUDIT_LOG_TRIGGERS}
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, entries, last_hash) VALUES (1, 0, '');
{AUDIT_HEAD_TRIGGERS}
CREATE TABLE audit_coder_names (
    name TEXT PRIMARY KEY,
    coder TEXT NOT NULL REFERENCES coders(guid)
);
{AUDIT_CODER_NAMES_TRIGGERS}
{VALUE_TABLES}
{CASE_TABLES}
{LABEL_TABLES}
{TRANSLATION_TABLES}
{SEARCH_TABLES}
{WARNING_TABLES}
"""

# Schema 5: a document's row holds only small fields; its text (up to many MB) lives in
# ``document_texts``, so listing documents or finding one by name, hash or position never
# reads through texts (SQLite reads a row's columns in order, a long text's overflow pages
# included). Shared by the schema and the v4 -> v5 migration, which must create the same.
DOCUMENTS = """CREATE TABLE documents (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    length INTEGER NOT NULL,
    source_format TEXT NOT NULL DEFAULT 'txt',
    original_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL DEFAULT '',
    imported_by TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_position ON documents(position);
CREATE TABLE document_texts (
    document TEXT PRIMARY KEY REFERENCES documents(guid) ON DELETE CASCADE,
    text TEXT NOT NULL
);"""

# Schema 6: typed values on coded passages (see annotator.core.values). A value keeps the kind
# it was entered as; a field with values cannot be deleted (the change removes them first,
# after the user has confirmed).
VALUE_TABLES = """CREATE TABLE code_fields (
    guid TEXT PRIMARY KEY,
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('money', 'age', 'date', 'duration', 'place', 'count', 'choice', 'text')),
    options TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (code, name)
);
CREATE TABLE coding_values (
    coding TEXT NOT NULL REFERENCES codings(guid) ON DELETE CASCADE,
    field TEXT NOT NULL REFERENCES code_fields(guid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    original TEXT NOT NULL DEFAULT '',
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (coding, field)
);
CREATE INDEX coding_values_field ON coding_values(field);"""

# Schema 7: cases, the persons a dataset describes (see annotator.core.store.cases). A case links
# to whole documents and to single codings; a link goes with its document or coding (cascade),
# and the changes that delete those keep the links to restore them on undo. The link columns
# are ``case_guid``, not ``case``: CASE is an SQL keyword, and a column that must be quoted in
# every query is a trap for whoever opens the file in another tool.
CASE_TABLES = """CREATE TABLE cases (
    guid TEXT PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL DEFAULT 'victim' CHECK (role IN ('victim', 'perpetrator', 'other')),
    memo TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE case_attributes (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'boolean')),
    PRIMARY KEY (case_guid, name)
);
CREATE TABLE case_documents (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    PRIMARY KEY (case_guid, document)
);
CREATE INDEX case_documents_document ON case_documents(document);
CREATE TABLE case_codings (
    case_guid TEXT NOT NULL REFERENCES cases(guid) ON DELETE CASCADE,
    coding TEXT NOT NULL REFERENCES codings(guid) ON DELETE CASCADE,
    PRIMARY KEY (case_guid, coding)
);
CREATE INDEX case_codings_coding ON case_codings(coding);"""

# Schema 8: codes' labels in other languages (see annotator.core.code_labels): one row per code
# and language, gone with its code. A code's own name stays the canonical one its path is made of.
LABEL_TABLES = """CREATE TABLE code_labels (
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('ko', 'zh_CN')),
    name TEXT NOT NULL DEFAULT '',
    short_definition TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    when_to_use TEXT NOT NULL DEFAULT '',
    when_not_to_use TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, language)
);"""

# Schema 9: a document linked to its translation(s) and their alignment (see
# annotator.core.alignment and annotator.core.store.translations). A translation has one
# original; each side's language is a BCP 47 tag (guessed from the script when linked). A bead
# pairs a span of the original with a span of the translation, in code points; an unaligned
# bead has text on one side only (the other an empty span: where it would go).
TRANSLATION_TABLES = """CREATE TABLE translations (
    original TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    translation TEXT NOT NULL UNIQUE REFERENCES documents(guid) ON DELETE CASCADE,
    original_language TEXT NOT NULL DEFAULT '',
    translation_language TEXT NOT NULL DEFAULT '',
    linked_by TEXT NOT NULL DEFAULT '',
    linked_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (original, translation),
    CHECK (original <> translation)
);
CREATE TABLE alignment_beads (
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
);"""

# Schema 10: the search index, one row per analysed document (see store.search_index). Kept in
# the project file so an encrypted project keeps its testimony's words encrypted too.
SEARCH_TABLES = """CREATE TABLE search_index (
    document TEXT PRIMARY KEY REFERENCES documents(guid) ON DELETE CASCADE,
    language TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    words TEXT NOT NULL,
    spans BLOB NOT NULL
);"""

# Schema 11: content warnings (see annotator.core.content_warnings): the project's list, and the
# documents and codes that carry one. A renamed warning follows into both (ON UPDATE CASCADE);
# a removed one leaves them (ON DELETE CASCADE). No testimony, coding or count depends on them.
WARNING_TABLES = """CREATE TABLE content_warnings (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE document_warnings (
    document TEXT NOT NULL REFERENCES documents(guid) ON DELETE CASCADE,
    warning TEXT NOT NULL REFERENCES content_warnings(name) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (document, warning)
);
CREATE TABLE code_warnings (
    code TEXT NOT NULL REFERENCES codes(guid) ON DELETE CASCADE,
    warning TEXT NOT NULL REFERENCES content_warnings(name) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (code, warning)
);"""

# What protects the audit trail, by trigger name: the log is append-only, and the one-row
# ``audit_head`` (entries ever appended, last hash) moves with every append in the same
# statement and cannot be moved, replaced or deleted otherwise (a move must go one entry
# on, to the hash of a new last entry; a head already out of step never blocks an append).
# So removing entries at the end of the log, which the hash chain alone cannot reveal,
# needs the triggers dropped and the head rewritten: ``audit_problems`` checks that these
# triggers exist with exactly this SQL.
AUDIT_TRIGGERS = {
    "audit_log_append_only_update": (
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    ),
    "audit_log_append_only_delete": (
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    ),
    "audit_log_moves_head": (
        "CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log\n"
        "BEGIN UPDATE audit_head SET entries = entries + 1, last_hash = NEW.hash WHERE id = 1; END"
    ),
    "audit_head_follows_log": (
        "CREATE TRIGGER audit_head_follows_log BEFORE UPDATE ON audit_head\n"
        "WHEN NEW.id IS NOT OLD.id OR NEW.entries IS NOT OLD.entries + 1\n"
        "    OR NEW.last_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)\n"
        "    OR NEW.last_hash IS OLD.last_hash\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head only follows audit_log'); END"
    ),
    "audit_head_no_insert": (
        "CREATE TRIGGER audit_head_no_insert BEFORE INSERT ON audit_head\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END"
    ),
    "audit_head_no_delete": (
        "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END"
    ),
    # Schema 4: which coder each name in entries written before it stands for (see
    # migrations._v3_to_v4); written once by the upgrade, never changed.
    "audit_coder_names_append_only_update": (
        "CREATE TRIGGER audit_coder_names_append_only_update BEFORE UPDATE ON audit_coder_names\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_coder_names is append-only'); END"
    ),
    "audit_coder_names_append_only_delete": (
        "CREATE TRIGGER audit_coder_names_append_only_delete BEFORE DELETE ON audit_coder_names\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_coder_names is append-only'); END"
    ),
}
AUDIT_TABLES = ("audit_log", "audit_head", "audit_coder_names")


def _statements(names: tuple[str, ...]) -> str:
    return "\n".join(AUDIT_TRIGGERS[name] + ";" for name in names)


SCHEMA = (
    SCHEMA.replace("{CODING_INDEXES}", ";\n".join(CODING_INDEX_SQL) + ";")
    .replace("{DOCUMENTS}", DOCUMENTS)
    .replace("{VALUE_TABLES}", VALUE_TABLES)
    .replace("{CASE_TABLES}", CASE_TABLES)
    .replace("{LABEL_TABLES}", LABEL_TABLES)
    .replace("{TRANSLATION_TABLES}", TRANSLATION_TABLES)
    .replace("{SEARCH_TABLES}", SEARCH_TABLES)
    .replace("{WARNING_TABLES}", WARNING_TABLES)
    .replace("{AUDIT_LOG_TRIGGERS}", _statements(tuple(AUDIT_TRIGGERS)[:2]))
    .replace("{AUDIT_HEAD_TRIGGERS}", _statements(tuple(AUDIT_TRIGGERS)[2:6]))
    .replace("{AUDIT_CODER_NAMES_TRIGGERS}", _statements(tuple(AUDIT_TRIGGERS)[6:]))
)
