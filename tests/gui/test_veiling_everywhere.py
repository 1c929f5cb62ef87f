"""Veiled passages beyond the segments table and the text (issue 12, item 2): search hits, the
review of disagreements, reports, facts quotes, the memo dock and copying show a warned passage
as a neutral bar for a coder who prefers it, reveal it with a click or Space (in every view at
once: one veil per window), change no count; the export dialog veils or leaves out by warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.changes import ApplyCode, EditCoding, SetCodeWarnings
from annotator.core.store import ProjectStore
from annotator.gui import care_settings
from annotator.gui.search.model import AFTER, MATCH
from annotator.gui.team.disagreements import DisagreementsDialog
from annotator.gui.team.export_dialog import OMIT, VEIL, ExportDialog
from annotator.gui.team.facts_dialog import FactsDialog
from annotator.gui.team.reports import ReportsWindow
from annotator.gui.veil import VEILED_ROLE
from tests.core.export_readers import read_csv
from tests.gui.conftest import CODER, ENGLISH
from tests.gui.team_support import no_dialogs, open_dialog, wait_for
from tests.gui.test_facts_dialog import facts_window, values_project
from tests.gui.test_veiling import BORDER, FREE, OVERLAP, WARNED, prefer_veiling, rows_by_text, warned

__all__ = ["facts_window", "no_dialogs", "values_project", "warned"]
BAR = "Veiled — Documents taken"
MARKER = "[veiled: sexual violence — Documents taken]"


def click_cell(qtbot, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def search(qtbot, window, query: str):  # type: ignore[no-untyped-def]
    panel = window.search_panel
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData("literal"))
    assert window.search.run() is not None
    qtbot.waitUntil(lambda: window.search.job is None, timeout=60_000)
    return panel


def hit_rows(panel) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return {h.start: r for r, h in enumerate(panel.model.hits)}


def test_search_hits_in_a_warned_passage_show_the_bar_and_no_context_from_it(
    qtbot, make_window, warned
) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    panel = search(qtbot, window, "said")
    model, rows = panel.model, hit_rows(panel)
    inside = ENGLISH.index("said I owed")
    free = ENGLISH.index("said the pay")
    assert len(rows) == 3  # a veiled hit is still a hit
    assert model.index(rows[inside], MATCH).data() == BAR
    assert model.index(rows[inside], MATCH).data(VEILED_ROLE) == BAR
    assert model.index(rows[inside], MATCH).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Veiled passage: sexual violence"
    )
    row_text = " ".join(str(model.index(rows[inside], c).data()) for c in range(4))
    tip = model.index(rows[inside], MATCH).data(Qt.ItemDataRole.ToolTipRole)
    assert "papers" not in row_text and "owed" not in row_text and "papers" not in tip
    assert model.index(rows[free], MATCH).data() == "said"
    assert model.index(rows[free], MATCH).data(VEILED_ROLE) is None

    # A hit outside the passage keeps its context up to the passage's edge, not into it.
    panel = search(qtbot, window, "Respondent")
    rows = hit_rows(panel)
    second = ENGLISH.index("Respondent: They")
    assert panel.model.index(rows[second], MATCH).data() == "Respondent"
    assert panel.model.index(rows[second], AFTER).data() == ": "
    click_cell(qtbot, panel.table, rows[second], MATCH)  # not veiled: a click reveals nothing
    assert window.view.veiled_regions() != []

    panel = search(qtbot, window, "said")
    rows = hit_rows(panel)
    click_cell(qtbot, panel.table, rows[inside], MATCH)  # a click on the bar reveals that passage
    assert panel.model.index(rows[inside], MATCH).data() == "said"
    assert "owed" in panel.model.index(rows[inside], AFTER).data()
    assert len(window.view.veiled_regions()) == 1  # the same passage revealed in the text too


def test_search_shows_everything_with_the_preference_off_and_space_reveals_the_selection(
    qtbot, make_window, warned
) -> None:
    window = make_window(warned[0])
    panel = search(qtbot, window, "Respondent")
    second = hit_rows(panel)[ENGLISH.index("Respondent: They")]
    assert "They took my papers" in panel.model.index(second, AFTER).data()
    prefer_veiling(CODER)
    window.veil.reload()
    assert panel.model.index(second, AFTER).data() == ": "
    panel = search(qtbot, window, "papers")
    assert panel.model.index(0, MATCH).data() == BAR
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert panel.model.index(0, MATCH).data() == "papers"


def _jun_codes_the_free_passage(path: Path, ids: dict[str, str]) -> None:
    with ProjectStore.open(path) as store:
        jun = store.ensure_coder("jun").guid
        start = ENGLISH.index(FREE)
        ApplyCode(
            document=ids["en.txt"],
            start=start,
            end=start + len(FREE),
            code=ids["Recruitment/Job offer"],
            coder=jun,
        ).apply(store)


def review(qtbot, make_window, path: Path):  # type: ignore[no-untyped-def]
    window = make_window(path)
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    dialog.coder_a.setCurrentText("mina")
    dialog.coder_b.setCurrentText("jun")
    wait_for(qtbot, dialog.find())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return window, dialog


def shown(dialog) -> str:  # type: ignore[no-untyped-def]
    return " ".join(
        [dialog.passage.text(), *(browser.toPlainText() for _, browser, _ in dialog.sides)]
        + [str(dialog.model.index(r, 2).data()) for r in range(dialog.model.rowCount())]
    )


def test_a_veiled_pair_is_decided_without_reading_it_and_space_reveals_it(
    qtbot, make_window, warned, no_dialogs
) -> None:
    path, ids = warned
    _jun_codes_the_free_passage(path, ids)
    prefer_veiling(CODER)
    window, dialog = review(qtbot, make_window, path)
    assert dialog.model.rowCount() == 3 and dialog.tally()[0] == 3  # counts as without the veil
    assert [dialog.model.index(r, 2).data() for r in range(3)].count(BAR) == 3  # the border question too
    assert dialog.current() is not None
    text = shown(dialog)
    assert "papers" not in text and "owed" not in text and "border" not in text
    assert BAR in dialog.sides[0][1].toPlainText() and BAR in dialog.sides[1][1].toPlainText()
    assert dialog.sides[0][1].accessibleDescription() == "Veiled passage: sexual violence"

    first = dialog.current()
    qtbot.keyClick(QApplication.focusWidget() or dialog.table, Qt.Key.Key_1)  # decide while veiled
    consensus = window.session.store.coder_by_name("consensus")
    assert consensus is not None
    assert [(c.start, c.end) for c in window.session.store.codings(coder=consensus.guid)] == [
        (first.start, first.end)
    ]
    assert dialog.tally()[0] == 2 and dialog.current() != first

    qtbot.keyClick(QApplication.focusWidget() or dialog.table, Qt.Key.Key_Space)
    text = shown(dialog)
    now = dialog.current()
    assert ENGLISH[now.start : now.end][:12] in " ".join(text.split())
    assert dialog.sides[0][1].accessibleDescription() == ""


def test_the_review_shows_both_versions_with_the_preference_off_and_a_click_reveals(
    qtbot, make_window, warned, no_dialogs
) -> None:
    path, ids = warned
    _jun_codes_the_free_passage(path, ids)
    window, dialog = review(qtbot, make_window, path)
    text = shown(dialog)
    assert BAR not in text and ("border" in text or "papers" in text)
    prefer_veiling(CODER)
    window.veil.reload()
    assert "papers" not in shown(dialog) and "border" not in shown(dialog)
    browser = dialog.sides[1][1]
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert BAR not in browser.toPlainText()


def test_reports_veil_the_text_column_and_the_view_action_reveals_it_there_too(
    qtbot, make_window, warned, no_dialogs
) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    reports = open_dialog(window, "team.reports", ReportsWindow)
    wait_for(qtbot, reports.run())
    model = reports.segments
    texts = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert model.rowCount() == 4 and texts == {BAR, FREE}
    tips = " ".join(str(model.index(r, 5).data(Qt.ItemDataRole.ToolTipRole)) for r in range(4))
    assert "papers" not in tips and "border" not in tips
    assert "4 coded segments" in reports.summary.text()
    window.actions["view.reveal_veiled"].trigger()  # one veil per window: every view follows it
    assert {model.index(r, 5).data() for r in range(4)} == {WARNED, BORDER, OVERLAP, FREE}
    window.actions["view.reveal_veiled"].trigger()
    row = next(r for r in range(4) if model.rows[r].text == BORDER)
    view_row = reports.segment_proxy.mapFromSource(model.index(row, 5)).row()
    click_cell(qtbot, reports.segment_table, view_row, 5)
    assert model.index(row, 5).data() == BORDER
    assert [model.index(r, 5).data() for r in range(4)].count(BAR) == 2  # one at a time


def test_facts_quotes_of_a_warned_passage_are_veiled(qtbot, facts_window, no_dialogs) -> None:
    window, ids, report, _ = facts_window
    window.session.push(SetCodeWarnings(ids["Price of sale"], ["torture"]))
    care_settings.save(CODER, care_settings.CarePreferences(veil_warned=True))
    try:
        window.veil.reload()
        dialog = open_dialog(window, "team.facts", FactsDialog)
        qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.reported, timeout=10_000)
        passages = dialog.passage_table.model()
        assert passages.rowCount() == 3
        quotes = [passages.index(r, 1).data() for r in range(3)]
        assert quotes == ["Veiled — Price of sale"] * 3
        assert all(
            "yuan" not in str(passages.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)) for r in range(3)
        )
        tip = dialog.figure_table.model().index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
        assert "Veiled — Price of sale" in tip and "yuan" not in tip
        dialog.passage_table.setFocus()
        dialog.passage_table.selectRow(0)
        qtbot.keyClick(dialog.passage_table, Qt.Key.Key_Space)
        assert [passages.index(r, 1).data() for r in range(3)].count("Veiled — Price of sale") < 3
    finally:
        care_settings.save(CODER, care_settings.CarePreferences())


def test_a_veiled_passages_memo_is_not_shown_until_revealed_and_never_overwritten(
    make_window, warned
) -> None:
    path, _ids = warned
    prefer_veiling(CODER)
    window = make_window(path)
    model = window.segments.model
    rows = rows_by_text(model)
    coding = model.coding_at(rows[WARNED])
    window.session.push(EditCoding(coding.guid, memo="she was hurt there", by=coding.coder))
    assert model.index(rows[WARNED], 5).data() == ""  # the memo column too
    window.memos.show_coding(coding.guid)
    editor = window.memo_panel.editor
    assert editor.toPlainText() == "" and editor.isReadOnly()
    assert "veiled" in editor.placeholderText()
    window.memos.flush()
    assert window.session.store.coding(coding.guid).memo == "she was hurt there"  # nothing written over it
    window.segments.select_codings([coding.guid])
    window.segments.reveal_current()
    assert editor.toPlainText() == "she was hurt there"
    assert model.index(rows[WARNED], 5).data() == "she was hurt there"


def test_copying_a_selection_over_a_veiled_passage_copies_the_marker(make_window, warned) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    view = window.view
    start = ENGLISH.index("Respondent: They")
    end = ENGLISH.index(WARNED) + len(WARNED) + 1
    view.select_span(start, end)
    view.copy()
    assert QApplication.clipboard().text() == f"Respondent: {MARKER}\n"
    window.actions["view.reveal_veiled"].trigger()
    view.select_span(start, end)
    view.copy()
    assert QApplication.clipboard().text() == ENGLISH[start:end]


def test_the_export_dialog_veils_or_leaves_out_by_warning(
    qtbot, make_window, warned, no_dialogs, tmp_path: Path
) -> None:
    window = make_window(warned[0])
    dialog = open_dialog(window, "file.export", ExportDialog)
    names = list(dialog.warning_choices)
    assert names[0] == "sexual violence" and len(names) == 5  # the project's list, in its order
    combo = dialog.warning_choices["sexual violence"]
    assert combo.accessibleName() == "Passages with the warning sexual violence"
    assert dialog.request().veil_warnings == () and dialog.request().omit_warnings == ()
    dialog.set_warning_choice("sexual violence", VEIL)
    target = tmp_path / "veiled.csv"
    dialog.path.setText(str(target))
    dialog.set_format("csv")
    assert dialog.request().veil_warnings == ("sexual violence",)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    assert no_dialogs["errors"] == []
    rows = read_csv(target)
    written = " ".join(str(v) for row in rows for v in row.values())
    assert len(rows) == 4 and "papers" not in written and "border" not in written and MARKER in written
    assert FREE in written
    assert "3 passages veiled" in dialog.done_message.text()

    dialog = open_dialog(window, "file.export", ExportDialog)
    dialog.set_warning_choice("sexual violence", OMIT)
    target = tmp_path / "omitted.csv"
    dialog.path.setText(str(target))
    dialog.set_format("csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    rows = read_csv(target)
    assert len(rows) == 1 and "papers" not in " ".join(str(v) for row in rows for v in row.values())
    assert "3 warned passages left out" in dialog.done_message.text()
    dialog = open_dialog(window, "file.export", ExportDialog)
    dialog.set_format("qdc")
    assert not dialog.warnings.isEnabled() and dialog.request().omit_warnings == ()
