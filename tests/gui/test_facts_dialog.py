"""Team → Facts…: figures per code and field, each minimum/median/maximum one click from its passage."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtCore import Qt

from annotator.core.analysis.facts import FactGroup, FactValue
from annotator.core.changes.values import SetValues
from annotator.core.values import FieldSpec, parse_value
from annotator.gui.team import facts_dialog
from annotator.gui.team.charts import SVG_AVAILABLE
from annotator.gui.team.facts_dialog import FactsDialog
from annotator.gui.team.facts_model import MAXIMUM, MEDIAN, MINIMUM, passage_of
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for
from tests.gui.values_support import SALE, TESTIMONY, TWO_PRICES, span_of, values_project

__all__ = ["values_project"]
no_dialogs = team_support.no_dialogs

PRICES = (
    (SALE, "25,000 yuan"),
    ("The broker first asked 5,000 yuan", "5,000 yuan"),
    (TWO_PRICES, "30,000 yuan"),
)


def coded_prices(window, ids) -> list[str]:  # type: ignore[no-untyped-def]
    """Three passages coded "Price of sale" with a price each (the coder's steps, through the session)."""
    spec = FieldSpec("price", "money", {"currency": "CNY"}, ids["price"])
    guids = []
    for phrase, said in PRICES:
        window.view.select_span(*span_of(phrase))
        window.coding.apply_code(ids["Price of sale"])
        window.values.close()
        coding = window.session.store.find_coding(
            ids["doc"], ids["Price of sale"], window.session.coder.guid, *span_of(phrase)
        )
        window.session.push(SetValues(coding.guid, {ids["price"]: parse_value(spec, said)}))
        guids.append(coding.guid)
    return guids


def report_of(window, ids) -> list[FactGroup]:  # type: ignore[no-untyped-def]
    """The report as the core gives it, built here from the store (the dialog only shows it)."""
    store = window.session.store
    items = []
    for row in store.fact_rows(fields=[ids["price"]]):
        items.append(
            FactValue(
                row.value,
                row.coding,
                row.document,
                "testimony.txt",
                row.start,
                row.end,
                TESTIMONY[row.start : row.end],
                row.coder,
                "Tester",
            )
        )
    ordered = sorted(items, key=lambda v: v.value.number() or 0.0)
    group = FactGroup(
        ids["Price of sale"],
        "Sale/Price of sale",
        ids["price"],
        "price",
        "money",
        None,
        "CNY",
        tuple(items),
        ordered[0].value,
        statistics.median(v.value.number() or 0.0 for v in items),
        ordered[-1].value,
    )
    return [group]


@pytest.fixture
def facts_window(qtbot, make_window, values_project, monkeypatch):  # type: ignore[no-untyped-def]
    """The window with three priced passages; the facts worker returns the core's report shape."""
    path, ids = values_project
    window = make_window(path)
    coded_prices(window, ids)
    report = report_of(window, ids)
    asked = []

    def fake_work(options):  # type: ignore[no-untyped-def]
        asked.append(options)
        return lambda _store, _progress, _cancelled: report

    monkeypatch.setattr(facts_dialog, "facts_work", fake_work)
    return window, ids, report, asked


def click_cell(qtbot, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_the_facts_window_lists_a_figure_and_each_number_opens_its_passage(qtbot, facts_window, no_dialogs):
    window, ids, report, asked = facts_window
    dialog = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
    assert asked and asked[0].code is None and asked[0].by is None  # everything, ungrouped
    table = dialog.figure_table
    assert table.model().rowCount() == 1
    cells = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert cells == ["Price of sale", "price", "", "CNY", "3", "3", "5,000 CNY", "25,000 CNY", "30,000 CNY"]
    assert (
        "3 figures" not in dialog.summary.text() and "1 figure from 3 coded passages" in dialog.summary.text()
    )

    for column, said in ((MINIMUM, "5,000 yuan"), (MAXIMUM, "30,000 yuan"), (MEDIAN, "25,000 yuan")):
        click_cell(qtbot, table, 0, column)
        value = passage_of(report[0], column)
        assert value is not None and value.value.original == said and said in value.quote
        assert window.view.selected_span() == (value.start, value.end)  # one click: the passage
        assert window.presenter.document == ids["doc"]
        tip = table.model().index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Click to open the passage")

    # Every value behind the count, with its quote; a click on a quote opens it too.
    passages = dialog.passage_table
    assert passages.model().rowCount() == 3
    quotes = {passages.model().index(r, 1).data() for r in range(3)}
    assert any("He sold her for 25,000 yuan" in q for q in quotes)
    click_cell(qtbot, passages, 0, 1)
    first = passages.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert window.view.selected_span() == (first.start, first.end)

    # Enter on a link cell does what a click does (keyboard users reach every passage).
    table.setCurrentIndex(table.model().index(0, MAXIMUM))
    window.view.select_span(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    maximum = passage_of(report[0], MAXIMUM)
    assert window.view.selected_span() == (maximum.start, maximum.end)


def test_the_histogram_and_the_box_plot_save_as_png_and_svg(qtbot, facts_window, no_dialogs, tmp_path):
    window, _ids, _report, _asked = facts_window
    dialog = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
    assert sum(count for _, _, count in dialog.histogram.bins) == 3
    assert "price" in dialog.histogram.title and "CNY" in dialog.histogram.title
    assert dialog.boxplot.boxes and len(dialog.boxplot.boxes[0].numbers) == 3

    no_dialogs["answers"]["save"] = tmp_path / "prices.png"
    saved = dialog.save_chart(dialog.current_chart())
    assert saved == tmp_path / "prices.png" and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dialog.charts.setCurrentIndex(1)
    if SVG_AVAILABLE:
        no_dialogs["answers"]["save"] = tmp_path / "by-group.svg"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        svg = (tmp_path / "by-group.svg").read_text(encoding="utf-8")
        assert "<svg" in svg
    no_dialogs["answers"]["save"] = window.session.path  # never over the project
    assert dialog.save_chart(dialog.boxplot) is None
    assert no_dialogs["errors"]


def test_filters_go_to_the_core_as_the_command_line_names_them(qtbot, facts_window, no_dialogs):
    window, _ids, _report, asked = facts_window
    dialog = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
    codes = [dialog.code.itemData(i) for i in range(dialog.code.count())]
    assert codes == [
        None,
        "Sale",
        "Sale/Price of sale",
        "Sale/Age at sale",
    ]  # codes with fields (and parents)
    dialog.code.setCurrentIndex(dialog.code.findData("Sale/Price of sale"))
    dialog._fill_fields()
    assert [dialog.field.itemData(i) for i in range(dialog.field.count())] == [None, "price"]
    dialog.field.setCurrentIndex(1)
    dialog.by.setCurrentIndex(dialog.by.findData("Sale"))
    dialog.coder.setCurrentIndex(dialog.coder.findData("Tester"))
    wait_for(qtbot, dialog.run())
    last = asked[-1]
    assert (last.code, last.field, last.by, last.coders) == (
        "Sale/Price of sale",
        "price",
        "Sale",
        ("Tester",),
    )


def test_no_values_says_how_to_get_some(qtbot, make_window, values_project, monkeypatch, no_dialogs):
    window = make_window(values_project[0])
    monkeypatch.setattr(facts_dialog, "facts_work", lambda _o: lambda *_a: [])
    dialog = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
    assert "No values yet" in dialog.summary.text() and "Value fields" in dialog.summary.text()
    assert dialog.figure_table.model().rowCount() == 0
    assert dialog.histogram.is_empty()


def test_histogram_bins_whole_years_and_name_a_lone_value(qtbot):
    from annotator.gui.team.value_charts import Histogram, bins  # noqa: PLC0415

    ages = [17, 19, 19, 20, 23, 29]
    found = bins([float(a) for a in ages], whole=True)
    assert sum(n for _, _, n in found) == len(ages)
    assert all(float(low).is_integer() and (high - low).is_integer() for low, high, _ in found)
    assert bins([1500.0, 1500.0]) == [(1500.0, 1500.0, 2)]
    chart = Histogram()
    qtbot.addWidget(chart)
    chart.set_values([1500.0, 1500.0], "fee", lambda x: f"{x:,.0f}")
    assert chart.label(*chart.bins[0][:2]) == "1,500"  # not "1,500 – 1,501"
    chart.set_values([float(a) for a in ages], "age", lambda x: f"{x:g}", whole=True)
    assert [(low, high) for low, high, _ in chart.bins] == [(17, 21), (21, 25), (25, 29), (29, 33)]
    assert chart.label(17, 21) == "17–20"  # whole years, each bar's ages named inclusively


demo_master, demo = team_support.demo_master, team_support.demo


def test_demo_sale_prices_by_form_of_exploitation_open_their_passages(qtbot, make_window, demo, no_dialogs):
    """The facts issue's "what were women sold for, by form of exploitation", with the real core."""
    window = make_window(demo)
    dialog = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
    dialog.code.setCurrentIndex(dialog.code.findText("Transactions and prices/Price paid for the person"))
    dialog.by.setCurrentIndex(dialog.by.findText("Attribute: exploitation"))
    wait_for(qtbot, dialog.run())
    table = dialog.figure_table
    model = table.model()
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"cybersex", "forced prostitution", "(none)"}  # (none): two sisters, two forms
    row = rows["forced prostitution"]
    assert [model.index(row, c).data() for c in (4, 5, MINIMUM, MAXIMUM)] == [
        "4",
        "2",
        "8,000 CNY",
        "12,000 CNY",
    ]
    click_cell(qtbot, table, row, MAXIMUM)
    store = window.session.store
    start, end = window.view.selected_span()
    said = store.document_text(window.presenter.document)[start:end]
    assert said == "sold me to a massage parlour in Dalian for 12,000 yuan"
