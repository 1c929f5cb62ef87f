"""Item 4 of Trust II: the app's connection must survive anything in its own process that opens
and closes the project file (a file dialog sniffing its type, a thumbnailer, a plain ``open``).

Closing any descriptor of a file drops the process's POSIX locks on it, SQLite's included. A
command-line run that then closed the project found no reader left, checkpointed and deleted the
``-wal``/``-shm`` under the app, which then showed stale codings and failed every coding with
"database disk image is malformed". The app now also holds open-file-description locks that no
foreign close can drop (see ``annotator/core/held_projects.py``).
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeDatabase

from annotator.core import held_projects
from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore
from tests.gui.conftest import ENGLISH, wait_for_backup

pytestmark = pytest.mark.skipif(not held_projects.ofd_supported(), reason="needs OFD locks (Linux)")


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def _foreign_open_and_close(path: Path) -> None:
    """What a file dialog and a careless library do inside the app's process."""
    QMimeDatabase().mimeTypeForFile(str(path), QMimeDatabase.MatchMode.MatchContent)
    open(path, "rb").close()  # noqa: SIM115 — exactly the close that drops POSIX locks
    for suffix in ("-wal", "-shm"):
        sibling = Path(f"{path}{suffix}")
        if sibling.exists():
            QMimeDatabase().mimeTypeForFile(str(sibling), QMimeDatabase.MatchMode.MatchContent)


def _cli_spans(path: Path, out: Path) -> set[tuple[int, int]]:
    """The spans another program sees in the project right now (through a CSV export)."""
    out.unlink(missing_ok=True)
    exported = _cli("export", path, "-o", out)
    assert exported.returncode == 0, exported.stderr
    return {(int(r["start"]), int(r["end"])) for r in csv.DictReader(out.open(encoding="utf-8-sig"))}


def test_the_app_keeps_working_after_its_process_closes_the_project_file(
    window, project, qtbot, tmp_path: Path
) -> None:
    path, ids = project
    wait_for_backup(qtbot, window)  # an idle window: only the session's connection is open
    session = window.session
    en, code = ids["en.txt"], ids["Recruitment/Job offer"]
    session.push(ApplyCode(document=en, start=0, end=4, code=code, coder=session.coder.guid))

    _foreign_open_and_close(path)

    autocoded = _cli(
        "autocode", path, "--code", "Recruitment/Debt", "--pattern", "Interviewer", "--coder", "cli"
    )
    assert autocoded.returncode == 0, autocoded.stderr
    # The -wal the app writes into is still the one on disk (it was not deleted under the app).
    assert Path(f"{path}-wal").exists()

    # The app sees what the command committed ...
    session.check_external_changes()
    assert (0, 11) in {(c.start, c.end) for c in session.store.codings(document=en)}
    # ... five more codings in the app all succeed, and other programs see them at once.
    failures: list[str] = []
    session.failed.connect(failures.append)
    mine = {(0, 4)}
    for i in range(5):
        start = 20 + i * 10
        applied = session.push(
            ApplyCode(document=en, start=start, end=start + 5, code=code, coder=session.coder.guid)
        )
        assert applied is not None
        mine.add((start, start + 5))
    assert failures == []
    assert mine <= _cli_spans(path, tmp_path / "seen.csv")

    # Another round: the command writes again, the app codes again; nobody loses anything.
    again = _cli("autocode", path, "--code", "Recruitment/Debt", "--pattern", "Respondent", "--coder", "cli")
    assert again.returncode == 0, again.stderr
    session.check_external_changes()
    assert session.push(ApplyCode(document=en, start=100, end=110, code=code, coder=session.coder.guid))
    window.projects.close()

    with ProjectStore.open(path, readonly=True) as store:
        spans = {(c.start, c.end) for c in store.codings(document=en)}
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    respondent = {(m, m + len("Respondent")) for m in _starts(ENGLISH, "Respondent")}
    assert mine | {(0, 11), (100, 110)} | respondent <= spans


def _starts(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_no_other_program_can_remove_the_wal_while_the_app_holds_the_project(window, project) -> None:
    """The guard, directly: after a foreign close, another process's last close leaves the -wal."""
    path, _ = project
    _foreign_open_and_close(path)
    script = (
        f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('SELECT 1 FROM codes'); c.close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_encrypting_from_a_terminal_waits_for_the_app_or_is_refused(window, project, tmp_path: Path) -> None:
    """Item 2: a conversion must never run under the app (the lock-file check alone was not enough:
    here the lock file is removed, as a crashed app's or a copied folder's would be)."""
    path, ids = project
    Path(f"{path}.lock").unlink()
    _foreign_open_and_close(path)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a long passphrase 123\n")
    result = _cli("--passphrase-file", passfile, "encrypt", path)
    assert result.returncode == 1 and "is open in another program" in result.stderr
    session = window.session
    assert session.push(
        ApplyCode(
            document=ids["en.txt"], start=3, end=9, code=ids["Control/Threats"], coder=session.coder.guid
        )
    )
    window.projects.close()
    with ProjectStore.open(path, readonly=True) as store:
        assert any((c.start, c.end) == (3, 9) for c in store.codings())
