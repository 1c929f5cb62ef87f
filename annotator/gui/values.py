"""Entering typed values on a coded passage: what the values bar offers, and storing what is accepted.

When a code with value fields is applied, the bar (:mod:`annotator.gui.values_editor`)
opens with the core's readings of the passage (``propose``), best first and
pre-filled; Enter stores every filled field as one ``SetValues`` (one undo step,
one audit entry). A reading is never stored unless the coder accepts it, and a
text that does not fit its field's kind stores nothing: the core's one-line
``ValueInvalid`` is shown at the field. Escape, or simply coding on, leaves the
passage without values; Code → Edit values (or a double-click on the values in the
segments table) opens the same bar later.

The controller sees the window only as a :class:`~annotator.gui.workbench.CodingBench`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from annotator.core.changes import ChangeSet
from annotator.core.changes.values import SetValues
from annotator.core.errors import NotFound
from annotator.core.model import Coding
from annotator.core.values import FieldSpec, Value, ValueInvalid, parse_value, propose
from annotator.gui.i18n import translate
from annotator.gui.ownership import may_change
from annotator.gui.values_editor import FieldEntry, ValuesEditor
from annotator.gui.workbench import CodingBench


@dataclass
class _Field:
    """A field being edited: its spec, the value stored now, and what each offered text stands for."""

    spec: FieldSpec
    stored: Value | None
    offered: dict[str, Value | None] = field(default_factory=dict)  # text -> value (None: read it)


class ValuesController(QObject):
    def __init__(
        self,
        bench: CodingBench,
        editor: ValuesEditor,
        return_focus: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bench, self.editor = bench, editor
        self.return_focus = return_focus
        self.coding: Coding | None = None  # the coding whose values the bar shows
        self.fields: dict[str, _Field] = {}
        editor.accepted.connect(self.accept)
        editor.skipped.connect(self.skip)

    # -- opening ----------------------------------------------------------------------------------
    def offer(self, coding: str) -> bool:
        """After a code was applied: open the bar if its code has value fields (else close it)."""
        session = self.bench.session
        if session is None:
            return False
        try:
            target = session.store.coding(coding)
        except NotFound:
            return False
        if not session.store.code_fields(target.code):
            self.close()  # coding on skips the previous passage's values
            return False
        return self._open(target)

    def edit(self, coding: str | None = None) -> bool:
        """Code → Edit values: the chosen coding (the clicked highlight or the table's row)."""
        session = self.bench.session
        if session is None:
            return False
        chosen = coding or next(iter(self.bench.selected_codings()), None)
        if chosen is None:
            self.bench.show_status(
                translate(
                    "ValuesController", "Click a highlight (or select a segment) to choose the passage."
                )
            )
            return False
        try:
            target = session.store.coding(chosen)
        except NotFound:
            return False
        if not session.store.code_fields(target.code):
            if target.code in session.tree:
                said = translate(
                    "ValuesController", "{code} has no value fields; add them with Code → Value fields…."
                )
                said = said.format(code=session.code_names.path(target.code))
            else:
                said = translate(
                    "ValuesController", "This code has no value fields; add them with Code → Value fields…."
                )
            self.bench.show_status(said)
            return False
        if not may_change(session, self.bench.dialog_parent, [target.guid], "edit its values"):
            return False
        return self._open(target)

    def _open(self, coding: Coding) -> bool:
        session = self.bench.session
        assert session is not None
        if session.readonly:
            self.bench.show_status(
                translate("ValuesController", "This project is open read-only; values cannot be entered.")
            )
            return False
        store = session.store
        text = store.document_text(coding.document)[coding.start : coding.end]
        stored = {v.field: v.value for v in store.coding_values(coding=coding.guid)}
        self.coding, self.fields = coding, {}
        entries = []
        for declared in store.code_fields(coding.code):
            spec = declared.spec
            current = _Field(spec, stored.get(spec.guid))
            if current.stored is not None:
                current.offered[current.stored.display()] = current.stored
            for reading in propose(spec, text):
                current.offered.setdefault(reading.display(), reading)
            for choice in spec.choices:
                current.offered.setdefault(choice, None)
            self.fields[spec.guid] = current
            # Pre-filled: the stored value, else the best reading (a choice only when the passage names it).
            readings = [t for t, v in current.offered.items() if v is not None]
            entries.append(
                FieldEntry(
                    spec.guid, spec.name, spec.kind, list(current.offered), readings[0] if readings else ""
                )
            )
        path = session.code_names.path(coding.code) if coding.code in session.tree else ""
        self.editor.load(translate("ValuesController", "Values · {code}").format(code=path), text, entries)
        return True

    # -- closing -----------------------------------------------------------------------------------
    def accept(self) -> ChangeSet | None:
        """Store every filled field (and clear an emptied one) as one step; a misfit stores nothing."""
        session, coding = self.bench.session, self.coding
        if session is None or coding is None:
            self.close()
            return None
        values: dict[str, Value | None] = {}
        messages: dict[str, str] = {}
        for guid, typed in self.editor.texts().items():
            current = self.fields[guid]
            if not typed:
                if current.stored is not None:
                    values[guid] = None
                continue
            value = current.offered.get(typed)
            if value is None:
                try:
                    value = parse_value(current.spec, typed)
                except ValueInvalid as exc:
                    messages[guid] = str(exc)
                    continue
            if current.stored is not None and (value.data, value.original) == (
                current.stored.data,
                current.stored.original,
            ):
                continue  # unchanged: not a step of its own
            values[guid] = value
        self.editor.show_messages(messages)
        if messages:
            reason = next(iter(messages.values()))
            self.bench.show_status(
                translate("ValuesController", "Nothing stored: {reason}").format(reason=reason)
            )
            return None
        if not values:
            self.close(focus=True)
            self.bench.show_status(translate("ValuesController", "No values to store."))
            return None
        names = {f.spec.guid: f.spec.name for f in self.fields.values()}
        cleared = translate("ValuesController", "(cleared)")
        said = ", ".join(f"{names[g]}: {v.display() if v else cleared}" for g, v in values.items())
        applied = session.push(SetValues(coding.guid, values, by=session.coder.guid))  # closes the bar
        if applied is None:
            return None  # the session said why in the status bar; the bar stays for a correction
        self.close(focus=True)
        self.bench.show_status(
            translate("ValuesController", "Stored {values} (Ctrl+Z undoes it).").format(values=said)
        )
        return applied

    def skip(self) -> None:
        if self.coding is not None:
            self.bench.show_status(
                translate(
                    "ValuesController",
                    "Values skipped: add them later with Code → Edit values (Ctrl+Shift+V) "
                    "or a double-click in the Values column.",
                )
            )
        self.close(focus=True)

    def close(self, *, focus: bool = False) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.editor.isAncestorOf(focused)
        self.coding, self.fields = None, {}
        self.editor.hide()
        if focus or had_focus:
            self.return_focus()

    @property
    def is_open(self) -> bool:
        return self.coding is not None and self.editor.isVisible()

    # -- keeping in step ------------------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        """Close the bar when what it shows changed under it: its coding (an undo, a re-code, a
        resize, its values) or the project's fields. Nothing typed there was stored yet."""
        coding = self.coding
        if coding is None:
            return
        if coding.guid in changes.codings or changes.extra.get("fields") or changes.extra.get("reload"):
            self.close()

    def document_opened(self, document: str | None) -> None:
        """Another document in the view: the bar's passage is no longer in sight."""
        if self.coding is not None and self.coding.document != document:
            self.close()
