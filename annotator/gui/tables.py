"""The app's read-only row tables (segments, timeline, disagreements, facts): one setup.

Every list of rows the app shows is read the same way — whole rows selected, nothing
edited in place, no grid, alternating rows, one line per row at a height that suits the
font — so a change to how tables look or behave is made once, here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(
    model: QAbstractItemModel,
    *,
    name: str,
    accessible: str = "",
    multi: bool = False,
    stretch: int | None = None,
    widths: Iterable[tuple[int, int]] = (),
) -> QTableView:
    """A table of ``model``'s rows: ``multi`` allows several rows selected; ``stretch`` names the
    column that takes the spare width; ``widths`` are (column, pixels) starting widths."""
    table = QTableView()
    table.setObjectName(name)
    if accessible:
        table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        table.setColumnWidth(column, width)
    return table
