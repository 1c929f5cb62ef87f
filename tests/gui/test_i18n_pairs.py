"""The side-by-side view speaks the interface language: under a pseudo-translation every
visible string of it is marked (so it went through ``translate``), and under Korean no English
source string is left; the project's own words (document names, language tags) stay as they are."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from annotator.gui.pairs import ACTIONS

from .i18n_probe import (
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    unmarked,
    untranslated,
)
from .team_support import demo, demo_master  # noqa: F401 (fixtures)

KO = "10-ko-second-escape.txt"
TAGS = {"ko", "en"}  # language tags, data like the names they follow


def open_view(make_window, path: Path, qtbot):  # type: ignore[no-untyped-def]
    window = make_window(path)
    window.documents.select(window.session.store.document_by_name(KO).guid)
    window.actions["view.side_by_side"].trigger()
    [view] = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "translationView" and w.isVisible()
    ]
    qtbot.addWidget(view)
    return window, view


def test_every_string_of_the_view_is_translatable(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    data = project_strings(demo) | TAGS
    with pseudo_language():
        window, view = open_view(make_window, demo, qtbot)
        assert untranslated(view, data) == []
        view.link_selection()  # nothing selected: a message in the view's status line
        assert untranslated(view.status, data) == [] and view.status.text()
        view.mirror()
        assert untranslated(view.status, data) == []
        store = window.session.store
        coding = store.codings(document=store.document_by_name(KO).guid)[0]
        view.views["original"].codingsClicked.emit([coding.guid])  # its aligned passage is marked opposite
        assert untranslated(view.status, data) == []
        for spec in ACTIONS:  # the menu rows are marked for translation under the "Actions" context
            assert QCoreApplication.translate("Actions", spec.text).startswith("⟪")
            assert QCoreApplication.translate("Actions", spec.tip).startswith("⟪")


def test_the_view_in_korean(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    with language("ko"):
        _window, view = open_view(make_window, demo, qtbot)
        assert english_left(view, source_strings()) == []
        assert view.link_button.text() == "서로 연결(&L)"
        assert view.status.text() == "정렬된 구절 31개, 미정렬 부분 2개"
        assert view.titles["original"].text() == "원문: 10-ko-second-escape.txt (ko)"
        view.link_selection()
        assert view.status.text() == "먼저 양쪽에서 구절을 하나씩 선택한 뒤 '서로 연결'을 누르세요."
        assert (
            QCoreApplication.translate("Actions", "&Side by side with translation")
            == "번역본과 나란히 보기(&S)"
        )


def _mirror_in_main_window(window, qtbot, document: str) -> str:  # type: ignore[no-untyped-def]
    """Code → Mirror coding on the first coding of ``document``; the status-bar line it left."""
    from .test_mirror_action import click_coding  # noqa: PLC0415

    store = window.session.store
    guid = store.document_by_name(document).guid
    window.documents.select(guid)
    click_coding(window, qtbot, store.codings(document=guid)[0].guid)
    window.actions["code.mirror"].trigger()
    return window.statusBar().currentMessage()


def test_the_main_windows_mirror_says_what_it_did_in_the_interface_language(
    make_window,
    demo: Path,  # noqa: F811
    qtbot,
) -> None:
    alone = "01-en-broker-job-offer.txt"
    with pseudo_language():
        window = make_window(demo)
        assert window.session.store.links_of(window.session.store.document_by_name(alone).guid) == []
        for document in (KO, alone):  # done; refused: no link
            message = _mirror_in_main_window(window, qtbot, document)
            assert message and not re.search(r"[^\W\d_]", unmarked(message)), message
        window.session.undo_stack.undo()  # the mirrored coding goes: the Korean run mirrors it again
        window.close()
    with language("ko"):
        window = make_window(demo)
        assert _mirror_in_main_window(window, qtbot, KO) == "연결된 문서에 코딩을 반영했습니다."
        assert (
            _mirror_in_main_window(window, qtbot, alone)
            == "이 문서에 연결된 번역본이 없습니다: 편집 → 번역본 연결…"
        )
