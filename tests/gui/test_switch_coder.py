"""Team → Switch coder offers the project's coders in a filtered list; adding one is a separate,
explicit action (issue 14, item 1).

Before, Switch coder was a free-text box: a typo ("Mnia") silently made a new coder whose
codings then counted as a third person's in agreement and exports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core import config
from annotator.core.store import ProjectStore
from annotator.gui import prompts
from annotator.gui.dialogs.coder_choice import CoderDialog
from tests.gui import team_support

demo_master, demo = team_support.demo_master, team_support.demo


def _drive(monkeypatch: pytest.MonkeyPatch, act) -> list[CoderDialog]:  # type: ignore[no-untyped-def]
    """Answer the switch dialog with ``act(dialog)``; the dialogs seen are returned."""
    seen: list[CoderDialog] = []

    def run(dialog: CoderDialog) -> bool:
        seen.append(dialog)
        act(dialog)
        return dialog.choice is not None

    monkeypatch.setattr(prompts, "run_dialog", run)
    return seen


def test_the_list_shows_the_projects_coders_and_the_filter_ignores_case_and_width(
    qtbot, make_window, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo)
    names = sorted(c.name for c in window.session.store.coders())

    def act(dialog: CoderDialog) -> None:
        assert sorted(dialog.visible_names()) == names  # everyone, before any typing
        assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == window.session.coder.name
        dialog.filter.setText("ＪＵ")  # full-width capitals find "jun" (QTest types ASCII only)
        assert dialog.visible_names() == ["jun"]
        dialog.filter.setText("JUN")
        assert not dialog.add_button.isEnabled() and "jun" in dialog.hint.text()
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # Enter picks the listed coder

    seen = _drive(monkeypatch, act)
    coders_before = window.session.store.coders()
    window.actions["team.switch_coder"].trigger()
    assert len(seen) == 1
    assert window.session.coder.name == "jun" and window.coder_label.text() == "Coder: jun"
    assert window.session.store.coders() == coders_before  # nobody new
    assert config.remembered_coder() == "jun"


def test_enter_never_adds_a_coder_the_add_button_does(
    qtbot, make_window, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo)
    before = {c.name for c in window.session.store.coders()}

    def typo(dialog: CoderDialog) -> None:
        qtbot.keyClicks(dialog.filter, "Mnia")
        assert dialog.visible_names() == [] and not dialog.pick_button.isEnabled()
        assert dialog.add_button.isEnabled() and "Mnia" in dialog.add_button.text()
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        assert dialog.choice is None  # Enter with nobody listed does nothing
        dialog.reject()

    _drive(monkeypatch, typo)
    coder = window.session.coder
    window.coders.switch()
    assert window.session.coder == coder and {c.name for c in window.session.store.coders()} == before

    def add(dialog: CoderDialog) -> None:
        dialog.filter.setText("  Sol ")
        dialog.findChild(QPushButton, "coderAdd").click()

    _drive(monkeypatch, add)
    window.coders.switch()
    assert window.session.coder.name == "Sol"
    assert {c.name for c in window.session.store.coders()} == before | {"Sol"}
    assert "new coder" in window.statusBar().currentMessage()


def test_no_coder_read_only_then_switch_coder_reopens_for_writing(
    qtbot, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.gui.main_window import MainWindow  # noqa: PLC0415

    monkeypatch.delenv("ANNOTATOR_CODER", raising=False)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: None)  # the first-run question: Cancel
    with ProjectStore.open(demo, readonly=True) as store:
        coders = store.coders()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo)
    assert window.session.readonly and window.coder_label.text() == "Coder: none (read-only)"
    assert "Switch coder" in window.statusBar().currentMessage()
    assert window.actions["team.switch_coder"].isEnabled()

    def act(dialog: CoderDialog) -> None:
        dialog.filter.setText("mina")
        dialog.pick()

    _drive(monkeypatch, act)
    window.actions["team.switch_coder"].trigger()
    session = window.session
    assert session is not None and not session.readonly
    assert session.coder.name == "mina" and window.coder_label.text() == "Coder: mina"
    assert config.remembered_coder() == "mina"
    window.close()
    with ProjectStore.open(demo, readonly=True) as store:
        assert store.coders() == coders  # mina was picked, not made again
