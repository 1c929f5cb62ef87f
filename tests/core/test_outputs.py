"""Output files: never over a project or anything of it, owner-only, whole or not at all.

Each test is a way a hostile (or hurried) user could point an output at testimony:
the project itself, its journals, lock or backups, through a symlink, ``..``, a hard
link or another letter case; or a kill, a full disk, a file that appears meanwhile.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core import outputs
from annotator.core.errors import AnnotatorError
from annotator.core.outputs import OutputRefused, check_output, same_file, staged_path, write_output
from annotator.core.project import create_project
from annotator.core.store import ProjectStore

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.sqlite"
    create_project(path, codebook="empty").close()
    return path


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _refused(path: object, **kwargs: object) -> OutputRefused:
    with pytest.raises(OutputRefused) as caught:
        check_output(path, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and message.strip()
    assert not getattr(caught.value, "overridable", False)
    return caught.value


@pytest.mark.parametrize(
    "name",
    [
        "p.sqlite",
        "p.sqlite-wal",
        "p.sqlite-shm",
        "p.sqlite-journal",
        "p.sqlite.lock",
        "p.sqlite.backups/p-20240101.sqlite",
        "p.sqlite.backups/new.csv",
    ],
)
def test_the_project_and_its_files_are_refused_even_with_force(project: Path, name: str) -> None:
    (project.parent / "p.sqlite.backups").mkdir()
    before = _snapshot(project.parent)
    for force in (False, True):
        _refused(project.parent / name, force=force, projects=[project])
        # ... and even when the command did not name the project (another command's output)
        _refused(project.parent / name, force=force)
    assert _snapshot(project.parent) == before


@pytest.mark.parametrize(
    "name",
    [
        "p.sqlite.before-merge.bak",
        "p.sqlite.before-merge.3.bak",
        "p.sqlite.v1.bak",
        "p.sqlite.v1.2.bak",
        "p.sqlite.plain.bak",
        "p.sqlite.plain.2.bak",
        "p.sqlite.encrypted.bak",
        ".p.sqlite.converting-4242",
        ".p.sqlite.converting-4242-wal",
    ],
)
def test_kept_copies_of_a_project_are_refused_even_when_not_plain_sqlite(project: Path, name: str) -> None:
    kept = project.parent / name
    kept.write_bytes(os.urandom(4096))  # as an encrypted backup looks
    _refused(kept, force=True)
    project.unlink()  # a backup whose project is gone is still a backup
    _refused(kept, force=True)


def test_any_labelled_bak_beside_a_project_is_its_copy(project: Path, tmp_path: Path) -> None:
    for name in ("p.sqlite.restore-2024.bak", "p.sqlite.whatever.bak"):
        _refused(tmp_path / name, force=True)  # refused before it exists: never shadow a copy
    notes = tmp_path / "notes.txt"
    notes.write_text("not a project")
    check_output(tmp_path / "notes.txt.old.bak")  # beside an ordinary file: an ordinary name


def test_symlink_dotdot_and_hard_link_to_the_project_are_seen_through(project: Path, tmp_path: Path) -> None:
    link = tmp_path / "innocent.csv"
    link.symlink_to(project)
    (tmp_path / "sub").mkdir()
    hard = tmp_path / "sub" / "copy.json"
    os.link(project, hard)
    before = project.read_bytes()
    for path in (link, tmp_path / "sub" / ".." / "p.sqlite", hard):
        _refused(path, force=True, projects=[project])
        _refused(path, force=True)  # not named: its header says it is a project
    wal_link = tmp_path / "journal.txt"
    wal_link.symlink_to(tmp_path / "p.sqlite-wal")  # dangling: the WAL does not exist right now
    _refused(wal_link, force=True, projects=[project])
    assert project.read_bytes() == before


def test_dotdot_is_resolved_the_way_the_system_resolves_it(project: Path, tmp_path: Path) -> None:
    """``link/..`` is the parent of the link's *target*, not the folder the text suggests."""
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "deep").mkdir(parents=True)
    (elsewhere / "deep" / "link").symlink_to(tmp_path)  # elsewhere/deep/link/.. is tmp_path's parent
    (tmp_path / "sub").mkdir()
    (elsewhere / "jump").symlink_to(tmp_path / "sub")
    sneaky = elsewhere / "jump" / ".." / "p.sqlite"  # the system opens tmp_path/p.sqlite: the project
    assert os.path.samefile(sneaky, project)
    _refused(sneaky, force=True, projects=[project])
    fine = elsewhere / "jump" / ".." / "out.csv"
    assert check_output(fine) == tmp_path / "out.csv"
    with write_output(fine) as fh:
        fh.write(b"a,b\n")
    assert (tmp_path / "out.csv").read_bytes() == b"a,b\n"
    assert not (elsewhere / "out.csv").exists()


def test_case_insensitive_file_systems(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_case = [tmp_path / "P.SQLITE", tmp_path / "p.sqlite-WAL", tmp_path / "P.sqlite.Backups" / "x.csv"]
    (tmp_path / "p.sqlite.backups").mkdir()
    (tmp_path / "P.sqlite.Backups").mkdir()  # on this case-sensitive test system, a different folder
    for path in other_case:
        assert not same_file(path, project) or path.name == "x.csv"
        check_output(path, projects=[project])  # different files here: allowed
    monkeypatch.setattr(outputs, "_case_insensitive", lambda folder: True)
    assert same_file(tmp_path / "P.SQLITE", project)
    assert same_file(tmp_path / "A\u0301.sqlite", tmp_path / "\u00e1.sqlite")  # NFD vs NFC, case (macOS)
    for path in other_case:
        _refused(path, force=True, projects=[project])


def test_an_unnamed_encrypted_looking_file_is_never_replaced(tmp_path: Path) -> None:
    secret = tmp_path / "study.sqlite"
    secret.write_bytes(os.urandom(8192))  # SQLCipher: whole pages of random bytes
    err = _refused(secret, force=True)
    assert "encrypted" in str(err)
    # Ordinary files of a whole number of KiB are still replaceable with force.
    for name, head in (
        ("chart.png", b"\x89PNG\r\n\x1a\n"),
        ("data.csv", b"\xef\xbb\xbfa,b"),
        ("n.txt", b"na"),
    ):
        path = tmp_path / name
        path.write_bytes(head + b"x" * (2048 - len(head)))
        assert check_output(path, force=True) == path
    korean = tmp_path / "report.txt"
    text = "합의 보고서 ".encode()
    korean.write_bytes(text + b" " * (1024 - len(text)))
    assert check_output(korean, force=True) == korean


def test_an_existing_unrelated_file_needs_force(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "report.txt"
    target.write_bytes(b"keep me")
    target.chmod(0o644)
    with pytest.raises(OutputRefused) as caught:
        with write_output(target) as fh:
            fh.write(b"new")
    assert caught.value.overridable and "--force" in str(caught.value)
    assert target.read_bytes() == b"keep me"
    with write_output(target, force=True) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_a_file_that_appears_while_writing_is_not_replaced(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(OutputRefused):
        with write_output(target) as fh:
            fh.write(b"ours")
            target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    # With force, a plain file may be replaced, but not one that became a project meanwhile.
    with pytest.raises(OutputRefused):
        with write_output(target, force=True) as fh:
            fh.write(b"ours")
            target.unlink()
            os.link(project, target)
    assert target.read_bytes() == project.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "p.sqlite"]


def test_outputs_are_0600_whatever_the_umask(tmp_path: Path, umask_022: None) -> None:
    with write_output(tmp_path / "a.csv") as fh:
        fh.write(b"x")
    with staged_path(tmp_path / "copy.sqlite") as staged:
        conn = sqlite3.connect(staged)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    folder = outputs.make_private_dir(tmp_path / "made" / "deeper")
    assert _mode(tmp_path / "a.csv") == 0o600 and _mode(tmp_path / "copy.sqlite") == 0o600
    assert _mode(folder) == 0o700
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "copy.sqlite", "made"]


def test_a_copy_with_an_open_journal_is_not_published(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with pytest.raises(AnnotatorError, match="not finished"):
        with staged_path(target) as staged:
            conn = sqlite3.connect(staged)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE t (x)")
            conn.commit()  # still open: the table is in the -wal only
    conn.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("tmpfile", [True, False], ids=["O_TMPFILE", "named-temporary"])
def test_a_failure_inside_the_block_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmpfile: bool
) -> None:
    monkeypatch.setattr(outputs, "_tmpfile_supported", lambda: tmpfile)
    with pytest.raises(RuntimeError):
        with write_output(tmp_path / "x.csv") as fh:
            fh.write(b"half")
            raise RuntimeError("cancelled")
    with pytest.raises(RuntimeError):
        with staged_path(tmp_path / "x.sqlite") as staged:
            staged.write_bytes(b"half")
            raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_disk_full_is_one_line_and_leaves_no_debris(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    for tmpfile in (True, False):
        monkeypatch.setattr(outputs, "_tmpfile_supported", lambda t=tmpfile: t)
        with pytest.raises(AnnotatorError) as caught:
            with write_output(tmp_path / "big.csv") as fh:
                fh.write(b"x" * 1000)
        assert "disk is full" in str(caught.value) and "\n" not in str(caught.value)
        assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(os, "fsync", real_fsync)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs (needs root; skipped elsewhere): a disk that really fills up."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_really_full_disk(small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for tmpfile in (True, False):
        monkeypatch.setattr(outputs, "_tmpfile_supported", lambda t=tmpfile: t)
        with pytest.raises(AnnotatorError) as caught:
            with write_output(small_disk / "export.csv") as fh:
                for _ in range(40):
                    fh.write(os.urandom(4096))
        assert "disk is full" in str(caught.value)
        assert list(small_disk.iterdir()) == []
        with pytest.raises(AnnotatorError, match="disk is full"):
            with staged_path(small_disk / "copy.sqlite") as staged:
                staged.write_bytes(os.urandom(200_000))
        assert list(small_disk.iterdir()) == []
        with pytest.raises(AnnotatorError, match="disk is full"):  # SQLite itself hits the limit
            with staged_path(small_disk / "copy.sqlite") as staged:
                conn = sqlite3.connect(staged)
                try:
                    conn.execute("CREATE TABLE t (x)")
                    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(1000),) for _ in range(200)])
                    conn.commit()
                finally:
                    conn.close()
        assert list(small_disk.iterdir()) == []


_SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from annotator.core import outputs
    if sys.argv[2] == "named":
        outputs._tmpfile_supported = lambda: False
    with outputs.write_output(sys.argv[1]) as fh:
        for i in range(10_000):
            fh.write(b"testimony " * 1000)
            fh.flush()
            if i == 3:
                print("writing", flush=True)
            time.sleep(0.01)
    """
)


def _kill_midway(target: Path, mode: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(target), mode],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    time.sleep(0.1)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)


def test_a_killed_writer_leaves_no_file_and_no_temporary_name(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    _kill_midway(target, "unnamed")
    assert list(tmp_path.iterdir()) == []  # O_TMPFILE: the data never had a name


def test_leftovers_of_a_killed_writer_are_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    _kill_midway(target, "named")  # a file system without O_TMPFILE: a hidden temporary name
    leftovers = [p for p in tmp_path.iterdir() if p.name != "export.csv"]
    assert len(leftovers) == 1 and outputs.PART_MARK in leftovers[0].name and _mode(leftovers[0]) == 0o600
    assert not target.exists()
    with write_output(target) as fh:
        fh.write(b"done")
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_project_open_in_this_process_is_guarded_without_being_named(project: Path, tmp_path: Path) -> None:
    link = tmp_path / "looks-like-an-export.xlsx"
    link.symlink_to(project)
    with ProjectStore.open(project) as store:
        assert store.path == project
        _refused(project, force=True)
        _refused(link, force=True)
        _refused(tmp_path / "p.sqlite-wal", force=True)
    check_output(tmp_path / "other.csv")


def test_sources_of_the_command_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "codebook.yaml"
    source.write_text("codes: []\n")
    _refused(source, force=True, sources=[source])
    _refused(tmp_path / "." / "codebook.yaml", force=True, sources=[source])


def test_a_project_named_through_a_symlink_keeps_its_real_files_guarded(
    project: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    alias = elsewhere / "alias.sqlite"
    alias.symlink_to(project)
    for path in (project, tmp_path / "p.sqlite-wal", tmp_path / "p.sqlite-shm", elsewhere / "alias.sqlite"):
        _refused(path, force=True, projects=[alias])


def test_folders_devices_and_missing_folders_are_refused_in_one_line(tmp_path: Path) -> None:
    _refused(tmp_path, force=True)
    _refused("/dev/null", force=True)
    err = _refused(tmp_path / "no-such-folder" / "x.csv", force=True)
    assert "does not exist" in str(err)


def test_settings_are_private_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_022: None
) -> None:
    """The settings name recent projects and coders: 0700 folder, 0600 file, even when embedded."""
    from annotator.core import config  # noqa: PLC0415

    folder = tmp_path / "config" / "testimony-annotator"
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(folder))
    config.remember_coder("lee")
    assert _mode(folder) == 0o700
    assert [(p.name, _mode(p)) for p in folder.iterdir()] == [(p.name, 0o600) for p in folder.iterdir()]
    assert config.remembered_coder() == "lee"


def test_a_restore_in_progress_is_part_of_the_project(project: Path) -> None:
    """The app stages a backup as NAME.restoring while it restores: no output may take that name."""
    _refused(project.with_name(project.name + ".restoring"), force=True)
