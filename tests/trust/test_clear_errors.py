"""Item 12 of Trust II: a full disk, a project locked by another program, a read-only disk, and
restoring a backup of the other protection each get one line saying what happened and what to do,
exit 1, and leave no debris (0-byte backups, ``.part`` files, half-written copies).

The full and read-only disks are real: small tmpfs mounts (these tests need root and mount; they
are skipped, saying so, where the machine does not allow it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core import protection
from annotator.core.errors import ProjectReadOnly
from annotator.core.project import create_project
from annotator.core.store import ProjectStore, cipher
from tests.conftest import remount_read_only
from tests.trust.helpers import add_document

PASSPHRASE = "a long passphrase 123"
SECRET = "Kim Ok-sun was sold for 18,000 yuan."


def _cli(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and "internal error" not in result.stderr, (
        lines
    )
    for word in words:
        assert word in lines[0], lines[0]


def _debris(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.rglob("*")
        if p.is_file()
        and not p.name.endswith(("-wal", "-shm"))  # SQLite's journals may be empty between uses
        and (".part" in p.name or ".converting-" in p.name or p.stat().st_size == 0)
    )


def test_a_full_disk_during_import_is_one_line_and_loses_nothing(mount, tmp_path: Path) -> None:
    disk = mount("1m")
    project = disk / "p.sqlite"
    store = create_project(project, codebook="empty")
    first = add_document(store, SECRET)
    store.close()
    big = tmp_path / "long.txt"
    big.write_text("A very long testimony. " * 200_000, encoding="utf-8")  # 4.6 MB > the disk
    result = _cli("import", project, big, "--coder", "mina")
    _one_line(result, "p.sqlite", "disk is full")
    with ProjectStore.open(project, readonly=True) as again:
        assert [d.guid for d in again.documents()] == [first.guid]
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _debris(disk) == []


def test_a_full_disk_during_a_backup_leaves_no_empty_backup(mount) -> None:
    disk = mount("700k")
    project = disk / "p.sqlite"
    store = create_project(project, codebook="empty")
    add_document(store, "x" * 250_000)  # the project fits once, not twice
    store.close()
    result = _cli("backup", "now", project)
    _one_line(result, "disk is full")
    assert protection.list_backups(project) == []
    assert _debris(disk) == []


def test_a_full_disk_while_encrypting_changes_nothing(mount, tmp_path: Path) -> None:
    disk = mount("700k")
    project = disk / "p.sqlite"
    store = create_project(project, codebook="empty")
    add_document(store, SECRET + "y" * 300_000)
    store.close()
    before = project.read_bytes()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    result = _cli("--passphrase-file", passfile, "encrypt", project)
    _one_line(result, "disk is full")
    assert project.read_bytes() == before and cipher.is_plain_sqlite(project)
    assert _debris(disk) == [] and not list(disk.glob("*.bak"))


def test_a_project_locked_by_another_program_is_said_so(tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    store = create_project(project)
    add_document(store, SECRET)
    store.close()
    # Another program takes the write lock and keeps it longer than we wait (5 s).
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(project)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(9)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = _cli(
            "autocode",
            project,
            "--code",
            "Acts and recruitment/Recruitment",
            "--pattern",
            "Kim",
            "--coder",
            "a",
        )
        _one_line(result, "p.sqlite", "in use by another program")
    finally:
        holder.kill()
        holder.wait()


def test_a_read_only_disk_can_be_read_and_says_why_it_cannot_be_written(mount) -> None:
    disk = mount("4m")
    project = disk / "p.sqlite"
    store = create_project(project)
    add_document(store, SECRET)
    store.close()
    remount_read_only(disk)
    info = _cli("info", project, "--json")
    assert info.returncode == 0, info.stderr  # reading works (was reported as "damaged")
    exported = _cli("codebook", "list", project)
    assert exported.returncode == 0, exported.stderr
    result = _cli(
        "autocode", project, "--code", "Acts and recruitment/Recruitment", "--pattern", "Kim", "--coder", "a"
    )
    _one_line(result, "p.sqlite", "read-only")
    with pytest.raises(ProjectReadOnly):
        ProjectStore.open(project)
    with ProjectStore.open(project, readonly=True) as readable:
        assert readable.counts()["documents"] == 1


def test_a_read_only_disk_with_an_interrupted_session_says_what_to_copy(mount) -> None:
    disk = mount("4m")
    project = disk / "p.sqlite"
    create_project(project).close()
    script = (
        "import os\nfrom annotator.core.store import ProjectStore\n"
        "from tests.trust.helpers import add_document\n"
        f"s = ProjectStore.open({str(project)!r})\nadd_document(s, 'words ' * 50)\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    remount_read_only(disk)
    result = _cli("info", project)
    _one_line(result, "p.sqlite-wal", "read-only", "copy")


@pytest.mark.parametrize("project_encrypted", [True, False])
def test_restoring_a_backup_of_the_other_protection_keeps_the_projects(
    tmp_path: Path, project_encrypted: bool
) -> None:
    """A backup taken before encrypting (plain) into the encrypted project, and the reverse."""
    project = tmp_path / "p.sqlite"
    store = create_project(project, codebook="empty", passphrase=None if project_encrypted else PASSPHRASE)
    add_document(store, SECRET)
    backup = protection.take_backup(store)
    add_document(store, "added after the backup")
    store.close()
    assert backup is not None
    protection.convert(
        project, old=None if project_encrypted else PASSPHRASE, new=PASSPHRASE if project_encrypted else None
    )
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    result = _cli("--passphrase-file", passfile, "backup", "restore", project, backup)
    assert result.returncode == 0, result.stderr
    assert cipher.is_plain_sqlite(project) is not project_encrypted  # the project kept its protection
    if project_encrypted:
        assert SECRET.encode() not in project.read_bytes()
    with ProjectStore.open(project, readonly=True, passphrase=PASSPHRASE) as restored:
        assert restored.counts()["documents"] == 1
    assert _debris(tmp_path) == []
