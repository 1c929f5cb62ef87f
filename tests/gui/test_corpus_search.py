"""The Search dock: Ctrl+Shift+F, a word search in a worker, jump to a hit, code hits as one step."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from annotator.core.language import analyzers
from annotator.gui.search import helper
from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)

SELLING = ["팔려", "팔러", "팔려", "팔려", "팔렸습니다", "팔아"]  # 팔다's forms in the demo, in order


@pytest.fixture(autouse=True, scope="module")
def _stop_helper():
    yield
    helper.shutdown()


def _search(qtbot, window, query: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    panel.query.setText(query)
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.job is None, timeout=120_000)


def test_ctrl_shift_f_word_search_jump_and_code_hits_as_one_step(qtbot, make_window, demo: Path) -> None:  # noqa: F811
    window = make_window(demo)
    session = window.session
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dock, panel = window.docks["search"], window.search_panel
    assert dock.objectName() == "corpusSearch" and dock.isVisible()
    qtbot.waitUntil(lambda: panel.query.hasFocus())

    _search(qtbot, window, "팔다", "word")
    hits = panel.model.hits
    assert [h.text for h in hits] == SELLING, panel.status.text()
    total = len(window.session.store.documents())
    assert panel.status.text() == f"6 hits in 3 of {total} documents."

    # Enter on a row: its document opens with the passage selected
    panel.table.setFocus()
    panel.table.selectRow(4)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.presenter.document == hits[4].document
    assert window.view.selected_span() == (hits[4].start, hits[4].end)

    # three hits coded with one code: one undo step removes all three
    code = session.tree.find("Means of control/Deception").guid
    before = len(session.store.codings(code=code))
    panel.table.clearSelection()
    for row in (0, 1, 5):
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            panel.table.selectionModel().SelectionFlag.Select
            | panel.table.selectionModel().SelectionFlag.Rows,
        )
    assert panel.code_button.isEnabled()
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    palette = window.coding.palette
    assert palette is not None and palette.isVisible()
    palette.chosen.emit(code)
    coded = session.store.codings(code=code)
    assert len(coded) == before + 3
    assert {(c.document, c.start, c.end) for c in coded} >= {
        (hits[r].document, hits[r].start, hits[r].end) for r in (0, 1, 5)
    }
    assert panel.status.text() == "Coded 3 passages with Deception."
    window.actions["edit.undo"].trigger()
    assert len(session.store.codings(code=code)) == before


def test_indexing_in_the_worker_leaves_the_window_answering(qtbot, make_window, demo: Path) -> None:  # noqa: F811
    window = make_window(demo)
    session = window.session
    assert session.store.search_index_state() == {}
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    panel = window.search_panel
    panel.query.setText("팔다")
    panel.mode.setCurrentIndex(panel.mode.findData("word"))
    job = window.search.run()
    assert job is not None
    # while the worker indexes, a coding made in the window goes through at once
    qtbot.wait(100)
    assert not job.done
    from annotator.core.changes import ApplyCode  # noqa: PLC0415

    doc = session.store.documents()[0]
    code = session.tree.find("Means of control/Deception").guid
    started = time.monotonic()
    assert session.push(ApplyCode(document=doc.guid, start=0, end=5, code=code, coder=session.coder.guid))
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: window.search.job is None, timeout=120_000)
    timer.stop()
    assert len(panel.model.hits) == 6
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert gaps and max(gaps) < 1.0, f"the event loop stalled for {max(gaps):.2f} s"
    assert len(session.store.search_index_state()) == len(session.store.documents())  # kept for next time


def test_a_missing_analyzer_is_one_status_line_and_text_search_works(
    qtbot,
    make_window,
    demo: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(helper, "_executor", lambda: None)  # analyse in this process, where the model is gone
    monkeypatch.setattr(analyzers, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", None)
    window = make_window(demo)
    panel = window.search_panel
    window.open_search()
    _search(qtbot, window, "팔다", "word")
    assert panel.status.text().startswith("word search needs the Korean analyzer (kiwipiepy-model): ")
    assert panel.model.hits == []
    _search(qtbot, window, "팔렸", "literal")
    assert [h.text for h in panel.model.hits] == ["팔렸"]
