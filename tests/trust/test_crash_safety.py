"""Kill a coding session with SIGKILL at random moments: no committed coding may be lost.

Each coding whose ``apply`` returned before the kill must be in the project
afterwards, and the file must pass ``PRAGMA integrity_check``. The README's
figure comes from ``KILLS`` here (and from the benchmark with more kills).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore

KILLS = int(os.environ.get("ANNOTATOR_CRASH_KILLS", "25"))
SESSION = Path(__file__).with_name("coding_session.py")


@pytest.fixture
def project(store, add_text, add_code) -> Path:
    for i in range(3):
        add_text(f"Testimony {i}. " + "그는 식당 일이라고 말했다. 𠀀 The broker sold me. " * 200, f"t{i}.txt")
    for name in ("Deception", "Sale", "Confinement", "Violence"):
        add_code(name)
    path = store.path
    store.close()
    return path


def _run_and_kill(project: Path, seed: int, delay: float) -> tuple[set[str], set[str], set[str]]:
    proc = subprocess.Popen(
        [sys.executable, str(SESSION), str(project), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    added: set[str] = set()
    removing: set[str] = set()
    removed: set[str] = set()
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            {"+": added, "~": removing, "-": removed}[line[0]].add(line[1:].strip())

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    return added, removing, removed


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_committed_coding_is_lost_when_the_process_is_killed(project: Path) -> None:
    rng = random.Random(2026)
    committed: set[str] = set()
    maybe_gone: set[str] = set()  # removal started: its commit may or may not have happened
    gone: set[str] = set()
    for kill in range(KILLS):
        added, removing, removed = _run_and_kill(project, kill, rng.uniform(0.02, 0.25))
        committed |= added
        maybe_gone |= removing
        gone |= removed
        with ProjectStore.open(project) as store:
            assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {row[0] for row in store.conn.execute("SELECT guid FROM codings")}
        lost = (committed - maybe_gone) - present
        assert not lost, f"kill {kill}: {len(lost)} committed codings lost"
        # A coding whose removal was reported committed must stay removed.
        assert not (gone & present)
    assert len(committed) > KILLS  # the sessions really were coding when killed
    print(f"\n{KILLS} kills, {len(committed)} committed codings, 0 lost")
