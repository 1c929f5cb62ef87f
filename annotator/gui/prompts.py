"""Every blocking question the app asks, in one place.

Widgets call these instead of ``QMessageBox``/``QInputDialog`` directly, so a
test (or an embedding script) replaces one function with ``monkeypatch`` and
no modal dialog ever blocks it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from annotator.gui.i18n import translate

# A project is one SQLite file; ``.testimony`` is the app's own extension (the desktop's file type,
# tools/install-desktop), ``.sqlite`` the one it has always written. Both open everywhere.
PROJECT_SUFFIXES = (".testimony", ".sqlite")
PROJECT_FILTER = "Testimony Annotator projects (*.testimony *.sqlite);;All files (*)"
DOCUMENT_FILTER = "Documents (*.txt *.md *.docx *.odt *.rtf *.pdf *.html *.htm *.qdpx);;All files (*)"
# The words of file-dialog filters, translated when a dialog shows them (the patterns stay):
# callers keep passing plain English filters such as PROJECT_FILTER.
FILTER_WORDS = (
    QT_TRANSLATE_NOOP("prompts", "Testimony Annotator projects"),
    QT_TRANSLATE_NOOP("prompts", "Projects"),
    QT_TRANSLATE_NOOP("prompts", "Documents"),
    QT_TRANSLATE_NOOP("prompts", "Codebooks"),
    QT_TRANSLATE_NOOP("prompts", "All files"),
    QT_TRANSLATE_NOOP("prompts", "Text files"),
    QT_TRANSLATE_NOOP("prompts", "CSV files"),
    QT_TRANSLATE_NOOP("prompts", "Rate tables"),
    QT_TRANSLATE_NOOP("prompts", "PNG image"),
    QT_TRANSLATE_NOOP("prompts", "SVG image"),
    QT_TRANSLATE_NOOP("prompts", "REFI-QDA projects"),
    QT_TRANSLATE_NOOP("prompts", "REFI-QDA codebooks"),
)
_FILTER = re.compile(r"^(?P<words>[^(]*?)\s*(?P<patterns>\(.*\))\s*$")


def translated_filters(filters: str) -> str:
    """``filters`` with each entry's description in the interface language, its patterns kept:
    "Documents (*.txt);;All files (*)" → "문서 (*.txt);;모든 파일 (*)". Words not in
    FILTER_WORDS (already translated, or a format's name) stay as they are."""
    entries = []
    for entry in filters.split(";;"):
        found = _FILTER.match(entry)
        if found and found["words"] in FILTER_WORDS:
            entry = f"{translate('prompts', found['words'])} {found['patterns']}"
        entries.append(entry)
    return ";;".join(entries)


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
    left = len(items) - len(shown)
    more = "\n" + translate("prompts", "… and {n} more (Show Details)").format(n=left) if left > 0 else ""
    box.setInformativeText("\n".join(f"• {item}" for item in shown) + more)
    if len(items) > len(shown):
        box.setDetailedText("\n".join(items))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


# The question for each thing a coder may do to another coder's coding (``what`` below), whole:
# word order differs in Korean and Chinese, so the verb is never glued into a sentence.
OTHERS_QUESTIONS = {
    "remove it": QT_TRANSLATE_NOOP("prompts", "This coding is {owner}'s — remove it anyway?"),
    "re-code it": QT_TRANSLATE_NOOP("prompts", "This coding is {owner}'s — re-code it anyway?"),
    "resize it": QT_TRANSLATE_NOOP("prompts", "This coding is {owner}'s — resize it anyway?"),
    "edit its values": QT_TRANSLATE_NOOP("prompts", "This coding is {owner}'s — edit its values anyway?"),
    "edit its memo": QT_TRANSLATE_NOOP("prompts", "This coding is {owner}'s — edit its memo anyway?"),
}


def others_question(owner: str, what: str) -> str:
    """ "This coding is mina's — remove it anyway?" in the interface language (``what`` is one
    of OTHERS_QUESTIONS' keys; another wording is asked about generically)."""
    template = OTHERS_QUESTIONS.get(what)
    if template is None:
        return translate("prompts", "This coding is {owner}'s — change it anyway?").format(owner=owner)
    return translate("prompts", template).format(owner=owner)


def ask_others_coding(parent: QWidget | None, owner: str, what: str) -> tuple[bool, bool]:
    """ "This coding is mina's — change it anyway?": ``(go ahead, don't ask again for mina today)``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("prompts", "Another coder's coding"))
    box.setText(others_question(owner, what))
    box.setInformativeText(translate("prompts", "The change is recorded under your name in the audit trail."))
    again = QCheckBox(translate("prompts", "Don't ask again for {owner} today").format(owner=owner))
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
    box.setWindowTitle(translate("prompts", "Project already open"))
    box.setText(
        translate("prompts", "{path}\nis already open in another window:\n{holder}").format(
            path=path, holder=holder
        )
    )
    box.setInformativeText(
        translate(
            "prompts",
            "Two windows writing the same project would each show stale codings. "
            "You can open it read-only to look, or cancel.",
        )
    )
    readonly = box.addButton(translate("prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return "readonly" if box.clickedButton() is readonly else "cancel"


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file(parent: QWidget | None, title: str, filters: str = PROJECT_FILTER) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", translated_filters(filters))
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str = DOCUMENT_FILTER) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", translated_filters(filters))
    return list(paths)


def save_file(parent: QWidget | None, title: str, filters: str = PROJECT_FILTER) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, "", translated_filters(filters))
    return path or None
