"""Small pieces the team dialogs share: file-name defaults, a non-blocking "done" note, a warning label."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from annotator.gui.workbench import Workbench


def default_output(project: Path, tag: str, suffix: str) -> Path:
    """``<project folder>/<project>-<tag><suffix>``: beside the project, where a lead looks first."""
    return project.with_name(f"{project.stem}-{tag}{suffix}")


def with_suffix(path: str, suffix: str) -> str:
    """The same file name with the format's suffix (the user's folder and stem are kept)."""
    if not path.strip():
        return path
    return str(Path(path).with_suffix(suffix))


def notify(bench: Workbench, title: str, text: str) -> QMessageBox:
    """Say a task is done, in the status bar and in a box that does not block (tests never wait on it)."""
    bench.show_status(text.splitlines()[0], 15000)
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, bench.dialog_parent
    )
    box.setObjectName("teamDoneMessage")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warning_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A visible, quiet warning line (encrypted project, nothing to compare...)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(
        "QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e6c36a;"
        " border-radius: 4px; padding: 6px 8px; }"
    )
    return label


def tip_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary explanatory text under a control."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label
