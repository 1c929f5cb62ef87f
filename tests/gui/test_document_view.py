"""DocumentView: offsets in non-BMP text, highlight ranges, overlaps, stripes, find and resize keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.core.model import Coding
from annotator.gui.document_view import DocumentView
from annotator.gui.positions import PositionMap

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"
TEXT = (
    "Interviewer: 어디에서 오셨어요?\n"
    f"Respondent: 저는 \U00020000 마을에서 왔어요 😀. My sister {FAMILY} came too.\n"
    "\n"
    "They took our passports. 여권을 빼앗겼어요. We worked fourteen hours.\n"
    "The end 끝."
)
COLORS = {"red": "#e15759", "blue": "#4e79a7", "green": "#59a14f"}
LABELS = {"red": "Control/Confinement", "blue": "Recruitment/Deception", "green": "Exit/Help"}


def coding(guid: str, start: int, end: int, code: str = "red", coder: str = "u1") -> Coding:
    return Coding(guid=guid, document="doc", code=code, coder=coder, start=start, end=end)


def span_of(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


@pytest.fixture
def view(qtbot) -> DocumentView:
    v = DocumentView()
    qtbot.addWidget(v)
    v.resize(700, 400)
    v.show()
    qtbot.waitExposed(v)
    return v


def block_formats(v: DocumentView) -> list[list[tuple[int, int, int]]]:
    """Per block: (start, length, background rgba) of every highlighter format range."""
    out = []
    block = v.document().firstBlock()
    while block.isValid():
        out.append(
            [(r.start, r.length, r.format.background().color().rgba()) for r in block.layout().formats()]
        )
        block = block.next()
    return out


def first_format(v: DocumentView, block_number: int) -> QTextCharFormat:
    ranges = v.document().findBlockByNumber(block_number).layout().formats()
    return QTextCharFormat(ranges[0].format)  # copy: the range list is a temporary


def covered(v: DocumentView, block_number: int) -> set[int]:
    """Block-relative Qt positions that carry a background."""
    block = v.document().findBlockByNumber(block_number)
    cells: set[int] = set()
    for r in block.layout().formats():
        if r.format.background().style() != Qt.BrushStyle.NoBrush:
            cells.update(range(r.start, r.start + r.length))
    return cells


def qt_cells(text: str, start: int, end: int, block_start_cp: int) -> set[int]:
    pm = PositionMap(text)
    base = pm.to_qt(block_start_cp)
    return set(range(pm.to_qt(start) - base, pm.to_qt(end) - base))


def test_identity(view: DocumentView) -> None:
    assert view.objectName() == "documentView"
    assert view.isReadOnly()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert "Noto Sans CJK KR" in view.font().families()


def test_select_span_round_trips_in_non_bmp_text(view: DocumentView) -> None:
    view.set_document(TEXT, [])
    points = sorted(
        {
            0,
            5,
            len(TEXT),
            *(i for i, ch in enumerate(TEXT) if ord(ch) > 0xFFFF),
            *(i + 1 for i, ch in enumerate(TEXT) if ord(ch) > 0xFFFF or ch == "\n"),
        }
    )
    for a in points:
        for b in points:
            if a >= b:
                continue
            view.select_span(a, b)
            assert view.selected_span() == (a, b)
            selected = view.textCursor().selectedText().replace("\u2029", "\n")
            assert selected == TEXT[a:b]


def test_select_span_scrolls_into_view(view: DocumentView) -> None:
    long_text = "\n".join(f"줄 {i} line of testimony" for i in range(500))
    view.set_document(long_text, [])
    a, b = span_of("줄 400 line", long_text)
    view.select_span(a, b)
    assert view.viewport().rect().contains(view.cursorRect().center())
    assert view.selected_span() == (a, b)


def test_no_selection_gives_none(view: DocumentView) -> None:
    view.set_document(TEXT, [])
    assert view.selected_span() is None


def test_highlight_covers_exactly_the_coded_range_after_non_bmp(view: DocumentView) -> None:
    start, end = span_of("마을에서 왔어요 😀. My")  # after U+20000, contains an emoji
    view.set_document(TEXT, [coding("c1", start, end)], colors=COLORS, labels=LABELS)
    line_start = TEXT.index("Respondent")
    assert covered(view, 1) == qt_cells(TEXT, start, end, line_start)
    assert covered(view, 0) == set() and covered(view, 3) == set()


def test_highlight_spanning_blocks_is_cut_per_block(view: DocumentView) -> None:
    start = TEXT.index("came too")
    end = TEXT.index("our passports")
    view.set_document(TEXT, [coding("c1", start, end)], colors=COLORS)
    b1 = TEXT.index("Respondent")
    b3 = TEXT.index("They took")
    assert covered(view, 1) == qt_cells(TEXT, start, b3 - 2, b1)  # up to the line end
    assert covered(view, 2) == set()  # empty line
    assert covered(view, 3) == qt_cells(TEXT, b3, end, b3)


def fills(v: DocumentView, block_number: int) -> dict[int, QColor]:
    """Block-relative start of each format range -> its background colour."""
    ranges = v.document().findBlockByNumber(block_number).layout().formats()
    return {r.start: QColor(r.format.background().color()) for r in ranges}


def pixel_at(v: DocumentView, cp: int, *, from_bottom: int) -> QColor:
    """The painted colour under code point ``cp``, ``from_bottom`` px above its line's bottom."""
    cur = QTextCursor(v.document())
    cur.setPosition(PositionMap(v.text).to_qt(cp))
    rect = v.cursorRect(cur)
    image = v.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.bottom() - from_bottom)


def test_overlap_fills_the_innermost_and_underlines_the_others(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    outer, inner = coding("r", b3, b3 + 20, "red"), coding("b", b3 + 5, b3 + 10, "blue")
    view.set_document(TEXT, [outer, inner], colors=COLORS)
    fmts = fills(view, 3)
    assert fmts[0].red() > fmts[0].blue() and fmts[0].alpha() < 255  # only the outer one: its fill
    assert fmts[5].blue() > fmts[5].red()  # the inner, shorter coding is the fill where both are
    assert fmts[10].rgb() == fmts[0].rgb()
    pieces, _ = view.highlighter.decorations[3]
    assert [(q0, q1, key, level) for q0, q1, key, level, *_ in pieces] == [(5, 10, "r", 0)]
    # Painted: the outer code's colour as a solid line at the bottom of the line, the fill above it.
    line = pixel_at(view, b3 + 7, from_bottom=1)
    assert line.red() > 170 and line.blue() < 130, line.name()
    middle = pixel_at(view, b3 + 7, from_bottom=8)
    assert middle.blue() > middle.red(), middle.name()


def test_three_overlapping_codes_each_stay_identifiable(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    three = [
        coding("r", b3, b3 + 30, "red"),
        coding("g", b3 + 2, b3 + 20, "green"),
        coding("b", b3 + 4, b3 + 12, "blue"),
    ]
    view.set_document(TEXT, three, colors=COLORS)
    pieces, _ = view.highlighter.decorations[3]
    under = {(key, level) for q0, q1, key, level, *_ in pieces if q0 <= 6 < q1}
    assert under == {("r", 0), ("g", 1)}  # an underline keeps its level: the outer one stays lowest
    assert fills(view, 3)[4].blue() > fills(view, 3)[4].red()
    red_line = pixel_at(view, b3 + 6, from_bottom=1)
    green_line = pixel_at(view, b3 + 6, from_bottom=4)
    assert red_line.red() > max(red_line.green(), red_line.blue()), red_line.name()
    assert green_line.green() > max(green_line.red(), green_line.blue()), green_line.name()


def test_equal_length_the_most_recent_coding_is_the_fill(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    old = Coding("old", "doc", "red", "u1", b3, b3 + 10, "2024-01-01T00:00:00")
    new = Coding("new", "doc", "blue", "u1", b3, b3 + 10, "2025-01-01T00:00:00")
    view.set_document(TEXT, [new, old], colors=COLORS)
    assert fills(view, 3)[0].blue() > fills(view, 3)[0].red()
    view.set_document(
        TEXT, [old, Coding("new", "doc", "blue", "u1", b3, b3 + 10, "2023-01-01")], colors=COLORS
    )
    assert fills(view, 3)[0].red() > fills(view, 3)[0].blue()


def test_abutting_codings_of_one_colour_show_a_boundary(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    view.set_document(TEXT, [coding("a", b3, b3 + 5), coding("b", b3 + 5, b3 + 14)], colors=COLORS)
    _, boundaries = view.highlighter.decorations[3]
    assert [q for q, _ in boundaries] == [5]
    cur = QTextCursor(view.document())
    cur.setPosition(PositionMap(TEXT).to_qt(b3 + 5))
    rect = view.cursorRect(cur)
    image = view.viewport().grab().toImage()
    edge = image.pixelColor(rect.left(), rect.center().y())
    inside = image.pixelColor(rect.left() - 12, rect.bottom() - 2)
    assert edge.lightness() < inside.lightness() - 40, (edge.name(), inside.name())
    # Different colours abutting need no boundary: the colour change is one.
    view.set_document(TEXT, [coding("a", b3, b3 + 5), coding("b", b3 + 5, b3 + 14, "blue")], colors=COLORS)
    assert 3 not in view.highlighter.decorations


def test_add_and_remove_touch_only_their_blocks(view: DocumentView) -> None:
    text = "\n".join(f"Paragraph {i}: 증언 문장 {i}." for i in range(40))
    first = coding("c0", *span_of("Paragraph 3:", text))
    view.resize(700, 1200)  # every block visible, so every block is highlighted
    view.set_document(text, [first], colors=COLORS)
    assert view.visible_blocks() == (0, 39)
    before = block_formats(view)
    count = view.highlighter.highlight_count
    added = coding("c1", *span_of("증언 문장 20", text), code="blue")
    view.add_codings([added])
    after = block_formats(view)
    assert view.highlighter.highlight_count - count == 1
    assert [i for i in range(40) if before[i] != after[i]] == [20]
    count = view.highlighter.highlight_count
    view.remove_codings(["c1"])
    assert view.highlighter.highlight_count - count == 1
    assert block_formats(view) == before


def test_blocks_are_highlighted_when_they_become_visible(view: DocumentView) -> None:
    text = "\n".join(f"Paragraph {i}: 증언 문장 {i}." for i in range(400))
    far = coding("far", *span_of("Paragraph 300:", text))
    view.set_document(text, [coding("near", 0, 5), far], colors=COLORS)
    first, last = view.visible_blocks()
    assert first == 0 and last < 300
    assert covered(view, 0) == set(range(5))
    assert view.highlighter.highlight_count <= last + 1  # not all 400 blocks
    assert covered(view, 300) == set()  # pending: not painted yet, so not computed
    view.add_codings([coding("far2", *span_of("증언 문장 300", text), code="blue")])  # stays pending
    view.select_span(*span_of("Paragraph 300:", text))
    first, last = view.visible_blocks()
    assert first <= 300 <= last
    assert covered(view, 300) == set(range(14)) | set(range(15, 24))  # the space between is not coded


def test_selecting_a_coding_rehighlights_only_its_blocks(view: DocumentView) -> None:
    text = "\n".join(f"Paragraph {i}" for i in range(30))
    view.set_document(text, [coding("a", *span_of("Paragraph 7", text))], colors=COLORS)
    plain = first_format(view, 7).background().color().alpha()
    count = view.highlighter.highlight_count
    view.set_selected_coding("a")
    assert view.selected_coding() == "a"
    assert view.highlighter.highlight_count - count == 1
    assert first_format(view, 7).background().color().alpha() > plain
    view.set_selected_coding(None)
    assert first_format(view, 7).background().color().alpha() == plain
    view.set_selected_coding("no-such-guid")
    assert view.selected_coding() is None


def test_update_coding_moves_the_highlight(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    view.set_document(TEXT, [coding("a", b3, b3 + 4)], colors=COLORS)
    view.update_coding(coding("a", b3 + 2, b3 + 8))
    assert covered(view, 3) == set(range(2, 8))
    assert [c.guid for c in view.codings_at(b3 + 7)] == ["a"]
    assert view.codings_at(b3) == []


def test_codings_at_and_set_codings(view: DocumentView) -> None:
    b3 = TEXT.index("They took")
    view.set_document(TEXT, [coding("a", b3, b3 + 10), coding("b", b3 + 5, b3 + 15)], colors=COLORS)
    assert [c.guid for c in view.codings_at(b3 + 6)] == ["a", "b"]
    assert [c.guid for c in view.codings_at(b3 + 12)] == ["b"]
    assert view.codings_at(b3 + 15) == []
    view.set_codings([coding("z", 0, 3)])
    assert view.codings_at(b3 + 6) == []
    assert covered(view, 3) == set() and covered(view, 0) == {0, 1, 2}


def test_stripe_lanes(view: DocumentView, qtbot) -> None:
    b3 = TEXT.index("They took")
    view.set_document(
        TEXT,
        [coding("a", b3, b3 + 10), coding("b", b3 + 5, b3 + 15), coding("c", b3 + 20, b3 + 25)],
        colors=COLORS,
    )
    assert view.lanes.get("a") != view.lanes.get("b")
    assert view.lanes.get("c") == view.lanes.get("a")
    assert view.lanes.count == 2
    view.margin.repaint()
    xs = {key: rect.x() for rect, key, *_ in view.margin.bars}
    assert set(xs) == {"a", "b", "c"} and xs["a"] != xs["b"]
    view.add_codings([coding("d", b3 + 1, b3 + 30)])
    assert view.lanes.count == 3
    rect = next(r for r, key, *_ in view.margin.bars if key == "b")
    with qtbot.waitSignal(view.codingActivated) as sig:
        qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == ["b"] and view.selected_coding() == "b"
    view.set_code_colors(COLORS, LABELS)
    assert "Control/Confinement" in view.tooltip_html(["b"])


def test_click_in_highlight_emits_guids(view: DocumentView, qtbot) -> None:
    b3 = TEXT.index("They took")
    view.set_document(TEXT, [coding("a", b3, b3 + 10), coding("b", b3 + 5, b3 + 15)], colors=COLORS)
    cur = QTextCursor(view.document())
    cur.setPosition(PositionMap(TEXT).to_qt(b3 + 6))
    point = view.cursorRect(cur).center() + QPoint(3, 0)
    with qtbot.waitSignal(view.codingsClicked) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert sorted(sig.args[0]) == ["a", "b"]
    cur.setPosition(PositionMap(TEXT).to_qt(TEXT.index("The end") + 1))
    with qtbot.waitSignal(view.codingsClicked) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cur).center())
    assert sig.args[0] == []


def test_find_highlights_all_and_wraps(view: DocumentView) -> None:
    view.set_document(TEXT, [])
    hits = [i for i in range(len(TEXT)) if TEXT.lower().startswith("er", i)]
    assert len(hits) == 3
    seen = []
    for _ in range(len(hits) + 1):
        assert view.find("ER")
        seen.append(view.selected_span()[0])
    assert seen == [*hits, hits[0]]  # wrapped
    assert view.find("er", backwards=True) is True
    assert view.selected_span()[0] == hits[-1]
    ranges = view.document().findBlockByNumber(1).layout().formats()
    pm = PositionMap(TEXT)
    b1 = pm.to_qt(TEXT.index("Respondent"))
    assert [(r.start, r.length) for r in ranges] == [(pm.to_qt(hits[2]) - b1, 2)]  # after 𠀀 and 😀
    found_bg = {r.format.background().color().name() for r in ranges}
    assert len(found_bg) == 1 and QColor(found_bg.pop()).red() > 200  # amber
    assert view.find("Re", case_sensitive=True)
    assert view.selected_span()[0] == TEXT.index("Re")
    assert view.find("없는말") is False
    view.clear_find()
    assert covered(view, 1) == set()


def test_find_after_non_bmp(view: DocumentView) -> None:
    view.set_document(TEXT, [])
    assert view.find("came")
    a, b = span_of("came")
    assert view.selected_span() == (a, b)
    assert view.textCursor().selectedText() == "came"


def test_shift_arrows_request_resize(view: DocumentView, qtbot) -> None:
    b3 = TEXT.index("They took")
    view.set_document(TEXT, [coding("a", b3, b3 + 4), coding("one", 0, 1)], colors=COLORS)
    view.setFocus()
    view.set_selected_coding("a")
    with qtbot.waitSignal(view.resizeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert sig.args == ["a", b3, b3 + 5]
    with qtbot.waitSignal(view.resizeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert sig.args == ["a", b3, b3 + 3]
    alt_shift = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
    with qtbot.waitSignal(view.resizeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Left, alt_shift)
    assert sig.args == ["a", b3 - 1, b3 + 4]
    with qtbot.waitSignal(view.resizeRequested) as sig:
        qtbot.keyClick(view, Qt.Key.Key_Right, alt_shift)
    assert sig.args == ["a", b3 + 1, b3 + 4]
    assert not view.textCursor().hasSelection()  # the keys did not extend the text selection
    view.set_selected_coding("one")  # [0, 1): can neither shrink to empty nor start before 0
    with qtbot.assertNotEmitted(view.resizeRequested):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view, Qt.Key.Key_Left, alt_shift)
        qtbot.keyClick(view, Qt.Key.Key_Right, alt_shift)


def test_resize_clamps_at_text_end(view: DocumentView, qtbot) -> None:
    n = len(TEXT)
    view.set_document(TEXT, [coding("z", n - 3, n)], colors=COLORS)
    view.set_selected_coding("z")
    with qtbot.assertNotEmitted(view.resizeRequested):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def test_shift_right_without_selected_coding_extends_selection(view: DocumentView, qtbot) -> None:
    view.set_document(TEXT, [coding("a", 0, 4)])
    with qtbot.assertNotEmitted(view.resizeRequested):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span() == (0, 1)


def test_color_by_coder(view: DocumentView) -> None:
    view.set_document(TEXT, [coding("a", 0, 5, "red", "u1")], colors=COLORS)
    by_code = first_format(view, 0).background().color()
    view.set_coder_colors({"u1": "#0000ff"}, {"u1": "Minji"})
    view.set_color_by_coder(True)
    by_coder = first_format(view, 0).background().color()
    assert by_code.red() > by_code.blue() and by_coder.blue() > by_coder.red()
    assert "Minji" in view.tooltip_html(["a"])


def test_document_untouched_and_paint(view: DocumentView) -> None:
    view.set_document(TEXT, [coding("a", 0, 12)], colors=COLORS)
    assert view.toPlainText() == TEXT
    assert not view.document().isUndoAvailable()
    image = view.grab().toImage()
    assert not image.isNull()
    view.clear_document()
    assert view.toPlainText() == "" and view.codings_at(0) == []


def test_zoom(view: DocumentView) -> None:
    size = view.font().pointSizeF()
    view.zoom_in()
    assert view.font().pointSizeF() > size
    view.zoom_out()
    view.zoom_out()
    assert view.font().pointSizeF() < size
    view.zoom_reset()
    assert view.font().pointSizeF() == size


def test_stripes_only_for_visible_blocks(view: DocumentView) -> None:
    text = "\n".join(f"Paragraph {i}: 증언 문장 {i}." for i in range(400))
    codings = [coding(f"p{i}", *span_of(f"Paragraph {i}:", text)) for i in range(400)]
    view.set_document(text, codings, colors=COLORS)
    view.margin.repaint()
    first, last = view.visible_blocks()
    assert {key for _, key, *_ in view.margin.bars} == {f"p{i}" for i in range(first, last + 1)}
    assert last < 100


def test_drag_stripe_end_requests_resize(view: DocumentView, qtbot) -> None:
    text = "\n".join(f"Line {i} of the testimony." for i in range(10))
    c = coding("a", *span_of("Line 2 of", text))
    view.set_document(text, [c], colors=COLORS)
    view.set_selected_coding("a")
    view.margin.repaint()
    rect = next(r for r, key, *_ in view.margin.bars if key == "a")
    line4 = text.split("\n")[4]
    cur = QTextCursor(view.document())
    cur.setPosition(text.index(line4) + 3)
    target_y = view.cursorRect(cur).center().y()  # margin and viewport share y
    with qtbot.waitSignal(view.resizeRequested) as sig:
        qtbot.mousePress(view.margin, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.bottom()))
        qtbot.mouseMove(view.margin, QPoint(rect.center().x(), target_y))
        qtbot.mouseRelease(view.margin, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), target_y))
    assert sig.args == ["a", c.start, text.index(line4) + len(line4)]  # end of the line dropped on


def test_hover_tooltip_lists_codes_and_coders(view: DocumentView, qtbot) -> None:
    b3 = TEXT.index("They took")
    pair = [coding("a", b3, b3 + 10, "red", "u1"), coding("b", b3 + 5, b3 + 15, "blue", "u2")]
    view.set_document(TEXT, pair, labels=LABELS, colors=COLORS)
    view.set_coder_colors({}, {"u1": "Minji", "u2": "Sarah"})
    cur = QTextCursor(view.document())
    cur.setPosition(PositionMap(TEXT).to_qt(b3 + 6))
    point = view.cursorRect(cur).center() + QPoint(3, 0)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    tip = QToolTip.text()
    assert "Control/Confinement" in tip and "Recruitment/Deception" in tip
    assert "Minji" in tip and "Sarah" in tip
    QToolTip.hideText()


def test_dark_palette_is_tuned(view: DocumentView) -> None:
    view.set_document(TEXT, [coding("a", 0, 5)], colors=COLORS)
    light = first_format(view, 0).background().color().alpha()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#dddddd"))
    view.setPalette(palette)
    assert view.dark
    dark = first_format(view, 0).background().color().alpha()
    assert dark > light  # colours need more weight against a dark base


def test_text_never_rewraps_while_codings_come_and_go(view: DocumentView) -> None:
    """The margin's width is set when a document opens; coding, resizing and deleting many
    overlapping codings afterwards condenses the lanes instead of widening it."""
    para = "They took our passports and said we owed money for the flight. " * 12
    text = "\n".join([para] * 6)
    view.set_document(text, [coding("first", 0, 30)], colors=COLORS)
    view.margin.repaint()
    width, margin = view.viewport().width(), view.margin.width()
    block = view.document().findBlockByNumber(0)
    lines = block.layout().lineCount()
    assert lines > 3  # wrapped: a wider margin would change the line count

    many = [coding(f"c{i}", 5 + i * 3, 200 + i * 7, ("red", "blue", "green")[i % 3]) for i in range(30)]
    view.add_codings(many)
    assert view.lanes.count > 20
    view.update_coding(coding("c3", 2, 500))  # resize
    view.update_coding(coding("c4", 40, 41))
    view.margin.repaint()
    assert view.viewport().width() == width and view.margin.width() == margin
    assert block.layout().lineCount() == lines
    assert view.margin.bars and all(r.right() < margin for r, *_ in view.margin.bars)  # condensed, inside
    assert len({r.x() for r, *_ in view.margin.bars}) > 10  # lanes still side by side

    view.remove_codings([c.guid for c in many[:25]])
    view.margin.repaint()
    assert view.viewport().width() == width and block.layout().lineCount() == lines

    view.set_document(text, [], colors=COLORS)  # a new document may size the margin again
    assert view.margin.width() <= margin


def test_colour_by_coder_shows_a_legend_without_rewrapping(view: DocumentView) -> None:
    text = "They took our passports and said we owed money for the flight. " * 12
    view.set_document(text, [coding("a", 0, 5, "red", "u1"), coding("b", 3, 9, "blue", "u2")], colors=COLORS)
    view.set_coder_colors({"u1": "#0000ff", "u2": "#00aa00"}, {"u1": "Minji", "u2": "Sarah"})
    assert not view.legend.isVisible()
    width, lines = view.viewport().width(), view.document().firstBlock().layout().lineCount()
    view.set_color_by_coder(True)
    legend = view.findChild(QWidget, "coderLegend")
    assert legend is view.legend and legend.isVisible() and legend.height() > 0
    assert legend.entries == [("Minji", "#0000ff"), ("Sarah", "#00aa00")]
    assert legend.geometry().bottom() < view.viewport().geometry().top() + 1  # above the text
    assert view.viewport().width() == width
    assert view.document().firstBlock().layout().lineCount() == lines
    image = legend.grab().toImage()
    blue = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(image.height())
        if image.pixelColor(x, y).name() == "#0000ff"
    ]
    assert blue  # the swatch is painted
    view.set_color_by_coder(False)
    assert not view.legend.isVisible() and view.viewport().width() == width


def test_palette_dark_base_is_the_themes() -> None:
    from annotator.core import palette  # noqa: PLC0415
    from annotator.gui.theme import dark_palette  # noqa: PLC0415

    assert dark_palette().color(QPalette.ColorRole.Base).name() == palette.DARK_BASE


def test_stripes_are_labelled_with_key_and_name(view: DocumentView, qtbot) -> None:
    text = "\n".join(f"Line {i} of the testimony, long enough to read." for i in range(12))
    view.set_document(
        text,
        [coding("a", 0, 60, "red"), coding("b", 10, 120, "blue")],
        colors=COLORS,
        labels=LABELS,
        keys={"red": "3"},
    )
    view.margin.repaint()
    labels = {key: box for box, key in view.margin.labels}
    assert set(labels) == {"a", "b"}
    assert view.stripe_label("a") == "3 Confinement" and view.stripe_label("b") == "Deception"
    bars = {key: rect for rect, key, *_ in view.margin.bars}
    assert all(labels[k].left() > bars[k].right() for k in labels)  # in the column right of the lanes
    assert labels["a"].bottom() < labels["b"].top() or labels["b"].bottom() < labels["a"].top()  # no overlap
    assert labels["a"].right() <= view.margin.width()
    with qtbot.waitSignal(view.codingActivated) as sig:  # a label is clickable like its bar
        qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=labels["b"].center())
    assert sig.args == ["b"]
    # No room: a one-line coding's bar is shorter than two labels, so a second one there is left out.
    view.set_document(
        text, [coding("x", 0, 4), coding("y", 1, 4), coding("z", 2, 4)], colors=COLORS, labels=LABELS
    )
    view.margin.repaint()
    assert 1 <= len(view.margin.labels) < 3
