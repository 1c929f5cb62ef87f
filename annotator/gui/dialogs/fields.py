"""Code → Value fields…: declare, change and delete the typed values a code asks for.

A field has a name, a kind (money, age, date, duration, place, count, choice, text)
and a few options: a money field's usual currency and its "per" units (night,
client…), a duration's usual unit, a choice field's list. Each save is one core
change on the undo stack. A change that would drop stored values (a new kind they
do not fit, a choice removed, the field deleted) lists them first and goes ahead
only on Yes (:mod:`annotator.gui.value_loss`).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change, ChangeSet
from annotator.core.changes.values import AddField, DeleteField, EditField
from annotator.core.values import KINDS
from annotator.gui.i18n import translate
from annotator.gui.value_loss import push_confirming_loss

if TYPE_CHECKING:
    from annotator.core.store.values import CodeField
    from annotator.gui.session import ProjectSession

# The kinds are stored as keys ("money"); the interface shows these (translated where shown).
KIND_LABELS = {
    "money": QT_TRANSLATE_NOOP("FieldsDialog", "Money — amount and currency"),
    "age": QT_TRANSLATE_NOOP("FieldsDialog", "Age — years, or a range"),
    "date": QT_TRANSLATE_NOOP("FieldsDialog", "Date — day, month, year or a range"),
    "duration": QT_TRANSLATE_NOOP("FieldsDialog", "Duration — a length of time"),
    "place": QT_TRANSLATE_NOOP("FieldsDialog", "Place — name, area, country"),
    "count": QT_TRANSLATE_NOOP("FieldsDialog", "Count — a whole number"),
    "choice": QT_TRANSLATE_NOOP("FieldsDialog", "Choice — one of a list"),
    "text": QT_TRANSLATE_NOOP("FieldsDialog", "Text"),
}
KIND_NAMES = {
    "money": QT_TRANSLATE_NOOP("FieldsDialog", "money"),
    "age": QT_TRANSLATE_NOOP("FieldsDialog", "age"),
    "date": QT_TRANSLATE_NOOP("FieldsDialog", "date"),
    "duration": QT_TRANSLATE_NOOP("FieldsDialog", "duration"),
    "place": QT_TRANSLATE_NOOP("FieldsDialog", "place"),
    "count": QT_TRANSLATE_NOOP("FieldsDialog", "count"),
    "choice": QT_TRANSLATE_NOOP("FieldsDialog", "choice"),
    "text": QT_TRANSLATE_NOOP("FieldsDialog", "text"),
}
DURATION_UNITS = ("", "day", "week", "month", "year")
UNIT_LABELS = {
    "": QT_TRANSLATE_NOOP("FieldsDialog", "(as the passage says)"),
    "day": QT_TRANSLATE_NOOP("FieldsDialog", "days"),
    "week": QT_TRANSLATE_NOOP("FieldsDialog", "weeks"),
    "month": QT_TRANSLATE_NOOP("FieldsDialog", "months"),
    "year": QT_TRANSLATE_NOOP("FieldsDialog", "years"),
}
MANAGED = ("currency", "per", "unit", "choices")  # the options this form edits; others are kept
FIELD_ROLE = Qt.ItemDataRole.UserRole


def describe_field(field: CodeField) -> str:
    """``price — money (CNY, per night/client)``: a field in one line."""
    options = field.options
    extra = [str(options["currency"])] if options.get("currency") else []
    if options.get("per"):  # the units are the project's words ("night", "client")
        extra.append(
            translate("FieldsDialog", "per {units}").format(units="/".join(str(p) for p in options["per"]))
        )
    if options.get("unit"):
        unit = str(options["unit"])
        shown = translate("FieldsDialog", UNIT_LABELS[unit]) if unit in UNIT_LABELS else f"{unit}s"
        extra.append(translate("FieldsDialog", "in {unit}").format(unit=shown))
    if options.get("choices"):
        extra.append(" | ".join(str(c) for c in options["choices"]))
    kind = translate("FieldsDialog", KIND_NAMES[field.kind]) if field.kind in KIND_NAMES else field.kind
    if extra:
        return translate("FieldsDialog", "{name} — {kind} ({options})").format(
            name=field.name, kind=kind, options=", ".join(extra)
        )
    return translate("FieldsDialog", "{name} — {kind}").format(name=field.name, kind=kind)


def fields_html(fields: list[CodeField]) -> str:
    """The fields for the code's detail pane."""
    if not fields:
        return ""
    items = "".join(f"<li>{html.escape(describe_field(f))}</li>" for f in fields)
    title = html.escape(translate("FieldsDialog", "Values asked for when applied:"))
    return f"<p><i>{title}</i></p><ul style='margin-top:0'>{items}</ul>"


class FieldsDialog(QDialog):
    """The fields of one code: a list on the left, the chosen (or new) field's form on the right."""

    def __init__(self, session: ProjectSession, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.code = session, code
        self.setObjectName("fieldsDialog")
        path = session.code_names.path(code)
        self.setWindowTitle(translate("FieldsDialog", "Value fields — {code}").format(code=path))
        self.resize(760, 440)
        intro = QLabel(
            translate(
                "FieldsDialog",
                "When <b>{code}</b> is applied, the coder is asked for these values "
                "(proposed from the passage). Every change here can be undone with Ctrl+Z.",
            ).format(code=html.escape(path))
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("fieldList")
        self.list.setAccessibleName(translate("FieldsDialog", "Value fields"))
        self.list.currentItemChanged.connect(lambda *_: self._fill_form())
        self.new_button = QPushButton(translate("FieldsDialog", "&New field"))
        self.new_button.setObjectName("fieldNew")
        self.new_button.clicked.connect(self.new_field)
        self.delete_button = QPushButton(translate("FieldsDialog", "&Delete field"))
        self.delete_button.setObjectName("fieldDelete")
        self.delete_button.clicked.connect(self.delete_field)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.name.setObjectName("fieldName")
        self.name.setPlaceholderText(translate("FieldsDialog", "e.g. price, age, date of sale"))
        self.kind = QComboBox()
        self.kind.setObjectName("fieldKind")
        for kind in KINDS:
            self.kind.addItem(translate("FieldsDialog", KIND_LABELS[kind]), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_options())
        self.currency = QLineEdit()
        self.currency.setObjectName("fieldCurrency")
        self.currency.setPlaceholderText(
            translate("FieldsDialog", "ISO code when the passage names none, e.g. CNY")
        )
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
        self.per = QLineEdit()
        self.per.setObjectName("fieldPer")
        self.per.setPlaceholderText(translate("FieldsDialog", "units a price can be per, e.g. night, client"))
        self.unit = QComboBox()
        self.unit.setObjectName("fieldUnit")
        for unit in DURATION_UNITS:
            self.unit.addItem(translate("FieldsDialog", UNIT_LABELS[unit]), unit)
        self.choices = QPlainTextEdit()
        self.choices.setObjectName("fieldChoices")
        self.choices.setPlaceholderText(translate("FieldsDialog", "one choice per line"))
        self.choices.setTabChangesFocus(True)
        self.form = QFormLayout()
        self.form.addRow(translate("FieldsDialog", "&Name:"), self.name)
        self.form.addRow(translate("FieldsDialog", "&Kind:"), self.kind)
        self.form.addRow(translate("FieldsDialog", "&Currency:"), self.currency)
        self.form.addRow(translate("FieldsDialog", "&Per:"), self.per)
        self.form.addRow(translate("FieldsDialog", "&Unit:"), self.unit)
        self.form.addRow(translate("FieldsDialog", "C&hoices:"), self.choices)
        self.save_button = QPushButton(translate("FieldsDialog", "&Save field"))
        self.save_button.setObjectName("fieldSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_field)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        right.addWidget(self.message)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        # Not modal: the coder may look at passages meanwhile; Ctrl+Z works here too.
        for make, keys in (
            (session.undo_stack.createUndoAction, ("Ctrl+Z",)),
            (session.undo_stack.createRedoAction, ("Ctrl+Shift+Z", "Ctrl+Y")),
        ):
            action = make(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            self.addAction(action)
        session.changed.connect(self._changed)
        session.failed.connect(self._failed)
        self.finished.connect(self._disconnect)
        self.reload()

    # -- list ------------------------------------------------------------------------------------
    def fields(self) -> list[CodeField]:
        return self.session.store.code_fields(self.code)

    def reload(self, select: str | None = None) -> None:
        """Re-read the fields; ``select`` one (by GUID), else keep the current one, else the first."""
        keep = select or self.current_guid()
        self.list.blockSignals(True)
        self.list.clear()
        for field in self.fields():
            item = QListWidgetItem(describe_field(field))
            item.setData(FIELD_ROLE, field.guid)
            self.list.addItem(item)
            if field.guid == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._fill_form()

    def current_guid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(FIELD_ROLE) if item is not None else None

    # -- form ------------------------------------------------------------------------------------
    def _fill_form(self) -> None:
        guid = self.current_guid()
        field = self.session.store.code_field(guid) if guid else None
        self.delete_button.setEnabled(field is not None)
        self.save_button.setText(
            translate("FieldsDialog", "&Save field")
            if field is not None
            else translate("FieldsDialog", "&Add field")
        )
        options: dict[str, Any] = dict(field.options) if field else {}
        self.name.setText(field.name if field else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(field.kind if field else "money")))
        self.currency.setText(str(options.get("currency") or ""))
        self.per.setText(", ".join(str(p) for p in options.get("per") or []))
        self.unit.setCurrentIndex(max(0, self.unit.findData(options.get("unit") or "")))
        self.choices.setPlainText("\n".join(str(c) for c in options.get("choices") or []))
        self.message.clear()
        self._show_options()

    def _show_options(self) -> None:
        kind = self.kind.currentData()
        for widget, kinds in (
            (self.currency, ("money",)),
            (self.per, ("money",)),
            (self.unit, ("duration",)),
            (self.choices, ("choice",)),
        ):
            self.form.setRowVisible(widget, kind in kinds)

    def options(self, base: dict[str, Any] | None = None) -> dict[str, Any]:
        """The form's options for the chosen kind, over ``base`` (options it does not edit stay)."""
        out = {k: v for k, v in (base or {}).items() if k not in MANAGED}
        kind = self.kind.currentData()
        if kind == "money":
            if self.currency.text().strip():
                out["currency"] = self.currency.text().strip().upper()
            per = [p.strip().lower() for p in self.per.text().replace(";", ",").split(",") if p.strip()]
            if per:
                out["per"] = per
        elif kind == "duration" and self.unit.currentData():
            out["unit"] = self.unit.currentData()
        elif kind == "choice":
            out["choices"] = [c.strip() for c in self.choices.toPlainText().splitlines() if c.strip()]
        return out

    # -- changes ------------------------------------------------------------------------------------
    @property
    def _by(self) -> str:
        return self.session.coder.guid

    def new_field(self) -> None:
        self.list.setCurrentRow(-1)
        self._fill_form()
        self.name.setFocus()

    def save_field(self) -> ChangeSet | None:
        """Add the form as a new field, or change the chosen one (asking before values would go)."""
        self.message.clear()
        guid = self.current_guid()
        name, kind = self.name.text().strip(), self.kind.currentData()
        if guid is None:
            holder: list[AddField] = []

            def add(_confirm: bool) -> Change:
                holder.append(
                    AddField(code=self.code, name=name, kind=kind, options=self.options(), by=self._by)
                )
                return holder[-1]

            applied = push_confirming_loss(
                self.session, self, translate("FieldsDialog", "Add value field"), add
            )
            if applied is not None:
                self.reload(select=holder[-1].field.guid)
            return applied
        before = self.session.store.code_field(guid)
        options = self.options(dict(before.options))

        def edit(confirm: bool) -> Change:
            return EditField(guid, name=name, kind=kind, options=options, confirm_loss=confirm, by=self._by)

        applied = push_confirming_loss(
            self.session, self, translate("FieldsDialog", "Change value field"), edit
        )
        if applied is not None:
            self.reload(select=guid)
        return applied

    def delete_field(self) -> ChangeSet | None:
        guid = self.current_guid()
        if guid is None:
            return None

        def delete(confirm: bool) -> Change:
            return DeleteField(guid, confirm_loss=confirm, by=self._by)

        applied = push_confirming_loss(
            self.session, self, translate("FieldsDialog", "Delete value field"), delete
        )
        if applied is not None:
            self.reload()
        return applied

    def _changed(self, changes: ChangeSet) -> None:
        if changes.extra.get("fields") or changes.codebook:
            if self.code not in self.session.tree:
                self.reject()  # the code itself went (deleted, merged away)
                return
            self.reload()

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _disconnect(self, _result: int) -> None:
        for signal, slot in ((self.session.changed, self._changed), (self.session.failed, self._failed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone with the session
                pass
