"""Value fields on codes and typed values on codings, for
:class:`~annotator.core.store.project_store.ProjectStore`.

A mixin only to keep modules small: it uses the store's ``conn``. Tables (see ``schema``):

- ``code_fields`` (guid, code → codes, name, kind, options JSON, position): what a code asks for;
- ``coding_values`` (coding → codings, field → code_fields, kind, data JSON, original,
  entered_by, entered_at): one value per coding and field. A value keeps the kind it was
  entered as, so a field whose kind changes later cannot silently reinterpret it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from annotator.core.errors import NotFound
from annotator.core.messages import translate
from annotator.core.model import utc_now
from annotator.core.values import FieldSpec, Value


@dataclass(frozen=True, slots=True)
class CodeField:
    """A value field as stored: the spec plus the code it belongs to and its place."""

    guid: str
    code: str
    name: str
    kind: str
    options: dict[str, Any]
    position: int = 0

    @property
    def spec(self) -> FieldSpec:
        return FieldSpec(self.name, self.kind, self.options, self.guid)


@dataclass(frozen=True, slots=True)
class CodingValue:
    """One stored value: which coding and field, the value, who entered it and when."""

    coding: str
    field: str
    value: Value
    entered_by: str = ""
    entered_at: str = ""


class FactRow(NamedTuple):
    """A value with the passage it rests on: what the facts report and the exports list.

    A named tuple, not a frozen dataclass: the facts report makes one per value (50,000 in
    its benchmark), and a frozen dataclass costs ten times as much to build.
    """

    coding: str
    document: str
    code: str
    coder: str
    start: int
    end: int
    field: str
    value: Value


_FIELD_COLUMNS = "guid, code, name, kind, options, position"


def _field(row: Sequence[Any]) -> CodeField:
    guid, code, name, kind, options, position = row
    return CodeField(guid, code, name, kind, json.loads(options), position)


def _value(kind: str, data: str, original: str) -> Value:
    return Value(kind, json.loads(data), original)


class ValueQueries:
    conn: sqlite3.Connection

    def check_coder_column(self, value: str, column: str) -> None: ...  # from AuditQueries

    # -- fields -------------------------------------------------------------------------------
    def code_fields(self, code: str | None = None) -> list[CodeField]:
        """The value fields of one code (or of every code), in their order."""
        if code is None:
            rows = self.conn.execute(
                f"SELECT {_FIELD_COLUMNS} FROM code_fields ORDER BY code, position, name"
            )
        else:
            rows = self.conn.execute(
                f"SELECT {_FIELD_COLUMNS} FROM code_fields WHERE code = ? ORDER BY position, name", (code,)
            )
        return [_field(r) for r in rows]

    def code_field(self, guid: str) -> CodeField:
        row = self.conn.execute(
            f"SELECT {_FIELD_COLUMNS} FROM code_fields WHERE guid = ?", (guid,)
        ).fetchone()
        if row is None:
            raise NotFound(translate("CoreStore", "no value field with id {guid}").format(guid=guid))
        return _field(row)

    def insert_fields(self, fields: Iterable[CodeField]) -> None:
        self.conn.executemany(
            f"INSERT INTO code_fields ({_FIELD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    f.guid,
                    f.code,
                    f.name,
                    f.kind,
                    json.dumps(f.options, ensure_ascii=False, sort_keys=True),
                    f.position,
                )
                for f in fields
            ),
        )

    def update_field(self, field: CodeField) -> None:
        self.conn.execute(
            "UPDATE code_fields SET name = ?, kind = ?, options = ?, position = ? WHERE guid = ?",
            (
                field.name,
                field.kind,
                json.dumps(field.options, ensure_ascii=False, sort_keys=True),
                field.position,
                field.guid,
            ),
        )

    def move_field(self, guid: str, code: str, position: int) -> None:
        """Give a field (and with it its values) to another code (merging codes)."""
        self.conn.execute(
            "UPDATE code_fields SET code = ?, position = ? WHERE guid = ?", (code, position, guid)
        )

    def repoint_values(self, source_field: str, target_field: str, codings: Iterable[str]) -> None:
        """Values of ``codings`` on ``source_field`` now belong to ``target_field`` (same kind)."""
        self.conn.executemany(
            "UPDATE coding_values SET field = ? WHERE field = ? AND coding = ?",
            ((target_field, source_field, c) for c in codings),
        )

    def delete_field(self, guid: str) -> None:
        """Delete a field; its values must be gone first (the schema refuses otherwise)."""
        self.conn.execute("DELETE FROM code_fields WHERE guid = ?", (guid,))

    # -- values -------------------------------------------------------------------------------
    def coding_values(
        self, *, coding: str | None = None, field: str | None = None, codings: Iterable[str] | None = None
    ) -> list[CodingValue]:
        where, args = [], []
        for column, wanted in (("coding", coding), ("field", field)):
            if wanted is not None:
                where.append(f"{column} = ?")
                args.append(wanted)
        if codings is not None:
            listed = list(codings)
            where.append(f"coding IN ({', '.join('?' * len(listed))})")
            args.extend(listed)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT coding, field, kind, data, original, entered_by, entered_at FROM coding_values {clause}",
            args,
        )
        return [CodingValue(c, f, _value(k, d, o), by, at) for c, f, k, d, o, by, at in rows]

    def set_coding_value(
        self, coding: str, field: str, value: Value | None, *, by: str = "", at: str = ""
    ) -> None:
        """Store (or with None, remove) the value of ``field`` on ``coding``."""
        if value is None:
            self.conn.execute("DELETE FROM coding_values WHERE coding = ? AND field = ?", (coding, field))
            return
        self.check_coder_column(by, "coding_values.entered_by")
        self.conn.execute(
            "INSERT INTO coding_values (coding, field, kind, data, original, entered_by, entered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (coding, field) DO UPDATE SET kind = excluded.kind, "
            "data = excluded.data, original = excluded.original, entered_by = excluded.entered_by, "
            "entered_at = excluded.entered_at",
            (
                coding,
                field,
                value.kind,
                json.dumps(dict(value.data), ensure_ascii=False, sort_keys=True),
                value.original,
                by,
                at or utc_now(),
            ),
        )

    def insert_coding_values(self, values: Iterable[CodingValue]) -> None:
        """Bulk insert (merge, REFI-QDA import, undo of a field's deletion)."""
        values = list(values)
        for by in {v.entered_by for v in values}:
            self.check_coder_column(by, "coding_values.entered_by")
        self.conn.executemany(
            "INSERT OR REPLACE INTO coding_values "
            "(coding, field, kind, data, original, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    v.coding,
                    v.field,
                    v.value.kind,
                    json.dumps(dict(v.value.data), ensure_ascii=False, sort_keys=True),
                    v.value.original,
                    v.entered_by,
                    v.entered_at or utc_now(),
                )
                for v in values
            ),
        )

    def fact_rows(
        self,
        *,
        fields: Iterable[str] | None = None,
        coders: Iterable[str] | None = None,
        ordered: bool = True,
    ) -> list[FactRow]:
        """Every stored value with its passage (document, code, coder, span), in text order
        (document, start, end, coding GUID); ``ordered=False`` leaves them unsorted, for a
        caller that sorts them its own way.

        Why not one JOIN: looking each value's coding up by GUID costs about 7 µs a row
        (0.4–0.6 s for 50,000 values, over half the facts report's budget). Two scans, one
        of the values and one of the codings of the codes that own those fields (over the
        covering index), joined in a dict, take a third of that; the JSON of all values is
        parsed in one call. A value whose coding's code does not own its field (which no
        change makes) is still found, by a look-up of its own.
        """
        value_filter, args = "", []
        if fields is not None:
            value_filter = "WHERE field IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(fields)))
        values = self.conn.execute(
            f"SELECT coding, field, kind, data, original FROM coding_values {value_filter}", args
        ).fetchall()
        if not values:
            return []
        owners = f"SELECT code FROM code_fields {value_filter.replace('field IN', 'guid IN')}"
        passages = {
            row[0]: row
            for row in self.conn.execute(
                "SELECT guid, document, code, coder, start, end FROM codings "
                f"INDEXED BY codings_document_start WHERE code IN ({owners})",
                args,
            )
        }
        stray = sorted({v[0] for v in values if v[0] not in passages})
        if stray:
            for row in self.conn.execute(
                "SELECT guid, document, code, coder, start, end FROM codings "
                "WHERE guid IN (SELECT value FROM json_each(?))",
                [json.dumps(stray)],
            ):
                passages[row[0]] = row
        if coders is not None:  # filtered here: a coder filter in the scan would make its values look stray
            wanted = set(coders)
            passages = {guid: row for guid, row in passages.items() if row[3] in wanted}
        if stray or coders is not None:
            values = [v for v in values if v[0] in passages]
        datas = _data_of([v[3] for v in values])
        out = []
        for (coding, field, kind, _, original), data in zip(values, datas, strict=True):
            guid, document, code, coder, start, end = passages[coding]
            out.append(FactRow(guid, document, code, coder, start, end, field, Value(kind, data, original)))
        if ordered:
            out.sort(key=itemgetter(1, 4, 5, 0))  # document, start, end, coding
        return out


def _data_of(listed: list[str]) -> list[Any]:
    """The stored JSON objects, parsed in one call (one row at a time if one is damaged)."""
    try:
        parsed = json.loads("[" + ",".join(listed) + "]")
    except ValueError:
        parsed = None
    if not isinstance(parsed, list) or len(parsed) != len(listed):  # '1,2' in one row parses as two
        parsed = [json.loads(t) for t in listed]
    return parsed
