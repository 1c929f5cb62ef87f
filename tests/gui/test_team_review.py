"""Agreement and disagreements on the demo project (mina and jun coded the same ten testimonies)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.analysis.agreement import agreement
from annotator.core.analysis.consensus import CONSENSUS
from annotator.gui.presenter import ALL, MINE
from annotator.gui.team.agreement_dialog import AgreementDialog
from annotator.gui.team.disagreements import DisagreementsDialog
from tests.gui import team_support
from tests.gui.helpers import key
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_agreement_dialog_shows_each_code_and_the_cores_overall_kappa(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    dialog = open_dialog(window, "team.agreement", AgreementDialog)
    assert sorted(dialog.coders.checked()) == ["jun", "mina"]  # the two who coded, not the current coder
    click(qtbot, dialog.compute_button)
    wait_for(qtbot, dialog.task)
    coders = list(dialog.report.coders)
    expected = agreement(window.session.store, coders)
    model = dialog.by_code
    assert model.rowCount() == len(expected.codes) + 1
    assert model.index(0, 0).data().startswith("Overall")
    assert model.index(0, 2).data() == f"{expected.overall.cohen_kappa:.3f}"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Cohen's κ"
    by_path = {model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole): r for r in range(1, model.rowCount())}
    for row in expected.codes:
        r = by_path[row.path]
        shown = model.index(r, 2).data()
        assert shown == ("n/a" if row.stats.cohen_kappa is None else f"{row.stats.cohen_kappa:.3f}")
    assert dialog.by_document.rowCount() == len(expected.documents) + 1
    assert f"{expected.overall.cohen_kappa:.3f}" in dialog.summary.text()
    assert dialog.export_button.isEnabled()


def test_an_undefined_statistic_reads_na_with_its_reason(qtbot, make_window, demo, no_dialogs, tmp_path):
    window = make_window(demo)
    tree = window.session.tree
    unused = next(
        code.guid
        for _, code in tree.walk()
        if code.codable and not window.session.store.codings(code=code.guid)
    )
    dialog = open_dialog(window, "team.agreement", AgreementDialog)
    dialog.some_codes.setChecked(True)
    dialog.codes.set_checked([unused])
    click(qtbot, dialog.compute_button)
    wait_for(qtbot, dialog.task)
    kappa = dialog.by_code.index(1, 2)
    assert kappa.data() == "n/a" and dialog.by_code.index(1, 3).data() == "n/a"
    assert "no variation" in kappa.data(Qt.ItemDataRole.ToolTipRole)
    assert "undefined" in dialog.notes.toPlainText()
    assert dialog.tabs.tabText(2).startswith("Notes (")

    no_dialogs["answers"]["save"] = tmp_path / "agreement.xlsx"
    wait_for(qtbot, dialog.export_xlsx())
    from openpyxl import load_workbook  # noqa: PLC0415

    book = load_workbook(tmp_path / "agreement.xlsx", read_only=True)
    assert "Agreement" in book.sheetnames
    assert no_dialogs["errors"] == []


def test_a_disagreement_opens_its_passage_with_every_coder_shown(qtbot, make_window, demo, no_dialogs):
    window = make_window(demo)
    window.coders.set_mode(MINE)  # the view must switch to all coders by itself
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    click(qtbot, dialog.find_button)
    wait_for(qtbot, dialog.task)
    rows = dialog.model.rows
    assert rows and all({*r.coders_with, *r.coders_without} == {"jun", "mina"} for r in rows)
    current = window.presenter.document
    row = next(i for i, r in enumerate(rows) if r.document != current and r.end - r.start > 5)
    d = rows[row]
    index = dialog.proxy.mapFromSource(dialog.model.index(row, 0))
    dialog.table.scrollTo(index)
    qtbot.mouseClick(
        dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=dialog.table.visualRect(index).center()
    )
    assert window.presenter.document == d.document
    assert window.view.selected_span() == (d.start, d.end)
    assert window.presenter.coder_mode == ALL and window.actions["view.all"].isChecked()
    text_a = dialog.sides[0][1].toPlainText()
    text_b = dialog.sides[1][1].toPlainText()
    assert dialog.coders()[0] in text_a and dialog.coders()[1] in text_b
    assert "did not apply this code" in (text_a + text_b)


def test_accepting_a_version_writes_the_consensus_layer_and_ctrl_z_removes_it(
    qtbot, make_window, demo, no_dialogs
):
    window = make_window(demo)
    store = window.session.store
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    wait_for(qtbot, dialog.find())
    row = next(i for i, r in enumerate(dialog.model.rows) if r.coders_with == (dialog.coders()[0],))
    d = dialog.model.rows[row]
    dialog.select_row(row)
    steps = window.session.undo_stack.count()
    accept_a = dialog.sides[0][2]
    click(qtbot, accept_a)
    layer = store.coder_by_name(CONSENSUS)
    assert layer is not None
    source = store.coder_by_name(dialog.coders()[0])
    wanted = {
        (c.start, c.end)
        for c in store.codings(document=d.document, code=d.code, coder=source.guid)
        if c.start < d.end and c.end > d.start
    }
    made = store.codings(document=d.document, code=d.code, coder=layer.guid)
    assert {(c.start, c.end) for c in made} == wanted
    assert window.session.undo_stack.count() == steps + 1  # one step
    assert dialog.model.index(row, 5).data() == f"{dialog.coders()[0]}'s version (coded)"
    assert all(g in window.presenter.visible for g in (c.guid for c in made))  # drawn in the text

    key(qtbot, window, "Ctrl+Z")
    assert store.codings(coder=layer.guid) == []
    assert dialog.model.index(row, 5).data() == "not coded"
    key(qtbot, window, "Ctrl+Shift+Z")
    assert len(store.codings(coder=layer.guid)) == len(made)

    assert dialog.current() != d  # the decision moved on to the next undecided disagreement
    dialog.select_row(row)
    click(qtbot, dialog.sides[1][2])  # B did not code it: the consensus drops it again, one more step
    assert store.codings(document=d.document, code=d.code, coder=layer.guid) == []
    assert dialog.model.index(row, 5).data() == f"{dialog.coders()[1]}'s version (not coded)"
    key(qtbot, window, "Ctrl+Z")
    assert len(store.codings(coder=layer.guid)) == len(made)
    assert dialog.model.index(row, 5).data() == f"{dialog.coders()[0]}'s version (coded)"
