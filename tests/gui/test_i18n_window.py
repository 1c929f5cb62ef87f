"""The main window area speaks Korean and Chinese: its menus (every action, submenus too), the
toolbar, the status bar after coding and undoing, the empty state, the find bar and the text's
context menu carry no string that escaped translation, and under Korean no English is left.
View → Language remembers the choice and says, in the language chosen, that it applies at the
next start.

Only what this area builds is checked: the other areas' panels and dialogs are translated by
their owners (their own tests), so the widgets here are the window's menus, toolbar and status
bar and the widgets the window area's modules create.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui import i18n
from annotator.gui.actions import ACTIONS
from tests.gui.i18n_probe import (
    CLOSE,
    OPEN,
    english_left,
    language,
    project_strings,
    pseudo_language,
    visible_texts,
)
from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)

WINDOW_TS = i18n.translations_dir() / "window_ko.ts"
# Shown in their own language on purpose (View → Language), never translated.
LANGUAGE_NAMES = set(i18n.LANGUAGES.values())
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def escaped(text: str, data: set[str]) -> bool:
    """True when ``text`` holds letters outside the pseudo marks that are not project data.

    Marks nest when a translated phrase fills a placeholder of another ("⟪Coded ⟪3 characters⟫
    with …⟫"), so they are taken off from the innermost out."""
    rest = _TAGS.sub(" ", text).replace("&&", "").replace("&", "")
    while True:
        stripped = _INNERMOST.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for item in sorted(data, key=len, reverse=True):
        rest = rest.replace(item, " ")
    return bool(_LETTERS.search(rest))


def untranslated_here(root: QWidget, data: set[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in visible_texts(root) if escaped(text, data)]


def area_sources() -> set[str]:
    """The English sources of this area's catalogue (other areas' strings are theirs to check)."""
    return {
        m.findtext("source", "")
        for m in ElementTree.parse(WINDOW_TS).getroot().iter("message")
        if _LETTERS.search(m.findtext("source", ""))
    }


def fill_submenus(window) -> None:  # type: ignore[no-untyped-def]
    """Menus filled when they open (recent projects, coders): fill them as opening would."""
    window.recent_menu.aboutToShow.emit()
    window.coder_menu.aboutToShow.emit()


def code_and_undo(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Code the first words of the open document, undo it: the status-bar messages on the way."""
    messages = []
    code = next(iter(window.session.tree.by_guid.values()))
    window.view.select_span(0, 12)
    window.coding.apply_code(code.guid)
    messages.append(window.statusBar().currentMessage())
    window.undo_group.undo()
    messages.append(window.statusBar().currentMessage())
    window.undo_group.redo()
    messages.append(window.statusBar().currentMessage())
    return messages


def window_parts(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets this area builds (the panels inside the docks are other areas'; the docks'
    titles are checked by ``dock_titles``)."""
    return [
        window.menuBar(),
        window.toolbar,
        window.statusBar(),
        window.empty,
        window.find_bar,
    ]


def dock_titles(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [("dock title", dock.windowTitle()) for dock in window.docks.values()]


# -- pseudo-translation: nothing of this area escapes translate() --------------------------------


def test_every_string_of_the_window_area_goes_through_translation(qtbot, make_window, demo):  # noqa: F811
    with pseudo_language():
        window = make_window(demo)
        fill_submenus(window)
        # Project data after opening (the coder joined the project); recent projects are paths.
        data = project_strings(demo) | LANGUAGE_NAMES | {str(Path(demo)), Path(demo).name}
        bad = [b for part in window_parts(window) for b in untranslated_here(part, data)]
        bad += [(w, t) for w, t in dock_titles(window) if escaped(t, data)]
        bad += [("window title", window.windowTitle())] * escaped(window.windowTitle(), data)
        assert not bad, bad
        for message in code_and_undo(qtbot, window):
            assert message and not escaped(message, data), message
        window.find_bar.open_bar()
        window.find_bar.edit.setText("the")
        window.find_bar.everywhere.setChecked(True)
        assert window.find_bar.message.text()
        assert not untranslated_here(window.find_bar, data)
        window.find_bar.edit.setText("zzzqqq-nowhere")
        window.find_bar.search_everywhere()
        assert not untranslated_here(window.find_bar, data)
        menu = window.coding.context_menu(QPoint(5, 5))
        assert menu is not None and len(menu.actions()) > 5
        assert not untranslated_here(menu, data), untranslated_here(menu, data)
        menu.deleteLater()
        # The memo pane's title and placeholder are written by this area's memo controller.
        assert not escaped(window.memo_panel.target.text(), data)
        assert not escaped(window.memo_panel.editor.placeholderText(), data)


def test_the_empty_window_goes_through_translation(qtbot, make_window):
    with pseudo_language():
        window = make_window()
        assert window.empty.isVisible()
        bad = [b for part in window_parts(window) for b in untranslated_here(part, LANGUAGE_NAMES)]
        assert not bad, bad
        assert not escaped(window.windowTitle(), set())
        assert window.empty.title.text().startswith(OPEN)


def test_every_menu_and_action_of_the_table_is_shown_translated(qtbot, make_window, demo):  # noqa: F811
    with pseudo_language():
        window = make_window(demo)
        titles = [action.menu().title() for action in window.menuBar().actions() if action.menu()]
        assert len(titles) == 7 and all(t.startswith(OPEN) for t in titles), titles
        for spec in ACTIONS:
            if spec.kind == "submenu":
                submenu = window.findChild(QMenu, "languageMenu") if spec.id == "view.language" else None
                assert submenu is None or submenu.title().startswith(OPEN)
                continue
            action = window.actions[spec.id]
            if spec.kind == "action":
                assert action.text().startswith(OPEN), (spec.id, action.text())
            if spec.tip:
                assert action.statusTip().startswith(OPEN), spec.id
                assert action.toolTip().startswith(OPEN), spec.id
        submenus = (window.recent_menu, window.coder_menu, window.findChild(QMenu, "languageMenu"))
        assert all(m.title().startswith(OPEN) for m in submenus)


# -- Korean: no English left ----------------------------------------------------------------------


def test_under_korean_no_english_is_left_in_the_window_area(qtbot, make_window, demo):  # noqa: F811
    sources = area_sources()
    with language("ko") as installed:
        assert installed == "ko"
        window = make_window(demo)
        fill_submenus(window)
        left = [b for part in window_parts(window) for b in english_left(part, sources)]
        left += [(w, t) for w, t in dock_titles(window) if t in sources]
        assert not left, left
        messages = code_and_undo(qtbot, window)
        assert "코드로 12자를 코딩했습니다." in messages[0], messages
        assert messages[1].startswith("실행 취소함: "), messages
        assert messages[2].startswith("다시 실행함: "), messages
        menus = [a.menu().title() for a in window.menuBar().actions() if a.menu()]
        assert menus == ["파일(&F)", "편집(&E)", "코드(&C)", "사례(&S)", "팀(&T)", "보기(&V)", "도움말(&H)"]
        assert window.actions["file.open"].text() == "프로젝트 열기(&O)…"
        assert window.actions["file.open"].iconText() == "프로젝트 열기"  # the toolbar: no "(O)…"
        assert window.windowTitle().endswith(" — 증언 주석 도구")
        assert window.saved_label.text() == "모든 변경 사항 저장됨"
        assert window.coder_label.text().startswith("코더: ")
        window.find_bar.open_bar()
        window.find_bar.everywhere.setChecked(True)
        window.find_bar.edit.setText("the")
        window.find_bar.search_everywhere()
        assert not english_left(window.find_bar, sources)
        assert re.fullmatch(r"문서 \d+개에서 일치 항목 \d+개", window.find_bar.message.text()), (
            window.find_bar.message.text()
        )
        menu = window.coding.context_menu(QPoint(5, 5))
        assert menu is not None
        assert not english_left(menu, sources)
        assert "코딩 삭제(&R)" in [a.text() for a in menu.actions()]
        menu.deleteLater()


def test_under_korean_the_empty_window_offers_its_buttons_in_korean(qtbot, make_window):
    with language("ko"):
        window = make_window()
        assert not [b for part in window_parts(window) for b in english_left(part, area_sources())]
        assert window.empty.title.text() == "열린 프로젝트 없음"
        assert window.empty.primary.text() == "프로젝트 열기…"  # the menu's "(&O)" is not on a button
        assert window.empty.secondary.text() == "새 프로젝트…"
        assert window.windowTitle() == "증언 주석 도구"


def test_under_chinese_counts_take_measure_words(qtbot, make_window, demo):  # noqa: F811
    from annotator.gui.feedback import count  # noqa: PLC0415

    with language("zh_CN"):
        assert count(3, "coding") == "3 个编码"
        assert count(1, "coder") == "1 位编码员"
        window = make_window(demo)
        assert window.menuBar().actions()[0].menu().title() == "文件(&F)"
        messages = code_and_undo(qtbot, window)
        assert messages[0].startswith("已用 ") and messages[0].endswith(" 编码 12 个字符。"), messages
    assert count(3, "coding") == "3 codings"
    assert count(1, "coding") == "1 coding"


# -- View → Language ----------------------------------------------------------------------------------


@pytest.fixture
def no_choice() -> None:
    i18n.choose_language(None)
    yield
    i18n.choose_language(None)


def test_view_language_remembers_the_choice_and_says_so_in_that_language(qtbot, make_window, no_choice):
    window = make_window()
    menu = window.findChild(QMenu, "languageMenu")
    view_menu = window.actions.menus["View"]
    assert menu.menuAction() in view_menu.actions()
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["System language", "English", "한국어", "简体中文"]
    assert menu.items[""].isChecked()  # nothing chosen: the system decides

    menu.items["ko"].trigger()
    assert QSettings().value(i18n.SETTING) == "ko"
    assert i18n.current_language() == "ko"
    assert menu.items["ko"].isChecked() and not menu.items[""].isChecked()
    assert window.statusBar().currentMessage() == "다음에 시작할 때부터 화면 언어가 바뀝니다: 한국어."
    assert window.menuBar().actions()[0].menu().title() == "&File"  # this run stays as it started

    menu.items["zh_CN"].trigger()
    assert i18n.chosen_language() == "zh_CN"
    assert window.statusBar().currentMessage() == "下次启动时界面将使用简体中文。"

    menu.items["en"].trigger()
    assert i18n.chosen_language() == "en"
    assert window.statusBar().currentMessage() == "The interface will be in English from the next start."

    menu.items[""].trigger()
    assert i18n.chosen_language() is None
    assert menu.items[""].isChecked()
    system = i18n.LANGUAGES[i18n.system_language()]
    assert system in window.statusBar().currentMessage()


def test_a_new_window_shows_the_remembered_choice_checked(qtbot, make_window, no_choice):
    i18n.choose_language("zh_CN")
    window = make_window()
    menu = window.findChild(QMenu, "languageMenu")
    assert menu.items["zh_CN"].isChecked()
    assert sum(a.isChecked() for a in menu.actions()) == 1


def test_language_names_are_never_translated(qtbot, make_window, no_choice):
    with language("ko"):
        window = make_window()
        menu = window.findChild(QMenu, "languageMenu")
        assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
            "시스템 언어",
            "English",
            "한국어",
            "简体中文",
        ]
        assert menu.title() == "언어(&L)"
