"""The side-by-side view on the demo's Korean statement 10 and its English translation: it opens
from the View menu, scrolling one side brings the aligned passage to the top of the other,
clicking a coding marks its aligned passage on both sides (above the coding colours), an uncoded
side has a narrow margin that a mirrored coding does not widen, and mirroring is one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.alignment import ORIGINAL, TRANSLATION
from annotator.gui.pairs.view import TranslationView

from .team_support import demo, demo_master  # noqa: F401 (fixtures)

KO, EN = "10-ko-second-escape.txt", "13-en-second-escape-translation.txt"


def open_pair(window) -> TranslationView:  # type: ignore[no-untyped-def]
    store = window.session.store
    window.documents.select(store.document_by_name(KO).guid)
    window.actions["view.side_by_side"].trigger()
    [view] = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "translationView" and w.isVisible()
    ]
    assert isinstance(view, TranslationView)
    return view


@pytest.fixture
def pair(make_window, demo: Path, qtbot):  # noqa: F811
    window = make_window(demo)
    view = open_pair(window)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return window, view


def test_side_by_side_opens_both_texts_with_their_codings(pair) -> None:
    window, view = pair
    store = window.session.store
    assert view.views[ORIGINAL].text == store.document_text(store.document_by_name(KO).guid)
    assert view.views[TRANSLATION].text == store.document_text(store.document_by_name(EN).guid)
    assert (
        len(view.views[ORIGINAL]._codings) == len(store.codings(document=store.document_by_name(KO).guid)) > 0
    )
    # unaligned parts are marked on the side that has them (the translator's sentence and note)
    marked = [s for s in view.views[TRANSLATION].extraSelections()]
    assert any("Translator's note" in s.cursor.selectedText() for s in marked)


def test_scrolling_one_side_scrolls_the_other_to_the_aligned_passage(pair, qtbot) -> None:
    _window, view = pair
    view.resize(900, 300)  # short, so both sides scroll
    left, right = view.views[ORIGINAL], view.views[TRANSLATION]
    bead = next(
        b
        for b in view.beads
        if b.aligned and view.views[ORIGINAL].text[b.original_start :].startswith("태국에")
    )
    from annotator.gui.positions import line_number

    left.verticalScrollBar().setValue(line_number(left.document(), left.positions.to_qt(bead.original_start)))
    top = view._top(TRANSLATION)
    assert bead.translation_start <= top < bead.translation_end + 2
    assert right.text[bead.translation_start :].startswith("When I reached Thailand")
    # and back: the right side leads the left the same way
    other = next(
        b for b in view.beads if b.aligned and right.text[b.translation_start :].startswith("This time was")
    )
    right.verticalScrollBar().setValue(
        line_number(right.document(), right.positions.to_qt(other.translation_start))
    )
    assert other.original_start <= view._top(ORIGINAL) < other.original_end + 2


def test_clicking_a_coding_marks_its_aligned_passage_opposite(pair) -> None:
    window, view = pair
    store = window.session.store
    ko = store.document_by_name(KO).guid
    coding = next(
        c
        for c in store.codings(document=ko)
        if store.document_text(ko)[c.start :].startswith("중개인은 봉제")
    )
    view.views[ORIGINAL].codingsClicked.emit([coding.guid])
    sold = (
        "The broker promised me a job in a sewing factory, "
        "but I was sold to a farming household in Jilin Province."
    )
    right, left = view.views[TRANSLATION], view.views[ORIGINAL]
    assert right.passage is not None and right.text[slice(*right.passage)] == sold
    # the clicked side marks its sentence too, drawn above the coding colours (not under them)
    assert left.passage is not None and left.text[slice(*left.passage)].startswith("중개인은 봉제")
    assert left.passage[0] <= coding.start < coding.end <= left.passage[1]
    before = left.viewport().grab().toImage()
    left.set_passage(None)
    after = left.viewport().grab().toImage()
    assert before != after  # visible on the coded text


def test_an_uncoded_side_has_a_narrow_margin_that_never_widens(pair) -> None:
    window, view = pair
    store = window.session.store
    left, right = view.views[ORIGINAL], view.views[TRANSLATION]
    assert not store.codings(document=store.document_by_name(EN).guid)
    assert right.viewportMargins().left() < left.viewportMargins().left() / 2  # no wide empty strip
    width, text_width = right.viewportMargins().left(), right.viewport().width()
    ko = store.document_by_name(KO).guid
    coding = next(
        c
        for c in store.codings(document=ko)
        if store.document_text(ko)[c.start :].startswith("중개인은 봉제")
    )
    left.codingsClicked.emit([coding.guid])
    view.mirror_button.click()
    right.repaint()
    assert right.margin.bars  # the mirrored coding has its bar
    assert (right.viewportMargins().left(), right.viewport().width()) == (width, text_width)  # no re-wrap


def test_mirror_is_one_undo_step(pair) -> None:
    window, view = pair
    session, store = window.session, window.session.store
    ko, en = store.document_by_name(KO).guid, store.document_by_name(EN).guid
    coding = next(
        c
        for c in store.codings(document=ko)
        if store.document_text(ko)[c.start :].startswith("중개인은 봉제")
    )
    before = len(store.codings(document=en))
    index = session.undo_stack.index()
    view.views[ORIGINAL].codingsClicked.emit([coding.guid])
    view.mirror_button.click()
    assert len(store.codings(document=en)) == before + 1
    assert session.undo_stack.index() == index + 1
    assert len(view.views[TRANSLATION]._codings) == before + 1  # shown at once
    session.undo_stack.undo()
    assert len(store.codings(document=en)) == before
    assert len(view.views[TRANSLATION]._codings) == before


def test_link_these_and_unlink_correct_the_alignment(pair) -> None:
    window, view = pair
    left, right = view.views[ORIGINAL], view.views[TRANSLATION]
    a = left.text.index("이번에는")
    b = right.text.index("This time")
    left.select_span(a, a + len("이번에는 처음과 달랐습니다."))
    right.select_span(b, b + len("This time was different from the first."))
    count = len(view.beads)
    view.link_selection()
    assert any(bead.manual and bead.aligned for bead in view.beads)
    view.last_side = ORIGINAL
    view.unlink_selection()
    assert len(view.beads) == count + 1  # one aligned bead became two unaligned ones
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert len(view.beads) == count and not any(bead.manual for bead in view.beads)
