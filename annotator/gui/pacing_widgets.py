"""The quiet bar of paced sessions (a break reminder, a session's note): see
:mod:`annotator.gui.pacing`.

The bar is neutral on purpose: the palette's own colours, no icon, sound or animation; it
never takes the focus (its buttons are reached with Tab or the mouse) and never blocks
anything. Screen readers get its text as the bar's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from annotator.gui.i18n import translate


class CareBar(QFrame):
    """A one-line bar above the text: a message, [Remind me in 10 minutes] [Dismiss]."""

    dismissed = Signal()
    snoozed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Pacing", "Break reminder"))
        self.text = QLabel()
        self.text.setObjectName("careBarText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.snooze = QPushButton(translate("Pacing", "Remind me in 10 minutes"))
        self.snooze.setObjectName("careBarSnooze")
        self.snooze.setAccessibleDescription(
            translate("Pacing", "Hide the reminder for ten minutes of coding")
        )
        self.dismiss = QPushButton(translate("Pacing", "Dismiss"))
        self.dismiss.setObjectName("careBarDismiss")
        self.dismiss.setAccessibleDescription(translate("Pacing", "Hide this note"))
        for button in (self.snooze, self.dismiss):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never pulls the focus from the text
            button.setAutoDefault(False)
        self.snooze.clicked.connect(self._snooze)
        self.dismiss.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.snooze)
        row.addWidget(self.dismiss)
        self._reminder = False
        self.hide()

    def show_reminder(self, text: str) -> None:
        self._show(text, reminder=True)

    def show_note(self, text: str) -> None:
        """A session's note (no snooze); a reminder showing stays until it is answered."""
        if self._reminder and self.isVisibleTo(self.parentWidget()):
            return
        self._show(text, reminder=False)

    def showing_reminder(self) -> bool:
        return self._reminder and not self.isHidden()

    def hide_reminder(self) -> None:
        if self._reminder:
            self._reminder = False
            self.hide()

    def _show(self, text: str, *, reminder: bool) -> None:
        self._reminder = reminder
        self.text.setText(text)
        self.setAccessibleName(
            translate("Pacing", "Break reminder") if reminder else translate("Pacing", "Session note")
        )
        self.setAccessibleDescription(text)
        self.snooze.setVisible(reminder)
        self.show()  # shown, never focused or raised: typing and coding go on where they were

    def _dismiss(self) -> None:
        was_reminder = self._reminder
        self._reminder = False
        self.hide()
        if was_reminder:
            self.dismissed.emit()

    def _snooze(self) -> None:
        self._reminder = False
        self.hide()
        self.snoozed.emit()
