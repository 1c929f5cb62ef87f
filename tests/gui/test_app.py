"""The app entry point, the first-run coder prompt and dropping files on the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.core import config
from annotator.gui import app as gui_app
from annotator.gui import prompts
from annotator.gui.main_window import MainWindow

RUN_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.gui.app import run
from annotator.gui.main_window import MainWindow

def inspect_and_quit():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    s = window.session
    print(json.dumps({"path": str(s.path) if s else None, "coder": window.coder_label.text(),
                      "docs": window.documents.model.rowCount()}))
    window.close()
    app.exit(3)

QTimer.singleShot(500, inspect_and_quit)
sys.exit(run(project=sys.argv[1] if len(sys.argv) > 1 else None))
"""


def test_run_opens_the_project_and_returns_the_exit_status(project, tmp_path: Path):
    """In a child process: ``run`` owns the QApplication's event loop and global state."""
    path, _ = project
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_CODER": "Runner",
        "ANNOTATOR_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 3, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"path": str(path.resolve()), "coder": "Coder: Runner", "docs": 2}


def test_first_project_is_the_recent_one_else_the_demo(project, tmp_path: Path, monkeypatch):
    import annotator.core.demo as demo  # noqa: PLC0415

    target = tmp_path / "built" / "demo.sqlite"
    monkeypatch.setattr(demo, "default_demo_path", lambda: target)
    assert gui_app.first_project() == target and target.is_file()
    config.add_recent_project(project[0])
    assert gui_app.first_project() == project[0].resolve()


def test_first_run_asks_for_the_coder_once(qtbot, project, monkeypatch):
    path, _ = project
    monkeypatch.delenv("ANNOTATOR_CODER", raising=False)
    asked: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_text", lambda parent, title, label, text="": asked.append(title) or "Kim"
    )
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert asked == ["Who is coding?"] and window.session.coder.name == "Kim"
    assert config.remembered_coder() == "Kim"
    window.projects.close()
    assert window.open_project(path)
    assert asked == ["Who is coding?"]  # remembered: not asked again
    window.close()


def test_dropping_files_imports_them_and_a_project_opens_it(qtbot, window, project, tmp_path: Path):
    path, _ = project
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("Respondent: The van stopped at a guesthouse.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    job = window.projects.job
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    qtbot.waitUntil(lambda: "dropped.txt" in [d.name for d in window.documents.model.documents])
    assert window.projects.report_dialog is None  # nothing failed: no report to read
    window.projects.close()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(event)
    assert window.session is not None and window.session.path == path.resolve()
