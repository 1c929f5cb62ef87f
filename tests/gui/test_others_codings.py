"""Changing another coder's coding asks first, once per coder and day, or is refused by a project
setting; the memo pane says whose coding's memo it shows (issue 14, item 2).

Before, a click and Delete removed mina's coding without a word, so a coder tidying up could
silently erase a colleague's work before the agreement was measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.changes import EditCoding, RemoveCodings, SetOwnCodingsOnly, own_codings_only
from annotator.core.changes.ownership import SHARED_LAYER
from annotator.core.errors import NotYourCoding
from annotator.core.model import Coding
from annotator.core.store import ProjectStore
from annotator.gui import prompts
from tests.gui import team_support

demo_master, demo = team_support.demo_master, team_support.demo


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Answers to "This coding is mina's — … anyway?"; every question is recorded."""
    seen: dict[str, list] = {"questions": [], "answers": []}

    def ask(_parent, owner: str, what: str) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
        seen["questions"].append((owner, what))
        return seen["answers"].pop(0) if seen["answers"] else (True, True)

    monkeypatch.setattr(prompts, "ask_others_coding", ask)
    return seen


def _theirs(window, name: str) -> list[Coding]:  # type: ignore[no-untyped-def]
    store = window.session.store
    return store.codings(coder=store.find_coder(name).guid)


def _select(window, coding: Coding) -> None:  # type: ignore[no-untyped-def]
    window.documents.select(coding.document)
    window.view.set_selected_coding(coding.guid)
    window.segments.select_codings([coding.guid])


def test_removing_and_resizing_minas_coding_asks_once_for_mina(qtbot, make_window, demo: Path, asked) -> None:
    window = make_window(demo)  # coding as the test coder, not mina
    store = window.session.store
    first, second, third = _theirs(window, "mina")[:3]
    asked["answers"] = [(False, False)]  # Cancel: nothing happens
    _select(window, first)
    window.actions["code.remove"].trigger()
    assert asked["questions"] == [("mina", "remove it")]
    assert store.coding(first.guid) == first
    _select(window, first)
    window.actions["code.remove"].trigger()  # asked again (Cancel remembers nothing); Yes + don't ask
    assert len(asked["questions"]) == 2
    assert first.guid not in {c.guid for c in store.codings()}
    window.coding.resize(second.guid, second.start, second.end + 1)  # mina again: not asked
    _select(window, third)
    window.actions["code.remove"].trigger()
    assert len(asked["questions"]) == 2
    assert store.coding(second.guid).end == second.end + 1
    jun = _theirs(window, "jun")[0]
    window.coding.resize(jun.guid, jun.start, jun.end + 1)  # another coder: asked for jun
    assert asked["questions"][-1] == ("jun", "resize it")


def test_unticking_dont_ask_again_asks_next_time(qtbot, make_window, demo: Path, asked) -> None:
    window = make_window(demo)
    a, b = _theirs(window, "jun")[:2]
    asked["answers"] = [(True, False), (True, False)]
    window.coding.resize(a.guid, a.start, a.end + 1)
    window.coding.resize(b.guid, b.start, b.end + 1)
    assert [q[0] for q in asked["questions"]] == ["jun", "jun"]


def test_ones_own_codings_never_ask(qtbot, make_window, demo: Path, asked, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_CODER", "mina")
    window = make_window(demo)
    coding = _theirs(window, "mina")[0]
    window.coding.resize(coding.guid, coding.start, coding.end + 1)
    _select(window, coding)
    window.actions["code.remove"].trigger()
    assert asked["questions"] == [] and coding.guid not in {c.guid for c in window.session.store.codings()}


def test_the_project_setting_refuses_and_is_undoable(qtbot, make_window, demo: Path, asked) -> None:
    window = make_window(demo)
    session = window.session
    action = window.actions["team.own_codings_only"]
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert own_codings_only(session.store) and action.isChecked()
    coding = _theirs(window, "mina")[0]
    _select(window, coding)
    window.actions["code.remove"].trigger()
    assert asked["questions"] == []  # refused, not asked
    assert session.store.coding(coding.guid) == coding
    assert "mina's" in window.statusBar().currentMessage() and "only change their own" in (
        window.statusBar().currentMessage()
    )
    window.coding.resize(coding.guid, coding.start, coding.end + 1)
    assert session.store.coding(coding.guid) == coding
    entries = [e for e in session.store.audit_entries() if e["action"] == "set own codings only"]
    assert entries and entries[-1]["coder"] == session.coder.guid
    session.undo_stack.undo()  # the setting is one undo step
    assert not own_codings_only(session.store) and not action.isChecked()
    window.coding.resize(coding.guid, coding.start, coding.end + 1)
    assert session.store.coding(coding.guid).end == coding.end + 1


def test_the_core_refuses_whoever_asks_but_the_consensus_layer_stays_shared(demo: Path) -> None:
    with ProjectStore.open(demo) as store:
        mina, jun = store.find_coder("mina"), store.find_coder("jun")
        SetOwnCodingsOnly(True, by=jun.guid).apply(store)
        theirs = store.codings(coder=mina.guid)[0]
        for change in (
            RemoveCodings([theirs.guid], by=jun.guid),
            EditCoding(theirs.guid, memo="not mine", by=jun.guid),
            EditCoding(theirs.guid, end=theirs.end - 1, by=""),
        ):
            with pytest.raises(NotYourCoding, match="mina's"):
                change.apply(store)
        assert store.coding(theirs.guid) == theirs
        EditCoding(theirs.guid, memo="my own", by=mina.guid).apply(store)  # the owner may
        from annotator.core.analysis import consensus  # noqa: PLC0415

        assert consensus.CONSENSUS == SHARED_LAYER
        layer = store.ensure_coder(SHARED_LAYER)
        from annotator.core.changes import ApplyCode  # noqa: PLC0415

        shared = ApplyCode(
            document=theirs.document, start=theirs.start, end=theirs.end, code=theirs.code, coder=layer.guid
        )
        shared.apply(store)
        RemoveCodings([shared.coding.guid], by=jun.guid).apply(store)  # reviewers edit the shared layer


def test_the_memo_pane_says_whose_coding_it_is_and_asks_before_editing(
    qtbot, make_window, demo: Path, asked
) -> None:
    window = make_window(demo)
    coding = _theirs(window, "mina")[0]
    code = window.session.tree.by_guid[coding.code].name
    _select(window, coding)
    window._codings_clicked([coding.guid])
    title = window.memo_panel.target.text()
    assert title == f"Memo on mina's coding — {code}"
    asked["answers"] = [(False, False)]
    editor = window.memo_panel.editor
    before = editor.toPlainText()
    qtbot.keyClicks(editor, "x")
    assert asked["questions"] == [("mina", "edit its memo")]
    assert editor.toPlainText() == before  # Cancel puts the stored memo back
    window.memos.flush()
    assert window.session.store.coding(coding.guid).memo == coding.memo
    window.actions["team.own_codings_only"].trigger()
    window.memos.show_project()
    window._codings_clicked([coding.guid])
    assert editor.isReadOnly() and "mina's" in editor.placeholderText()
