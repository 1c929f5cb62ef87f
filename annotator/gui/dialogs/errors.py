"""The dialog an unexpected exception shows instead of killing the app."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.gui.i18n import translate


def report_text(trace: str) -> str:
    return (
        f"Testimony Annotator {__version__}, PySide6 {pyside_version}, "
        f"Python {platform.python_version()}, {platform.platform()}\n\n{trace}"
    )


class ExceptionDialog(QDialog):
    """Shows a copyable report; closing it returns to a working window."""

    def __init__(self, trace: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exceptionDialog")
        self.setWindowTitle(translate("ExceptionDialog", "Something went wrong"))
        self.resize(640, 420)
        intro = QLabel(
            translate(
                "ExceptionDialog",
                "An unexpected error happened. Your project is safe: every change is saved as you make it, "
                "and the step that failed was not saved. You can keep working.\n"
                "If it happens again, please send the report below to the developers. It holds the "
                "program's internal trace, not your documents, but read it first: it may name files.",
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report_text(trace))  # for the developers: stays English
        self.report.setAccessibleName(translate("ExceptionDialog", "Error report"))
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("ExceptionDialog", "&Copy report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def print_to_stderr(trace: str) -> None:
    sys.stderr.write(trace)
