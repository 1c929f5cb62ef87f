"""Code → Labels in other languages…: a code's Korean or Chinese name and definitions,
edited beside its canonical (English) ones, which are shown read-only for reference.

Saving pushes one :class:`~annotator.core.changes.SetCodeLabel` (one undo step) with the
fields that changed; nothing is written when nothing changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import SetCodeLabel
from annotator.core.code_labels import LABEL_LANGUAGES
from annotator.core.errors import AnnotatorError
from annotator.core.model import LABEL_FIELDS, CodeLabel
from annotator.gui.i18n import translate

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession


def _field_titles() -> dict[str, str]:
    return {
        "name": translate("CodeLabelsDialog", "Name"),
        "short_definition": translate("CodeLabelsDialog", "Short definition"),
        "definition": translate("CodeLabelsDialog", "Definition"),
        "when_to_use": translate("CodeLabelsDialog", "When to use"),
        "when_not_to_use": translate("CodeLabelsDialog", "When not to use"),
        "example": translate("CodeLabelsDialog", "Example"),
    }


class CodeLabelsDialog(QDialog):
    """Edit one code's label in one language at a time (the language chosen at the top)."""

    def __init__(
        self, session: ProjectSession, code: str, parent: QWidget | None = None, *, language: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codeLabelsDialog")
        self.session, self.code = session, code
        canonical = session.tree.by_guid[code]
        self.setWindowTitle(translate("CodeLabelsDialog", "Code labels in other languages"))
        self.resize(760, 560)
        self.language = QComboBox()
        self.language.setObjectName("codeLabelLanguage")
        self.language.setAccessibleName(translate("CodeLabelsDialog", "Language of the label"))
        for key, name in LABEL_LANGUAGES.items():
            self.language.addItem(name, key)
        start = language or (session.code_language if session.code_language in LABEL_LANGUAGES else "ko")
        self.language.setCurrentIndex(max(0, self.language.findData(start)))
        head = QFormLayout()
        head.addRow(translate("CodeLabelsDialog", "Language:"), self.language)
        path = QLabel(session.tree.path(code))
        path.setObjectName("codeLabelPath")
        head.addRow(translate("CodeLabelsDialog", "Code:"), path)

        grid = QGridLayout()
        grid.addWidget(QLabel(translate("CodeLabelsDialog", "Canonical (English)")), 0, 1)
        self.column_title = QLabel()
        grid.addWidget(self.column_title, 0, 2)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        titles = _field_titles()
        for row, field in enumerate(LABEL_FIELDS, start=1):
            grid.addWidget(QLabel(titles[field]), row, 0)
            reference = QLabel(str(getattr(canonical, field)))
            reference.setWordWrap(True)
            reference.setObjectName(f"codeLabelCanonical_{field}")
            grid.addWidget(reference, row, 1)
            edit: QLineEdit | QPlainTextEdit
            if field == "name":
                edit = QLineEdit()
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(72)
            edit.setObjectName(f"codeLabel_{field}")
            edit.setAccessibleName(titles[field])
            grid.addWidget(edit, row, 2)
            self.edits[field] = edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addLayout(grid)
        hint = QLabel(
            translate(
                "CodeLabelsDialog",
                "Empty fields show the canonical text. The code keeps its canonical name in exports "
                "and on the command line.",
            )
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._load)
        self._load()

    def current_language(self) -> str:
        return str(self.language.currentData())

    def _stored(self) -> CodeLabel:
        language = self.current_language()
        return self.session.store.code_label(self.code, language) or CodeLabel(self.code, language)

    def _load(self) -> None:
        stored = self._stored()
        self.column_title.setText(self.language.currentText())
        for field, edit in self.edits.items():
            edit.setPlainText(getattr(stored, field)) if isinstance(edit, QPlainTextEdit) else edit.setText(
                getattr(stored, field)
            )

    def typed(self) -> dict[str, str]:
        """The fields as typed (stripped)."""
        return {
            f: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()
            for f, e in self.edits.items()
        }

    def changed_fields(self) -> dict[str, str]:
        stored = self._stored()
        return {f: v for f, v in self.typed().items() if v != getattr(stored, f)}

    def save(self) -> bool:
        """Push the label's changed fields as one undoable change; False if refused."""
        fields = self.changed_fields()
        if not fields:
            return True
        try:
            change = SetCodeLabel(self.code, self.current_language(), by=self.session.coder.guid, **fields)
        except AnnotatorError as exc:
            self.session.failed.emit(str(exc))
            return False
        return self.session.push(change) is not None

    def accept(self) -> None:
        if self.save():
            super().accept()
