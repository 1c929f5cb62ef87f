"""Schema 4: a project whose coder columns hold names is migrated to GUIDs (issue 15, item 1).

The file is built as the previous release wrote it: the v1 schema replayed through the
released migrations to v3, with the names the old CLI stored ("Mina" from ``--coder
Mina``, "mina" from another day, a full-width "ＭＩＮＡ" typed on a Korean keyboard,
"Jun" who never coded and so has no coder row) beside the GUIDs the app stored. Its audit
log is hash-chained and this computer has a record of where it ended, as the old program
left them: ``audit verify`` must still pass afterwards.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore, audit_anchor
from annotator.core.store.audit import AuditQueries, audit_hash
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import MIGRATIONS, SCHEMA_V1
from annotator.core.store.schema import APPLICATION_ID, SCHEMA_VERSION

MINA = "6f1d2c3b-0000-4000-8000-00000000a001"  # the app's coder row for Mina
SOL = "6f1d2c3b-0000-4000-8000-00000000a002"
STRAY = "6f1d2c3b-0000-4000-8000-00000000dead"  # a GUID of a coder this file does not hold
DOC_BY = {
    "a.txt": "Mina",
    "b.txt": "mina",
    "c.txt": "ＭＩＮＡ",
    "d.txt": "Jun",
    "e.txt": MINA,
    "f.txt": "",
    "g.txt": STRAY,
}
AUDIT_BY = ["", "Mina", MINA, "Jun", "mina", "sol", ""]


class _RawLog(AuditQueries):
    """The old program's view of the log, for this computer's record (what it noted on close)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path

    def info(self) -> object:
        class _Info:
            guid = "project-guid-v3"

        return _Info()


def make_v3(path: Path) -> list[str]:
    """A schema 3 project with names in its coder columns; returns the audit hashes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)
    conn.execute("INSERT INTO project VALUES (1, 'project-guid-v3', 'old', '2025-01-01T00:00:00Z', '0.2.0')")
    conn.execute("INSERT INTO coders VALUES (?, 'Mina', '#aa0000')", (MINA,))
    conn.execute("INSERT INTO coders VALUES (?, 'Sol', '')", (SOL,))
    for n, (name, by) in enumerate(DOC_BY.items()):
        text = f"Testimony {n}: we crossed the river at night."
        conn.execute(
            "INSERT INTO documents (guid, name, text, sha256, length, imported_at, imported_by, position) "
            "VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', ?, ?)",
            (f"doc-{n}", name, text, f"sha-{n}", len(text), by, n),
        )
    conn.execute(
        "INSERT INTO memos VALUES ('project', 'project-guid-v3', 'note', '2025-01-02T00:00:00Z', 'jun')"
    )
    conn.execute("INSERT INTO memos VALUES ('document', 'doc-0', 'memo', '2025-01-02T00:00:00Z', ?)", (MINA,))
    hashes, prev = [], ""
    for n, coder in enumerate(AUDIT_BY, start=1):
        at, action, what = f"2025-01-0{n}T00:00:00Z", "import document", json.dumps({"n": n})
        digest = audit_hash(prev, at, coder, action, what)
        conn.execute(
            "INSERT INTO audit_log (at, coder, action, what, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (at, coder, action, what, prev, digest),
        )
        hashes.append(digest)
        prev = digest
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    log = _RawLog(conn, path)
    assert log._chain_problems(log.audit_entries()) == []
    audit_anchor.note(log)  # the old program recorded where the log ended when it closed the file
    conn.close()
    return hashes


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").fetchall()
    conn.close()
    return [
        (n, " ".join(s.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())) for n, s in rows
    ]


def test_names_become_guids_and_missing_coders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_v3(path)
    with ProjectStore.open(path) as store:
        assert store.migration_backup is not None and store.migration_backup.name == "old.sqlite.v3.bak"
        coders = {c.name: c.guid for c in store.coders()}
        assert set(coders) == {"Mina", "Sol", "Jun"} and coders["Mina"] == MINA and coders["Sol"] == SOL
        jun = coders["Jun"]
        by = {d.name: d.imported_by for d in store.documents()}
        assert by == {
            "a.txt": MINA,
            "b.txt": MINA,
            "c.txt": MINA,  # full-width: the same person
            "d.txt": jun,  # created: Jun had no coder row
            "e.txt": MINA,
            "f.txt": "",  # nobody recorded: still nobody
            "g.txt": STRAY,  # a GUID stays a GUID (never made into a coder called "6f1d…")
        }
        memos = {(m.target_kind, m.target): m.updated_by for m in store.memos()}
        assert memos == {("project", "project-guid-v3"): jun, ("document", "doc-0"): MINA}
        # the log's entries are evidence as written; readers learn who each name was
        assert [e["coder"] for e in store.audit_entries()][: len(AUDIT_BY)] == AUDIT_BY
        assert store.audit_coder_ids() == {"Mina": MINA, "mina": MINA, "Jun": jun, "sol": SOL}
        assert store.audit_problems() == []
    fresh = tmp_path / "fresh.sqlite"
    ProjectStore.create(fresh).close()
    assert _schema(path) == _schema(fresh)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_the_migrated_log_verifies_against_its_chain_and_this_computers_record(run, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    hashes = make_v3(path)
    result = run("audit", "verify", path)  # upgrades first (one notice), then verifies
    assert result.code == 0, result.err
    assert "Upgraded old.sqlite" in result.err and "chain intact" in result.out
    assert "none removed since" in result.out  # this computer's record from before the upgrade holds
    assert run("audit", "verify", path, "--expect", f"{len(AUDIT_BY)}:{hashes[-1][:16]}").code == 0
    out = tmp_path / "audit.csv"
    assert run("audit", "export", path, "-o", out).code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["coder"] for r in rows][: len(AUDIT_BY)] == AUDIT_BY  # stored evidence, unchanged
    assert [r["coder_name"] for r in rows][: len(AUDIT_BY)] == ["", "Mina", "Mina", "Jun", "Mina", "Sol", ""]
    assert rows[1]["coder_guid"] == rows[2]["coder_guid"] == rows[4]["coder_guid"] == MINA


def test_the_name_links_are_in_the_chain_and_protected(tmp_path: Path, run) -> None:
    """Who an old name was is itself evidence: recorded by one chained entry of the upgrade,
    and a link changed afterwards (triggers dropped, row rewritten) is reported by verify."""
    path = tmp_path / "old.sqlite"
    make_v3(path)
    with ProjectStore.open(path) as store:
        last = store.audit_entries()[-1]
        assert last["action"] == "link old coder names" and last["coder"] == ""
        assert json.loads(last["what"])["names"]["Jun"] == store.find_coder("Jun").guid
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.conn.execute("UPDATE audit_coder_names SET coder = ? WHERE name = 'Jun'", (MINA,))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_coder_names_append_only_update")
    conn.execute("UPDATE audit_coder_names SET coder = ? WHERE name = 'Jun'", (SOL,))
    conn.close()
    result = run("audit", "verify", path)
    assert result.code == 1
    assert "audit_coder_names_append_only_update" in result.err
    assert "'Jun'" in result.err and "link" in result.err


def test_a_file_with_guids_only_is_migrated_without_a_new_entry(tmp_path: Path) -> None:
    """Nothing to link: no entry is added and the log is exactly as it was."""
    path = tmp_path / "clean.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)
    conn.execute("INSERT INTO project VALUES (1, 'g', 'clean', '2025-01-01T00:00:00Z', '0.2.0')")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.audit_entries() == [] and store.audit_coder_ids() == {}
        assert store.audit_problems() == []
