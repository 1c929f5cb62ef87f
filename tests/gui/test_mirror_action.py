"""Code → Mirror coding to translation in the main window, on the demo's linked pair (Korean
statement 10 and its English translation): a coding clicked in the document view gets its code on
the aligned passage of the linked document, for the current coder, in one undo step; a document
with no link, or a coding on an unaligned part, is refused in one status-bar line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.core.alignment import TRANSLATION, aligned_span
from annotator.core.changes import ApplyCode

from .team_support import demo, demo_master  # noqa: F401 (fixtures)

KO, EN = "10-ko-second-escape.txt", "13-en-second-escape-translation.txt"


def click_coding(window, qtbot, guid: str) -> str:  # type: ignore[no-untyped-def]
    """Click, with the mouse, inside the coding's highlight in the document view; returns the
    coding the click selected (the innermost there: perhaps one inside ``guid``'s span)."""
    view = window.view
    coding = window.session.store.coding(guid)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt((coding.start + coding.end) // 2))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    [chosen] = window.selected_codings()
    inner = window.session.store.coding(chosen)
    assert coding.start <= inner.start < inner.end <= coding.end
    return chosen


def status(window) -> str:  # type: ignore[no-untyped-def]
    return window.statusBar().currentMessage()


@pytest.fixture
def window(make_window, demo: Path):  # noqa: F811
    return make_window(demo)


def test_mirror_from_the_main_window_codes_the_aligned_passage_in_one_undo_step(window, qtbot) -> None:
    session, store = window.session, window.session.store
    ko, en = store.document_by_name(KO).guid, store.document_by_name(EN).guid
    text = store.document_text(ko)
    coding = next(c for c in store.codings(document=ko) if text[c.start :].startswith("중개인은 봉제"))
    window.documents.select(ko)
    coding = store.coding(click_coding(window, qtbot, coding.guid))
    action = window.actions["code.mirror"]
    assert action.isEnabled()
    before = {c.guid for c in store.codings(document=en)}
    index = session.undo_stack.index()
    action.trigger()
    [new] = [c for c in store.codings(document=en) if c.guid not in before]
    en_text = store.document_text(en)
    assert en_text[new.start : new.end] == (
        "The broker promised me a job in a sewing factory, "
        "but I was sold to a farming household in Jilin Province."
    )
    assert (new.code, new.coder) == (coding.code, session.coder.guid)  # the current coder, not the original's
    assert session.undo_stack.index() == index + 1
    assert status(window) == "Mirrored the coding onto the linked document."
    session.undo_stack.undo()
    assert {c.guid for c in store.codings(document=en)} == before
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "translationView"]


def test_mirror_is_refused_in_one_line_on_an_unaligned_part(window, qtbot) -> None:
    session, store = window.session, window.session.store
    en = store.document_by_name(EN).guid
    link = store.translation_link(en)
    note = next(b for b in store.beads(en) if not b.aligned and b.translation_end > b.translation_start)
    assert aligned_span(store.beads(en), TRANSLATION, *note.span(TRANSLATION)) is None
    code = store.codings()[0].code
    session.push(
        ApplyCode(
            document=en,
            start=note.translation_start,
            end=note.translation_end,
            code=code,
            coder=session.coder.guid,
        )
    )
    coding = next(c for c in store.codings(document=en) if c.start == note.translation_start)
    window.documents.select(en)
    click_coding(window, qtbot, coding.guid)
    count, index = len(store.codings(document=link.original)), session.undo_stack.index()
    window.actions["code.mirror"].trigger()
    assert status(window).startswith("Nothing is aligned with this passage")
    assert len(store.codings(document=link.original)) == count and session.undo_stack.index() == index


def test_mirror_is_refused_in_one_line_where_the_document_has_no_link(window, qtbot) -> None:
    session, store = window.session, window.session.store
    alone = next(
        d for d in store.documents() if not store.links_of(d.guid) and store.codings(document=d.guid)
    )
    window.documents.select(alone.guid)
    click_coding(window, qtbot, store.codings(document=alone.guid)[0].guid)
    count, index = len(store.codings()), session.undo_stack.index()
    window.actions["code.mirror"].trigger()
    assert status(window) == "This document is linked to no translation: Edit → Link to translation…"
    assert len(store.codings()) == count and session.undo_stack.index() == index
