"""Team → Retrieval and reports…: coded segments under filters, code frequencies, co-occurrence, charts.

One set of filters (codes with or without sub-codes, coders, documents,
document attributes such as "age_at_exploitation < 18") drives three views.
The core's ``query`` module does the retrieval and counting in a worker; this
window shows tables and two charts that can be saved as PNG or SVG for a paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.query import parse_attribute_filters
from annotator.core.errors import AnnotatorError
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.models.values_text import ValueTexts
from annotator.gui.tables import row_table
from annotator.gui.team.chart_files import save_chart
from annotator.gui.team.charts import BarChart, Chart, Heatmap, passage_units
from annotator.gui.team.conditions import ConditionsEditor
from annotator.gui.team.jobs import Task
from annotator.gui.team.pickers import CheckTree, group_box
from annotator.gui.team.report_models import CODING_ROLE, SORT_ROLE, GridModel, SegmentsTableModel, bars, heat
from annotator.gui.team.work import QueryOptions, QueryResult, query_work
from annotator.gui.veil import RevealOnClick, VeilDelegate

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench


def _table(name: str, model: GridModel | SegmentsTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = row_table(proxy, name=name, multi=True)
    proxy.setParent(table)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order first
    table.setSortingEnabled(True)
    return table, proxy


class ReportsWindow(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self.result: QueryResult | None = None
        self.setObjectName("reportsWindow")
        self.setWindowTitle(translate("ReportsWindow", "Retrieval and reports"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.resize(1320, 800)
        store = self.session.store

        self.codes = CheckTree("reportCodes", placeholder=translate("ReportsWindow", "Filter codes…"))
        self.codes.set_codes(self.session.tree, names=self.session.code_names)
        self.subcodes = QCheckBox(translate("ReportsWindow", "A checked code includes its sub-codes"))
        self.subcodes.setObjectName("reportSubcodes")
        self.coders = CheckTree("reportCoders", placeholder=translate("ReportsWindow", "Filter coders…"))
        self.coders.set_items([(c.guid, c.name) for c in store.coders()])
        self.documents = CheckTree(
            "reportDocuments", placeholder=translate("ReportsWindow", "Filter documents…")
        )
        self.documents.set_items([(d.guid, d.name) for d in store.documents()])
        self.conditions = ConditionsEditor(store.attributes())
        self.run_button = QPushButton(translate("ReportsWindow", "&Update"))
        self.run_button.setObjectName("reportRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        filters = QWidget()
        side = QVBoxLayout(filters)
        side.setContentsMargins(0, 0, 6, 0)
        side.addWidget(group_box(translate("ReportsWindow", "Codes"), self.codes, self.subcodes), 5)
        side.addWidget(group_box(translate("ReportsWindow", "Coders"), self.coders), 2)
        side.addWidget(group_box(translate("ReportsWindow", "Documents"), self.documents), 3)
        side.addWidget(
            group_box(translate("ReportsWindow", "Only documents whose attributes match"), self.conditions), 0
        )
        side.addWidget(self.run_button)

        self.summary = QLabel(translate("ReportsWindow", "Set filters and press Update."))
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.values = ValueTexts()
        self.values.set_session(session)
        self.segments = SegmentsTableModel(self, self.values.line)
        self.segment_table, self.segment_proxy = _table("reportSegmentTable", self.segments)
        self.segment_table.setColumnHidden(4, not self.values.has_fields())  # the typed values, if any
        header = self.segment_table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 200), (1, 200), (2, 80), (3, 90), (4, 160)):
            self.segment_table.setColumnWidth(column, width)
        self.segments.set_veil(bench.veil)  # warned passages veiled as in the main window
        self.segment_table.setItemDelegateForColumn(5, VeilDelegate(self.segment_table))
        self.reveal = RevealOnClick(self.segment_table, bench.veil)
        self.segment_table.doubleClicked.connect(self.open_segment)
        self.segment_table.setToolTip(
            translate("ReportsWindow", "Double-click a segment to open it in the main window")
        )

        self.by = QComboBox()
        self.by.setObjectName("frequencyColumns")
        self.by.addItem(translate("ReportsWindow", "per coder"), "coder")
        self.by.addItem(translate("ReportsWindow", "per document"), "document")
        self.by.activated.connect(lambda _i: self.run())
        self.frequencies = GridModel(self)
        self.frequency_table, _ = _table("frequencyTable", self.frequencies)
        self.frequency_table.setColumnWidth(0, 260)
        self.bar_chart = BarChart()
        self.scope = QComboBox()
        self.scope.setObjectName("cooccurrenceScope")
        self.scope.addItem(translate("ReportsWindow", "in the same passage (overlapping codings)"), "passage")
        self.scope.addItem(translate("ReportsWindow", "in the same document"), "document")
        self.scope.activated.connect(lambda _i: self.run())
        self.matrix = GridModel(self)
        self.matrix_table, _ = _table("cooccurrenceTable", self.matrix)
        self.matrix_table.setColumnWidth(0, 260)
        self.heatmap = Heatmap()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.segment_table, translate("ReportsWindow", "Segments"))
        self.tabs.addTab(
            self._chart_page(
                translate("ReportsWindow", "Codings per code:"), self.by, self.frequency_table, self.bar_chart
            ),
            translate("ReportsWindow", "Frequencies"),
        )
        self.tabs.addTab(
            self._chart_page(
                translate("ReportsWindow", "Codes occurring together:"),
                self.scope,
                self.matrix_table,
                self.heatmap,
            ),
            translate("ReportsWindow", "Co-occurrence"),
        )
        results = QWidget()
        main = QVBoxLayout(results)
        main.setContentsMargins(6, 0, 0, 0)
        main.addWidget(self.summary)
        main.addWidget(self.tabs, 1)
        split = QSplitter()
        split.addWidget(filters)
        split.addWidget(results)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        QTimer.singleShot(0, self.run_button.setFocus)

    def _chart_page(self, title: str, choice: QComboBox, table: QTableView, chart: Chart) -> QWidget:
        save = QPushButton(translate("ReportsWindow", "Save chart…"))
        save.setObjectName(f"save{chart.objectName()[0].upper()}{chart.objectName()[1:]}")
        save.setToolTip(translate("ReportsWindow", "PNG or SVG, white background, for a report or a paper"))
        save.clicked.connect(lambda: self.save_chart(chart))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(title))
        bar.addWidget(choice)
        bar.addStretch(1)
        bar.addWidget(save)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(table)
        split.setSizes([460, 220])
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(bar)
        column.addWidget(split, 1)
        return page

    # -- running ------------------------------------------------------------------------------
    def options(self) -> QueryOptions:
        """The filters as the core takes them. Raises UsageError for a condition it cannot read."""
        codes = self.codes.selection()
        return QueryOptions(
            codes=tuple(codes) if codes is not None else None,
            include_subcodes=self.subcodes.isChecked(),
            coders=tuple(c) if (c := self.coders.selection()) is not None else None,
            documents=tuple(d) if (d := self.documents.selection()) is not None else None,
            attributes=parse_attribute_filters(self.conditions.conditions()),
            frequencies_by=self.by.currentData(),
            scope=self.scope.currentData(),
        )

    def run(self) -> Task | None:
        if self.task is not None and not self.task.done:
            return None
        try:
            options = self.options()
        except AnnotatorError as exc:
            prompts.show_error(self, translate("ReportsWindow", "Retrieval"), str(exc))
            return None
        self.run_button.setEnabled(False)
        self.task = Task(
            self,
            self.session.path,
            query_work(options),
            translate("ReportsWindow", "Retrieval"),
            label=translate("ReportsWindow", "Retrieving…"),
        )
        return self.task.run(self.show_result, self._failed)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            prompts.show_error(self, translate("ReportsWindow", "Retrieval"), message)

    def show_result(self, result: QueryResult) -> None:
        self.run_button.setEnabled(True)
        self.result = result
        self.values.set_session(self.session)  # values read afresh for this result
        self.segment_table.setColumnHidden(4, not self.values.has_fields())
        shown_path = self.session.code_names.shown_path
        self.segments.shown_path = shown_path
        self.segments.set_rows(result.segments)
        code = translate("ReportsWindow", "Code")
        self.frequencies.set_table(
            result.frequencies.to_rows(),
            labels={
                0: code,
                -2: translate("ReportsWindow", "Codings"),
                -1: translate("ReportsWindow", "Documents"),
            },
            shown_path=shown_path,
        )
        self.matrix.set_table(
            result.cooccurrence.to_rows(), labels={0: code}, shown_path=shown_path, code_columns=True
        )
        for table in (self.frequency_table, self.matrix_table):
            table.setColumnWidth(0, 260)
        chart_bars, title = bars(result.frequencies, self.session.tree, shown_path=shown_path)
        self.bar_chart.set_bars(chart_bars, title)
        labels, cells, paths, heat_title = heat(result.cooccurrence, shown_path=shown_path)
        if result.cooccurrence.scope != "passage":  # the heatmap's own words are for passages
            self.heatmap.units = (
                translate("ReportsWindow", "{code}: {n} documents"),
                translate("ReportsWindow", "{a} × {b}: {n} documents with both"),
                translate("ReportsWindow", "a code with itself (documents)"),
            )
        else:
            self.heatmap.units = passage_units()
        self.heatmap.set_matrix(labels, cells, heat_title, paths)
        documents = len({s.coding.document for s in result.segments})
        conditions = self.conditions.conditions()
        if conditions:
            summary = translate(
                "ReportsWindow",
                "{n} coded segments in {documents} documents in documents where {conditions}.",
            )
        else:
            summary = translate("ReportsWindow", "{n} coded segments in {documents} documents.")
        joined = translate("ReportsWindow", " and ").join(conditions)
        self.summary.setText(summary.format(n=len(result.segments), documents=documents, conditions=joined))
        self.tabs.setTabText(0, translate("ReportsWindow", "Segments ({n})").format(n=len(result.segments)))

    # -- actions -------------------------------------------------------------------------------
    def open_segment(self, index: QModelIndex) -> None:
        guid = index.data(CODING_ROLE) if index.isValid() else None
        if guid and self.bench.session is self.session:
            self.bench.jump_to(guid)

    def save_chart(self, chart: Chart) -> Path | None:
        path = save_chart(self, chart, self.session.path)
        if path is not None:
            self.bench.show_status(translate("ReportsWindow", "Saved the chart as {path}.").format(path=path))
        return path
