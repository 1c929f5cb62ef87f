"""With the project showing Korean code labels, every place that names a code names it by its
Korean label: status messages, the segment preview, value fields and values, the audit view,
the team dialogs (pickers, facts, disagreements, agreement, reports) and the export dialog's
"code names in" choice (issue 13 item 1). A sample of widgets per place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.changes import SetCodeLanguage
from annotator.core.code_labels import CodeNames
from annotator.core.codebook import CodeTree
from annotator.core.store import ProjectStore
from annotator.gui.cases.timeline import TimelineWindow
from annotator.gui.dialogs.fields import FieldsDialog
from annotator.gui.team.agreement_dialog import AgreementDialog
from annotator.gui.team.disagreements import DisagreementsDialog
from annotator.gui.team.export_dialog import ExportDialog
from annotator.gui.team.facts_dialog import FactsDialog
from annotator.gui.team.reports import ReportsWindow
from annotator.gui.trust.audit_dialog import AuditDialog
from annotator.gui.values_editor import ValuesEditor
from tests.core.export_readers import read_csv
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs
MARRIAGE = "Forms of exploitation/Forced marriage"
PRICE = "Transactions and prices/Price paid for the person"


def in_korean(path: Path) -> CodeNames:
    """The project set to show Korean labels; the names it shows."""
    with ProjectStore.open(path) as store:
        SetCodeLanguage("ko").apply(store)
        return CodeNames(CodeTree(store.codes()), store.code_labels(language="ko"), "ko")


def korean(names: CodeNames, canonical: str) -> str:
    shown = names.shown_path(canonical)
    assert shown != canonical and not shown.isascii(), canonical  # the demo's codes have Korean labels
    return shown


def test_the_workbench_names_codes_by_their_korean_labels(qtbot, make_window, demo: Path) -> None:
    names = in_korean(demo)
    assert names.path(names.tree.find(MARRIAGE).guid) == "착취 형태/강제 결혼"  # the glossary's terms
    window = make_window(demo)
    session = window.session
    tree = session.tree
    status = window.statusBar()

    # Coding: "Coded … with {code}" names the label's path.
    marriage = tree.find(MARRIAGE).guid
    window.view.select_span(0, 12)
    window.coding.apply_code(marriage)
    assert "착취 형태/강제 결혼" in status.currentMessage()
    assert "Forced marriage" not in status.currentMessage()

    # The segment preview's header.
    window.codebook.select_codes([marriage])
    panel = window.segments
    panel.select_codings([panel.model.coding_at(0).guid])
    assert "착취 형태/강제 결혼" in panel.preview.toPlainText()

    # Values: a code without fields says so by its label; the values bar's title names it.
    session.set_coder("jun")
    window.view.select_span(20, 30)
    window.coding.apply_code(marriage)
    coding = next(c for c in session.store.codings(codes=[marriage]) if c.start == 20)
    assert not window.values.edit(coding.guid)
    assert status.currentMessage().startswith("착취 형태/강제 결혼")
    price = session.store.codings(codes=[tree.find(PRICE).guid])[0]
    window.documents.select(price.document)
    assert window.values.edit(price.guid)
    bar = window.findChild(ValuesEditor, "valuesEditor")
    assert korean(names, PRICE) in bar.title.text()

    # The value-fields dialog.
    window.codebook.select_codes([tree.find(PRICE).guid])
    window.actions["code.fields"].trigger()
    fields = window.findChild(FieldsDialog)
    assert fields is not None and korean(names, PRICE) in fields.windowTitle()
    fields.close()

    # The audit view names codes by their labels.
    window.actions["team.audit"].trigger()
    audit = window.findChild(AuditDialog)
    assert audit is not None
    summaries = " ".join(row.summary for row in audit.model.rows)
    assert "“착취 형태/강제 결혼”" in summaries and "Forced marriage" not in summaries
    audit.close()

    # A case's timeline: the code column and its tooltip.
    case = next(c for c in session.store.cases() if c.label == "Hye")
    window.select_case(case.guid)
    window.actions["case.timeline"].trigger()
    timeline = window.findChild(TimelineWindow)
    qtbot.waitUntil(lambda: timeline.journey is not None, timeout=10_000)
    model = timeline.model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        event = model.events[row]
        assert model.index(row, model.CODE).data() == names.name(tree.find(event.code_path).guid)
    assert not model.index(0, model.CODE).data().isascii()
    timeline.close()


def test_the_team_dialogs_name_codes_by_their_korean_labels(
    qtbot, make_window, demo: Path, no_dialogs, tmp_path: Path
) -> None:
    names = in_korean(demo)
    window = make_window(demo)
    tree = window.session.tree
    marriage = tree.find(MARRIAGE).guid

    # Pickers: the export dialog's codes, found by either name.
    export = open_dialog(window, "file.export", ExportDialog)
    items = {export.codes.tree.topLevelItem(i).text(0) for i in range(export.codes.tree.topLevelItemCount())}
    assert "착취 형태" in items and "Forms of exploitation" not in items
    for typed in ("강제 결혼", "forced marriage"):
        export.codes.filter.setText(typed)
        shown = [i for i in export.codes._items() if not i.isHidden()]
        assert "강제 결혼" in {i.text(0) for i in shown}, typed
    export.codes.filter.clear()
    # "Code names in": 한국어 writes the labels, canonical (the default) the English names.
    assert export.code_language.currentData() == "en"
    export.code_language.setCurrentIndex(export.code_language.findData("ko"))
    assert export.request().code_language == "ko"
    target = tmp_path / "ko.csv"
    export.path.setText(str(target))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, export.task)
    rows = read_csv(target)
    assert rows and korean(names, PRICE) in {r["code"] for r in rows}
    assert all(not r["code"].isascii() for r in rows)  # every code the demo uses has a label
    export.code_language.setCurrentIndex(0)
    assert export.request().code_language is None
    export.close()

    # Agreement: the code column.
    agreement = open_dialog(window, "team.agreement", AgreementDialog)
    top = agreement.codes.tree
    assert "착취 형태" in {top.topLevelItem(i).text(0) for i in range(top.topLevelItemCount())}
    qtbot.mouseClick(agreement.compute_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, agreement.task)
    model = agreement.by_code
    tips = {model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(1, model.rowCount())}
    assert tips and all(not tip.isascii() for tip in tips)
    agreement.close()

    # Disagreements: the code column, its filter and the review pane.
    review = open_dialog(window, "team.disagreements", DisagreementsDialog)
    qtbot.mouseClick(review.find_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, review.task)
    d = review.model.rows[0]
    assert review.model.index(0, 1).data() == names.name(d.code)
    assert review.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == names.path(d.code)
    assert review.code_filter.findText(names.path(d.code)) > 0
    review.table.selectRow(review.proxy.mapFromSource(review.model.index(0, 0)).row())
    assert names.path(d.code) in review.passage.text()
    review.close()

    # Reports: the segments table, the frequencies and the co-occurrence matrix.
    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    segment = reports.segments.rows[0]
    assert reports.segments.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == names.shown_path(
        segment.code_path
    )
    assert not reports.segments.index(0, 1).data().isascii()
    frequency_tips = set(reports.frequencies.tooltips)
    assert korean(names, PRICE) in frequency_tips
    assert korean(names, PRICE) in reports.matrix.tooltips
    reports.close()

    # Facts: the code filter and the figures' code column.
    facts = open_dialog(window, "team.facts", FactsDialog)
    qtbot.waitUntil(lambda: facts.task is not None and facts.task.reported, timeout=10_000)
    price = korean(names, PRICE)
    assert facts.code.findText(price) > 0 and facts.code.findText(PRICE) < 0
    assert facts.code.itemData(facts.code.findText(price)) == PRICE  # the core still gets the path
    figures = facts.figure_table.model()
    shown = {figures.index(r, 0).data() for r in range(figures.rowCount())}
    assert price.rsplit("/", 1)[-1] in shown
    facts.close()
    assert marriage in tree
