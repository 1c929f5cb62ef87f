"""Edit → Care preferences…: this coder's own choices about reading warned material.

Saved with :mod:`annotator.gui.care_settings` on this computer, per coder; never written to
the project. The one choice that writes anything to the project, recording the warned
documents one opens, says so and who can read it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from annotator.gui.care_settings import MAX_BREAK_MINUTES, CarePreferences
from annotator.gui.i18n import translate


class CarePreferencesDialog(QDialog):
    def __init__(self, coder: str, prefs: CarePreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carePreferencesDialog")
        self.setWindowTitle(translate("CarePreferencesDialog", "Care preferences"))
        intro = QLabel(
            translate(
                "CarePreferencesDialog",
                "These are {coder}'s own choices. They are kept on this computer, not in the project, "
                "and no one else sees them.",
            ).format(coder=coder)
        )
        intro.setWordWrap(True)
        self.ask = QCheckBox(
            translate(
                "CarePreferencesDialog", "&Ask before opening a document that carries a content warning"
            )
        )
        self.ask.setObjectName("careAsk")
        self.veil = QCheckBox(
            translate("CarePreferencesDialog", "&Veil passages that carry a content warning")
        )
        self.veil.setObjectName("careVeil")
        self.veil.setAccessibleDescription(
            translate(
                "CarePreferencesDialog",
                "Warned passages are shown as a neutral bar in tables and reports until you reveal them",
            )
        )
        break_label = QLabel(translate("CarePreferencesDialog", "Remind me to take a &break after:"))
        self.break_minutes = QSpinBox()
        self.break_minutes.setObjectName("careBreakMinutes")
        self.break_minutes.setRange(0, MAX_BREAK_MINUTES)
        self.break_minutes.setSingleStep(5)
        self.break_minutes.setSuffix(translate("CarePreferencesDialog", " minutes of coding"))
        self.break_minutes.setSpecialValueText(translate("CarePreferencesDialog", "never"))
        self.break_minutes.setAccessibleName(translate("CarePreferencesDialog", "Break reminder, in minutes"))
        self.break_minutes.setAccessibleDescription(
            translate("CarePreferencesDialog", "0 turns the reminder off")
        )
        break_label.setBuddy(self.break_minutes)
        self.summary = QCheckBox(
            translate(
                "CarePreferencesDialog", "Show a &summary at the end of a session (kept on this computer)"
            )
        )
        self.summary.setObjectName("careSummary")
        self.record = QCheckBox(
            translate("CarePreferencesDialog", "&Record the warned documents I open in the audit trail")
        )
        self.record.setObjectName("careRecord")
        record_note = QLabel(
            translate(
                "CarePreferencesDialog",
                "Off unless you turn it on. When on, each warned document you open is written to the "
                "project's audit trail (which document, its warnings, when), once per session. The "
                "team lead and anyone with the project file can read it, for example to see who has "
                "read which material.",
            )
        )
        record_note.setWordWrap(True)
        self.record.setAccessibleDescription(record_note.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.ask)
        layout.addWidget(self.veil)
        layout.addWidget(break_label)
        layout.addWidget(self.break_minutes)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.record)
        layout.addWidget(record_note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.set_preferences(prefs)

    def set_preferences(self, prefs: CarePreferences) -> None:
        self.ask.setChecked(prefs.ask_before_warned)
        self.veil.setChecked(prefs.veil_warned)
        self.break_minutes.setValue(prefs.break_minutes)
        self.summary.setChecked(prefs.session_summary)
        self.record.setChecked(prefs.record_openings)

    def preferences(self) -> CarePreferences:
        return CarePreferences(
            ask_before_warned=self.ask.isChecked(),
            veil_warned=self.veil.isChecked(),
            break_minutes=self.break_minutes.value(),
            session_summary=self.summary.isChecked(),
            record_openings=self.record.isChecked(),
        )
