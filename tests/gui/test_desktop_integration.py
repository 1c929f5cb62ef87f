"""Linux desktop integration: the menu entry, the project file type and the icon.

tools/install-desktop installs them for the current user (no root) under ``$XDG_DATA_HOME``;
a double-clicked project must then be recognised as ours and opened by ``annotator gui FILE``.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from annotator.core.store import APPLICATION_ID
from annotator.gui import app as gui_app
from annotator.gui import prompts
from annotator.gui.theme import ICON_SIZES, app_icon

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "resources" / "desktop" / "testimony-annotator.desktop"
MIME = REPO / "resources" / "desktop" / "testimony-annotator.xml"
TYPE = "application/x-testimony-annotator"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, Path]:
    """tools/install-desktop run for a user whose home is ``tmp_path/home``, with a launcher
    whose path holds a space; returns (data folder, launcher)."""
    launcher = tmp_path / "Testimony Annotator" / "annotator"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n", encoding="utf-8")
    launcher.chmod(0o755)
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    done = subprocess.run(
        [str(REPO / "tools" / "install-desktop"), "--exec", str(launcher)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "desktop menu" in done.stdout
    return home / ".local" / "share", launcher


def test_the_mime_type_names_the_extension_and_recognises_our_sqlite_header() -> None:
    root = ElementTree.parse(MIME).getroot()
    (mime_type,) = root.findall("m:mime-type", NS)
    assert mime_type.get("type") == TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", NS)] == ["*.testimony"]
    assert mime_type.find("m:sub-class-of", NS).get("type") == "application/vnd.sqlite3"
    # the magic is SQLite's header with the store's application_id at offset 68, nothing looser
    outer = mime_type.find("m:magic/m:match", NS)
    assert (outer.get("type"), outer.get("offset"), outer.get("value")) == ("string", "0", "SQLite format 3")
    inner = outer.find("m:match", NS)
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value"), 16) == APPLICATION_ID


def test_the_menu_entry_opens_the_file_it_is_given_with_annotator_gui() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "annotator gui %f"
    assert entry["MimeType"] == f"{TYPE};"
    assert entry["Categories"] == "Office;Science;"
    assert entry["Icon"] == "testimony-annotator" and entry["Terminal"] == "false"
    assert entry["Name[ko]"] and entry["Name[zh_CN]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_shipped_and_the_installed_entry(installed) -> None:
    data, _ = installed
    for path in (DESKTOP, data / "applications" / "testimony-annotator.desktop"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "error" not in done.stdout


def test_install_desktop_puts_entry_type_and_icons_in_the_users_folders(installed) -> None:
    data, launcher = installed
    entry = desktop_entry(data / "applications" / "testimony-annotator.desktop")
    assert entry["Exec"] == f'"{launcher}" gui %f'  # quoted: the path holds a space
    assert entry["TryExec"] == str(launcher)
    assert (data / "mime" / "packages" / "testimony-annotator.xml").read_bytes() == MIME.read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "testimony-annotator.svg").is_file()
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "testimony-annotator.png").is_file()


def test_uninstall_removes_what_install_desktop_put(installed, tmp_path: Path) -> None:
    data, _ = installed
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [str(REPO / "tools" / "install-desktop"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    left = [p for p in data.rglob("testimony-annotator*")]
    assert left == []


def test_double_clicking_a_project_runs_annotator_gui_on_it(installed, tmp_path: Path, monkeypatch) -> None:
    """The desktop replaces %f by the file and runs the Exec line: the app must open that file."""
    data, launcher = installed
    exec_line = desktop_entry(data / "applications" / "testimony-annotator.desktop")["Exec"]
    project = tmp_path / "my study" / "interviews.testimony"
    argv = shlex.split(exec_line.replace("%f", shlex.quote(str(project))))
    assert argv == [str(launcher), "gui", str(project)]
    project.parent.mkdir()
    project.touch()
    opened: list[object] = []
    monkeypatch.setattr(gui_app, "run", lambda project=None, coder=None: opened.append(project) or 0)
    from annotator.cli import main  # noqa: PLC0415

    with pytest.raises(SystemExit) as stopped:
        main(argv[1:])
    assert stopped.value.code == 0
    assert opened == [project]


MIME_PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
db = QMimeDatabase()
print(json.dumps({path: db.mimeTypeForFile(path).name() for path in sys.argv[1:]}))
"""


def test_once_installed_the_desktop_knows_our_projects_and_only_ours(installed, project, tmp_path) -> None:
    """Qt reads the same shared-mime-info database as file managers: a plain project (``.sqlite``,
    by its header), any file named ``.testimony`` (an encrypted project has no readable header),
    and not another program's SQLite file."""
    data, _ = installed
    ours, _ = project
    renamed = tmp_path / "copy.testimony"
    shutil.copyfile(ours, renamed)
    encrypted = tmp_path / "secret.testimony"
    encrypted.write_bytes(os.urandom(4096))
    other = tmp_path / "browser-history.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE visits (url TEXT)")
    conn.close()
    files = [str(p) for p in (ours, renamed, encrypted, other)]
    env = {**os.environ, "XDG_DATA_HOME": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", MIME_PROBE, *files], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert [seen[f] for f in files[:3]] == [TYPE, TYPE, TYPE]
    # another program's SQLite file stays SQLite (Qt's own database, used where the system has
    # none, still calls it by its older name)
    assert seen[files[3]] in ("application/vnd.sqlite3", "application/x-sqlite3")


def test_the_window_icon_comes_in_every_size_and_the_dialogs_accept_both_extensions(qtbot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert "*.testimony" in prompts.PROJECT_FILTER and "*.sqlite" in prompts.PROJECT_FILTER
    assert prompts.PROJECT_SUFFIXES == (".testimony", ".sqlite")


RUN_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.gui.app import run
from annotator.gui.main_window import MainWindow

def look_and_quit():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    print(json.dumps({"app": sorted(s.width() for s in app.windowIcon().availableSizes()),
                      "window": not window.windowIcon().isNull(), "desktop": app.desktopFileName(),
                      "opened": str(window.session.path) if window.session else None}))
    window.close()
    app.exit(3)

QTimer.singleShot(500, look_and_quit)
sys.exit(run(project=sys.argv[1]))
"""


def test_the_app_sets_its_icon_and_opens_a_testimony_file(project, tmp_path: Path) -> None:
    ours, _ = project
    renamed = tmp_path / "study.testimony"
    shutil.copyfile(ours, renamed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_CODER": "Runner"}
    done = subprocess.run(
        [sys.executable, "-c", RUN_PROBE, str(renamed)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 3, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "app": sorted(ICON_SIZES),
        "window": True,
        "desktop": "testimony-annotator",
        "opened": str(renamed.resolve()),
    }


def test_dropping_a_testimony_file_on_the_window_opens_it(qtbot, window, project, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: PLC0415
    from PySide6.QtGui import QDropEvent  # noqa: PLC0415

    renamed = tmp_path / "Study.TESTIMONY"
    shutil.copyfile(project[0], renamed)
    window.projects.close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(renamed))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.session is not None and window.session.path == renamed.resolve()


def test_a_project_macos_hands_over_by_file_open_event_is_opened(
    qtbot, window, project, tmp_path: Path
) -> None:
    """Finder sends a double-clicked document to the running app as a QFileOpenEvent."""
    from PySide6.QtGui import QFileOpenEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    renamed = tmp_path / "finder.testimony"
    shutil.copyfile(project[0], renamed)
    window.projects.close()
    opener = gui_app.FileOpener(window)
    QApplication.instance().installEventFilter(opener)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(renamed)))
    finally:
        QApplication.instance().removeEventFilter(opener)
    assert window.session is not None and window.session.path == renamed.resolve()
