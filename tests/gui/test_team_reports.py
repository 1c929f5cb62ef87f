"""Team → Retrieval and reports: attribute filters, frequencies, co-occurrence, chart files."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.analysis import query
from annotator.gui.team.charts import SVG_AVAILABLE
from annotator.gui.team.reports import ReportsWindow
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_retrieval_filters_by_a_document_attribute(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    store = window.session.store
    reports = open_dialog(window, "team.reports", ReportsWindow)
    click(qtbot, reports.conditions.add_button)
    row = reports.conditions.rows[0]
    row.attribute.setCurrentText("age_at_exploitation")
    row.op.setCurrentText("<")
    qtbot.keyClicks(row.value, "18")
    click(qtbot, reports.run_button)
    wait_for(qtbot, reports.task)
    expected = query.segments(store, attributes=query.attribute_filter("age_at_exploitation", "<", 18))
    under_18 = {
        d
        for d, values in store.document_attributes().items()
        if "age_at_exploitation" in values and float(values["age_at_exploitation"]) < 18  # not all have one
    }
    shown = reports.segments.rows
    assert expected and len(shown) == len(expected) < store.counts()["codings"]
    assert {s.coding.document for s in shown} == under_18
    assert reports.segment_table.model().rowCount() == len(expected)
    assert "age_at_exploitation < 18" in reports.summary.text()
    frequencies = reports.frequencies
    totals = {frequencies.tooltips[r]: frequencies.rows[r][-2] for r in range(frequencies.rowCount())}
    assert sum(totals.values()) == len(expected)  # the codings column, per code
    assert reports.bar_chart.bars and reports.heatmap.labels

    index = reports.segment_table.model().index(0, 0)  # double-click opens the passage in the window
    reports.open_segment(index)
    first = shown[0]
    assert window.view.selected_span() == (first.start, first.end)


def test_frequencies_per_document_and_cooccurrence_by_document(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    reports = open_dialog(window, "team.reports", ReportsWindow)
    reports.by.setCurrentIndex(reports.by.findData("document"))
    reports.scope.setCurrentIndex(reports.scope.findData("document"))
    wait_for(qtbot, reports.run())
    assert reports.frequencies.header[1:-2] == [d.name for d in window.session.store.documents()]
    expected = query.cooccurrence(window.session.store, scope="document")
    assert reports.matrix.rowCount() == len(expected.codes)
    assert reports.heatmap.units[0].endswith(" documents")  # the diagonal counts documents


def test_charts_save_as_png_and_svg(qtbot, make_window, demo, no_dialogs, tmp_path):
    window = make_window(demo)
    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    reports.tabs.setCurrentIndex(1)
    for button, name in (("saveFrequencyChart", "bars"), ("saveCooccurrenceChart", "heatmap")):
        for suffix in (".png", ".svg") if SVG_AVAILABLE else (".png",):
            target = tmp_path / f"{name}{suffix}"
            no_dialogs["answers"]["save"] = target
            reports.tabs.setCurrentIndex(1 if name == "bars" else 2)
            click(qtbot, reports.findChild(object, button))
            assert target.exists() and target.stat().st_size > 1000, target
    assert (tmp_path / "bars.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if SVG_AVAILABLE:
        svg = (tmp_path / "heatmap.svg").read_text(encoding="utf-8")
        assert "<svg" in svg and "Co-occurrence" in svg
    assert no_dialogs["errors"] == []
