"""Team → Disagreements as a keyboard review on the demo project (mina and jun double-coded):
one key per disagreement, boundary-only differences counted as agreement, counts that follow
the filters, quotes instead of offsets."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.analysis.agreement import disagreements
from annotator.core.analysis.consensus import CONSENSUS, consensus_state
from annotator.core.analysis.review import review_items
from annotator.gui.team.disagreements import TOLERANCE_SETTING, DisagreementsDialog
from tests.gui import team_support
from tests.gui.helpers import key
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs

KEY = {"1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "A": Qt.Key.Key_A, "B": Qt.Key.Key_B, "N": Qt.Key.Key_N}


def _review(qtbot, make_window, demo, tolerance: int = 3):  # type: ignore[no-untyped-def]
    QSettings().setValue(TOLERANCE_SETTING, tolerance)
    window = make_window(demo)
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    dialog.coder_a.setCurrentText("mina")
    dialog.coder_b.setCurrentText("jun")
    wait_for(qtbot, dialog.find())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return window, dialog


def _expected(store, tolerance: int = 3) -> list:  # type: ignore[no-untyped-def]
    """The disagreements a review must decide, straight from the core."""
    passages = disagreements(store, ["mina", "jun"], include_agreements=True)
    return [i.disagreement for i in review_items(passages, tolerance) if not i.boundary]


def _press(qtbot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or dialog.table, KEY[name])


def test_a_reviewer_goes_through_every_disagreement_with_one_key_press_each(
    qtbot, make_window, demo, no_dialogs
):
    window, dialog = _review(qtbot, make_window, demo)
    store = window.session.store
    expected = _expected(store)
    assert len(expected) > 100
    assert dialog.tally() == (len(expected), len(expected), dialog.tally()[2])
    assert dialog.count.text().startswith(f"{len(expected)} of {len(expected)} left")
    steps = window.session.undo_stack.count()

    presses, seen = 0, []
    while dialog.tally()[0] and presses <= len(expected):
        seen.append(dialog.current())
        _press(qtbot, dialog, "1")  # mina's version, every time
        presses += 1
    assert presses == len(expected)
    assert dialog.tally()[0] == 0 and dialog.count.text().startswith(f"All {len(expected)} decided")
    assert {(d.document, d.code, d.start, d.end) for d in seen} == {
        (d.document, d.code, d.start, d.end) for d in expected
    }
    assert window.session.undo_stack.count() == steps + presses  # one step per decision
    assert [e["action"] for e in store.audit_entries()].count("review decision") == presses

    layer = store.coder_by_name(CONSENSUS)
    assert layer is not None
    for d in expected:  # the consensus layer holds mina's version of every passage
        assert consensus_state(store, d, layer.guid) == ("coded" if "mina" in d.coders_with else "not coded")

    for _ in range(presses):
        key(qtbot, window, "Ctrl+Z")
    assert store.codings(coder=layer.guid) == []  # undo restores the consensus layer...
    assert dialog.tally()[0] == len(expected)  # ...and the list: everything is left again


def test_each_key_decides_its_version_and_undo_brings_the_disagreement_back(
    qtbot, make_window, demo, no_dialogs
):
    window, dialog = _review(qtbot, make_window, demo)
    store = window.session.store
    total = dialog.tally()[1]
    dialog.coder_a.setCurrentText("jun")  # changed but not found again: the list is still mina's and jun's
    dialog.coder_b.setCurrentText("mina")
    for name, wanted in (("2", "jun"), ("A", "mina"), ("B", "jun"), ("N", None)):
        d = dialog.current()
        assert d is not None
        _press(qtbot, dialog, name)
        layer = store.coder_by_name(CONSENSUS)
        state = consensus_state(store, d, layer.guid)
        assert state == ("coded" if wanted in d.coders_with else "not coded"), name
        assert dialog.current() != d  # moved on by itself
        row = dialog.model.row_of(d)
        label = f"{wanted}'s version" if wanted else "neither"
        assert dialog.model.index(row, 5).data().startswith(label)
    assert dialog.tally()[0] == total - 4
    assert dialog.count.text().startswith(f"{total - 4} of {total} left")

    key(qtbot, window, "Ctrl+Z")
    assert dialog.tally()[0] == total - 3


def test_typing_in_the_filter_or_the_tolerance_decides_nothing(qtbot, make_window, demo, no_dialogs):
    window, dialog = _review(qtbot, make_window, demo)
    steps = window.session.undo_stack.count()
    dialog.filter.setFocus()
    qtbot.keyClicks(dialog.filter, "an")
    assert dialog.filter.text() == "an"
    dialog.tolerance.setFocus()
    dialog.tolerance.selectAll()
    qtbot.keyClick(dialog.tolerance, Qt.Key.Key_2)
    assert dialog.tolerance.value() == 2
    assert window.session.undo_stack.count() == steps


def test_boundary_differences_under_the_tolerance_count_as_agreement(qtbot, make_window, demo, no_dialogs):
    window, dialog = _review(qtbot, make_window, demo, tolerance=3)
    store = window.session.store
    passages = disagreements(store, ["mina", "jun"], include_agreements=True)
    boundary = [i.disagreement for i in review_items(passages, 3) if i.boundary]
    assert boundary  # the demo has a few one-character edge differences
    left, total, hidden = dialog.tally()
    assert (total, hidden) == (len(_expected(store)), len(boundary))
    assert f"{len(boundary)} boundary-only" in dialog.count.text()
    assert dialog.proxy.rowCount() == total  # hidden by default

    dialog.show_boundary.setChecked(True)
    assert dialog.proxy.rowCount() == total + len(boundary)
    assert dialog.tally() == (left, total, hidden)  # shown, still never counted as disagreements
    row = dialog.model.row_of(boundary[0])
    assert dialog.model.index(row, 5).data() == "boundary only (agreement)"

    dialog.tolerance.setValue(0)  # nothing is boundary only: every difference is to review
    assert dialog.tally()[1] == total + len(boundary)
    assert int(QSettings().value(TOLERANCE_SETTING)) == 0  # remembered
    dialog.tolerance.setValue(3)
    assert dialog.tally()[1] == total


def test_counts_follow_the_code_and_document_filters(qtbot, make_window, demo, no_dialogs):
    window, dialog = _review(qtbot, make_window, demo)
    expected = _expected(window.session.store)
    code = dialog.code_filter.itemData(1)
    dialog.code_filter.setCurrentIndex(1)
    dialog.code_filter.activated.emit(1)
    of_code = [d for d in expected if d.code == code]
    assert dialog.tally()[:2] == (len(of_code), len(of_code))
    assert dialog.count.text().startswith(f"{len(of_code)} of {len(of_code)} left")
    assert dialog.proxy.rowCount() == len(of_code)
    dialog.select_row(dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row())
    _press(qtbot, dialog, "1")
    assert dialog.tally()[:2] == (len(of_code) - 1, len(of_code))
    assert dialog.current() is None or dialog.current().code == code  # the next one within the filter

    dialog.code_filter.setCurrentIndex(0)
    dialog.code_filter.activated.emit(0)
    document = dialog.document_filter.itemData(1)
    dialog.document_filter.setCurrentIndex(1)
    dialog.document_filter.activated.emit(1)
    in_doc = [d for d in expected if d.document == document]
    assert dialog.tally()[1] == len(in_doc)


def test_the_two_versions_are_quotes_with_the_differing_part_marked_not_offsets(
    qtbot, make_window, demo, no_dialogs
):
    window, dialog = _review(qtbot, make_window, demo)
    text_of = window.session.store.document_text
    # an edge difference: both coded the passage, one of them took more
    row = next(
        r
        for r, d in enumerate(dialog.model.rows)
        if not dialog.model.is_boundary(r)
        and dialog.model.index(r, 5).data() is not None
        and len(dialog.model.rows) > r
        and any(
            p.agreed and p.document == d.document and p.code == d.code and d.end == p.start
            for p in dialog._passages
        )
    )
    d = dialog.model.rows[row]
    dialog.select_row(row)
    differing = " ".join(text_of(d.document)[d.start : d.end].split())
    mine = dialog.sides[0 if d.coders_with == ("mina",) else 1][1]
    html = mine.toHtml()
    assert "text-decoration: underline" in html or "text-decoration:underline" in html
    assert differing[:30] in mine.toPlainText()
    store = window.session.store
    whole = store.codings(document=d.document, code=d.code, coder=store.coder_by_name(d.coders_with[0]).guid)
    quote = next(c for c in whole if c.start <= d.start < c.end)
    assert " ".join(text_of(d.document)[quote.start : quote.end].split()) in " ".join(
        mine.toPlainText().split()
    )
    assert "characters" in mine.toPlainText()  # "N characters mina included and jun did not"
    assert f"{d.start}–{d.end}" not in dialog.passage.text() + mine.toPlainText()
    assert differing[:30] in dialog.model.index(row, 2).data()  # the table quotes it too
