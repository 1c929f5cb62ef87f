"""Every command that writes a file the user names: never over testimony, owner-only, whole.

Reproductions from issue 9 ("An output path that is the project", "File permissions"):
each command is pointed at the project, a source, a journal, the lock, a backup,
through a symlink, ``..`` or a hard link; an unrelated file is kept unless ``--force``;
with ``umask 022`` everything created is still 0600 (folders 0700); a kill or a full
disk leaves no partial file and no temporary name.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore

REPO = Path(__file__).resolve().parents[2]
TEXT = "The broker promised me work in a restaurant. Then they took my papers.\n"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _one_line_refusal(result, *names: str) -> None:  # type: ignore[no-untyped-def]
    assert result.code == 1, (result.out, result.err)
    assert result.err.count("\n") == 1 and result.err.startswith("annotator: "), result.err
    assert "Traceback" not in result.err
    for name in names:
        assert name in result.err


@pytest.fixture
def study(run, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """A target T with one coded document, a coder package S of it, a backup and a merge backup."""
    folder = tmp_path / "study"
    folder.mkdir()
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    t, s = folder / "T.sqlite", folder / "S.sqlite"
    assert run("new", t).code == 0
    assert run("import", t, inputs / "a.txt", "--coder", "lee").code == 0
    pattern = ("--code", "Means of control/Deception", "--pattern", "promised .* work")
    assert run("autocode", t, *pattern, "--coder", "lee").code == 0
    assert run("package", t, "--coder", "jun", "-o", s).code == 0
    assert run("autocode", s, *pattern, "--coder", "jun").code == 0
    return {"T": t, "S": s, "folder": folder}


def test_merge_report_over_the_target_or_a_source_is_refused_before_merging(run, study) -> None:  # type: ignore[no-untyped-def]
    t, s, folder = study["T"], study["S"], study["folder"]
    before = _snapshot(folder)
    for report in (t, s, folder / "T.sqlite-wal", folder / "S.sqlite-shm", folder / "T.sqlite.lock"):
        for force in ((), ("--force",)):
            result = run("merge", t, s, "--report", report, *force)
            _one_line_refusal(result, report.name)
            assert _snapshot(folder) == before  # nothing merged, no backup taken, nothing written
    assert not list(folder.glob("*.before-merge*"))


def test_audit_codebook_and_package_outputs_over_the_project_are_refused(run, study) -> None:  # type: ignore[no-untyped-def]
    t, folder = study["T"], study["folder"]
    for odd in ("trail.csv", "book.yaml"):
        assert run("new", folder / odd, "--codebook", "empty").code == 0
    before = _snapshot(folder)
    attempts = [
        ("audit", "export", t, "-o", t),
        ("audit", "export", t, "-o", folder / "T.sqlite-wal"),
        ("codebook", "export", t, t),
        ("codebook", "export", t, folder / "T.sqlite-wal"),
        ("codebook", "export", t, folder / "T.sqlite-shm"),
        ("package", t, "--coder", "x", "-o", t),
        ("package", t, "--coder", "x", "-o", folder / "T.sqlite.lock"),
        ("new", folder / "T.sqlite-wal"),
        ("demo", "-o", t),
        ("audit", "export", folder / "trail.csv", "-o", folder / "trail.csv"),  # a project with that suffix
        ("codebook", "export", folder / "book.yaml", folder / "book.yaml"),
        ("merge", folder / "book.yaml", folder / "trail.csv", "--report", folder / "trail.csv"),
    ]
    for args in attempts:
        for force in ((), ("--force",)):
            result = run(*args, *force) if args[0] != "new" else run(*args)
            suffix = Path(args[-1]).suffix
            if args[0] in ("audit", "codebook") and suffix not in (".csv", ".json", ".yaml", ".qdc"):
                assert result.code == 2, args  # not an audit or codebook file name: a usage error
            else:
                _one_line_refusal(result)
            assert _snapshot(folder) == before, args


def test_symlink_dotdot_and_hard_link_to_the_project_are_refused(run, study) -> None:  # type: ignore[no-untyped-def]
    t, s, folder = study["T"], study["S"], study["folder"]
    (folder / "sub").mkdir()
    link = folder / "trail.csv"
    link.symlink_to(t)
    yaml_link = folder / "book.yaml"
    yaml_link.symlink_to(t)
    hard = folder / "sub" / "report.txt"
    os.link(t, hard)
    dotdot = folder / "sub" / ".." / "T.sqlite"
    before = _snapshot(folder)
    attempts = [
        ("audit", "export", t, "-o", link),
        ("codebook", "export", t, yaml_link),
        ("merge", t, s, "--report", hard),
        ("merge", t, s, "--report", dotdot),
        ("package", t, "--coder", "x", "-o", dotdot),
        ("audit", "export", s, "-o", link),  # the project is not named: its header still says so
        ("merge", s, t, "--report", folder / "sub" / ".." / "sub" / "report.txt"),
    ]
    for args in attempts:
        _one_line_refusal(run(*args, "--force"))
        assert _snapshot(folder) == before, args
    assert link.is_symlink() and os.path.samefile(hard, t)


def test_backups_and_kept_copies_are_refused(run, study) -> None:  # type: ignore[no-untyped-def]
    t, s, folder = study["T"], study["S"], study["folder"]
    assert run("backup", "now", t).code == 0
    [backup] = (folder / "T.sqlite.backups").iterdir()
    assert run("merge", t, s).code == 0
    kept = folder / "T.sqlite.before-merge.bak"
    assert kept.is_file()
    before = _snapshot(folder)
    attempts = [
        ("audit", "export", t, "-o", folder / "T.sqlite.backups" / "trail.csv"),
        ("package", t, "--coder", "x", "-o", backup),
        ("merge", t, s, "--report", backup),
        ("merge", t, s, "--report", kept),
        ("package", s, "--coder", "x", "-o", kept),  # another command's project's backup
        ("audit", "export", s, "-o", folder / "T.sqlite.backups" / "x.json"),
    ]
    for args in attempts:
        _one_line_refusal(run(*args, "--force"))
        assert _snapshot(folder) == before, args


@pytest.mark.parametrize(
    "command",
    [
        ("audit", "export", "{T}", "-o", "{out}.csv"),
        ("audit", "export", "{T}", "-o", "{out}.json"),
        ("codebook", "export", "{T}", "{out}.yaml"),
        ("codebook", "export", "{T}", "{out}.qdc"),
        ("merge", "{T}", "{S}", "--report", "{out}.txt"),
        ("package", "{T}", "--coder", "x", "-o", "{out}.sqlite"),
    ],
    ids=["audit-csv", "audit-json", "codebook-yaml", "codebook-qdc", "merge-report", "package"],
)
def test_an_existing_unrelated_file_is_kept_unless_forced(run, study, command) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    try:
        names = {"T": study["T"], "S": study["S"], "out": study["folder"] / "keepme"}
        args = [str(a).format(**names) for a in command]
        target = Path(next(a for a in args if "keepme" in a))
        target.write_bytes(b"someone's notes, not to be lost")
        target.chmod(0o644)
        refused = run(*args)
        _one_line_refusal(refused, target.name, "--force")
        assert target.read_bytes() == b"someone's notes, not to be lost" and _mode(target) == 0o644
        forced = run(*args, "--force")
        assert forced.code == 0, forced.err
        assert target.read_bytes() != b"someone's notes, not to be lost" and target.stat().st_size > 0
        assert _mode(target) == 0o600
        assert sorted(p.name for p in target.parent.iterdir() if "keepme" in p.name) == [target.name]
    finally:
        os.umask(old)


def test_demo_rebuilds_only_a_demo_project(run, tmp_path: Path, study) -> None:  # type: ignore[no-untyped-def]
    demo = tmp_path / "demo.sqlite"
    assert run("demo", "-o", demo).code == 0
    again = run("demo", "-o", demo)
    _one_line_refusal(again, "--force")
    assert run("demo", "-o", demo, "--force").code == 0
    assert _mode(demo) == 0o600
    # A real project, a demo someone coded in, and any other file are never replaced.
    t = study["T"]
    before = t.read_bytes()
    _one_line_refusal(run("demo", "-o", t, "--force"), "not a demo project")
    assert t.read_bytes() == before
    pattern = ("--code", "Means of control/Deception", "--pattern", "broker", "--coder", "lee")
    assert run("autocode", demo, *pattern).code == 0
    coded = demo.read_bytes()
    _one_line_refusal(run("demo", "-o", demo, "--force"), "lee")
    assert demo.read_bytes() == coded
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    _one_line_refusal(run("demo", "-o", notes, "--force"))
    assert notes.read_text() == "mine"
    _one_line_refusal(run("demo", "-o", tmp_path / "demo.sqlite-wal"))


def _annotator(*args: object, env: dict[str, str], umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(umask),
        timeout=120,
    )


_EACH_WITH_UMASK_022 = """
import json, os, sys
from annotator.cli import main
codes = []
for args in json.loads(sys.argv[1]):
    os.umask(0o022)  # as a fresh process started from a shell with the usual umask
    try:
        main(args)
        codes.append(0)
    except SystemExit as exc:
        codes.append(exc.code if isinstance(exc.code, int) else 1)
print(json.dumps(codes))
"""


def test_everything_created_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    """Run every file-creating command in a process with umask 022 and look at what it left."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "passphrase").write_text("correct horse battery\n")
    work = tmp_path / "work"
    work.mkdir(mode=0o700)
    env = {
        **os.environ,
        "ANNOTATOR_CONFIG_DIR": str(work / "config"),
        "ANNOTATOR_CODER": "lee",
        "PYTHONPATH": str(REPO),
    }
    t, s = work / "T.sqlite", work / "S.sqlite"
    commands = [
        ("new", t),
        ("import", t, inputs / "a.txt"),
        ("autocode", t, "--code", "Means of control/Deception", "--pattern", "promised .* work"),
        ("backup", "now", t),
        ("package", t, "--coder", "jun", "-o", s),
        ("merge", t, s, "--report", work / "reports" / "merge.txt"),
        ("codebook", "export", t, work / "book.yaml"),
        ("codebook", "export", t, work / "book.qdc"),
        ("audit", "export", t, "-o", work / "trail.csv"),
        ("audit", "export", t, "-o", work / "trail.json"),
        ("export", t, "-o", work / "codings.csv"),
        ("export", t, "-o", work / "codings.xlsx"),
        ("export", t, "-o", work / "study.qdpx"),
        ("demo", "-o", work / "demo" / "demo.sqlite"),
    ]
    (work / "reports").mkdir()
    (work / "demo").mkdir()
    old = work / "old.sqlite"  # a schema-1 project: opening it for writing keeps a .v1.bak
    _make_v1(old)
    old.chmod(0o600)
    commands.append(("codebook", "add", old, "Actors/Broker"))
    expected = {
        "T.sqlite.before-merge.bak",
        "merge.txt",
        "book.qdc",
        "study.qdpx",
        "codings.xlsx",
        "old.sqlite.v1.bak",
    }
    try:
        import sqlcipher3  # noqa: F401, PLC0415

        commands += [
            ("--passphrase-file", inputs / "passphrase", "new", work / "E.sqlite", "--encrypt"),
            ("--passphrase-file", inputs / "passphrase", "encrypt", work / "demo" / "demo.sqlite"),
        ]
        expected |= {"E.sqlite", "demo.sqlite.plain.bak"}
    except ImportError:
        pass
    done = subprocess.run(  # one process (fast), umask 022 again before every command
        [sys.executable, "-c", _EACH_WITH_UMASK_022, json.dumps([[str(a) for a in c] for c in commands])],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [0] * len(commands), done.stderr
    created = sorted(work.rglob("*"))
    names = {p.name for p in created}
    assert expected <= names
    assert any(p.parent.name == "T.sqlite.backups" for p in created)
    wrong = [(str(p.relative_to(work)), oct(_mode(p))) for p in created if p.is_file() and _mode(p) != 0o600]
    assert wrong == []
    folders = [p for p in created if p.is_dir() and p.name not in ("reports", "demo")]
    assert folders and [(str(p), oct(_mode(p))) for p in folders if _mode(p) != 0o700] == []


def _make_v1(path: Path) -> None:
    import sqlite3  # noqa: PLC0415

    from annotator.core.store.connection import split_sql  # noqa: PLC0415
    from annotator.core.store.migrations import SCHEMA_V1  # noqa: PLC0415
    from annotator.core.store.schema import APPLICATION_ID  # noqa: PLC0415

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    conn.execute("INSERT INTO project VALUES (1, 'g', 'old', '2024-01-01T00:00:00Z', '0.0.1')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def _big_project(tmp_path: Path, documents: int) -> Path:
    from annotator.core.importers import ImportedText  # noqa: PLC0415
    from annotator.core.importers.importing import add_document  # noqa: PLC0415
    from annotator.core.project import create_project  # noqa: PLC0415

    path = tmp_path / "big.sqlite"
    store = create_project(path)
    try:
        with store.atomic():
            for n in range(documents):
                text = f"Testimony {n}. " + TEXT * 200
                add_document(store, ImportedText(text, "txt", {}), name=f"t{n:04}.txt")
    finally:
        store.close()
    return path


def test_a_killed_package_leaves_no_partial_file_and_no_temporary_name(tmp_path: Path) -> None:
    project = _big_project(tmp_path, 400)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    env = {**os.environ, "ANNOTATOR_CONFIG_DIR": str(tmp_path / "config"), "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    done = _annotator("package", project, "--coder", "jun", "-o", out_dir / "timing.sqlite", env=env)
    assert done.returncode == 0, done.stderr
    full = time.monotonic() - started
    (out_dir / "timing.sqlite").unlink()
    for fraction in (0.3, 0.6, 0.9):
        target = out_dir / f"jun-{fraction}.sqlite"
        child = subprocess.Popen(
            [sys.executable, "-m", "annotator", "package", str(project), "--coder", "jun", "-o", str(target)],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(full * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        left = sorted(p.name for p in out_dir.iterdir())
        assert left in ([], [target.name]), left  # nothing, or the whole package
        if left:
            with ProjectStore.open(target, readonly=True) as store:
                assert store.counts()["documents"] == 400
            target.unlink()


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=96k,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_gives_one_line_and_leaves_nothing(run, tmp_path: Path, small_disk: Path) -> None:
    project = _big_project(tmp_path, 20)  # about 300 KB of text: more than the disk holds
    assert run("audit", "export", project, "-o", small_disk / "trail.json").code == 0  # small: fits
    (small_disk / "trail.json").unlink()
    for args in (
        ("package", project, "--coder", "jun", "-o", small_disk / "jun.sqlite"),
        ("codebook", "export", project, small_disk / "book.yaml"),
    ):
        filler = small_disk / "filler"
        filler.write_bytes(b"\0" * (80 * 1024 if args[0] == "codebook" else 0))
        result = run(*args)
        _one_line_refusal(result, "disk is full")
        filler.unlink()
        assert list(small_disk.iterdir()) == [], args
