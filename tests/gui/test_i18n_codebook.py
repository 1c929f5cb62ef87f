"""The codebook area in other languages: every string of the codebook panel, its tree, the
code-labels editor and the Code → Show code names in menu goes through the translation system,
and under Korean none of them is left in English (code names and definitions are data)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.code_labels import LABEL_LANGUAGES
from annotator.core.codebook import CodeTree
from annotator.core.store import ProjectStore
from tests.gui.i18n_probe import (
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    untranslated,
)
from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)


def _data(path: Path) -> set[str]:
    """Project data the codebook area shows: names, paths, definitions and labels of codes."""
    words = project_strings(path) | set(LABEL_LANGUAGES.values())  # languages named in their own
    conn = sqlite3.connect(path)
    for row in conn.execute(
        "SELECT short_definition, definition, when_to_use, when_not_to_use, example FROM codes "
        "UNION ALL SELECT name, short_definition, definition, when_to_use, example FROM code_labels"
    ):
        words.update(t for t in row if t)
    conn.close()
    with ProjectStore.open(path, readonly=True) as store:
        tree = CodeTree(store.codes())
        words.update(tree.path(g) for g in tree.by_guid)
    return words


def _widgets(window, qtbot) -> list:  # type: ignore[no-untyped-def]
    """The codebook panel, the labels editor on a code and the language menu, as a user opens them."""
    tree = window.session.tree
    code = tree.find("Forms of exploitation/Forced marriage").guid
    window.codebook.select_codes([code])
    dialog = window.codebook_ops.edit_labels()
    menu = window.code_language_menu
    window.codebook_ops.fill_language_menu(menu)
    window.codebook.filter.setText("zzzz")  # the "no code matches" line
    return [window.codebook, dialog, menu]


def test_the_codebook_area_has_no_untranslatable_text(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    data = _data(demo)
    with pseudo_language():
        window = make_window(demo)
        widgets = _widgets(window, qtbot)
        panel, dialog, menu = widgets
        for widget in (panel, dialog):
            assert untranslated(widget, data) == [], widget.objectName()
        # The menu's title is a row of the window's action table (the window area's strings).
        for action in menu.actions():
            assert action.text() in data or action.text().startswith("⟪"), action.text()
        window.codebook_ops.set_code_language("ko")  # a status message this area sets
        message = window.statusBar().currentMessage()
        assert message.startswith("⟪") and message.endswith("⟫"), message


def test_the_codebook_area_in_korean_leaves_no_english(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    sources = source_strings() - _data(demo)
    with language("ko"):
        window = make_window(demo)
        widgets = _widgets(window, qtbot)
        panel, dialog, menu = widgets
        for widget in (panel, dialog):
            assert english_left(widget, sources) == [], widget.objectName()
        assert panel.filter.placeholderText() == "코드 필터  (Ctrl+L)"
        assert panel.no_match.text() == "'zzzz'와(과) 일치하는 코드가 없습니다."
        assert dialog.windowTitle() == "다른 언어의 코드 레이블"
        assert [a.text() for a in menu.actions()] == [
            "인터페이스 언어",
            "영어(기준 이름)",
            "한국어",
            "简体中文",
        ]
        # Under a Korean interface the project (following it by default) names codes in Korean.
        code = window.session.tree.find("Forms of exploitation/Forced marriage").guid
        assert panel.model.index_for(code).data() == "강제 결혼"
        assert panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "코드"
