"""ProjectStore: typed queries and row-level writes over one project file.

This is the only place with SQL (with ``connection``/``migrations``/``schema``).
Methods here do no rule checking beyond what the schema enforces: the rules
live in :mod:`annotator.core.changes`, which calls these inside one
transaction per change.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import NotFound
from annotator.core.model import (
    Attribute,
    Code,
    Coder,
    Coding,
    Document,
    Memo,
    ProjectInfo,
    new_guid,
    utc_now,
)

from . import cipher, keys
from .connection import create_connection, open_connection
from .schema import CODING_INDEX_NAMES, CODING_INDEX_SQL, SCHEMA_VERSION

_DOC_COLUMNS = "guid, name, sha256, length, source_format, original_name, imported_at, imported_by, position"
_CODE_COLUMNS = (
    "guid, name, parent, color, short_definition, definition, when_to_use, when_not_to_use, "
    "example, shortcut, position, ref, codable, source_refs, export"
)
BULK_CODINGS = 20_000
_CODING_COLUMNS = "guid, document, code, coder, start, end, created_at, memo"


def _code(row: tuple[Any, ...]) -> Code:
    *head, codable, refs, export = row
    return Code(
        *head, codable=bool(codable), source_refs=tuple(json.loads(refs)), export=dict(json.loads(export))
    )


def _code_row(code: Code) -> dict[str, Any]:
    return {
        "guid": code.guid,
        "name": code.name,
        "parent": code.parent,
        "color": code.color,
        "short_definition": code.short_definition,
        "definition": code.definition,
        "when_to_use": code.when_to_use,
        "when_not_to_use": code.when_not_to_use,
        "example": code.example,
        "shortcut": code.shortcut,
        "position": code.position,
        "ref": code.ref,
        "codable": int(code.codable),
        "source_refs": json.dumps(list(code.source_refs), ensure_ascii=False),
        "export": json.dumps(code.export, ensure_ascii=False, sort_keys=True),
    }


def audit_hash(prev: str, at: str, coder: str, action: str, payload: str) -> str:
    """The chained hash of one audit entry (sha256 over the previous hash and the entry)."""
    return hashlib.sha256("\x1f".join((prev, at, coder, action, payload)).encode()).hexdigest()


class ProjectStore:
    """An open project file. Use :meth:`create` or :meth:`open`; close it when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        readonly: bool = False,
        migrated_from_backup: Path | None = None,
        passphrase: str | None = None,
    ) -> None:
        self.conn = conn
        self._db: Any = None
        self.path = path
        self.readonly = readonly
        self.migration_backup = migrated_from_backup
        self.passphrase = passphrase  # kept in memory only, to write encrypted copies

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)

    @property
    def db(self) -> Any:
        """The sqlite-utils view of the connection, made on first use.

        Imported lazily: sqlite-utils pulls in numpy when present, which would
        double the start-up time of read-only commands such as ``annotator info``.
        """
        if self._db is None:
            import sqlite_utils  # noqa: PLC0415

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._db

    # -- lifecycle --------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, *, name: str | None = None, passphrase: str | None = None
    ) -> ProjectStore:
        """Create an empty project (no codes). Raises NotAProject if ``path`` exists."""
        path = Path(path)
        conn = create_connection(path, passphrase=passphrase)
        store = cls(conn, path, passphrase=passphrase)
        with store.atomic():
            store.conn.execute(
                "INSERT INTO project (id, guid, name, created, app_version) VALUES (1, ?, ?, ?, ?)",
                (new_guid(), name or path.stem, utc_now(), __version__),
            )
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        untrusted: bool = False,
        passphrase: str | None = None,
    ) -> ProjectStore:
        """Open an existing project, migrating an older one after backing it up."""
        path = Path(path)
        passphrase = passphrase or keys.lookup(path)
        if passphrase and cipher.is_plain_sqlite(path):
            passphrase = None
        conn, backup = open_connection(path, readonly=readonly, untrusted=untrusted, passphrase=passphrase)
        return cls(conn, path, readonly=readonly, migrated_from_backup=backup, passphrase=passphrase)

    def close(self) -> None:
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[ProjectStore]:
        """One transaction (a savepoint when nested); rolls back on any exception."""
        with self.db.atomic():
            yield self

    def save_copy(self, destination: str | Path) -> None:
        """A consistent copy via SQLite's backup API, safe while the project is in use.

        The copy of an encrypted project is encrypted with the same passphrase.
        """
        dest = cipher.copy_connection(Path(destination), self.passphrase)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()

    # -- project ----------------------------------------------------------
    def info(self) -> ProjectInfo:
        row = self.conn.execute("SELECT guid, name, created, app_version FROM project").fetchone()
        if row is None:
            return ProjectInfo("", self.path.stem, "", __version__, SCHEMA_VERSION)
        return ProjectInfo(*row, schema_version=SCHEMA_VERSION)

    def counts(self) -> dict[str, int]:
        """Row counts a user cares about (``annotator info``)."""
        q = self.conn.execute
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "codes": q("SELECT count(*) FROM codes").fetchone()[0],
            "coders": q("SELECT count(*) FROM coders").fetchone()[0],
            "codings": q("SELECT count(*) FROM codings").fetchone()[0],
            "memos": q("SELECT count(*) FROM memos").fetchone()[0]
            + q("SELECT count(*) FROM codings WHERE memo != ''").fetchone()[0],
            "attributes": q("SELECT count(*) FROM attributes").fetchone()[0],
            "characters": q("SELECT coalesce(sum(length), 0) FROM documents").fetchone()[0],
        }

    # -- coders -----------------------------------------------------------
    def coders(self) -> list[Coder]:
        rows = self.conn.execute("SELECT guid, name, color FROM coders ORDER BY name").fetchall()
        return [Coder(*r) for r in rows]

    def coder(self, guid: str) -> Coder:
        row = self.conn.execute("SELECT guid, name, color FROM coders WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(f"no coder with id {guid}")
        return Coder(*row)

    def coder_by_name(self, name: str) -> Coder | None:
        row = self.conn.execute("SELECT guid, name, color FROM coders WHERE name = ?", (name,)).fetchone()
        return Coder(*row) if row else None

    def insert_coder(self, coder: Coder) -> None:
        self.conn.execute(
            "INSERT INTO coders (guid, name, color) VALUES (?, ?, ?)", (coder.guid, coder.name, coder.color)
        )

    def ensure_coder(self, name: str, *, color: str = "") -> Coder:
        """The coder called ``name``, created on first use."""
        existing = self.coder_by_name(name)
        if existing:
            return existing
        coder = Coder(new_guid(), name, color)
        with self.atomic():
            self.insert_coder(coder)
        return coder

    # -- documents --------------------------------------------------------
    def documents(self) -> list[Document]:
        rows = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY position, name")
        return [Document(*r) for r in rows]

    def document(self, guid: str) -> Document:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(f"no document with id {guid}")
        return Document(*row)

    def document_by_name(self, name: str) -> Document | None:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE name = ?", (name,)).fetchone()
        return Document(*row) if row else None

    def document_by_sha256(self, sha256: str) -> Document | None:
        row = self.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return Document(*row) if row else None

    def document_text(self, guid: str) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(f"no document with id {guid}")
        return str(row[0])

    def document_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM documents")}

    def insert_document(self, doc: Document, text: str) -> None:
        position = (
            doc.position
            or self.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM documents").fetchone()[0]
        )
        self.conn.execute(
            f"INSERT INTO documents ({_DOC_COLUMNS}, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.guid,
                doc.name,
                doc.sha256,
                doc.length,
                doc.source_format,
                doc.original_name,
                doc.imported_at,
                doc.imported_by,
                position,
                text,
            ),
        )

    def rename_document(self, guid: str, name: str) -> None:
        self.conn.execute("UPDATE documents SET name = ? WHERE guid = ?", (name, guid))

    def delete_document(self, guid: str) -> None:
        self.conn.execute("DELETE FROM memos WHERE target_kind = 'document' AND target = ?", (guid,))
        self.conn.execute("DELETE FROM documents WHERE guid = ?", (guid,))

    # -- codes ------------------------------------------------------------
    def codes(self) -> list[Code]:
        rows = self.conn.execute(f"SELECT {_CODE_COLUMNS} FROM codes ORDER BY position, name")
        return [_code(r) for r in rows]

    def code(self, guid: str) -> Code:
        row = self.conn.execute(f"SELECT {_CODE_COLUMNS} FROM codes WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(f"no code with id {guid}")
        return _code(row)

    def has_code(self, guid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM codes WHERE guid = ?", (guid,)).fetchone() is not None

    def insert_codes(self, codes: Iterable[Code]) -> None:
        rows = [_code_row(c) for c in codes]
        if rows:
            self.db["codes"].insert_all(rows)

    def update_code(self, guid: str, **fields: Any) -> None:
        """Write the given fields of one code (names as in :class:`Code`)."""
        if not fields:
            return
        row = _code_row(replace(self.code(guid), **fields))
        sets = ", ".join(f"{k} = :{k}" for k in row if k != "guid")
        self.conn.execute(f"UPDATE codes SET {sets} WHERE guid = :guid", row)

    def delete_codes(self, guids: Iterable[str]) -> None:
        """Delete codes with their sub-codes, codings (foreign-key cascade) and memos."""
        for guid in guids:
            self.conn.execute(
                "WITH RECURSIVE sub(guid) AS (SELECT ? UNION ALL "
                "SELECT c.guid FROM codes c JOIN sub ON c.parent = sub.guid) "
                "DELETE FROM memos WHERE target_kind = 'code' AND target IN (SELECT guid FROM sub)",
                (guid,),
            )
            self.conn.execute("DELETE FROM codes WHERE guid = ?", (guid,))

    # -- codings ----------------------------------------------------------
    def codings(
        self,
        *,
        document: str | None = None,
        code: str | None = None,
        coder: str | None = None,
        codes: Iterable[str] | None = None,
    ) -> list[Coding]:
        """Codings filtered by document, code (or a set of codes) and coder, in text order."""
        where, args = [], []
        for column, value in (("document", document), ("code", code), ("coder", coder)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if codes is not None:
            code_list = list(codes)
            where.append(f"code IN ({', '.join('?' * len(code_list))})")
            args.extend(code_list)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT {_CODING_COLUMNS} FROM codings {clause} ORDER BY document, start, end, guid", args
        )
        return [Coding(*r) for r in rows]

    def codings_overlapping(self, document: str, start: int, end: int) -> list[Coding]:
        """Codings of ``document`` that overlap ``[start, end)``; the index bounds the scan."""
        longest = self.conn.execute(
            "SELECT coalesce(max(end - start), 0) FROM codings WHERE document = ?", (document,)
        ).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT {_CODING_COLUMNS} FROM codings WHERE document = ? AND start >= ? "
            "AND start < ? AND end > ? ORDER BY start, end",
            (document, start - longest, end, start),
        )
        return [Coding(*r) for r in rows]

    def coding(self, guid: str) -> Coding:
        row = self.conn.execute(f"SELECT {_CODING_COLUMNS} FROM codings WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(f"no coding with id {guid}")
        return Coding(*row)

    def find_coding(self, document: str, code: str, coder: str, start: int, end: int) -> Coding | None:
        row = self.conn.execute(
            f"SELECT {_CODING_COLUMNS} FROM codings WHERE document = ? AND code = ? AND coder = ? "
            "AND start = ? AND end = ?",
            (document, code, coder, start, end),
        ).fetchone()
        return Coding(*row) if row else None

    def coding_identities(self) -> tuple[set[str], set[tuple[str, str, str, int, int]]]:
        """Every coding's GUID and (document, code, coder, start, end): what a merge must not double."""
        guids: set[str] = set()
        keys: set[tuple[str, str, str, int, int]] = set()
        for guid, *key in self.conn.execute("SELECT guid, document, code, coder, start, end FROM codings"):
            guids.add(guid)
            keys.add(tuple(key))  # type: ignore[arg-type]
        return guids, keys

    def document_lengths(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT guid, length FROM documents").fetchall())

    def insert_codings(self, codings: Iterable[Coding]) -> None:
        """Insert codings; call inside a transaction. Large batches (merge, REFI-QDA
        import) drop and rebuild the secondary indexes, which is ~40% faster."""
        rows = codings if isinstance(codings, list) else list(codings)
        bulk = len(rows) >= BULK_CODINGS
        if bulk:
            rows = sorted(rows, key=lambda c: c.guid)  # sequential primary-key B-tree inserts
            for name in CODING_INDEX_NAMES:
                self.conn.execute(f"DROP INDEX IF EXISTS {name}")
        self.conn.executemany(
            f"INSERT INTO codings ({_CODING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((c.guid, c.document, c.code, c.coder, c.start, c.end, c.created_at, c.memo) for c in rows),
        )
        if bulk:
            for statement in CODING_INDEX_SQL:
                self.conn.execute(statement)

    def update_coding(self, guid: str, **fields: Any) -> None:
        allowed = {"start", "end", "code", "memo", "coder"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot update coding fields {sorted(bad)}")
        if fields:
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.conn.execute(f"UPDATE codings SET {sets} WHERE guid = :guid", {**fields, "guid": guid})

    def delete_codings(self, guids: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM codings WHERE guid = ?", ((g,) for g in guids))

    def coding_counts(self, *, document: str | None = None) -> dict[str, int]:
        """Number of codings per code GUID (in one document, or everywhere)."""
        if document is None:
            rows = self.conn.execute("SELECT code, count(*) FROM codings GROUP BY code")
        else:
            rows = self.conn.execute(
                "SELECT code, count(*) FROM codings WHERE document = ? GROUP BY code", (document,)
            )
        return dict(rows.fetchall())

    def coded_characters(self) -> dict[str, int]:
        """Per document, the number of characters covered by at least one coding (progress)."""
        result: dict[str, int] = {}
        current, covered, reach = None, 0, -1
        for doc, start, end in self.conn.execute(
            "SELECT document, start, end FROM codings ORDER BY document, start"
        ):
            if doc != current:
                if current is not None:
                    result[current] = covered
                current, covered, reach = doc, 0, -1
            if end > reach:
                covered += end - max(start, reach)
                reach = end
        if current is not None:
            result[current] = covered
        return result

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
        """Set (or with empty text, delete) the memo on a project, document or code."""
        if text:
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

    # -- audit ------------------------------------------------------------
    def audit(self, action: str, what: dict[str, Any], *, coder: str = "") -> None:
        """Append one hash-chained entry to ``audit_log`` (call inside the change's transaction)."""
        row = self.conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = row[0] if row else ""
        at = utc_now()
        payload = json.dumps(what, ensure_ascii=False, sort_keys=True)
        self.conn.execute(
            "INSERT INTO audit_log (at, coder, action, what, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (at, coder, action, payload, prev, audit_hash(prev, at, coder, action, payload)),
        )

    def audit_problems(self) -> list[str]:
        """Entries whose hash or chain link does not match: evidence of tampering.

        Entries written before schema 2 have no hash and are reported as unchained.
        """
        problems: list[str] = []
        prev = ""
        for entry in self.audit_entries():
            expected = audit_hash(prev, entry["at"], entry["coder"], entry["action"], entry["what"])
            if not entry["hash"]:
                problems.append(f"entry {entry['id']} has no hash (written before schema 2)")
            elif entry["prev_hash"] != prev:
                problems.append(f"entry {entry['id']} does not follow the previous entry (chain broken)")
            elif entry["hash"] != expected:
                problems.append(f"entry {entry['id']} was altered (hash mismatch)")
            prev = entry["hash"]
        return problems

    def audit_entries(self) -> list[dict[str, Any]]:
        cursor = self.conn.execute(
            "SELECT id, at, coder, action, what, prev_hash, hash FROM audit_log ORDER BY id"
        )
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, r, strict=True)) for r in cursor]
