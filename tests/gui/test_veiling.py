"""Veiled passages (issue 12, item 2): a coder who prefers it sees warned passages as neutral bars
in the segments table, its preview and the text, reveals one with Space or a click and all with
View → Reveal veiled passages; counts, filters and the rest of the testimony are untouched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from annotator.core.changes import ApplyCode, SetCodeWarnings
from annotator.core.store import ProjectStore
from annotator.gui import care_settings
from annotator.gui.positions import line_pieces, visible_rows
from tests.gui.conftest import CODER, ENGLISH

WARNED = "They took my papers and said I owed them for the journey."
BORDER = "What happened at the border?"
OVERLAP = "papers and said"  # another code on words inside the warned passage
FREE = "a restaurant in Yanji"


@pytest.fixture
def warned(project) -> Iterator[tuple]:
    """The test project with "Control/Documents taken" carrying "sexual violence" and coded by
    another coder on two passages; a third code overlaps one; one passage carries nothing."""
    path, ids = project
    with ProjectStore.open(path) as store:
        SetCodeWarnings(ids["Control/Documents taken"], ["sexual violence"]).apply(store)
        mina = store.ensure_coder("mina").guid
        for phrase, code in (
            (WARNED, "Control/Documents taken"),
            (BORDER, "Control/Documents taken"),
            (OVERLAP, "Control/Threats"),
            (FREE, "Recruitment/Job offer"),
        ):
            start = ENGLISH.index(phrase)
            ApplyCode(
                document=ids["en.txt"], start=start, end=start + len(phrase), code=ids[code], coder=mina
            ).apply(store)
    yield path, ids
    for name in (CODER, "mina"):
        care_settings.save(name, care_settings.CarePreferences())  # the next test starts from the defaults


def prefer_veiling(coder: str) -> None:
    care_settings.save(coder, care_settings.CarePreferences(veil_warned=True))


def rows_by_text(model) -> dict[str, int]:
    return {ENGLISH[c.start : c.end]: r for r in range(model.rowCount()) if (c := model.coding_at(r))}


def test_the_segments_table_shows_a_bar_and_space_reveals_one_passage(qtbot, make_window, warned) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    panel, model = window.segments, window.segments.model
    rows = rows_by_text(model)
    assert len(rows) == 4
    for phrase in (WARNED, BORDER, OVERLAP):  # the overlapping passage of another code is veiled too
        cell = model.index(rows[phrase], 3)
        assert cell.data() == "Veiled — Documents taken"
        assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Veiled passage: sexual violence"
        assert "papers" not in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows[FREE], 3).data() == FREE
    panel.table.setFocus()
    panel.select_codings([model.coding_at(rows[WARNED]).guid])
    assert "papers" not in panel.preview.toPlainText()
    assert panel.preview.accessibleDescription() == "Veiled passage: sexual violence"
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert model.index(rows[WARNED], 3).data() == WARNED
    assert model.index(rows[OVERLAP], 3).data() == OVERLAP  # same warned passage: revealed with it
    assert model.index(rows[BORDER], 3).data() == "Veiled — Documents taken"  # one at a time
    assert "took my papers" in panel.preview.toPlainText()


def test_the_view_action_reveals_all_and_unchecking_veils_again_counts_unchanged(make_window, warned) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    model, count = window.segments.model, window.segments.count
    veiled_rows, veiled_count = model.rowCount(), count.text()
    action = window.actions["view.reveal_veiled"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+Alt+V"
    action.trigger()
    assert action.isChecked()
    assert model.rowCount() == veiled_rows and count.text() == veiled_count  # veiling hides no row
    assert {model.index(r, 3).data() for r in range(model.rowCount())} == {WARNED, BORDER, OVERLAP, FREE}
    window.segments.set_coder_filter(None)  # filters work on veiled rows as on any other
    action.trigger()
    assert not action.isChecked()
    assert [model.index(r, 3).data() for r in range(model.rowCount())].count("Veiled — Documents taken") == 3


def _bar_pixels(window) -> tuple[list[QColor], QColor]:
    """The pixels of the warned passage's first line, right of where the bar's label can be."""
    view = window.view
    qtbot_rows = visible_rows(view)
    start = ENGLISH.index(WARNED)
    qs, qe = view.positions.span_to_qt(start, start + len(WARNED))
    rect = next(line_pieces(qtbot_rows, qs, qe, view.contentOffset().x())).toAlignedRect()
    label = view.fontMetrics().horizontalAdvance("Veiled — Documents taken") + 12
    image = view.viewport().grab().toImage()
    pixels = [
        image.pixelColor(x, y)
        for x in range(rect.left() + label, rect.right() - 3)
        for y in range(rect.top() + 2, rect.bottom() - 2)
    ]
    return pixels, view.palette().color(QPalette.ColorRole.Mid)


def test_the_document_view_draws_no_text_inside_a_veiled_passage_and_a_click_reveals_it(
    qtbot, make_window, warned
) -> None:
    prefer_veiling(CODER)
    window = make_window(warned[0])
    view = window.view
    window.resize(1400, 900)
    window.docks["codebook"].hide()  # room for the text: the passage on one line, in view
    window.docks["documents"].hide()
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(ENGLISH.index(WARNED)))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.waitUntil(lambda: view.veiled_regions() != [])
    qtbot.wait(20)
    assert "Veiled passage: sexual violence" in view.accessibleDescription()
    pixels, mid = _bar_pixels(window)
    assert len(pixels) > 200 and {p.rgb() for p in pixels} == {mid.rgb()}  # one flat bar: no glyph
    window.actions["view.reveal_veiled"].trigger()
    pixels, mid = _bar_pixels(window)
    assert len({p.rgb() for p in pixels}) > 2  # the words are drawn again
    window.actions["view.reveal_veiled"].trigger()
    start = ENGLISH.index(WARNED)
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(start + 5))
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert len(view.veiled_regions()) == 1  # that passage revealed, the other still veiled
    pixels, _ = _bar_pixels(window)
    assert len({p.rgb() for p in pixels}) > 2


def test_other_passages_of_the_testimony_stay_codeable(make_window, warned) -> None:
    prefer_veiling(CODER)
    path, ids = warned
    window = make_window(path)
    store = window.session.store
    before = store.coding_count(ids["en.txt"])
    start = ENGLISH.index("the pay was good")
    window.view.select_span(start, start + len("the pay was good"))
    window.codebook.select_codes([ids["Recruitment/Debt"]])
    window.actions["code.apply"].trigger()
    assert store.coding_count(ids["en.txt"]) == before + 1
    window.codebook.select_codes([])
    assert window.segments.model.rowCount() == 5
    assert len(window.view.veiled_regions()) == 2  # still veiled around the new coding


def test_veiling_is_per_coder(make_window, warned) -> None:
    prefer_veiling("mina")  # another coder's preference; this coder's is off
    window = make_window(warned[0])
    model = window.segments.model
    assert "Veiled — Documents taken" not in {model.index(r, 3).data() for r in range(model.rowCount())}
    assert window.view.veiled_regions() == []
    window.session.set_coder("mina")  # the same window, now coding as mina: her preference applies
    assert [model.index(r, 3).data() for r in range(model.rowCount())].count("Veiled — Documents taken") == 3
    with ProjectStore.open(warned[0]) as store:  # and nothing of it is in the project
        assert ENGLISH in [store.document_text(d.guid) for d in store.documents()]


def test_a_coding_asks_the_views_to_look_again_only_for_a_coder_who_veils(make_window, warned) -> None:
    """Every coding reaches the veil; when nothing is veiled, the text, tables and memo pane must
    not all redraw for it (it is the hottest path of the app)."""
    path, ids = warned
    window = make_window(path)
    window.documents.select(ids["en.txt"])
    emitted: list[int] = []
    window.veil.changed.connect(lambda: emitted.append(1))
    start = ENGLISH.index(FREE)
    window.view.select_span(start, start + 5)
    window.coding.apply_code(ids["Recruitment/Job offer"])
    assert emitted == []  # veiling off: nothing to look at again
    prefer_veiling(CODER)
    window.veil.reload()
    emitted.clear()
    window.view.select_span(start + 6, start + 10)
    window.coding.apply_code(ids["Control/Documents taken"])  # a new warned passage
    assert emitted  # veiling on: the views veil it at once
