"""Cases (persons) and their links, for :class:`~annotator.core.store.project_store.ProjectStore`.

A mixin only to keep modules small: it uses the store's ``conn``. Tables (see ``schema``):

- ``cases`` (guid, label unique ignoring ASCII case, role, memo, created_by, created_at);
- ``case_attributes`` (case_guid, name, value, type): typed variables of a person;
- ``case_documents`` (case_guid, document): a whole testimony is about this person;
- ``case_codings`` (case_guid, coding): one coded passage is about this person.

Which codings belong to a case (:meth:`CaseQueries.codings_of_case`): those linked to it
directly, and those of a document linked whole to it that are linked to no case at all.
So a testimony describing two victims can be linked whole to both, while the passages
about one of them are linked to that victim only and leave the other's journey.

Like the rest of the store, these methods check nothing beyond what the schema enforces
(and that ``created_by`` holds a coder's GUID); rules live in ``changes.cases``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from annotator.core.errors import NotFound
from annotator.core.messages import translate
from annotator.core.model import Case, CaseAttribute, Coding, coder_key

_CASE_COLUMNS = "guid, label, role, memo, created_by, created_at"
_CODING_COLUMNS = "c.guid, c.document, c.code, c.coder, c.start, c.end, c.created_at, c.memo"
# A case's codings (with the case GUID first): linked directly, or through a document linked
# whole while linked to no case themselves (see CaseQueries.codings_of_case).
_LINKED = f"SELECT l.case_guid, {_CODING_COLUMNS} FROM case_codings l JOIN codings c ON c.guid = l.coding"
_WHOLE = (
    f"SELECT l.case_guid, {_CODING_COLUMNS} FROM case_documents l JOIN codings c ON c.document = l.document "
    "WHERE c.guid NOT IN (SELECT coding FROM case_codings)"
)
# Documents in the order the project lists them, then text order within each.
_DOCUMENT_ORDER = "ORDER BY d.position, d.name, u.start, u.end, u.code, u.coder, u.guid"


def case_label_key(label: str) -> str:
    """What two spellings of one case label share: case, width, spacing and Unicode form folded
    ("Victim A", "victim a", " VICTIM  A ", full-width "Ｖｉｃｔｉｍ Ａ")."""
    return coder_key(label)


def _case(row: Iterable[Any]) -> Case:
    guid, label, role, memo, created_by, created_at = row
    return Case(guid, label, role, memo, created_by, created_at)


class CaseQueries:
    conn: sqlite3.Connection

    def check_coder_column(self, value: str, column: str) -> None: ...  # from AuditQueries

    # -- cases ----------------------------------------------------------------------------------
    def cases(self) -> list[Case]:
        """Every case, by label (ignoring case), then GUID."""
        rows = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY label COLLATE NOCASE, guid")
        return [_case(r) for r in rows]

    def case(self, guid: str) -> Case:
        row = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise NotFound(translate("CoreStore", "no case with id {guid}").format(guid=guid))
        return _case(row)

    def case_by_label(self, label: str) -> Case | None:
        """The case a typed label means, ignoring case, width and spacing; None if there is none.

        The schema's NOCASE only folds ASCII; the few cases a project has are compared in
        Python for the rest ("Ｖｉｃｔｉｍ Ａ", "ÉLISE").
        """
        row = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE label = ? COLLATE NOCASE", (label.strip(),)
        ).fetchone()
        if row is not None:
            return _case(row)
        key = case_label_key(label)
        if not key:
            return None
        for case in self.cases():
            if case_label_key(case.label) == key:
                return case
        return None

    def insert_case(self, case: Case) -> None:
        self.check_coder_column(case.created_by, "cases.created_by")
        self.conn.execute(
            f"INSERT INTO cases ({_CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (case.guid, case.label, case.role, case.memo, case.created_by, case.created_at),
        )

    def update_case(
        self, guid: str, *, label: str | None = None, role: str | None = None, memo: str | None = None
    ) -> None:
        """Write the given fields of one case (identity and provenance never change)."""
        fields = {k: v for k, v in (("label", label), ("role", role), ("memo", memo)) if v is not None}
        if fields:
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.conn.execute(f"UPDATE cases SET {sets} WHERE guid = :guid", {**fields, "guid": guid})

    def delete_case(self, guid: str) -> None:
        """Delete a case with its attributes and links (foreign-key cascade; nothing else goes)."""
        self.conn.execute("DELETE FROM cases WHERE guid = ?", (guid,))

    # -- attributes -----------------------------------------------------------------------------
    def case_attributes(self, guid: str) -> dict[str, str]:
        """A case's attributes, name -> value, in name order."""
        return {a.name: a.value for a in self.case_attribute_rows(guid)}

    def case_attribute_rows(self, guid: str | None = None) -> list[CaseAttribute]:
        """The attributes of one case (or of every case), with their types."""
        if guid is None:
            rows = self.conn.execute(
                "SELECT case_guid, name, value, type FROM case_attributes ORDER BY case_guid, name"
            )
        else:
            rows = self.conn.execute(
                "SELECT case_guid, name, value, type FROM case_attributes WHERE case_guid = ? ORDER BY name",
                (guid,),
            )
        return [CaseAttribute(*r) for r in rows]

    def set_case_attribute(self, guid: str, name: str, value: str | None, type: str = "text") -> None:
        """Store (or with None, remove) one attribute of a case.

        A name that differs from a stored one only in case or spacing ("Gender", "gender ")
        means that attribute: it keeps its stored spelling, so one person never carries
        two genders that differ by a capital letter.
        """
        stored = self._attribute_name(guid, name)
        if value is None:
            self.conn.execute("DELETE FROM case_attributes WHERE case_guid = ? AND name = ?", (guid, stored))
            return
        self.conn.execute(
            "INSERT INTO case_attributes (case_guid, name, value, type) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (case_guid, name) DO UPDATE SET value = excluded.value, type = excluded.type",
            (guid, stored, value, type),
        )

    def _attribute_name(self, guid: str, name: str) -> str:
        key = case_label_key(name)
        for (stored,) in self.conn.execute("SELECT name FROM case_attributes WHERE case_guid = ?", (guid,)):
            if case_label_key(stored) == key:
                return str(stored)
        return name.strip()

    def insert_case_attributes(self, rows: Iterable[CaseAttribute]) -> None:
        """Bulk insert or replace (undo, merge, REFI-QDA import)."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO case_attributes (case_guid, name, value, type) VALUES (?, ?, ?, ?)",
            ((a.case, a.name, a.value, a.type) for a in rows),
        )

    # -- links ----------------------------------------------------------------------------------
    def case_documents(self, guid: str) -> list[str]:
        """GUIDs of the documents linked whole to a case, in document order."""
        rows = self.conn.execute(
            "SELECT d.guid FROM case_documents l JOIN documents d ON d.guid = l.document "
            "WHERE l.case_guid = ? ORDER BY d.position, d.name",
            (guid,),
        )
        return [r[0] for r in rows]

    def case_codings(self, guid: str) -> list[str]:
        """GUIDs of the codings linked directly to a case, in document then text order."""
        rows = self.conn.execute(
            "SELECT c.guid FROM case_codings l JOIN codings c ON c.guid = l.coding "
            "JOIN documents d ON d.guid = c.document "
            "WHERE l.case_guid = ? ORDER BY d.position, d.name, c.start, c.end, c.code, c.coder, c.guid",
            (guid,),
        )
        return [r[0] for r in rows]

    def link_document(self, case: str, document: str) -> bool:
        """Link a whole document to a case; False if it already was."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO case_documents (case_guid, document) VALUES (?, ?)", (case, document)
        )
        return cur.rowcount > 0

    def unlink_document(self, case: str, document: str) -> bool:
        """Remove a document's link to a case; False if there was none."""
        cur = self.conn.execute(
            "DELETE FROM case_documents WHERE case_guid = ? AND document = ?", (case, document)
        )
        return cur.rowcount > 0

    def link_coding(self, case: str, coding: str) -> bool:
        """Link one coding (a passage under one code) to a case; False if it already was."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO case_codings (case_guid, coding) VALUES (?, ?)", (case, coding)
        )
        return cur.rowcount > 0

    def unlink_coding(self, case: str, coding: str) -> bool:
        cur = self.conn.execute("DELETE FROM case_codings WHERE case_guid = ? AND coding = ?", (case, coding))
        return cur.rowcount > 0

    def cases_of_document(self, document: str) -> list[Case]:
        """The cases a document is linked to whole, by label."""
        rows = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE guid IN "
            "(SELECT case_guid FROM case_documents WHERE document = ?) ORDER BY label COLLATE NOCASE, guid",
            (document,),
        )
        return [_case(r) for r in rows]

    def cases_of_coding(self, coding: str) -> list[Case]:
        """The cases a coding is linked to directly, by label (see :meth:`cases_owning_coding`
        for the cases it belongs to through its document)."""
        rows = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE guid IN "
            "(SELECT case_guid FROM case_codings WHERE coding = ?) ORDER BY label COLLATE NOCASE, guid",
            (coding,),
        )
        return [_case(r) for r in rows]

    def cases_owning_coding(self, coding: str) -> list[Case]:
        """The cases a coding belongs to under the rule of :meth:`codings_of_case`: its direct
        links, or, when it has none, the cases its document is linked to whole."""
        direct = self.cases_of_coding(coding)
        if direct:
            return direct
        row = self.conn.execute("SELECT document FROM codings WHERE guid = ?", (coding,)).fetchone()
        return self.cases_of_document(row[0]) if row else []

    def codings_of_case(self, guid: str) -> list[Coding]:
        """The codings that belong to a case, in document order then text order: those linked to
        it directly, and those of a document linked whole to it that are linked to no case at all.

        Why the second rule: a testimony about two victims is linked whole to both; the
        passages about one of them are linked to that one, and so leave the other's journey,
        while the passages nobody assigned stay with every case of the document.

        Two indexed queries (the covering ``codings_document_start`` for a document's codings,
        ``case_codings_coding`` for "linked to no case"), no query per row.
        """
        rows = self.conn.execute(
            f"SELECT u.* FROM ({_LINKED} WHERE l.case_guid = :case UNION {_WHOLE} AND l.case_guid = :case) u "
            f"JOIN documents d ON d.guid = u.document {_DOCUMENT_ORDER}",
            {"case": guid},
        )
        return [Coding(*r[1:]) for r in rows]

    def codings_by_case(self) -> dict[str, list[Coding]]:
        """:meth:`codings_of_case` for every case at once (exports, the case list): case GUID ->
        its codings in document and text order; a case with none maps to []."""
        out: dict[str, list[Coding]] = {c: [] for (c,) in self.conn.execute("SELECT guid FROM cases")}
        rows = self.conn.execute(
            f"SELECT u.* FROM ({_LINKED} UNION {_WHOLE}) u JOIN documents d ON d.guid = u.document "
            f"{_DOCUMENT_ORDER.replace('ORDER BY', 'ORDER BY u.case_guid,')}"
        )
        for case, *coding in rows:
            out.setdefault(case, []).append(Coding(*coding))
        return out

    def case_passage_counts(self) -> dict[str, int]:
        """Per case, how many passages (distinct document and span) are linked to it directly:
        two coders' or two codes' codings of one span are one passage."""
        out = {c: 0 for (c,) in self.conn.execute("SELECT guid FROM cases")}
        rows = self.conn.execute(
            "SELECT case_guid, count(*) FROM (SELECT DISTINCT l.case_guid, c.document, c.start, c.end "
            "FROM case_codings l JOIN codings c ON c.guid = l.coding) GROUP BY case_guid"
        )
        out.update(dict(rows.fetchall()))
        return out

    # -- link rows (snapshots for undo, merge, exchange) ----------------------------------------
    def case_document_links(
        self, *, case: str | None = None, documents: Iterable[str] | None = None
    ) -> list[tuple[str, str]]:
        """(case, document) link rows, all or of one case or of some documents."""
        return self._links("case_documents", "document", case, documents)

    def case_coding_links(
        self, *, case: str | None = None, codings: Iterable[str] | None = None
    ) -> list[tuple[str, str]]:
        """(case, coding) link rows, all or of one case or of some codings (what a change that
        deletes codings keeps, to put their links back on undo)."""
        return self._links("case_codings", "coding", case, codings)

    def _links(
        self, table: str, column: str, case: str | None, targets: Iterable[str] | None
    ) -> list[tuple[str, str]]:
        where, args = [], []
        if case is not None:
            where.append("case_guid = ?")
            args.append(case)
        if targets is not None:
            where.append(f"{column} IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(targets)))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(f"SELECT case_guid, {column} FROM {table} {clause} ORDER BY 1, 2", args)
        return [(str(a), str(b)) for a, b in rows]

    def insert_case_links(
        self, *, documents: Iterable[tuple[str, str]] = (), codings: Iterable[tuple[str, str]] = ()
    ) -> None:
        """Insert (case, document) and (case, coding) link rows; existing ones are kept."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO case_documents (case_guid, document) VALUES (?, ?)", documents
        )
        self.conn.executemany("INSERT OR IGNORE INTO case_codings (case_guid, coding) VALUES (?, ?)", codings)

    def delete_case_links(
        self, *, documents: Iterable[tuple[str, str]] = (), codings: Iterable[tuple[str, str]] = ()
    ) -> None:
        self.conn.executemany("DELETE FROM case_documents WHERE case_guid = ? AND document = ?", documents)
        self.conn.executemany("DELETE FROM case_codings WHERE case_guid = ? AND coding = ?", codings)
