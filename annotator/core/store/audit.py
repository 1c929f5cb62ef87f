"""The audit log of :class:`~annotator.core.store.project_store.ProjectStore`: append, read, check.

Every change appends one entry whose hash chains to the previous one. The chain
alone reveals an entry edited or removed *before* the last one, but not the last
entries removed, nor the whole log emptied: nothing after them is left to break.
So the file also keeps a one-row head (entries ever appended, last hash) that the
``audit_log_moves_head`` trigger moves with each append, in the same statement,
and that other triggers keep from being moved any other way; and
:meth:`AuditQueries.audit_problems` checks the head against the log, the entry
ids for gaps, SQLite's id counter, and that the protecting triggers exist with
exactly the SQL this program wrote.

What no check inside the file can catch: someone who drops the triggers, rewrites
the entries *and* recomputes every later hash and the head, then recreates the
triggers (the format has no secret). That needs a record kept outside the file:
see :mod:`annotator.core.store.audit_anchor`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from annotator.core.model import utc_now

from .migrations import LINK_ACTION
from .schema import AUDIT_TABLES, AUDIT_TRIGGERS


def audit_hash(prev: str, at: str, coder: str, action: str, payload: str) -> str:
    """The chained hash of one audit entry (sha256 over the previous hash and the entry)."""
    return hashlib.sha256("\x1f".join((prev, at, coder, action, payload)).encode()).hexdigest()


def _squash(sql: str) -> str:
    return " ".join(sql.split())


def _span(first: int, last: int) -> str:
    return f"entry {first} is" if first == last else f"entries {first}–{last} are"


class AuditQueries:
    conn: sqlite3.Connection

    def is_coder(self, guid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM coders WHERE guid = ?", (guid,)).fetchone() is not None

    def check_coder_column(self, value: str, column: str) -> None:
        """Refuse anything but a coder's GUID (or "" for nobody) in a column that records who
        acted: a name there means a front end skipped resolving its coder (a bug, not input),
        and would mix "Mina" and "46a586dc-…" for one person again."""
        if value and not self.is_coder(value):
            raise ValueError(f"{column} must hold a coder's GUID, not {value!r} (resolve the coder first)")

    def audit(self, action: str, what: dict[str, Any], *, coder: str = "") -> None:
        """Append one hash-chained entry to ``audit_log`` (call inside the change's transaction).

        ``coder`` is the acting coder's GUID ("" for the program itself). The head row moves
        with the entry (trigger), so the two can only disagree by tampering.
        """
        self.check_coder_column(coder, "audit_log.coder")
        row = self.conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = row[0] if row else ""
        at = utc_now()
        payload = json.dumps(what, ensure_ascii=False, sort_keys=True)
        self.conn.execute(
            "INSERT INTO audit_log (at, coder, action, what, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (at, coder, action, payload, prev, audit_hash(prev, at, coder, action, payload)),
        )

    def audit_entries(self, action: str | None = None) -> list[dict[str, Any]]:
        """Every entry in order (``action``: only the entries of that action)."""
        where, args = (" WHERE action = ?", (action,)) if action is not None else ("", ())
        cursor = self.conn.execute(
            f"SELECT id, at, coder, action, what, prev_hash, hash FROM audit_log{where} ORDER BY id", args
        )
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, r, strict=True)) for r in cursor]

    def audit_coder_ids(self) -> dict[str, str]:
        """Names that entries written before schema 4 hold in ``coder`` -> that coder's GUID.

        Entries are evidence and keep the name as written; readers (the audit export, the
        app's audit view) use this to show them as the coder they were.
        """
        try:
            rows = self.conn.execute("SELECT name, coder FROM audit_coder_names").fetchall()
        except sqlite3.OperationalError:  # the table was dropped: verify reports it
            return {}
        return {str(name): str(coder) for name, coder in rows}

    def audit_coder_of(self, stored: str) -> str:
        """The GUID of the coder an entry's ``coder`` value names ("" for the program)."""
        return self.audit_coder_ids().get(stored, stored)

    def _audit_row(self, sql: str, args: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        """One row of a query on the audit tables; None when there is none, or no such table
        (a file whose audit_log was dropped must still be checked, not crash the check)."""
        try:
            row = self.conn.execute(sql, args).fetchone()
        except sqlite3.OperationalError:
            return None
        return tuple(row) if row else None

    def audit_log_exists(self) -> bool:
        return (
            self._audit_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
            is not None
        )

    def audit_count(self) -> int:
        row = self._audit_row("SELECT count(*) FROM audit_log")
        return int(row[0]) if row else 0

    def audit_tip(self) -> tuple[int, str]:
        """(id, hash) of the last entry; (0, "") for an empty log. One index lookup."""
        row = self._audit_row("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        return (int(row[0]), str(row[1])) if row else (0, "")

    def audit_hash_at(self, entry: int) -> str | None:
        """The stored hash of entry ``entry``, None when there is no such entry."""
        row = self._audit_row("SELECT hash FROM audit_log WHERE id = ?", (entry,))
        return str(row[0]) if row else None

    def audit_head(self) -> tuple[int, str] | None:
        """(entries ever appended, last hash) as the head row says; None when it is gone."""
        row = self._audit_row("SELECT entries, last_hash FROM audit_head WHERE id = 1")
        return (int(row[0]), str(row[1])) if row else None

    # -- checks -------------------------------------------------------------------
    def audit_problems(self) -> list[str]:
        """Everything in the file that says the audit trail is not as this program wrote it.

        One line per problem: altered or missing entries (hash chain, id gaps), entries
        removed at the end (head, id counter), and protecting triggers dropped, altered
        or added. Entries written before schema 2 have no hash and are reported as unchained.
        """
        if not self.audit_log_exists():
            return [
                "the audit log itself is missing (the audit_log table was removed)",
                *self._trigger_problems(),
            ]
        entries = self.audit_entries()
        problems = self._chain_problems(entries)
        last_id = entries[-1]["id"] if entries else 0
        last_hash = entries[-1]["hash"] if entries else ""
        head = self._head_problems(len(entries), last_hash)
        problems += head
        if not head:  # the head agrees (or was rewritten to agree): SQLite's id counter may not
            problems += self._counter_problems(last_id)
        problems += self._link_problems(entries)
        problems += self._trigger_problems()
        return problems

    def _link_problems(self, entries: list[dict[str, Any]]) -> list[str]:
        """``audit_coder_names`` must say what the chained "link old coder names" entries say."""
        table_exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_coder_names'"
        if self._audit_row(table_exists) is None:
            return ["the links of old coder names are missing (the audit_coder_names table was removed)"]
        chained: dict[str, tuple[int, str]] = {}
        for entry in entries:
            if entry["action"] != LINK_ACTION or entry["coder"]:
                continue
            try:
                names = json.loads(entry["what"]).get("names", {})
            except (ValueError, AttributeError):
                continue
            if isinstance(names, dict):
                chained.update({str(k): (entry["id"], str(v)) for k, v in names.items()})
        table = self.audit_coder_ids()
        problems = []
        for name in sorted(set(table) | set(chained)):
            if name not in chained:
                problems.append(
                    f"the link of the old coder name {name!r} is in no audit entry (added afterwards)"
                )
            elif name not in table:
                problems.append(
                    f"the link of the old coder name {name!r} (entry {chained[name][0]}) was removed"
                )
            elif table[name] != chained[name][1]:
                problems.append(
                    f"the link of the old coder name {name!r} was changed: entry {chained[name][0]} "
                    f"links it to {chained[name][1]}, the table to {table[name]}"
                )
        return problems

    @staticmethod
    def _chain_problems(entries: list[dict[str, Any]]) -> list[str]:
        problems: list[str] = []
        prev, expected_id = "", 1
        for entry in entries:
            if entry["id"] > expected_id:
                where = "start" if expected_id == 1 else "middle"
                missing = _span(expected_id, entry["id"] - 1)
                problems.append(f"{missing} missing (removed from the {where} of the log)")
            expected_id = entry["id"] + 1
            expected = audit_hash(prev, entry["at"], entry["coder"], entry["action"], entry["what"])
            if not entry["hash"]:
                problems.append(f"entry {entry['id']} has no hash (written before schema 2)")
            elif entry["prev_hash"] != prev:
                problems.append(f"entry {entry['id']} does not follow the previous entry (chain broken)")
            elif entry["hash"] != expected:
                problems.append(f"entry {entry['id']} was altered (hash mismatch)")
            prev = entry["hash"]
        return problems

    def _head_problems(self, count: int, last_hash: str) -> list[str]:
        head = self.audit_head()
        if head is None:
            return [
                "the audit head is missing (audit_head was removed): "
                "removals at the end of the log cannot be ruled out"
            ]
        written, head_hash = head
        if written > count:
            removed = written - count
            return [
                f"{removed} entr{'y was' if removed == 1 else 'ies were'} removed "
                f"{'(the whole log)' if count == 0 else 'from the log'}: "
                f"the head records {written} entries written, the log has {count}"
            ]
        if written < count:
            return [
                f"{count - written} entries are not counted by the head "
                f"(it records {written}, the log has {count}): written outside this program"
            ]
        if head_hash != last_hash:
            return ["the last entry is not the one the head records: the end of the log was replaced"]
        return []

    def _counter_problems(self, last_id: int) -> list[str]:
        row = self._audit_row("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
        counter = int(row[0]) if row else 0
        if counter > last_id:
            return [
                f"{_span(last_id + 1, counter)} missing (removed from the end of the log; "
                f"SQLite's id counter reached {counter})"
            ]
        return []

    def _trigger_problems(self) -> list[str]:
        marks = ", ".join("?" for _ in AUDIT_TABLES)
        found = dict(
            self.conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
                AUDIT_TABLES,
            ).fetchall()
        )
        problems: list[str] = []
        for name, sql in AUDIT_TRIGGERS.items():
            if name not in found:
                problems.append(f"the trigger {name} that protects the audit trail is missing (dropped)")
            elif _squash(found[name] or "") != _squash(sql):
                problems.append(f"the trigger {name} that protects the audit trail was altered")
        for name in sorted(set(found) - set(AUDIT_TRIGGERS)):
            problems.append(f"an unexpected trigger {name} acts on the audit trail (not this program's)")
        return problems
