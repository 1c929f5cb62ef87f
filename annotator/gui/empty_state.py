"""What the document area shows when there is no text to show: a next step, not a blank page.

No project open: Open project… and New project…. A project without documents:
Import documents… (or drop files on the window). Each is a real button, in the
tab order and focused when the state appears, so the next step is one key away.
The buttons trigger the window's own actions, so they are enabled exactly when
those are (an import into a read-only project is not offered).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.gui.i18n import strip_mnemonic, translate

NO_PROJECT, NO_DOCUMENTS = "no-project", "no-documents"


class EmptyState(QWidget):
    """A title, a line of explanation and one or two buttons, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)  # the page colour of the text it stands in for
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.state = ""
        self.title = QLabel()
        self.title.setObjectName("emptyStateTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("emptyStateHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.primary = QPushButton()
        self.primary.setObjectName("emptyStatePrimary")
        self.primary.setDefault(True)
        self.secondary = QPushButton()
        self.secondary.setObjectName("emptyStateSecondary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.primary)
        buttons.addWidget(self.secondary)
        buttons.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(600)  # a readable line, however wide the window
        layout = QVBoxLayout(column)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        self._actions: list[QAction | None] = [None, None]
        self.primary.clicked.connect(lambda: self._trigger(0))
        self.secondary.clicked.connect(lambda: self._trigger(1))

    def _trigger(self, i: int) -> None:
        action = self._actions[i]
        if action is not None and action.isEnabled():
            action.trigger()

    def show_state(
        self,
        state: str,
        *,
        title: str,
        hint: str,
        primary: QAction,
        secondary: QAction | None = None,
    ) -> None:
        """Fill in the texts and buttons (each button runs its action, named as in the menu)."""
        self.state = state
        self.title.setText(title)
        self.hint.setText(hint)
        self._actions = [primary, secondary]
        for button, action in ((self.primary, primary), (self.secondary, secondary)):
            button.setVisible(action is not None)
            if action is not None:
                text = strip_mnemonic(action.text())  # the menus' mnemonics are theirs
                button.setText(text)
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = translate("EmptyState", "{action} ({keys})").format(action=text.rstrip("…"), keys=keys)
                button.setToolTip(tip if keys else "")
                button.setEnabled(action.isEnabled())
