"""Team → Facts…: the typed values on coded passages, counted — every number one click from its passage.

One row per code, field, group and unit (money per currency: never added across
currencies; converted only with a rate table the user picks, and marked so): count,
minimum, median, maximum. The minimum, median and maximum are links that open their
passage in the main window; selecting a row lists every value behind the count with
its quote, and a click on a quote opens that passage. A histogram of the row's values
and a box plot per group save as PNG or SVG. The counting is the core's
(:func:`annotator.core.analysis.facts.facts`), run in a worker like the other reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
)

from annotator.core.analysis.facts import FactGroup, FactValue
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.tables import row_table
from annotator.gui.team.chart_files import save_chart
from annotator.gui.team.charts import Bar, BarChart, Chart
from annotator.gui.team.facts_model import (
    GROUP_ROLE,
    LINKS,
    SORT_ROLE,
    VALUE_ROLE,
    FiguresModel,
    PassagesModel,
    date_text,
    duration_text,
    number_text,
    unit_text,
)
from annotator.gui.team.jobs import Task
from annotator.gui.team.value_charts import Box, BoxPlot, Histogram
from annotator.gui.team.work import FactsOptions, facts_work
from annotator.gui.veil import RevealOnClick, VeilDelegate

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

RATES_FILTER = QT_TRANSLATE_NOOP("FactsDialog", "Rate tables (*.csv);;All files (*)")
HINT = QT_TRANSLATE_NOOP(
    "FactsDialog",
    "Click a minimum, median or maximum to open its passage; select a row to list every value "
    "behind it, and click a quote to open that passage. Money is counted per currency.",
)


def _table(
    name: str, source: FiguresModel | PassagesModel, label: str
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    table = row_table(proxy, name=name, accessible=label)
    proxy.setParent(table)
    return table, proxy


def axis_format(kind: str) -> Callable[[float], str]:
    """How a chart writes this kind's numbers (the currency is in the title, not on every tick)."""
    if kind == "date":
        return date_text
    if kind == "duration":
        return duration_text
    return lambda x: number_text(kind, None, x)


class FactsDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self.report: list[FactGroup] = []
        self.rates: Path | None = None
        self.setObjectName("factsDialog")
        self.setWindowTitle(translate("FactsDialog", "Facts"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.resize(1240, 820)

        self.code = QComboBox()
        self.code.setObjectName("factsCode")
        self.field = QComboBox()
        self.field.setObjectName("factsField")
        self.by = QComboBox()
        self.by.setObjectName("factsBy")
        self.coder = QComboBox()
        self.coder.setObjectName("factsCoder")
        self.rates_button = QPushButton(translate("FactsDialog", "Rate table…"))
        self.rates_button.setObjectName("factsRates")
        self.rates_button.setToolTip(
            translate(
                "FactsDialog",
                "Convert money with your own table (CSV: from,to,rate); converted rows are marked "
                "and the per-currency rows stay",
            )
        )
        self.rates_button.clicked.connect(self.choose_rates)
        self.rates_clear = QToolButton()
        self.rates_clear.setText("✕")
        self.rates_clear.setAccessibleName(translate("FactsDialog", "Stop converting"))
        self.rates_clear.setToolTip(translate("FactsDialog", "Stop converting"))
        self.rates_clear.clicked.connect(lambda: self.set_rates(None))
        self.rates_clear.hide()
        self.run_button = QPushButton(translate("FactsDialog", "&Update"))
        self.run_button.setObjectName("factsRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self._fill_filters()
        top = QHBoxLayout()
        for text, combo in (
            (translate("FactsDialog", "&Code:"), self.code),
            (translate("FactsDialog", "&Field:"), self.field),
            (translate("FactsDialog", "&Group by:"), self.by),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1)
        coder_label = QLabel(translate("FactsDialog", "C&oder:"))
        coder_label.setBuddy(self.coder)
        top.addWidget(coder_label)
        top.addWidget(self.coder)
        top.addWidget(self.rates_button)
        top.addWidget(self.rates_clear)
        top.addWidget(self.run_button)
        self.code.activated.connect(self._code_chosen)
        for combo in (self.field, self.by, self.coder):
            combo.activated.connect(lambda _i: self.run())

        self.summary = QLabel(translate("FactsDialog", "Counting…"))
        self.summary.setObjectName("factsSummary")
        self.summary.setWordWrap(True)
        self.figures = FiguresModel(self)
        self.figures.shown_path = lambda path: self.session.code_names.shown_path(path)
        self.figure_table, self.figure_proxy = _table(
            "factsTable", self.figures, translate("FactsDialog", "Figures")
        )
        header = self.figure_table.horizontalHeader()
        for column, width in ((0, 190), (1, 120), (2, 150), (3, 120), (4, 60), (5, 130), (6, 130), (7, 130)):
            self.figure_table.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # numbers stay near their names
        self.figure_table.setMouseTracking(True)
        self.figure_table.clicked.connect(self.figure_clicked)
        self.figure_table.entered.connect(self._hover)
        self.figure_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_figure())
        self.figure_table.installEventFilter(self)

        self.passages = PassagesModel(self)
        self.passages.set_veil(bench.veil)  # warned passages veiled as in the main window
        self.figures.veil = bench.veil
        self.passage_table, self.passage_proxy = _table(
            "factsPassages", self.passages, translate("FactsDialog", "Passages behind the figure")
        )
        self.passage_table.setSortingEnabled(True)
        self.passage_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.passage_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 130), (3, 90)):
            self.passage_table.setColumnWidth(column, width)
        self.passage_table.setItemDelegateForColumn(1, VeilDelegate(self.passage_table))
        self.reveal = RevealOnClick(self.passage_table, bench.veil)  # Space, or the click that opens it
        self.passage_table.clicked.connect(lambda index: self.open_value(index.data(VALUE_ROLE)))
        self.passage_table.activated.connect(lambda index: self.open_value(index.data(VALUE_ROLE)))
        self.passage_table.setToolTip(
            translate("FactsDialog", "Click a quote to open its passage in the main window")
        )

        self.histogram = Histogram()
        self.tally = BarChart()
        self.tally.setObjectName("valueTally")
        self.distribution = QStackedWidget()
        self.distribution.addWidget(self._scroll(self.histogram))
        self.distribution.addWidget(self._scroll(self.tally))
        self.boxplot = BoxPlot()
        self.charts = QTabWidget()
        self.charts.setObjectName("factsCharts")
        self.charts.addTab(self.distribution, translate("FactsDialog", "Distribution"))
        self.charts.addTab(self._scroll(self.boxplot), translate("FactsDialog", "By group"))
        self.save_button = QPushButton(translate("FactsDialog", "Save chart…"))
        self.save_button.setObjectName("factsSaveChart")
        self.save_button.setToolTip(
            translate("FactsDialog", "PNG or SVG, white background, for a report or a paper")
        )
        self.save_button.clicked.connect(lambda: self.save_chart(self.current_chart()))
        self.charts.setCornerWidget(self.save_button)

        lower = QSplitter()
        lower.addWidget(self.passage_table)
        lower.addWidget(self.charts)
        lower.setSizes([620, 600])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figure_table)
        split.addWidget(lower)
        split.setSizes([300, 460])
        hint = QLabel(translate("FactsDialog", HINT))
        hint.setObjectName("factsHint")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(hint)
        self.addActions(bench.undo_actions())

    @staticmethod
    def _scroll(chart: Chart) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart)
        return scroll

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.report and self.task is None:
            QTimer.singleShot(0, self.run)

    # -- filters -----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        store, tree, names = self.session.store, self.session.tree, self.session.code_names
        with_fields = {f.code for f in store.code_fields() if f.code in tree}
        shown = set(with_fields)
        for guid in with_fields:
            shown.update(tree.ancestors(guid))
        self.code.addItem(translate("FactsDialog", "All codes with values"), None)
        for _depth, code in tree.walk():
            if code.guid in shown:
                self.code.addItem(names.path(code.guid), tree.path(code.guid))
        self._fill_fields()
        self.by.addItem(translate("FactsDialog", "No grouping"), None)
        for attribute in store.attributes():
            self.by.addItem(
                translate("FactsDialog", "Attribute: {name}").format(name=attribute.name), attribute.name
            )
        for _depth, code in tree.walk():
            if tree.children(code.guid):
                self.by.addItem(
                    translate("FactsDialog", "Code: {path}").format(path=names.path(code.guid)),
                    tree.path(code.guid),
                )
        self.coder.addItem(translate("FactsDialog", "All coders"), None)
        for coder in store.coders():
            self.coder.addItem(coder.name, coder.name)

    def _code_chosen(self, _index: int) -> None:
        self._fill_fields()
        self.run()

    def _fill_fields(self) -> None:
        store, tree = self.session.store, self.session.tree
        chosen = self.code.currentData()
        keep = self.field.currentData()
        under = None
        if chosen:
            top = tree.find_or_none(chosen)
            under = {top.guid, *tree.descendants(top.guid)} if top is not None else set()
        names = sorted(
            {f.name for f in store.code_fields() if under is None or f.code in under}, key=str.casefold
        )
        self.field.clear()
        self.field.addItem(translate("FactsDialog", "All fields"), None)
        for name in names:
            self.field.addItem(name, name)
        self.field.setCurrentIndex(max(0, self.field.findData(keep)))

    def options(self) -> FactsOptions:
        coder = self.coder.currentData()
        return FactsOptions(
            code=self.code.currentData(),
            field=self.field.currentData(),
            by=self.by.currentData(),
            coders=(coder,) if coder else None,
            rates=self.rates,
        )

    def choose_rates(self) -> None:
        path = prompts.open_file(
            self, translate("FactsDialog", "Rate table"), translate("FactsDialog", RATES_FILTER)
        )
        if path:
            self.set_rates(Path(path))

    def set_rates(self, path: Path | None) -> None:
        self.rates = path
        self.rates_button.setText(
            translate("FactsDialog", "Rates: {file}").format(file=path.name)
            if path
            else translate("FactsDialog", "Rate table…")
        )
        self.rates_clear.setVisible(path is not None)
        self.run()

    # -- running -----------------------------------------------------------------------------------
    def run(self) -> Task | None:
        if self.task is not None and not self.task.done:
            return None
        self.run_button.setEnabled(False)
        self.task = Task(
            self,
            self.session.path,
            facts_work(self.options()),
            translate("FactsDialog", "Facts"),
            label=translate("FactsDialog", "Counting values…"),
        )
        return self.task.run(self.show_report, self._failed)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            self.summary.setText(message)
            prompts.show_error(self, translate("FactsDialog", "Facts"), message)

    def show_report(self, report: list[FactGroup]) -> None:
        """Show the core's figures (also the entry point for a report computed elsewhere)."""
        self.run_button.setEnabled(True)
        self.report = list(report)
        self.figures.set_rows(self.report)
        values = {v.coding for g in self.report for v in g.values}
        documents = {v.document for g in self.report for v in g.values}
        if not self.report:
            self.summary.setText(
                translate(
                    "FactsDialog",
                    "No values yet for these choices. Values are entered when a code with value fields is "
                    "applied (Code → Value fields… declares them).",
                )
            )
        else:
            n, passages, docs = len(self.report), len(values), len(documents)
            self.summary.setText(
                translate("FactsDialog", "{figures} from {passages} in {documents}.").format(
                    figures=translate("FactsDialog", "%n figure", None, n)
                    if n == 1
                    else translate("FactsDialog", "%n figures", None, n),
                    passages=translate("FactsDialog", "%n coded passage", None, passages)
                    if passages == 1
                    else translate("FactsDialog", "%n coded passages", None, passages),
                    documents=translate("FactsDialog", "%n document", None, docs)
                    if docs == 1
                    else translate("FactsDialog", "%n documents", None, docs),
                )
            )
        if self.report:
            self.select_figure(0)
        else:
            self.show_figure()

    # -- the chosen figure -------------------------------------------------------------------------
    def select_figure(self, row: int) -> None:
        index = self.figure_proxy.mapFromSource(self.figures.index(row, 0))
        self.figure_table.setCurrentIndex(index)

    def current_group(self) -> FactGroup | None:
        index = self.figure_proxy.mapToSource(self.figure_table.currentIndex())
        return self.figures.group_at(index.row()) if index.isValid() else None

    def show_figure(self) -> None:
        group = self.current_group()
        self.passages.set_group(group)
        self._draw(group)

    def _draw(self, group: FactGroup | None) -> None:
        if group is None:
            self.histogram.set_values([], "", str)
            self.boxplot.set_boxes([], "", str)
            return
        name = f"{self.figures.code_name(group)} · {group.field_name}"
        unit = unit_text(group)
        figure = f"{name} ({unit})" if unit else name
        where = f" — {self.figures.group_name(group)}" if group.group else ""
        fmt = axis_format(group.kind)
        numbers = [n for v in group.values if (n := v.value.number()) is not None]
        if group.minimum is not None and numbers:
            self.distribution.setCurrentIndex(0)
            count = len(numbers)
            values = (
                translate("FactsDialog", "%n value", None, count)
                if count == 1
                else translate("FactsDialog", "%n values", None, count)
            )
            title = translate("FactsDialog", "{figure}: {values}").format(
                figure=figure + where, values=values
            )
            self.histogram.set_values(numbers, title, fmt, whole=group.kind in ("age", "count"))
        else:
            self.distribution.setCurrentIndex(1)
            counts: dict[str, int] = {}
            for v in group.values:
                counts[v.value.display()] = counts.get(v.value.display(), 0) + 1
            bars = [
                Bar(k, n, tooltip=f"{k}: {n}") for k, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
            ]
            title = translate("FactsDialog", "{figure}: how often each value occurs").format(
                figure=name + where
            )
            self.tally.set_bars(bars[:30], title)
        siblings = [
            g
            for g in self.report
            if (g.code, g.field_guid, g.unit, getattr(g, "converted", False))
            == (group.code, group.field_guid, group.unit, getattr(group, "converted", False))
        ]
        boxes = [
            Box(
                self.figures.group_name(g) or translate("FactsDialog", "(none)"),
                tuple(n for v in g.values if (n := v.value.number()) is not None),
            )
            for g in siblings
        ]
        by = getattr(group, "by", None) or self.by.currentData()
        title = (
            translate("FactsDialog", "{figure} by {group}").format(
                figure=figure, group=self.figures.shown_path(by)
            )
            if by
            else figure
        )
        self.boxplot.set_boxes(boxes if group.minimum is not None else [], title, fmt)

    # -- one click to the passage ------------------------------------------------------------------
    def figure_clicked(self, index: QModelIndex) -> FactValue | None:
        """A click on a minimum, median or maximum opens its passage (and shows it in the list)."""
        value = index.data(VALUE_ROLE) if index.isValid() else None
        if value is None:
            return None
        if self.current_group() is not index.data(GROUP_ROLE):
            self.figure_table.setCurrentIndex(index)
        row = self.passages.row_of(value)
        if row >= 0:
            self.passage_table.selectRow(self.passage_proxy.mapFromSource(self.passages.index(row, 0)).row())
        self.open_value(value)
        return value

    def open_value(self, value: FactValue | None) -> None:
        if value is None:
            return
        if self.bench.session is not self.session:
            self.bench.show_status(
                translate("FactsDialog", "These facts belong to a project that is no longer open.")
            )
            return
        self.bench.open_passage(value.document, value.start, value.end)
        self.bench.show_status(f"{value.value.display()} — {value.document_name}, {value.coder_name}")

    def _hover(self, index: QModelIndex) -> None:
        link = index.isValid() and index.column() in LINKS and index.data(VALUE_ROLE) is not None
        self.figure_table.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a figure's link cell opens its passage, as a click does."""
        if watched is self.figure_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.figure_clicked(self.figure_table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # -- charts ------------------------------------------------------------------------------------
    def current_chart(self) -> Chart:
        if self.charts.currentIndex() == 1:
            return self.boxplot
        return self.histogram if self.distribution.currentIndex() == 0 else self.tally

    def save_chart(self, chart: Chart) -> Path | None:
        path = save_chart(self, chart, self.session.path)
        if path is not None:
            self.bench.show_status(translate("FactsDialog", "Saved the chart as {path}.").format(path=path))
        return path
