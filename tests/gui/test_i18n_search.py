"""The Search dock speaks the interface language: nothing escapes translation, and Korean is complete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.search import helper
from tests.gui.i18n_probe import (
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    untranslated,
)
from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True, scope="module")
def _stop_helper():
    yield
    helper.shutdown()


def _search(qtbot, window, query: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData("literal"))
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.job is None, timeout=60_000)


def test_every_string_of_the_search_dock_is_translatable(qtbot, make_window, demo: Path) -> None:  # noqa: F811
    with pseudo_language():
        window = make_window(demo)
        window.open_search()
        panel = window.search_panel
        panel.scope.setCurrentIndex(panel.scope.findData("filter"))  # the name filter shows too
        data = project_strings(demo) | {"팔려"}  # the query typed is the user's
        assert untranslated(panel, data) == []
        _search(qtbot, window, "팔려")
        assert panel.model.hits
        assert untranslated(panel, data) == []  # the status line after a search
        assert window.docks["search"].windowTitle() == "⟪Search⟫"
        # coding hits: the status line and the palette's title
        panel.table.selectAll()
        panel.code_button.click()
        palette = window.coding.palette
        assert palette is not None and palette.windowTitle() == "⟪Code selected hits with⟫"
        palette.chosen.emit(window.session.tree.find("Means of control/Deception").guid)
        assert panel.status.text().startswith("⟪Coded ")
        assert untranslated(panel, data) == []


def test_the_search_dock_in_korean(qtbot, make_window, demo: Path) -> None:  # noqa: F811
    with language("ko"):
        window = make_window(demo)
        window.open_search()
        panel = window.search_panel
        panel.scope.setCurrentIndex(panel.scope.findData("filter"))
        sources = source_strings()
        assert english_left(panel, sources) == []
        assert window.docks["search"].windowTitle() == "검색"
        assert panel.go.text() == "검색"
        assert panel.mode.itemText(panel.mode.findData("word")) == "어형"
        assert panel.code_button.text() == "선택한 결과 코딩…"
        _search(qtbot, window, "팔려")
        total = len(window.session.store.documents())
        assert panel.status.text() == f"문서 {total}개 중 2개에서 3건 찾음."
        assert english_left(panel, sources) == []
