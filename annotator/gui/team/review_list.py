"""The upper half of Team → Disagreements: the count, the code / document / text filters and the
table of disagreements, with moving to the next undecided one.

Which rows count and which are boundary only is decided by the model and its
:class:`~annotator.gui.team.disagreement_model.ReviewFilter` (from the core's verdicts);
this widget lays them out and moves the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.agreement import Disagreement
from annotator.gui.i18n import translate
from annotator.gui.tables import row_table
from annotator.gui.team.disagreement_model import DISAGREEMENT_ROLE, DisagreementModel, ReviewFilter


class ReviewList(QWidget):
    current_changed = Signal()
    filters_changed = Signal()

    def __init__(self, model: DisagreementModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ReviewFilter(model, self)
        self.code_filter, self.document_filter = QComboBox(), QComboBox()
        for combo, name, what in (
            (self.code_filter, "disagreementCodeFilter", translate("ReviewList", "All codes")),
            (self.document_filter, "disagreementDocumentFilter", translate("ReviewList", "All documents")),
        ):
            combo.setObjectName(name)
            combo.addItem(what, None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.activated.connect(self._filters_changed)
        self.filter = QLineEdit()
        self.filter.setObjectName("disagreementFilter")
        self.filter.setPlaceholderText(translate("ReviewList", "Filter by document, code, coder or words…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(220)
        self.filter.textChanged.connect(self._filters_changed)
        self.count = QLabel(translate("ReviewList", "Choose two coders and press Find."))
        self.count.setObjectName("disagreementCount")
        self.table = row_table(
            self.proxy,
            name="disagreementTable",
            stretch=2,
            widths=((0, 170), (1, 190), (3, 80), (4, 90), (5, 170)),
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for widget in (self.code_filter, self.document_filter, self.filter):
            bar.addWidget(widget)
        outer.addLayout(bar)
        outer.addWidget(self.table)

    def fill_filters(self) -> None:
        """The codes and documents of the rows, keeping the chosen ones where they still occur."""
        rows = self.model.rows
        codes = sorted({(self.model.shown_path(d.code_path), d.code) for d in rows})
        documents = sorted({(d.document_name, d.document) for d in rows})
        for combo, items in ((self.code_filter, codes), (self.document_filter, documents)):
            keep = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, guid in items:
                combo.addItem(label, guid)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_: object) -> None:
        self.proxy.set_filter(
            code=self.code_filter.currentData(),
            document=self.document_filter.currentData(),
            words=self.filter.text(),
        )
        self.filters_changed.emit()

    def current(self) -> Disagreement | None:
        index = self.table.currentIndex()
        return index.data(DISAGREEMENT_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> bool:
        """Select a row of the (unfiltered) model, as a click would; False if it is filtered out."""
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def reselect(self, d: Disagreement | None) -> None:
        """After a refilter: the same disagreement again, if it is still listed."""
        if d is not None:
            self.select_row(self.model.row_of(d))

    def next_undecided(self) -> bool:
        """Move to the next undecided disagreement after the current row (in the list as filtered
        and sorted), wrapping around; False when none is left."""
        rows = self.proxy.rowCount()
        here = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for r in [*range(here + 1, rows), *range(0, here + 1)]:
            source = self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            if not self.model.is_boundary(source) and not self.model.is_decided(source):
                return self.select_row(source)
        return False
