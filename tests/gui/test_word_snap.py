"""A dragged selection snaps to whole words (Alt: characters); Korean eojeol, Han, NFD and emoji.

The rules are tested on strings alone (word_snap is Qt-free), then a real drag in the
document view: the coded span lands on word edges, in code points, however many
astral characters come before it.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.gui.document_view import DocumentView
from annotator.gui.word_snap import snap, word_at


def cut(text: str, a: int, b: int, **kw: object) -> str:
    start, end = snap(text, a, b, **kw)  # type: ignore[arg-type]
    return text[start:end]


def test_latin_ends_move_out_to_the_words_they_cut() -> None:
    text = "Respondent: A woman from the next village said"
    assert cut(text, 15, 26) == "woman from the"  # "man from th"
    assert cut(text, 26, 15) == "woman from the"  # dragged right to left
    assert cut(text, 14, 19) == "woman"  # already whole
    assert cut(text, 10, 13) == ": A"  # punctuation and spaces are never widened
    assert snap(text, 16, 16) == (16, 16)  # a click selects nothing


def test_apostrophes_digits_and_underscores_stay_inside_words() -> None:
    text = "the broker's price was 25000 yuan_cash"
    assert cut(text, 6, 8) == "broker's"
    assert cut(text, 25, 26) == "25000"
    assert cut(text, 30, 31) == "yuan_cash"


def test_korean_snaps_to_the_whole_eojeol_particles_included() -> None:
    text = "답변: 옆 마을 여자가 연길 식당에서 종업원을 구한다고 했어요."
    i = text.index("식당에서")
    assert cut(text, i + 1, i + 2) == "식당에서"  # one syllable dragged: the whole eojeol
    j = text.index("여자가")
    assert cut(text, j + 2, i + 1) == "여자가 연길 식당에서"
    assert cut(text, text.index("했어요") + 1, len(text)) == "했어요."


def test_nfd_hangul_and_accents_are_never_split() -> None:
    nfd = unicodedata.normalize("NFD", "식당에서 일했다")  # conjoining jamo, one code point each
    assert len(nfd) > len("식당에서 일했다")
    assert cut(nfd, 2, 3) == unicodedata.normalize("NFD", "식당에서")
    text = "cafe\u0301 noir"
    assert cut(text, 1, 4) == "cafe\u0301"  # the end falls before the combining accent


def test_han_without_spaces_snaps_to_characters_or_to_a_segmenter() -> None:
    text = "我被卖到一个村子里"
    assert cut(text, 1, 3) == "被卖"  # characters: nothing widened
    words = ["我", "被", "卖到", "一个", "村子", "里"]
    assert cut(text, 1, 3, segmenter=lambda _s: words) == "被卖到"
    assert word_at(text, 6, segmenter=lambda _s: words) == (6, 8)  # 村子


def test_emoji_and_astral_characters_are_symbols_or_words_never_halves() -> None:
    text = "옆 마을 😀 여자가 𠀀𠀁 말했다"
    e = text.index("😀")
    assert cut(text, e, e + 1) == "😀"
    assert cut(text, e - 2, e + 4) == "마을 😀 여자가"
    h = text.index("𠀀")
    assert cut(text, h, h + 1) == "𠀀"  # astral Han: one character, one code point


def test_a_long_run_is_looked_at_only_near_the_ends() -> None:
    text = "x" * 1_000_000 + " tail"
    start, end = snap(text, 999_990, 1_000_003)
    assert end == 1_000_005  # "tail" completed
    assert start >= 999_990 - 100  # the megabyte of x's was not walked


# --- the real view ---------------------------------------------------------------------------------


def _point(view: DocumentView, cp: int) -> QPoint:
    """A viewport point on the left half of the character at code point ``cp``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(cp))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def _drag(view: DocumentView, a: int, b: int, *, alt: bool = False) -> None:
    vp = view.viewport()
    mods = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(kind: QEvent.Type, point: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        local = QPointF(point)
        event = QMouseEvent(kind, local, QPointF(vp.mapToGlobal(point)), button, buttons, mods)
        QApplication.sendEvent(vp, event)

    start, end = _point(view, a), _point(view, b)
    send(QEvent.Type.MouseButtonPress, start, left, left)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (middle, end):
        send(QEvent.Type.MouseMove, point, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_dragging_in_the_view_selects_whole_eojeol_after_astral_characters(view: DocumentView) -> None:
    # Before the passage: an astral Han character and an emoji (two Qt units each) and NFD text.
    text = (
        "답변: 𠀀 옆 마을 😀 " + unicodedata.normalize("NFD", "여자가") + " 연길 식당에서 종업원을 구했다.\n"
    )
    view.set_document(text, [])
    nfd = unicodedata.normalize("NFD", "여자가")
    w = text.index(nfd)
    a = w + 2  # inside the NFD eojeol (after 여's two jamo)
    b = text.index("식당에서") + 2
    _drag(view, a, b)
    start, end = view.selected_span()  # type: ignore[misc]
    assert text[start:end] == nfd + " 연길 식당에서"
    assert (start, end) == (w, text.index("식당에서") + 4)  # code points, not UTF-16 units


def test_dragging_backwards_snaps_both_ends_too(view: DocumentView) -> None:
    text = "They took my papers and said I owed them for the journey.\n"
    view.set_document(text, [])
    _drag(view, text.index("owed") + 2, text.index("papers") + 3)
    start, end = view.selected_span()  # type: ignore[misc]
    assert text[start:end] == "papers and said I owed"


def test_alt_drag_selects_by_character(view: DocumentView) -> None:
    text = "They took my papers and said I owed them for the journey.\n"
    view.set_document(text, [])
    a, b = text.index("papers") + 2, text.index("owed") + 2
    _drag(view, a, b, alt=True)
    assert view.selected_span() == (a, b)
