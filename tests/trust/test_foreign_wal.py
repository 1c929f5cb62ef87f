"""Item 3 of Trust II: another database's ``-wal`` beside a project.

SQLite cannot tell whose ``-wal`` it is; a writable open used to refuse the
project but then checkpoint the foreign frames into it on close (385 KB became a
malformed 225 KB file). Every check now runs on a sandbox where nothing can be
written, and a refused project, its ``-wal`` and its ``-shm`` stay byte for byte.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from tests.trust.helpers import add_document


def _fingerprint(project: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{project}{suffix}")
        out[suffix] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return out


def _foreign_wal(folder: Path, page_size: int) -> bytes:
    """The -wal of another application's database (same page size), with committed frames."""
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("another program's data " * 20,)] * 400)
    data = Path(f"{other}-wal").read_bytes()
    conn.close()
    return data


@pytest.fixture
def project_with_foreign_wal(tmp_path: Path) -> Path:
    project = tmp_path / "study.sqlite"
    store = create_project(project)
    add_document(store, "Kim was sold in Yanji. " * 200)
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    assert not Path(f"{project}-wal").exists()  # cleanly closed: everything is in the file
    Path(f"{project}-wal").write_bytes(_foreign_wal(tmp_path / "elsewhere", page_size))
    return project


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("readonly", [False, True])
def test_opening_refuses_and_leaves_every_file_byte_identical(project_with_foreign_wal: Path, readonly: bool):
    before = _fingerprint(project_with_foreign_wal)
    with pytest.raises(AnnotatorError) as info:
        ProjectStore.open(project_with_foreign_wal, readonly=readonly)
    assert "study.sqlite" in str(info.value) and "\n" not in str(info.value)
    assert _fingerprint(project_with_foreign_wal) == before
    assert before["-shm"] is None  # not even a -shm was created beside it
    leftovers = [p.name for p in project_with_foreign_wal.parent.iterdir() if "annotator-check" in p.name]
    assert leftovers == []


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["autocode", "--code", "Acts and recruitment/Recruitment", "--pattern", "Kim", "--coder", "a"],
        ["import", "NEWDOC"],
        ["export", "-o", "OUT", "--format", "csv"],
    ],
)
def test_every_command_refuses_and_changes_nothing(project_with_foreign_wal: Path, command: list[str]):
    folder = project_with_foreign_wal.parent
    doc = folder / "new.txt"
    doc.write_text("A new testimony.", encoding="utf-8")
    args = [str(doc) if a == "NEWDOC" else str(folder / "out.csv") if a == "OUT" else a for a in command]
    before = _fingerprint(project_with_foreign_wal)
    result = _cli(args[0], project_with_foreign_wal, *args[1:])
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "study.sqlite" in lines[0] and "Traceback" not in result.stderr
    assert _fingerprint(project_with_foreign_wal) == before


def test_a_crash_left_wal_of_the_project_itself_is_accepted(tmp_path: Path) -> None:
    """The sandbox must not refuse the ordinary case: committed work left in the -wal by a kill."""
    project = tmp_path / "p.sqlite"
    create_project(project).close()
    script = (
        "import os, sys\n"
        "from annotator.core.store import ProjectStore\n"
        "from tests.trust.helpers import add_document\n"
        f"s = ProjectStore.open({str(project)!r})\n"
        "add_document(s, 'survivor words ' * 50)\n"
        "os._exit(0)\n"  # no close: the commit stays in the -wal, as after SIGKILL
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(f"{project}-wal").stat().st_size > 32
    with ProjectStore.open(project) as store:
        assert store.counts()["documents"] == 1
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_wal_in_use_by_another_program_is_not_second_guessed(tmp_path: Path) -> None:
    """While another process holds the project open, its -wal is live: no sandbox, no refusal."""
    project = tmp_path / "p.sqlite"
    create_project(project).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from annotator.core.store import ProjectStore\n"
            "from tests.trust.helpers import add_document\n"
            f"s = ProjectStore.open({str(project)!r})\n"
            "add_document(s, 'held open ' * 50)\n"
            "print('ready', flush=True)\n"
            "sys.stdin.readline()\n"
            "s.close()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with ProjectStore.open(project, readonly=True) as store:
            assert store.counts()["documents"] == 1
        sandboxes = [p for p in tmp_path.iterdir() if "annotator-check" in p.name]
        assert sandboxes == []
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def test_a_sandbox_left_by_a_killed_process_is_cleaned(project_with_foreign_wal: Path) -> None:
    stale = project_with_foreign_wal.with_name(".study.sqlite.annotator-check-999999")
    stale.mkdir()
    shutil.copyfile(project_with_foreign_wal, stale / "study.sqlite")
    with pytest.raises(AnnotatorError):
        ProjectStore.open(project_with_foreign_wal, readonly=True)
    assert not stale.exists()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_refused_file_is_left_without_new_journals_beside_it(tmp_path: Path, readonly: bool) -> None:
    """SQLite creates a -wal and -shm even to read a WAL-mode file; a refusal takes them away again."""
    foreign = tmp_path / "someone-elses.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert not Path(f"{foreign}-wal").exists()
    before = foreign.read_bytes()
    with pytest.raises(AnnotatorError):
        ProjectStore.open(foreign, readonly=readonly)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("someone")) == [
        "someone-elses.sqlite"
    ]
    assert foreign.read_bytes() == before
