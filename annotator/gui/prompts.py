"""Every blocking question the app asks, in one place.

Widgets call these instead of ``QMessageBox``/``QInputDialog`` directly, so a
test (or an embedding script) replaces one function with ``monkeypatch`` and
no modal dialog ever blocks it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

PROJECT_FILTER = "Testimony Annotator projects (*.sqlite);;All files (*)"
DOCUMENT_FILTER = "Documents (*.txt *.md *.docx *.odt *.rtf *.pdf *.html *.htm *.qdpx);;All files (*)"


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return value if ok else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog built elsewhere (the coder chooser...); True when it was accepted.

    A test replaces this to drive the real dialog's widgets, then returns what it clicked.
    """
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_color(parent: QWidget | None, title: str, initial: str) -> str | None:
    color = QColorDialog.getColor(QColor(initial), parent, title)
    return color.name() if color.isValid() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_list(parent: QWidget | None, title: str, text: str, items: list[str]) -> bool:
    """Ask Yes/Cancel about ``text``, with every item listed (the first few shown, all in Details)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    shown = items[:8]
    more = f"\n… and {len(items) - len(shown)} more (Show Details)" if len(items) > len(shown) else ""
    box.setInformativeText("\n".join(f"• {item}" for item in shown) + more)
    if len(items) > len(shown):
        box.setDetailedText("\n".join(items))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_others_coding(parent: QWidget | None, owner: str, what: str) -> tuple[bool, bool]:
    """ "This coding is mina's — change it anyway?": ``(go ahead, don't ask again for mina today)``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Another coder's coding")
    box.setText(f"This coding is {owner}'s — {what} anyway?")
    box.setInformativeText("The change is recorded under your name in the audit trail.")
    again = QCheckBox(f"Don't ask again for {owner} today")
    again.setChecked(True)
    box.setCheckBox(again)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = box.exec() == QMessageBox.StandardButton.Yes
    return yes, yes and again.isChecked()


def ask_locked(parent: QWidget | None, path: str, holder: str) -> str:
    """The project is held elsewhere: ``"readonly"`` or ``"cancel"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Project already open")
    box.setText(f"{path}\nis already open in another window:\n{holder}")
    box.setInformativeText(
        "Two windows writing the same project would each show stale codings. "
        "You can open it read-only to look, or cancel."
    )
    readonly = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return "readonly" if box.clickedButton() is readonly else "cancel"


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file(parent: QWidget | None, title: str, filters: str = PROJECT_FILTER) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str = DOCUMENT_FILTER) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


def save_file(parent: QWidget | None, title: str, filters: str = PROJECT_FILTER) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, "", filters)
    return path or None
