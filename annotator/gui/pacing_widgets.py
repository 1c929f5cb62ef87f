"""The quiet bar of paced sessions (a break reminder, a session's note) and the coder's
break preferences: see :mod:`annotator.gui.pacing`.

The bar is neutral on purpose: the palette's own colours, no icon, sound or animation; it
never takes the focus (its buttons are reached with Tab or the mouse) and never blocks
anything. Screen readers get its text as the bar's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.care_settings import MAX_BREAK_MINUTES, CarePreferences
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


class BreaksDialog(QDialog):
    """View → Breaks and session summary…: the coder's own break reminder and session note."""

    def __init__(self, coder: str, prefs: CarePreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breaksDialog")
        self.setWindowTitle(translate("Pacing", "Breaks and session summary"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("breakMinutes")
        self.minutes.setRange(0, MAX_BREAK_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(translate("Pacing", "Off"))
        self.minutes.setSuffix(translate("Pacing", " min"))
        self.minutes.setValue(prefs.break_minutes)
        self.minutes.setAccessibleName(
            translate("Pacing", "Break reminder after minutes of continuous coding")
        )
        self.minutes.setAccessibleDescription(translate("Pacing", "0 turns the reminder off"))
        self.summary = QCheckBox(
            translate("Pacing", "Show how long and how many passages when I close a project")
        )
        self.summary.setObjectName("sessionSummary")
        self.summary.setChecked(prefs.session_summary)
        self.summary.setAccessibleName(translate("Pacing", "Session summary"))
        form = QFormLayout()
        label = QLabel(translate("Pacing", "Remind me to take a &break after:"))
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        form.addRow(self.summary)
        note = QLabel(
            translate(
                "Pacing",
                "For {coder}, on this computer only. Continuous coding is counted until a pause of more "
                "than 5 minutes. Nothing of this is written to the project or its audit trail.",
            ).format(coder=coder)
        )
        note.setWordWrap(True)
        note.setObjectName("breaksNote")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, bool]:
        """(break minutes, 0 = off; session summary on)."""
        return self.minutes.value(), self.summary.isChecked()
