"""ProjectStore: typed queries and row-level writes over one project file.

This is the only place with SQL (with ``connection``/``migrations``/``schema``).
Methods here do no rule checking beyond what the schema enforces: the rules
live in :mod:`annotator.core.changes`, which calls these inside one
transaction per change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.model import (
    Code,
    Coder,
    Document,
    ProjectInfo,
    clean_coder_name,
    coder_key,
    new_guid,
    utc_now,
)

from . import audit_anchor, cipher, keys
from .cases import CaseQueries
from .codings import CodingQueries
from .connection import create_connection, open_connection, release_guard, unregister
from .content_warnings import WarningQueries
from .labels import LabelQueries
from .notes import NoteQueries
from .schema import SCHEMA_VERSION
from .search_index import SearchIndexQueries
from .sqlite_errors import describe
from .translations import TranslationQueries
from .values import ValueQueries

_DOC_COLUMNS = "guid, name, sha256, length, source_format, original_name, imported_at, imported_by, position"
_CODE_COLUMNS = (
    "guid, name, parent, color, short_definition, definition, when_to_use, when_not_to_use, "
    "example, shortcut, position, ref, codable, source_refs, export"
)


def _code(row: tuple[Any, ...]) -> Code:
    """A ``Code`` from a row of ``_CODE_COLUMNS`` (its fields, in order: each named here)."""
    guid, name, parent, color, short, definition, when, when_not, example, key, pos, ref, *rest = row
    codable, refs, export = rest
    return Code(
        guid,
        name,
        parent,
        color,
        short,
        definition,
        when,
        when_not,
        example,
        key,
        pos,
        ref,
        codable=bool(codable),
        source_refs=tuple(json.loads(refs)),
        export=dict(json.loads(export)),
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
        "source_refs": json.dumps(list(code.source_refs), ensure_ascii=False) if code.source_refs else "[]",
        "export": json.dumps(code.export, ensure_ascii=False, sort_keys=True) if code.export else "{}",
    }


class ProjectStore(  # one mixin of queries per table family
    CodingQueries,
    NoteQueries,
    ValueQueries,
    CaseQueries,
    LabelQueries,
    TranslationQueries,
    SearchIndexQueries,
    WarningQueries,
):
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
        self._depth = 0  # nesting of atomic(): the outermost one is the transaction
        self._closed = False
        self.path = path
        self.readonly = readonly
        self.migration_backup = migrated_from_backup
        # Unfinished copies of a killed conversion that opening found and removed (reported by name).
        self.removed_leftovers: list[Path] = []
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
        opened = open_connection(
            path, readonly=readonly, untrusted=untrusted, passphrase=passphrase or keys.lookup(path)
        )
        store = cls(
            opened.conn,
            path,
            readonly=readonly,
            migrated_from_backup=opened.migration_backup,
            passphrase=opened.passphrase,
        )
        store.removed_leftovers = opened.removed_leftovers
        return store

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        if not self.readonly:
            audit_anchor.note(self)  # where the audit log ends, for this computer (never raises)
        release_guard(self.path)  # the last connection may then checkpoint and remove the -wal
        try:
            self.conn.close()
        finally:
            unregister(self.path)

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read_snapshot(self) -> Iterator[ProjectStore]:
        """One read transaction: everything read inside sees the project as it was when the
        first read began, whatever another connection commits meanwhile (an export reading
        texts one at a time while it writes). Deferred, so it never takes the write lock;
        inside a transaction already, that transaction is the snapshot."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")  # ends the snapshot (nothing was written)

    @contextmanager
    def atomic(self) -> Iterator[ProjectStore]:
        """One transaction (a savepoint when nested); rolls back on any exception.

        The outermost level begins IMMEDIATE on a writable project: the write lock is taken
        up front, so a transaction that reads before it writes cannot fail half-way because
        another program committed meanwhile. Our own savepoints, not sqlite-utils': importing
        it (and numpy with it) cost every writing command 0.17 s of start-up.

        SQLite's own errors (a full disk, a lock held too long by another program, a
        read-only file) leave as one-line domain errors naming the project.
        """
        try:
            if self._depth == 0 and not self.conn.in_transaction:
                self.conn.execute("BEGIN" if self.readonly else "BEGIN IMMEDIATE")
                opened, savepoint = True, ""
            else:
                opened, savepoint = False, f"atomic_{self._depth}"
                self.conn.execute(f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                    if opened:
                        self.conn.execute("ROLLBACK")
                    else:
                        self.conn.execute(f"ROLLBACK TO {savepoint}")
                        self.conn.execute(f"RELEASE {savepoint}")
                raise
            else:
                self.conn.execute("COMMIT" if opened else f"RELEASE {savepoint}")
            finally:
                self._depth -= 1
        except cipher.database_errors() as exc:
            raise describe(exc, self.path) from None

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
        guid, name, created, app_version = row
        return ProjectInfo(guid, name, created, app_version, schema_version=SCHEMA_VERSION)

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
            raise NotFound(translate("CoreStore", "no coder with id {guid}").format(guid=guid))
        return Coder(*row)

    def find_coder(self, name: str) -> Coder | None:
        """The coder a typed name means, or None: the same name (after NFC and trimming) first,
        else the one coder whose name differs only in case, width or spacing.

        Raises:
            UsageError: several coders differ from ``name`` only that way (an old file may hold
                "Mina" and "mina"): the name must be given exactly.
        """
        wanted = clean_coder_name(name)
        if not wanted:
            return None
        rows = self.coders()
        for coder in rows:
            if clean_coder_name(coder.name) == wanted:
                return coder
        key = coder_key(wanted)
        matches = [c for c in rows if coder_key(c.name) == key]
        if len(matches) > 1:
            names = ", ".join(repr(c.name) for c in matches)
            raise UsageError(
                translate(
                    "CoreStore", "several coders match {name!r} ({names}); give the name exactly"
                ).format(name=name.strip(), names=names)
            )
        return matches[0] if matches else None

    def coder_by_name(self, name: str) -> Coder | None:
        """Kept for callers that look a coder up by name: :meth:`find_coder`."""
        return self.find_coder(name)

    def resolve_coder(self, name: str, *, create: bool = False, color: str = "") -> Coder:
        """The project's coder record for a typed name (see :meth:`find_coder`), made only when
        ``create`` is given: every front end resolves its coder here once, then passes the record.

        Raises:
            UsageError: a blank name, or one that several coders could be.
            NotFound: no such coder and ``create`` is false (the message lists who there is).
        """
        cleaned = clean_coder_name(name)
        if not cleaned:
            raise UsageError(translate("CoreStore", "a coder needs a name (it was empty)"))
        found = self.find_coder(cleaned)
        if found is not None:
            return found
        if not create:
            known = ", ".join(repr(c.name) for c in self.coders()) or "none yet"
            raise NotFound(
                translate(
                    "CoreStore", "no coder named {cleaned!r} in this project (its coders: {known})"
                ).format(cleaned=cleaned, known=known)
            )
        coder = Coder(new_guid(), cleaned, color)
        with self.atomic():
            self.insert_coder(coder)
        return coder

    def insert_coder(self, coder: Coder) -> None:
        self.conn.execute(
            "INSERT INTO coders (guid, name, color) VALUES (?, ?, ?)", (coder.guid, coder.name, coder.color)
        )

    def record_coder(self, coder: Coder | str | None) -> str:
        """The GUID to record for ``coder`` (a record or a GUID; "" for nobody). A record the
        project does not hold yet (a front end resolved a new name without storing it) is added
        here: call it inside the transaction of the work it records, so failed work leaves no
        coder behind."""
        if isinstance(coder, Coder):
            if coder.guid and not self.is_coder(coder.guid):
                self.insert_coder(coder)
            return coder.guid
        return coder or ""

    def ensure_coder(self, name: str, *, color: str = "") -> Coder:
        """The coder called ``name`` (in any case or width), created on first use."""
        return self.resolve_coder(name, create=True, color=color)

    # -- documents --------------------------------------------------------
    def documents(self) -> list[Document]:
        rows = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY position, name")
        return [Document(*r) for r in rows]

    def document(self, guid: str) -> Document:
        row = self.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(translate("CoreStore", "no document with id {guid}").format(guid=guid))
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
        row = self.conn.execute("SELECT text FROM document_texts WHERE document = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(translate("CoreStore", "no document with id {guid}").format(guid=guid))
        return str(row[0])

    def document_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM documents")}

    def insert_document(self, doc: Document, text: str) -> None:
        self.check_coder_column(doc.imported_by, "documents.imported_by")
        position = (
            doc.position
            or self.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM documents").fetchone()[0]
        )
        self.conn.execute(
            f"INSERT INTO documents ({_DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
        self.conn.execute("INSERT INTO document_texts (document, text) VALUES (?, ?)", (doc.guid, text))

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
            raise NotFound(translate("CoreStore", "no code with id {guid}").format(guid=guid))
        return _code(row)

    def has_code(self, guid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM codes WHERE guid = ?", (guid,)).fetchone() is not None

    def insert_codes(self, codes: Iterable[Code]) -> None:
        """Insert codes, parents before children (one prepared statement: 10,000 codes in ~50 ms)."""
        rows = [_code_row(c) for c in codes]
        if rows:
            columns = list(rows[0])
            self.conn.executemany(
                f"INSERT INTO codes ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})",
                rows,
            )

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
