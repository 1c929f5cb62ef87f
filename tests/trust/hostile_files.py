"""Helpers for the hostile-project tests: tampered project files and CLI runs in a subprocess.

Every run goes through a subprocess with a timeout, so a regression (a view that
loops for ever) fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from annotator.core.changes import AddCode, ApplyCode
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.text import sha256_text

ROOT = Path(__file__).resolve().parents[2]
MEASURED = Path(__file__).with_name("run_measured.py")
TEXT = "The broker promised restaurant work. 그는 식당 일이라고 말했다. We crossed at night."

# A view that never ends, with the columns of ``codings``: anything reading it hangs.
ENDLESS = (
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
    "SELECT 'g' || n AS guid, 'd' AS document, 'c' AS code, 'x' AS coder, 0 AS start, 1 AS end, "
    "'' AS created_at, '' AS memo FROM r"
)


def make_project(path: Path, *, coder: str = "mina", words: str = "restaurant work") -> Path:
    """A small closed project: one document, a code group with one code, one coding by ``coder``."""
    store = create_project(path, codebook="empty")
    try:
        doc = Document(new_guid(), "t1.txt", sha256_text(TEXT), len(TEXT), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, TEXT)
        group = AddCode("Means of control")
        group.apply(store)
        code = AddCode("Deception", parent=group.code.guid)
        code.apply(store)
        start = TEXT.index(words)
        ApplyCode(
            document=doc.guid,
            start=start,
            end=start + len(words),
            code=code.code.guid,
            coder=store.ensure_coder(coder).guid,
        ).apply(store)
    finally:
        store.close()
    return path


def tamper(path: Path, script: str) -> Path:
    """Change a closed project as another program could (foreign keys off, raw SQL)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.executescript(script)
    finally:
        conn.close()
    return path


@dataclass(frozen=True)
class FileState:
    """The bytes of a project and the committed content of its ``-wal`` (None when there is none).

    An empty ``-wal`` (or one with only its 32-byte header) holds nothing: SQLite leaves one,
    with a ``-shm`` index, after any read-only open of a WAL project, refused or not.
    """

    main: bytes
    wal: bytes | None

    @classmethod
    def of(cls, path: Path) -> FileState:
        wal = Path(f"{path}-wal")
        frames = wal.read_bytes() if wal.exists() and wal.stat().st_size > 32 else None
        return cls(path.read_bytes(), frames)


def env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "ANNOTATOR_CONFIG_DIR": str(tmp / "config"),
        "XDG_CONFIG_HOME": str(tmp / "xdg"),
        "ANNOTATOR_CODER": "lead",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }


def annotator(tmp: Path, *args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``annotator ARGS`` in a subprocess (this checkout's package), killed after ``timeout``."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        cwd=ROOT,
        env=env(tmp),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def measured(tmp: Path, *args: object, timeout: float = 60) -> tuple[subprocess.CompletedProcess[str], int]:
    """Like :func:`annotator`, and the process's peak resident memory in MB."""
    report = tmp / f"rss-{os.getpid()}-{len(list(tmp.glob('rss-*')))}.txt"
    done = subprocess.run(
        [sys.executable, str(MEASURED), str(report), *map(str, args)],
        cwd=ROOT,
        env=env(tmp),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done, int(report.read_text())


def one_line_error(done: subprocess.CompletedProcess[str], *names: str) -> str:
    """Assert exit 1 with exactly one line on stderr naming each of ``names``; return it."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]
