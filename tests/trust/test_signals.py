"""SIGTERM and Ctrl+C stop the app within 2 s at any point, lock released, work kept (issue 9, item 6).

Real processes, as the case was found: ``python -m annotator gui PROJECT`` under
the offscreen platform, with no ``ANNOTATOR_CODER`` so the first-run question
shows. ``ANNOTATOR_REPORT_DIALOGS`` makes the app say "dialog shown: TITLE" on
stderr, so a test signals exactly while a start-up dialog is open. Time is
measured from the signal to the process's exit (process start-up is not part of
the promise).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.changes import AddCode, ApplyCode
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.store.lock import lock_path
from annotator.core.text import sha256_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]
PROMISE = 2.0  # seconds from the signal to the exit
CODINGS = 12
PASSPHRASE = "correct horse battery"
TEXT = (
    "Respondent: A woman from the next village said a restaurant in Yanji needed a waitress. "
    "They took my papers at the border and said I owed them for the journey.\n"
) * 4


def build(path: Path, *, passphrase: str | None = None) -> int:
    """A project with one document, one code and CODINGS committed codings by "Lee"."""
    store = create_project(path, codebook="empty", passphrase=passphrase)
    try:
        doc = Document(new_guid(), "one.txt", sha256_text(TEXT), len(TEXT), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, TEXT)
        add = AddCode("Deception")
        add.apply(store)
        lee, code = store.ensure_coder("Lee").guid, add.code.guid
        for i in range(CODINGS):
            ApplyCode(document=doc.guid, start=i * 10, end=i * 10 + 8, code=code, coder=lee).apply(store)
        return store.counts()["codings"]
    finally:
        store.close()


def intact(path: Path, *, passphrase: str | None = None) -> tuple[str, int]:
    """(integrity_check, number of codings), read as a reviewer would."""
    with ProjectStore.open(path, readonly=True, passphrase=passphrase) as store:
        check = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        return check, store.counts()["codings"]


def remembered_coder(config_dir: Path) -> object:
    try:
        return json.loads((config_dir / "settings.json").read_text(encoding="utf-8")).get("coder")
    except FileNotFoundError:
        return None


class App:
    """One app process; stderr is read by a thread so the test can wait for a line."""

    def __init__(self, args: list[str], env: dict[str, str], script: str | None = None) -> None:
        command = [sys.executable, *(["-c", script] if script else ["-m", "annotator"]), *args]
        self.proc = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._read, args=(self.proc.stdout, self.out), daemon=True),
            threading.Thread(target=self._read, args=(self.proc.stderr, self.err), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read(self, stream, into: list[str]) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            into.append(line.rstrip("\n"))
            self._lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if text in self._lines.get(timeout=0.2):
                    return
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
        self.proc.kill()
        raise AssertionError(f"never saw {text!r}; stderr:\n" + "\n".join(self.err))

    def stop(self, sig: int) -> float:
        """Send ``sig``; seconds until the process has exited."""
        start = time.monotonic()
        self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("the app ignored the signal; stderr:\n" + "\n".join(self.err)) from None
        elapsed = time.monotonic() - start
        for thread in self._threads:
            thread.join(timeout=5)
        return elapsed


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("ANNOTATOR_CODER", "ANNOTATOR_PASSPHRASE_FILE")
    }
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_CONFIG_DIR=str(tmp_path / "config"),
        ANNOTATOR_REPORT_DIALOGS="1",
    )
    return environ


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A plain project whose lock is held by another live process (a second app, say)."""
    path = tmp_path / "held.sqlite"
    build(path)
    script = (
        "import sys, time\nfrom annotator.core.store import ProjectLock\n"
        "ProjectLock(sys.argv[1]).acquire()\nprint('held', flush=True)\ntime.sleep(120)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield path, proc
    proc.kill()
    proc.wait()


SIGNALS = [pytest.param(signal.SIGTERM, id="SIGTERM"), pytest.param(signal.SIGINT, id="SIGINT")]


@pytest.mark.parametrize("sig", SIGNALS)
def test_signal_in_the_coder_question_exits_and_invents_no_coder(tmp_path: Path, env, sig) -> None:
    """The old app kept running windowless with the lock, and saved the login name as coder."""
    project = tmp_path / "p.sqlite"
    codings = build(project)
    app = App(["gui", str(project)], env)
    app.wait_for("dialog shown: Who is coding?")
    elapsed = app.stop(sig)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + sig
    assert not lock_path(project).exists()
    assert remembered_coder(tmp_path / "config") is None
    assert intact(project) == ("ok", codings)
    assert not any("Traceback" in line for line in app.err)


def test_signal_in_the_lock_question_leaves_the_holders_lock(tmp_path: Path, env, holder) -> None:
    project, other = holder
    codings = intact(project)[1]
    app = App(["--coder", "Lee", "gui", str(project)], env)
    app.wait_for("dialog shown: Project already open")
    elapsed = app.stop(signal.SIGTERM)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + signal.SIGTERM
    held = json.loads(lock_path(project).read_text(encoding="utf-8"))
    assert held["pid"] == other.pid and other.poll() is None  # not ours to remove
    assert remembered_coder(tmp_path / "config") is None
    assert intact(project) == ("ok", codings)


def test_signal_in_the_passphrase_question_releases_the_lock(tmp_path: Path, env) -> None:
    """The passphrase is asked while the app holds the project's lock."""
    project = tmp_path / "secret.sqlite"
    codings = build(project, passphrase=PASSPHRASE)
    app = App(["--coder", "Lee", "gui", str(project)], env)
    app.wait_for("dialog shown: Encrypted project")
    assert json.loads(lock_path(project).read_text(encoding="utf-8"))["pid"] == app.proc.pid
    elapsed = app.stop(signal.SIGTERM)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + signal.SIGTERM
    assert not lock_path(project).exists()
    assert intact(project, passphrase=PASSPHRASE) == ("ok", codings)


def test_signal_in_a_refusal_exits_and_leaves_the_file_alone(tmp_path: Path, env) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("Not a project: somebody's notes.\n", encoding="utf-8")
    before = foreign.read_bytes()
    app = App(["--coder", "Lee", "gui", str(foreign)], env)
    app.wait_for("dialog shown: Cannot open project")
    assert not lock_path(foreign).exists()  # given back before the message is shown
    elapsed = app.stop(signal.SIGINT)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + signal.SIGINT
    assert foreign.read_bytes() == before
    assert not lock_path(foreign).exists()


# Codes one passage every 10 ms through the session's undo stack, as the window does, and
# prints each coding's GUID after ``push`` returned (its transaction committed). With
# "block", the GUI thread then hangs in a slot, so only the watchdog can end the process.
WORK = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.core.changes import ApplyCode
from annotator.gui.app import run
from annotator.gui.main_window import MainWindow

count = [0]

def code_one():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    session = window.session if window is not None else None
    if session is None:
        return
    doc, code = session.store.documents()[0], session.store.codes()[0]
    i = count[0] = count[0] + 1
    start = (i * 3) % (doc.length - 12)
    change = ApplyCode(document=doc.guid, start=start, end=start + 5 + i % 7, code=code.guid,
                       coder=session.coder.guid)
    if session.push(change) is not None:
        print("+" + change.coding.guid, flush=True)
    if sys.argv[2] == "block" and i == 40:
        print("blocking", flush=True)
        time.sleep(60)
    if sys.argv[2] == "modal" and i == 40:
        timer.stop()
        from annotator.gui import prompts
        answer = prompts.confirm(window, "Delete code", "Delete the code and its codings?")
        print(f"answered {answer}", flush=True)
        code_one()  # a handler goes on after its question: it still works, then the app closes

timer = QTimer()
timer.timeout.connect(code_one)
timer.start(10)
sys.exit(run(project=sys.argv[1]))
"""


def _committed(app: App) -> set[str]:
    return {line[1:] for line in app.out if line.startswith("+")}


def _stored(project: Path) -> set[str]:
    conn = sqlite3.connect(project)
    try:
        return {row[0] for row in conn.execute("SELECT guid FROM codings")}
    finally:
        conn.close()


@pytest.mark.parametrize("sig", SIGNALS)
def test_signal_during_coding_keeps_every_committed_coding(tmp_path: Path, env, sig) -> None:
    project = tmp_path / "work.sqlite"
    build(project)
    env["ANNOTATOR_CODER"] = "Mina"
    app = App([str(project), "code"], env, script=WORK)
    while len(_committed(app)) < 30:
        assert app.proc.poll() is None, "\n".join(app.err)
        time.sleep(0.05)
    assert json.loads(lock_path(project).read_text(encoding="utf-8"))["pid"] == app.proc.pid
    elapsed = app.stop(sig)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + sig
    assert not lock_path(project).exists()
    committed, stored = _committed(app), _stored(project)
    assert len(committed) >= 30 and committed <= stored, f"{len(committed - stored)} committed codings lost"
    assert intact(project)[0] == "ok"
    assert not any("Traceback" in line for line in app.err)


def test_signal_in_a_modal_question_during_work(tmp_path: Path, env) -> None:
    """A question asked by an action handler (a nested event loop in the running app)."""
    project = tmp_path / "work.sqlite"
    build(project)
    env["ANNOTATOR_CODER"] = "Mina"
    app = App([str(project), "modal"], env, script=WORK)
    app.wait_for("dialog shown: Delete code")
    elapsed = app.stop(signal.SIGTERM)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + signal.SIGTERM
    assert "answered False" in app.out  # the question was cancelled, not answered yes
    assert not lock_path(project).exists()
    committed, stored = _committed(app), _stored(project)
    assert len(committed) >= 30 and committed <= stored
    assert intact(project)[0] == "ok"
    assert not any("Traceback" in line for line in app.err), "\n".join(app.err)


def test_a_blocked_app_is_still_stopped_in_time(tmp_path: Path, env) -> None:
    """The watchdog: the GUI thread hangs in a slot, the signal still ends the process."""
    project = tmp_path / "work.sqlite"
    build(project)
    env["ANNOTATOR_CODER"] = "Mina"
    app = App([str(project), "block"], env, script=WORK)
    app.wait_for("blocking")
    elapsed = app.stop(signal.SIGTERM)
    assert elapsed < PROMISE, f"took {elapsed:.2f} s"
    assert app.proc.returncode == 128 + signal.SIGTERM
    assert not lock_path(project).exists()
    assert _committed(app) <= _stored(project)
    assert intact(project)[0] == "ok"


def test_a_second_signal_forces_the_exit_at_once(tmp_path: Path, env) -> None:
    project = tmp_path / "work.sqlite"
    build(project)
    env["ANNOTATOR_CODER"] = "Mina"
    app = App([str(project), "block"], env, script=WORK)
    app.wait_for("blocking")
    app.proc.send_signal(signal.SIGTERM)
    time.sleep(0.1)
    elapsed = app.stop(signal.SIGINT)
    assert elapsed < 1.0, f"took {elapsed:.2f} s (the watchdog, not the second signal)"
    assert app.proc.returncode == 128 + signal.SIGINT
    assert not lock_path(project).exists()
    assert intact(project)[0] == "ok"


EXIT_WITHOUT_CLOSING = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.gui.main_window import MainWindow
window = MainWindow()
assert window.open_project(sys.argv[1])
print("open", flush=True)
raise SystemExit(7)  # no close, no event loop: only the atexit backstop is left
"""


def test_the_lock_is_released_on_any_way_out(tmp_path: Path, env) -> None:
    project = tmp_path / "p.sqlite"
    codings = build(project)
    env["ANNOTATOR_CODER"] = "Mina"
    done = subprocess.run(
        [sys.executable, "-c", EXIT_WITHOUT_CLOSING, str(project)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 7 and done.stdout.strip() == "open", done.stderr
    assert not lock_path(project).exists()
    assert intact(project) == ("ok", codings)
