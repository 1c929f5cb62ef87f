"""Opening, creating and refusing project files; migrations; the lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import NotAProject, ProjectCorrupt, ProjectLocked, ProjectTooNew
from annotator.core.model import Coder
from annotator.core.store import APPLICATION_ID, SCHEMA_VERSION, ProjectLock, ProjectStore, read_holder
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import SCHEMA_V1


def _schema(path: Path) -> list[tuple[str, str]]:
    """Table/index/trigger definitions with whitespace normalised, for comparing files."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    ).fetchall()
    conn.close()
    return [
        (name, " ".join(sql.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()))
        for _, name, sql in rows
    ]


def test_new_project_marks_itself_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    ProjectStore.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with ProjectStore.open(path) as store:
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.info().name == "a"


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    path.write_text("precious")
    with pytest.raises(NotAProject, match="already exists"):
        ProjectStore.create(path)
    assert path.read_text() == "precious"


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (None, NotAProject, "no such file"),
        (b"", NotAProject, "empty file"),
        (b"hello, this is a text file\n" * 10, NotAProject, "not an SQLite file"),
        (bytes(range(256)) * 8, NotAProject, "not an SQLite file"),
    ],
)
def test_bad_files_are_refused_with_one_line(
    tmp_path: Path, content: bytes | None, error: type, message: str
) -> None:
    path = tmp_path / "bad.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message) as info:
        ProjectStore.open(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    if content is not None:
        assert path.read_bytes() == content  # never touched


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAProject, match="another application"):
        ProjectStore.open(path)
    assert path.read_bytes() == before


def test_truncated_project_is_reported_as_damaged(tmp_path: Path, add_text, store: ProjectStore) -> None:
    add_text("x" * 50_000)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = store.path.read_bytes()
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectCorrupt, match="damaged|truncated"):
        ProjectStore.open(cut)
    tiny = tmp_path / "tiny.sqlite"
    tiny.write_bytes(data[:40])
    with pytest.raises(ProjectCorrupt, match="truncated"):
        ProjectStore.open(tiny)


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    ProjectStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectTooNew, match="newer version"):
        ProjectStore.open(path)
    assert path.read_bytes() == before


def _dump(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(path)
    result = conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    conn.close()
    return result


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    conn.execute("INSERT INTO project VALUES (1, 'g', 'old', '2024-01-01T00:00:00Z', '0.0.1')")
    conn.execute("INSERT INTO coders VALUES ('c1', 'lee', '')")
    conn.execute("INSERT INTO audit_log (at, action) VALUES ('2024-01-01T00:00:00Z', 'create')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def test_v1_file_is_backed_up_then_migrated_to_the_current_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    _make_v1(old)
    original = _dump(old)
    with ProjectStore.open(old) as store:
        backup = store.migration_backup
        assert store.coders() == [Coder("c1", "lee", "")]
        store.audit("test", {"x": 1})  # the v2 hash chain works on a migrated file
    assert backup is not None and _dump(backup) == original
    fresh = tmp_path / "fresh.sqlite"
    ProjectStore.create(fresh).close()
    assert _schema(old) == _schema(fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path: Path, monkeypatch) -> None:
    from annotator.core.store import connection

    old = tmp_path / "old.sqlite"
    _make_v1(old)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(connection, "MIGRATIONS", (broken,))
    with pytest.raises(RuntimeError):
        ProjectStore.open(old)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
    assert "prev_hash" not in columns
    conn.close()


def test_readonly_open_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    ProjectStore.create(path).close()
    with ProjectStore.open(path, readonly=True) as store, pytest.raises(sqlite3.OperationalError):
        store.insert_coder(Coder("x", "x"))


def test_save_copy_is_a_complete_project(tmp_path: Path, store: ProjectStore, add_text) -> None:
    add_text("some testimony")
    copy = tmp_path / "copy.sqlite"
    store.save_copy(copy)
    with ProjectStore.open(copy) as other:
        assert other.counts()["documents"] == 1


def test_audit_log_is_append_only_and_chained(store: ProjectStore) -> None:
    store.audit("first", {"n": 1})
    store.audit("second", {"n": 2})
    entries = store.audit_entries()
    assert [e["action"] for e in entries][-2:] == ["first", "second"]
    for prev, entry in zip(entries, entries[1:], strict=False):
        assert entry["prev_hash"] == prev["hash"]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET action = 'x'")


def test_lock_tells_a_second_instance_who_holds_the_project(tmp_path: Path) -> None:
    project = tmp_path / "a.sqlite"
    ProjectStore.create(project).close()
    # A live process (another "instance") holds the lock.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from annotator.core.store import ProjectLock; "
            f"ProjectLock({str(project)!r}).acquire(); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(ProjectLocked, match="already open") as info:
            ProjectLock(project).acquire()
        assert str(holder.pid) in info.value.holder
    finally:
        holder.kill()
        holder.wait()
    # The holder died without releasing: the stale lock no longer blocks.
    assert read_holder(project) is None
    lock = ProjectLock(project)
    lock.acquire()
    assert read_holder(project) is not None and read_holder(project).pid == os.getpid()
    lock.release()
    assert not (tmp_path / "a.sqlite.lock").exists()


def test_a_second_open_in_one_process_keeps_the_first_connections_locks(tmp_path: Path) -> None:
    """Regression: reading the raw header of a file SQLite already has open drops this process's
    POSIX locks on it; another program could then checkpoint and delete the WAL under us
    (seen as "disk I/O error"). A second window or a worker must not do that."""
    path = tmp_path / "p.sqlite"
    ProjectStore.create(path).close()
    main = ProjectStore.open(path)
    ProjectStore.open(path, readonly=True).close()  # e.g. a worker's own connection
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"from annotator.core.store import ProjectStore; ProjectStore.open({str(path)!r}).close()",
        ],
        check=True,
    )
    main.insert_coder(Coder("c1", "after"))
    with ProjectStore.open(path, readonly=True) as again:
        assert again.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert [c.name for c in again.coders()] == ["after"]
    main.close()
