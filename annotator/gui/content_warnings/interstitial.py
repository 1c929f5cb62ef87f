"""The neutral panel shown in place of a warned testimony's text until the coder chooses.

"This testimony describes: sexual violence, violence against children." with [Open] (the
default: Enter opens, one key press) and [Not now] (Escape: back to the document open
before), and "Don't ask me again" (this coder only). Plain text in the palette's own
colours, no icon, no colour, no animation: it reads the same in light and dark, and a
screen reader hears the sentence as the panel's description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.gui.i18n import translate
from annotator.gui.warning_names import display_list


class WarningInterstitial(QWidget):
    """Stands in for the document view while a warned document waits for the coder's choice."""

    openRequested = Signal()
    notNowRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningInterstitial")
        # The window's colour, not the text page's: it is not the testimony, and Fusion's check
        # box outline vanishes on the dark palette's page colour.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAccessibleName(translate("WarningInterstitial", "Content warning"))
        self.message = QLabel()
        self.message.setObjectName("warningMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.message.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.document = QLabel()
        self.document.setObjectName("warningDocument")
        self.document.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.document.setTextFormat(Qt.TextFormat.PlainText)
        self.document.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint = QLabel(
            translate(
                "WarningInterstitial",
                "Enter opens it; Escape goes back. Edit → Care preferences… changes whether you are asked.",
            )
        )
        self.hint.setObjectName("warningHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.open_button = QPushButton(translate("WarningInterstitial", "Open"))
        self.open_button.setObjectName("warningOpen")
        self.open_button.setAutoDefault(True)
        self.open_button.setDefault(True)
        self.not_now = QPushButton(translate("WarningInterstitial", "Not now"))
        self.not_now.setObjectName("warningNotNow")
        self.not_now.setAutoDefault(True)
        self.not_now.setAccessibleDescription(
            translate("WarningInterstitial", "Go back to the document open before (Escape)")
        )
        self.dont_ask = QCheckBox(translate("WarningInterstitial", "Don't ask me again"))
        self.dont_ask.setObjectName("warningDontAsk")
        self.dont_ask.setAccessibleDescription(
            translate(
                "WarningInterstitial",
                "Open warned documents without this panel from now on (your own preference, on this "
                "computer; Edit → Care preferences… turns it back on)",
            )
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        check = QHBoxLayout()
        check.addStretch(1)
        check.addWidget(self.dont_ask)
        check.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(600)
        layout = QVBoxLayout(column)
        layout.addStretch(2)
        layout.addWidget(self.document)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addLayout(check)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        self.setTabOrder(self.open_button, self.not_now)
        self.setTabOrder(self.not_now, self.dont_ask)
        self.open_button.clicked.connect(lambda: self.openRequested.emit())
        self.not_now.clicked.connect(lambda: self.notNowRequested.emit())

    def show_for(self, document: str, warnings: list[str]) -> None:
        """Say what ``document`` (its name) describes: ``warnings`` in the project's order."""
        text = translate("WarningInterstitial", "This testimony describes: {warnings}.").format(
            warnings=display_list(warnings)
        )
        self.message.setText(text)
        self.document.setText(document)
        self.dont_ask.setChecked(False)
        self.setAccessibleDescription(f"{document}. {text}")
        self.open_button.setAccessibleDescription(
            translate("WarningInterstitial", "Show the text of {document} (Enter)").format(document=document)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.notNowRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()  # from the check box: Enter still means the default, Open
        else:
            super().keyPressEvent(event)
