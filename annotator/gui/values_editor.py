"""The values bar: a slim editor under the text for the typed values of one coded passage.

It opens when a code with value fields is applied (or on Code → Edit values), with
the passage beside one line per field, each pre-filled with the best reading of the
passage and selected. Enter saves every filled field, Tab moves between fields, the
arrow keys step through the other readings, Escape skips. It is a bar, not a dialog:
the coder can ignore it and go on coding, and nothing is stored until Enter.

This widget only shows and collects text; reading the text as a value, and storing
it, is :class:`~annotator.gui.values.ValuesController`'s (through the core).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import translate
from annotator.gui.theme import is_dark

PASSAGE_LIMIT = 320  # characters of the passage shown beside the fields
# What each kind of field accepts, translated where shown (``example``). The examples are
# what the core reads in every language (English month names, CNY, place names).
EXAMPLES = {
    "money": QT_TRANSLATE_NOOP("ValuesEditor", "amount and currency, e.g. 25000 CNY"),
    "age": QT_TRANSLATE_NOOP("ValuesEditor", "years, e.g. 19, 12–29, about 20"),
    "date": QT_TRANSLATE_NOOP("ValuesEditor", "e.g. 2012-03-15, March 2012, 2010–2012"),
    "duration": QT_TRANSLATE_NOOP("ValuesEditor", "e.g. 3 months, 2 years"),
    "place": QT_TRANSLATE_NOOP("ValuesEditor", "name, area, country, e.g. Yanji, Jilin, CN"),
    "count": QT_TRANSLATE_NOOP("ValuesEditor", "a whole number or a range, e.g. 3"),
    "choice": QT_TRANSLATE_NOOP("ValuesEditor", "one of the choices (↓ to step through them)"),
    "text": QT_TRANSLATE_NOOP("ValuesEditor", "free text"),
}
# The kinds' names as a screen reader says them after a field's name.
KINDS = {
    "money": QT_TRANSLATE_NOOP("ValuesEditor", "money"),
    "age": QT_TRANSLATE_NOOP("ValuesEditor", "age"),
    "date": QT_TRANSLATE_NOOP("ValuesEditor", "date"),
    "duration": QT_TRANSLATE_NOOP("ValuesEditor", "duration"),
    "place": QT_TRANSLATE_NOOP("ValuesEditor", "place"),
    "count": QT_TRANSLATE_NOOP("ValuesEditor", "count"),
    "choice": QT_TRANSLATE_NOOP("ValuesEditor", "choice"),
    "text": QT_TRANSLATE_NOOP("ValuesEditor", "text"),
}


def example(kind: str) -> str:
    """What a field of ``kind`` accepts, in the interface language ("" for an unknown kind)."""
    return translate("ValuesEditor", EXAMPLES[kind]) if kind in EXAMPLES else ""


def kind_name(kind: str) -> str:
    return translate("ValuesEditor", KINDS[kind]) if kind in KINDS else kind


@dataclass
class FieldEntry:
    """One line of the bar: a field, the readings to offer (best first) and the text to start with."""

    guid: str
    name: str
    kind: str
    readings: list[str] = field(default_factory=list)
    text: str = ""


class FieldLine:
    """The widgets of one field: label, edit, the other readings, the message when it does not fit."""

    def __init__(self, entry: FieldEntry, parent: QWidget) -> None:
        self.entry = entry
        self.label = QLabel(translate("ValuesEditor", "{field}:").format(field=entry.name), parent)
        self.edit = QLineEdit(parent)
        self.edit.setObjectName(f"valueEdit_{entry.name}")
        self.edit.setText(entry.text)
        self.edit.setPlaceholderText(example(entry.kind))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(220)
        self.edit.setAccessibleName(f"{entry.name} ({kind_name(entry.kind)})")
        self.label.setBuddy(self.edit)
        self.others = QLabel(parent)
        self.others.setObjectName(f"valueReadings_{entry.name}")
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(parent)
        self.message.setObjectName(f"valueMessage_{entry.name}")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self._show_readings()

    def _show_readings(self) -> None:
        readings = self.entry.readings
        others = [r for r in readings if r != self.edit.text()]
        if not readings:
            none = translate("ValuesEditor", "no reading in the passage")
            self.others.setText(none if self.entry.kind != "choice" else "")
        elif others:
            self.others.setText("↓ " + "  ·  ".join(others[:3]) + ("  …" if len(others) > 3 else ""))
        else:
            self.others.setText("")
        self._describe()

    def _describe(self) -> None:
        """What a screen reader says after the field's name: the message, else the readings."""
        if self.message.text():
            self.edit.setAccessibleDescription(self.message.text())
            return
        readings = self.entry.readings
        if not readings:
            self.edit.setAccessibleDescription(example(self.entry.kind))
            return
        others = len(readings) - 1
        if others == 0:
            text = translate("ValuesEditor", "Read from the passage: {reading}")
        elif others == 1:
            text = translate(
                "ValuesEditor",
                "Read from the passage: {reading}; down arrow for %n other reading",
                None,
                others,
            )
        else:
            text = translate(
                "ValuesEditor",
                "Read from the passage: {reading}; down arrow for %n other readings",
                None,
                others,
            )
        self.edit.setAccessibleDescription(text.format(reading=readings[0]))

    def step(self, by: int) -> None:
        """Show the next (``by=1``) or previous reading, selected, so typing replaces it."""
        readings = self.entry.readings
        if not readings:
            return
        try:
            at = readings.index(self.edit.text())
        except ValueError:
            at = -1 if by > 0 else 0
        self.edit.setText(readings[(at + by) % len(readings)])
        self.edit.selectAll()
        self._show_readings()

    def set_message(self, text: str, color: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color};")
        self.message.setVisible(bool(text))
        self._describe()


class ValuesEditor(QFrame):
    """The bar; ``accepted`` on Enter (or Save), ``skipped`` on Escape (or ✕)."""

    accepted = Signal()
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valuesEditor")
        self.setAccessibleName(translate("ValuesEditor", "Values of the coded passage"))
        self.setAccessibleDescription(
            translate(
                "ValuesEditor", "Enter saves every filled field; Escape skips; values can be added later"
            )
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.lines: list[FieldLine] = []

        self.title = QLabel()
        self.title.setObjectName("valuesTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.hint = QLabel(
            translate("ValuesEditor", "Enter saves  ·  Tab next field  ·  ↓ ↑ other readings  ·  Esc skips")
        )
        self.hint.setObjectName("valuesHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.save = QPushButton(translate("ValuesEditor", "Save"))
        self.save.setObjectName("valuesSave")
        self.save.setToolTip(translate("ValuesEditor", "Store every filled field (Enter) — one undo step"))
        self.save.clicked.connect(self.accepted)
        close = QToolButton()
        close.setObjectName("valuesSkip")
        close.setText("✕")
        close.setToolTip(
            translate(
                "ValuesEditor",
                "Skip (Escape): nothing is stored; fill the values later with Code → Edit values",
            )
        )
        close.setAccessibleName(translate("ValuesEditor", "Skip values"))
        close.clicked.connect(self.skipped)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title)
        head.addWidget(self.hint)
        head.addStretch(1)
        head.addWidget(self.save)
        head.addWidget(close)

        self.passage = QLabel()
        self.passage.setObjectName("valuesPassage")
        self.passage.setAccessibleName(translate("ValuesEditor", "Passage"))
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.passage.setWordWrap(True)
        self.passage.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passage.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.passage.setMinimumWidth(240)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        fields = QWidget()
        fields.setObjectName("valuesFields")
        fields.setLayout(self.grid)
        self._fields = fields
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.passage, 2)
        body.addWidget(fields, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(body)
        self.hide()

    # -- content -----------------------------------------------------------------------------
    def load(self, title: str, passage: str, entries: list[FieldEntry]) -> None:
        """Show these fields for this passage; the first field gets the focus, its text selected."""
        for line in self.lines:
            for widget in (line.label, line.edit, line.others, line.message):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.lines = []
        self.title.setText(title)
        words = " ".join(passage.split())
        clipped = words if len(words) <= PASSAGE_LIMIT else words[: PASSAGE_LIMIT - 1] + "…"
        self.passage.setText(f"“{clipped}”")
        self.passage.setToolTip(words if clipped != words else "")
        for row, entry in enumerate(entries):
            line = FieldLine(entry, self._fields)
            self.grid.addWidget(line.label, row * 2, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(line.edit, row * 2, 1)
            self.grid.addWidget(line.others, row * 2, 2)
            self.grid.addWidget(line.message, row * 2 + 1, 1, 1, 2)
            line.others.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            line.edit.installEventFilter(self)
            line.edit.returnPressed.connect(self.accepted)
            self.lines.append(line)
        for before, after in zip(self.lines, self.lines[1:], strict=False):
            QWidget.setTabOrder(before.edit, after.edit)
        if self.lines:
            QWidget.setTabOrder(self.lines[-1].edit, self.save)
        self.show()
        if self.lines:
            self.lines[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.lines[0].edit.selectAll()

    def line(self, guid: str) -> FieldLine | None:
        return next((line for line in self.lines if line.entry.guid == guid), None)

    def texts(self) -> dict[str, str]:
        """What each field holds now, by field GUID."""
        return {line.entry.guid: line.edit.text().strip() for line in self.lines}

    def error_color(self) -> str:
        return "#ff8a80" if is_dark(self.palette()) else "#b3261e"

    def show_messages(self, messages: dict[str, str]) -> None:
        """One line at each field that did not fit (and none at the others); focus the first."""
        first = None
        for line in self.lines:
            text = messages.get(line.entry.guid, "")
            line.set_message(text, self.error_color())
            if text and first is None:
                first = line
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            first.edit.selectAll()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A hairline on top: the bar reads as apart from the text in both palettes."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, self.width(), 0)
        painter.end()

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skipped.emit()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            line = next((candidate for candidate in self.lines if candidate.edit is watched), None)
            if line is not None and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                line.step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.skipped.emit()
                return True
        return super().eventFilter(watched, event)
