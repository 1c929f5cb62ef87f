"""A layout saved by another version of the app, or left in the user's own
settings, never crashes the window (a Python exception inside a Qt override
aborts PySide6 6.11: a header asked for a column the model lacks did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from annotator.gui import window_state
from annotator.gui.main_window import MainWindow
from annotator.gui.models.headers import header_label


def wider_header_state(columns: int) -> object:
    """What a segments table with ``columns`` columns saves (an app with one column more)."""
    model = QStandardItemModel(0, columns)
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(columns - 1, 321)
    return table.horizontalHeader().saveState()


def test_a_title_outside_the_list_is_none() -> None:
    assert header_label(("a", "b"), 1) == "b"
    assert header_label(("a", "b"), 2) is None and header_label(("a", "b"), -1) is None


def test_a_wider_saved_layout_never_breaks_the_window(qtbot, project, coder_env) -> None:
    """Under the old key and under this column set's own key (a damaged file): the
    window opens, shows and lists its segments; extra sections have no title."""
    window = MainWindow()
    qtbot.addWidget(window)
    header = window._layout()["header"]
    state = wider_header_state(9)
    QSettings().setValue("segments/header", state)
    QSettings().setValue(window_state._header_key(header), state)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.open_project(project[0])
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(50)
    model = again._layout()["header"].model()
    assert again.documents.model.rowCount() == 2
    assert model.headerData(model.columnCount() + 3, Qt.Orientation.Horizontal) is None
    again.close()


def test_the_layout_comes_back_for_the_same_columns(qtbot, project, coder_env) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(project[0])
    header = window._layout()["header"]
    header.resizeSection(0, 333)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again._layout()["header"].sectionSize(0) == 333
    again.close()


RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.gui.app import run
QTimer.singleShot(800, lambda: app.exit(5))
sys.exit(run())
"""


def test_the_users_own_settings_stay_out_when_a_config_folder_is_named(tmp_path: Path) -> None:
    """``ANNOTATOR_CONFIG_DIR`` holds every setting: a broken layout in the user's
    native settings (here: a header with many more columns) is never read."""
    home_config = tmp_path / "xdg"
    native = home_config / "Testimony Annotator" / "Testimony Annotator.conf"
    native.parent.mkdir(parents=True)
    native.write_text("[segments]\nheader=@ByteArray(garbage)\n[window]\nstate=@ByteArray(x)\n")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_CODER": "Runner",
        "ANNOTATOR_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(home_config),
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 5, done.stderr
    assert list((tmp_path / "config").rglob("*.ini")), "the layout was saved beside the other settings"
    assert native.read_text().startswith("[segments]\nheader=@ByteArray(garbage)")
