"""The case chooser: type a few letters of a case's label (or an attribute), press Enter.

The same gesture as the quick-code palette (Ctrl+K). Typing a label no case has offers
"New case …" as the last entry, so a coder can link a passage to a person not recorded
yet without leaving the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from annotator.core.store.cases import case_label_key
from annotator.gui.dialogs.palette import ListPalette, rank
from annotator.gui.i18n import translate
from annotator.gui.models.cases import CaseRow, role_label

NEW = "\x00new"  # the item that creates a case


class CasePalette(ListPalette):
    """Pick one case: ``chosen(guid)`` on Enter or double-click; ``create(label)`` for a new one."""

    chosen = Signal(str)
    create = Signal(str)

    def __init__(
        self,
        rows: list[CaseRow],
        *,
        title: str | None = None,
        hint: str | None = None,
        exclude: set[str] | frozenset[str] = frozenset(),
        allow_new: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        title = title or translate("CasePalette", "Choose case")
        hint = hint or translate("CasePalette", "Type part of a case's label, then Enter")
        super().__init__(name="casePalette", title=title, hint=hint, parent=parent)
        self.setObjectName("casePalette")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one chooser at a time, gone once used
        self.resize(480, 340)
        self.rows = {r.case.guid: r for r in rows if r.case.guid not in exclude}
        # What the words are matched against: labels first, then role and attributes ("female
        # 1994" finds her), so a case found by its label always ranks above one found otherwise.
        self.labels = {g: r.case.label for g, r in self.rows.items()}
        self.keys = {
            g: " ".join(
                [r.case.role, role_label(r.case.role), *(f"{k} {v}" for k, v in r.attributes.items())]
            )
            + "/"
            + r.case.label
            for g, r in self.rows.items()
        }
        self.allow_new = allow_new
        self.empty = QLabel(
            translate("CasePalette", "No cases yet: type a label and press Enter to create one.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.rows and allow_new)
        self.box.insertWidget(1, self.empty)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.list.clear()
        if text.strip():
            by_label = rank(self.labels, text)
            guids = by_label + [g for g in rank(self.keys, text) if g not in by_label]
        else:
            guids = sorted(self.rows, key=lambda g: self.rows[g].case.label.casefold())
        for guid in guids:
            row = self.rows[guid]
            item = QListWidgetItem(
                translate("CasePalette", "{case}    — {role}, {documents} doc · {passages} passages").format(
                    case=row.case.label,
                    role=role_label(row.case.role),
                    documents=row.documents,
                    passages=row.passages,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, guid)
            item.setToolTip("\n".join(f"{k}: {v}" for k, v in row.attributes.items()) or row.case.label)
            self.list.addItem(item)
        label = " ".join(text.split())
        taken = any(case_label_key(r.case.label) == case_label_key(label) for r in self.rows.values())
        if self.allow_new and label and not taken:
            item = QListWidgetItem(translate("CasePalette", "+ New case “{case}”").format(case=label))
            item.setData(Qt.ItemDataRole.UserRole, NEW)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def accept(self) -> None:
        guid = self.current()
        label = " ".join(self.query.text().split())
        super().accept()
        if guid == NEW:
            self.create.emit(label)
        elif guid is not None:
            self.chosen.emit(guid)
