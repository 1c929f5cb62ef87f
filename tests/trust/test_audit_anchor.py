"""Audit truncation and dropped triggers are detected (issue 9, item 10).

Each attack is done as an attacker would: a raw ``sqlite3`` connection to the
project file, outside the program. Before schema 3, deleting the last entries
(or all of them) after dropping the delete trigger still gave "chain intact".
The last tests show the limit, as the README states it: a forger who recomputes
the chain, the head and the id counter and recreates the triggers is caught only
by a record kept outside the file — this computer's, or an entry noted elsewhere
(``--expect``) — and not on a computer that never saw the project.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore
from annotator.core.store.audit import audit_hash
from annotator.core.store.audit_anchor import FILE_NAME
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import MIGRATIONS, SCHEMA_V1
from annotator.core.store.schema import APPLICATION_ID, AUDIT_TRIGGERS

PREFIX = "annotator: "


@pytest.fixture
def project(run, tmp_path: Path) -> Path:
    """A project whose audit log has 6 entries, last seen by this computer at entry 6."""
    path = tmp_path / "p.sqlite"
    assert run("new", path, "--codebook", "empty").code == 0
    for code in ("Recruitment", "Deception", "Debt bondage", "Broker", "Injury"):
        assert run("codebook", "add", path, code).code == 0
    assert _entries(path) == 6  # "create project", then one entry per code
    ok = run("audit", "verify", path)
    assert ok.code == 0 and "chain intact" in ok.out
    return path


def _entries(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def attack(path: Path, *statements: str) -> None:
    """What someone with the file and any SQLite tool can do."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def problems(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The problem lines of a failed verify: one line each, no traceback."""
    lines = result.err.strip().splitlines()
    assert result.code == 1 and lines and all(line.startswith(f"{PREFIX}") for line in lines), result.err
    assert "Traceback" not in result.err
    return [line.split(": ", 2)[2] for line in lines]


def drop_triggers(*names: str) -> list[str]:
    return [f"DROP TRIGGER {name}" for name in names or AUDIT_TRIGGERS]


def recreate_triggers() -> list[str]:
    return list(AUDIT_TRIGGERS.values())


def forget_this_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Another computer (or another user account): a config folder that never saw the project."""
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "elsewhere"))


def test_removing_the_last_entries_is_detected(run, project: Path) -> None:
    attack(project, *drop_triggers("audit_log_append_only_delete"), "DELETE FROM audit_log WHERE id > 4")
    found = problems(run("audit", "verify", project))
    assert found == [
        "2 entries were removed from the log: the head records 6 entries written, the log has 4",
        "the trigger audit_log_append_only_delete that protects the audit trail is missing (dropped)",
        found[2],
    ]
    assert found[2].startswith("at least 2 entries were removed since this computer last saw the project on ")
    assert "(the log reached entry 6 then, it ends at entry 4 now)" in found[2]
    assert run("codebook", "add", project, "Coercion").code == 0  # work goes on; the evidence stays
    assert problems(run("audit", "verify", project))[:2] == [
        "entries 5–6 are missing (removed from the middle of the log)",  # the next entry is 7
        "2 entries were removed from the log: the head records 7 entries written, the log has 5",
    ]


def test_removing_the_last_entry_alone_is_detected_on_any_computer(
    run, project, monkeypatch, tmp_path
) -> None:
    attack(project, *drop_triggers("audit_log_append_only_delete"), "DELETE FROM audit_log WHERE id = 6")
    forget_this_computer(monkeypatch, tmp_path)
    assert problems(run("audit", "verify", project)) == [
        "1 entry was removed from the log: the head records 6 entries written, the log has 5",
        "the trigger audit_log_append_only_delete that protects the audit trail is missing (dropped)",
    ]


def test_emptying_the_log_is_detected(run, project: Path) -> None:
    attack(project, *drop_triggers("audit_log_append_only_delete"), "DELETE FROM audit_log")
    found = problems(run("audit", "verify", project))
    assert (
        found[0]
        == "6 entries were removed (the whole log): the head records 6 entries written, the log has 0"
    )
    assert found[2].startswith("at least 6 entries were removed since this computer last saw the project")


def test_dropping_the_whole_audit_log_is_detected(run, project: Path) -> None:
    attack(project, "DROP TABLE audit_log")
    found = problems(run("audit", "verify", project))
    assert found[0] == "the audit log itself is missing (the audit_log table was removed)"
    assert "at least 6 entries were removed since this computer last saw the project" in found[-1]


@pytest.mark.parametrize("name", list(AUDIT_TRIGGERS))
def test_dropping_a_protecting_trigger_alone_is_detected(run, project: Path, name: str) -> None:
    attack(project, *drop_triggers(name))
    assert problems(run("audit", "verify", project)) == [
        f"the trigger {name} that protects the audit trail is missing (dropped)"
    ]


def test_altered_and_added_triggers_are_detected(run, project: Path) -> None:
    attack(
        project,
        *drop_triggers("audit_log_append_only_delete"),
        # looks the same, lets every DELETE through
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log WHEN 0\n"
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER audit_log_quiet AFTER INSERT ON audit_log BEGIN SELECT 1; END",
    )
    assert problems(run("audit", "verify", project)) == [
        "the trigger audit_log_append_only_delete that protects the audit trail was altered",
        "an unexpected trigger audit_log_quiet acts on the audit trail (not this program's)",
    ]


def test_the_head_cannot_be_moved_by_itself(project: Path) -> None:
    """With the triggers in place, the head follows the log and nothing else."""
    conn = sqlite3.connect(project, isolation_level=None)
    try:
        for statement in (
            "UPDATE audit_head SET entries = 4",
            "UPDATE audit_head SET entries = entries + 1",  # right count, but no such entry
            "DELETE FROM audit_head",
            "INSERT OR REPLACE INTO audit_head (id, entries, last_hash) VALUES (1, 4, '')",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="audit_head"):
                conn.execute(statement)
    finally:
        conn.close()


def test_a_head_rewritten_to_match_still_shows_in_the_id_counter(run, project, monkeypatch, tmp_path) -> None:
    last = _hash_of(project, 4)
    attack(
        project,
        *drop_triggers("audit_log_append_only_delete", "audit_head_follows_log"),
        "DELETE FROM audit_log WHERE id > 4",
        f"UPDATE audit_head SET entries = 4, last_hash = '{last}'",
        *recreate_triggers()[1:2],
        *recreate_triggers()[3:4],
    )
    forget_this_computer(monkeypatch, tmp_path)
    assert problems(run("audit", "verify", project)) == [
        "entries 5–6 are missing (removed from the end of the log; SQLite's id counter reached 6)"
    ]


def _hash_of(path: Path, entry: int) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT hash FROM audit_log WHERE id = ?", (entry,)).fetchone()[0]
    finally:
        conn.close()


def careful_truncation(project: Path, keep: int) -> None:
    """Every trace inside the file removed: entries, head, id counter, triggers as they were."""
    last = _hash_of(project, keep)
    attack(
        project,
        *drop_triggers(),
        f"DELETE FROM audit_log WHERE id > {keep}",
        f"UPDATE audit_head SET entries = {keep}, last_hash = '{last}'",
        f"UPDATE sqlite_sequence SET seq = {keep} WHERE name = 'audit_log'",
        *recreate_triggers(),
    )


def test_a_careful_truncation_is_caught_by_this_computers_record_only(
    run, project, monkeypatch, tmp_path
) -> None:
    careful_truncation(project, keep=3)
    with ProjectStore.open(project, readonly=True) as store:
        assert store.audit_problems() == []  # nothing inside the file gives it away
    found = problems(run("audit", "verify", project))
    assert len(found) == 1
    assert found[0].startswith("at least 3 entries were removed since this computer last saw the project on ")
    assert "annotator audit verify --accept" in found[0]
    forget_this_computer(monkeypatch, tmp_path)
    assert run("audit", "verify", project).code == 0  # the limit: a computer that never saw it


def forge(project: Path, victim: int) -> None:
    """Change one entry's payload and recompute every later hash, the head, and the triggers."""
    conn = sqlite3.connect(project, isolation_level=None)
    try:
        for statement in drop_triggers():
            conn.execute(statement)
        rows = conn.execute("SELECT id, at, coder, action, what FROM audit_log ORDER BY id").fetchall()
        prev = ""
        for entry, at, coder, action, what in rows:
            if entry == victim:
                what = '{"note": "nothing happened here"}'
            digest = audit_hash(prev, at, coder, action, what)
            conn.execute(
                "UPDATE audit_log SET what = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (what, prev, digest, entry),
            )
            prev = digest
        conn.execute("UPDATE audit_head SET last_hash = ?", (prev,))
        for statement in recreate_triggers():
            conn.execute(statement)
    finally:
        conn.close()


def test_a_forger_who_recomputes_the_chain(run, project, monkeypatch, tmp_path) -> None:
    noted = run("audit", "verify", project).out.split("--expect ")[1].split()[0]  # "6:<16 hex>"
    forge(project, victim=3)
    with ProjectStore.open(project, readonly=True) as store:
        assert store.audit_problems() == []  # chain, head, counter and triggers all check out
    found = problems(run("audit", "verify", project))
    assert len(found) == 1 and found[0].startswith(
        "the audit log was rewritten since this computer last saw the project on "
    )
    assert "entry 6 is not the one it saw" in found[0]
    forget_this_computer(monkeypatch, tmp_path)
    assert run("audit", "verify", project).code == 0  # the limit, on a computer that never saw it
    assert problems(run("audit", "verify", project, "--expect", noted)) == [
        f"entry 6 is not the expected one ({noted.split(':')[1]}…): the log was rewritten"
    ]


def test_the_record_moves_forward_only_until_accepted(run, project: Path) -> None:
    careful_truncation(project, keep=4)
    assert run("codebook", "add", project, "Illness").code == 0  # writes and closes: no new record
    assert "at least 1 entry was removed since" in problems(run("audit", "verify", project))[0]
    assert run("codebook", "add", project, "Coercion").code == 0  # entry 6 again, but not the one seen
    assert "entry 6 is not the one it saw" in problems(run("audit", "verify", project))[0]
    accepted = run("audit", "verify", project, "--accept")
    assert accepted.code == 0 and "this computer's reference from now on" in accepted.out
    again = run("audit", "verify", project)
    assert again.code == 0 and "none removed since" in again.out
    assert run("codebook", "add", project, "Threats").code == 0
    assert run("audit", "verify", project).code == 0  # normal work moves the record on


def test_this_computers_records_are_private(run, project: Path) -> None:
    records = Path(os.environ["ANNOTATOR_CONFIG_DIR"]) / FILE_NAME
    assert stat.S_IMODE(records.stat().st_mode) == 0o600
    assert stat.S_IMODE(records.parent.stat().st_mode) & 0o077 == 0
    assert str(project.resolve()) in records.read_text(encoding="utf-8")


def test_expect_on_an_intact_log(run, project: Path) -> None:
    noted = run("audit", "verify", project).out.split("--expect ")[1].split()[0]
    assert run("codebook", "add", project, "Illness").code == 0
    ok = run("audit", "verify", project, "--expect", noted)
    assert ok.code == 0 and f"Entry {noted.split(':')[0]} is the one expected." in ok.out
    assert run("audit", "verify", project, "--expect", "6:xyz").code == 2  # a usage error


def test_a_schema_2_project_is_migrated_with_its_head(run, tmp_path: Path) -> None:
    """An existing v2 file gets a head that starts from its log, and then guards it."""
    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    MIGRATIONS[0](conn)
    conn.execute("INSERT INTO project VALUES (1, 'g2', 'old', '2025-01-01T00:00:00Z', '0.1.0')")
    prev = ""
    for n in range(1, 4):
        at, action, what = f"2025-01-0{n}T00:00:00Z", "test", f'{{"n": {n}}}'
        digest = audit_hash(prev, at, "", action, what)
        conn.execute(
            "INSERT INTO audit_log (at, coder, action, what, prev_hash, hash) VALUES (?, '', ?, ?, ?, ?)",
            (at, action, what, prev, digest),
        )
        prev = digest
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.migration_backup is not None
        assert store.audit_head() == (3, prev)
        assert store.audit_problems() == []
    attack(path, *drop_triggers("audit_log_append_only_delete"), "DELETE FROM audit_log WHERE id = 3")
    assert problems(run("audit", "verify", path))[0] == (
        "1 entry was removed from the log: the head records 3 entries written, the log has 2"
    )


def test_a_restore_on_purpose_is_in_the_trail_and_not_reported_as_tampering(tmp_path) -> None:  # noqa: ANN001
    from annotator.core import protection  # noqa: PLC0415
    from annotator.core.project import create_project  # noqa: PLC0415
    from annotator.core.store import ProjectStore, audit_anchor  # noqa: PLC0415
    from tests.trust.helpers import add_document  # noqa: PLC0415

    project = tmp_path / "p.sqlite"
    store = create_project(project, codebook="empty")
    backup = protection.take_backup(store)
    add_document(store, "after the backup")
    with store.atomic():
        store.audit("import", {"documents": 1})
    store.close()
    assert backup is not None
    protection.restore_backup(project, backup)
    with ProjectStore.open(project, readonly=True) as restored:
        assert audit_anchor.verify(restored).problems == []
        assert restored.audit_entries()[-1]["action"] == "restore backup"
