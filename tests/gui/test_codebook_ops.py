"""Every codebook operation from the window undoes cleanly; prompts are monkeypatched."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import Qt

from annotator.core.changes import EditCode
from annotator.gui import prompts
from tests.gui.conftest import ENGLISH
from tests.gui.helpers import codings, count_text, key

JOB, DEBT = "Recruitment/Job offer", "Recruitment/Debt"
DOCS_TAKEN, THREATS = "Control/Documents taken", "Control/Threats"


def snapshot(window):
    store = window.session.store
    return sorted(store.codes(), key=lambda c: c.guid), sorted(store.codings(), key=lambda c: c.guid)


def code_here(window, path):
    window.view.select_span(0, 12)
    window.coding.apply_code(window.session.tree.find(path).guid)


@pytest.fixture
def answers(monkeypatch):
    """What the prompts will answer, and what they were asked."""
    state = {"text": None, "color": None, "confirm": True, "asked": []}

    def ask_text(parent, title, label, text=""):
        state["asked"].append(label)
        return state["text"]

    def confirm(parent, title, text):
        state["asked"].append(text)
        return state["confirm"]

    monkeypatch.setattr(prompts, "ask_text", ask_text)
    monkeypatch.setattr(prompts, "ask_color", lambda parent, title, initial: state["color"])
    monkeypatch.setattr(prompts, "confirm", confirm)
    return state


def trigger(window, action_id):
    action = window.actions[action_id]
    assert action.isEnabled(), action_id
    action.trigger()


def check_undo_redo(qtbot, window, before, after_check):
    """Ctrl+Z restores ``before`` exactly; Ctrl+Shift+Z brings the change back."""
    after = snapshot(window)
    assert after != before
    after_check()
    key(qtbot, window, "Ctrl+Z")
    assert snapshot(window) == before
    key(qtbot, window, "Ctrl+Shift+Z")
    assert snapshot(window) == after
    after_check()


def test_add_code_and_child(qtbot, window, project, answers):
    _, ids = project
    before = snapshot(window)
    answers["text"] = "Exit"
    trigger(window, "code.add")
    exit_ = window.session.tree.find("Exit")
    assert window.codebook.selected_codes() == [exit_.guid]

    def added():
        assert window.codebook.proxy_index(window.session.tree.find("Exit").guid).isValid()

    check_undo_redo(qtbot, window, before, added)
    window.codebook.select_codes([ids["Control"]])
    answers["text"] = "Confinement"
    trigger(window, "code.add_child")
    assert window.session.tree.find("Control/Confinement").parent == ids["Control"]


def test_rename_and_recolour_keep_expansion_and_selection(qtbot, window, project, answers):
    _, ids = project
    code_here(window, JOB)
    window.codebook.select_codes([ids[JOB]])
    before = snapshot(window)
    answers["text"] = "Job offer (deceptive)"
    trigger(window, "code.rename")

    def renamed():
        assert window.session.tree.path(ids[JOB]) == "Recruitment/Job offer (deceptive)"
        index = window.codebook.proxy_index(ids[JOB])
        assert index.data() == window.session.tree.by_guid[ids[JOB]].name
        assert window.codebook.tree.isExpanded(index.parent())
        assert window.codebook.selected_codes() == [ids[JOB]]
        tip = window.segments.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == window.session.tree.path(ids[JOB])

    check_undo_redo(qtbot, window, before, renamed)

    before = snapshot(window)
    answers["color"] = "#123456"
    trigger(window, "code.recolor")

    def recoloured():
        assert window.session.tree.by_guid[ids[JOB]].color == "#123456"
        assert window.presenter.code_colors()[0][ids[JOB]] == "#123456"

    check_undo_redo(qtbot, window, before, recoloured)


def test_move_by_drag_and_drop_and_by_palette(qtbot, window, project, answers):
    _, ids = project
    model = window.codebook.model
    before = snapshot(window)
    mime = model.mimeData([model.index_for(ids[DEBT])])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_for(ids["Control"]))
    qtbot.waitUntil(lambda: window.session.tree.by_guid[ids[DEBT]].parent == ids["Control"])
    assert window.codebook.proxy_index(ids[DEBT]).parent().data() == "Control"
    check_undo_redo(qtbot, window, before, lambda: None)
    key(qtbot, window, "Ctrl+Z")
    # dropped between rows: reorder among siblings
    recruitment = model.index_for(ids["Recruitment"])
    assert [model.index(r, 0, recruitment).data() for r in range(2)] == ["Job offer", "Debt"]
    mime = model.mimeData([model.index_for(ids[DEBT])])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, recruitment)
    recruitment = window.codebook.model.index_for(ids["Recruitment"])
    qtbot.waitUntil(lambda: model.index(0, 0, model.index_for(ids["Recruitment"])).data() == "Debt")
    key(qtbot, window, "Ctrl+Z")
    assert model.index(0, 0, model.index_for(ids["Recruitment"])).data() == "Job offer"

    window.codebook.select_codes([ids[THREATS]])
    trigger(window, "code.move")
    palette = window.coding.palette
    assert ids[THREATS] not in palette.paths  # not inside itself
    qtbot.keyClicks(palette.query, "top level")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.session.tree.by_guid[ids[THREATS]].parent is None
    assert window.session.tree.path(ids[THREATS]) == "Threats"


def test_merge_moves_codings_and_undoes(qtbot, window, project, answers):
    _, ids = project
    code_here(window, THREATS)
    before = snapshot(window)
    window.codebook.select_codes([ids[THREATS]])
    trigger(window, "code.merge")
    palette = window.coding.palette
    qtbot.keyClicks(palette.query, "documents taken")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    def merged():
        assert ids[THREATS] not in window.session.tree
        assert [c.code for c in codings(window)] == [ids[DOCS_TAKEN]]
        assert count_text(window, ids[DOCS_TAKEN]) == "1 / 1"
        assert window.codebook.selected_codes() == [ids[DOCS_TAKEN]]

    check_undo_redo(qtbot, window, before, merged)
    key(qtbot, window, "Ctrl+Z")
    assert count_text(window, ids[THREATS]) == "1 / 1"


def test_delete_says_how_many_codings_go(qtbot, window, project, answers):
    _, ids = project
    code_here(window, JOB)
    window.view.select_span(20, 30)
    window.coding.apply_code(ids[DEBT])
    before = snapshot(window)
    window.codebook.select_codes([ids["Recruitment"]])
    answers["confirm"] = False
    trigger(window, "code.delete")
    assert "its 2 sub-codes" in answers["asked"][-1] and "2 codings" in answers["asked"][-1]
    assert snapshot(window) == before
    answers["confirm"] = True
    trigger(window, "code.delete")

    def deleted():
        assert "Recruitment" not in {c.name for c in window.session.store.codes()}
        assert codings(window) == []
        assert window.presenter.shown == set()
        assert window.segments.model.rowCount() == 0

    check_undo_redo(qtbot, window, before, deleted)
    key(qtbot, window, "Ctrl+Z")
    assert len(window.presenter.shown) == 2


def test_set_shortcut_then_code_with_it(qtbot, window, project, answers):
    _, ids = project
    window.codebook.select_codes([ids[THREATS]])
    before = snapshot(window)
    answers["text"] = "7"
    trigger(window, "code.shortcut")
    assert window.codebook.model.index_for(ids[THREATS], 2).data() == "7"
    start = ENGLISH.index("They took")
    window.view.select_span(start, start + 9)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_7)
    assert [(c.code, c.start) for c in codings(window)] == [(ids[THREATS], start)]
    key(qtbot, window, "Ctrl+Z")
    key(qtbot, window, "Ctrl+Z")
    assert snapshot(window) == before
    answers["text"] = "1"  # taken from "Job offer", which loses it; undo gives it back
    trigger(window, "code.shortcut")
    assert window.session.tree.by_guid[ids[JOB]].shortcut == ""
    key(qtbot, window, "Ctrl+Z")
    assert window.session.tree.by_guid[ids[JOB]].shortcut == "1"


def test_autocode_is_one_undo_step(qtbot, window, project, answers):
    _, ids = project
    window.codebook.select_codes([ids[DEBT]])
    answers["text"] = r"\bsaid\b"
    trigger(window, "code.autocode")
    assert len(codings(window)) == ENGLISH.count(" said ")
    assert count_text(window, ids[DEBT]) == f"{len(codings(window))} / {len(codings(window))}"
    key(qtbot, window, "Ctrl+Z")
    assert codings(window) == []
    answers["text"] = "("
    trigger(window, "code.autocode")
    assert "invalid pattern" in window.statusBar().currentMessage()


def test_autocode_with_a_catastrophic_pattern_stops_in_seconds(qtbot, window, project, answers):
    """Python's re would backtrack for ever on this pattern; the window waits at most seconds."""
    _, ids = project
    window.codebook.select_codes([ids[DEBT]])
    before = snapshot(window)
    answers["text"] = r"(?s)(?:.|..)*\d$"  # no digit anywhere: every split of the text is tried
    start = time.monotonic()
    trigger(window, "code.autocode")
    assert time.monotonic() - start < 8
    message = window.statusBar().currentMessage()
    assert "took longer than 2 s on 'en.txt'" in message and "simplify" in message
    assert snapshot(window) == before and window.session.undo_stack.count() == 0


def test_filter_box_keeps_matches_and_parents(qtbot, window, project):
    _, ids = project
    key(qtbot, window, "Ctrl+L")
    assert window.codebook.filter.hasFocus()
    qtbot.keyClicks(window.codebook.filter, "threat")
    proxy = window.codebook.proxy
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Control"
    assert window.codebook.proxy_index(ids[THREATS]).isValid()
    assert not window.codebook.proxy_index(ids[JOB]).isValid()
    window.codebook.filter.clear()
    assert proxy.rowCount() == 2


def test_recolour_siblings_makes_them_distinct_in_one_undo_step(qtbot, window, project, answers):
    from annotator.core import palette  # noqa: PLC0415

    _, ids = project
    tree = window.session.tree
    siblings = [c.guid for c in tree.children(tree.by_guid[ids[JOB]].parent)]
    assert len(siblings) >= 2
    for guid in siblings:  # the old default: every sibling in its group's colour
        window.session.push(EditCode(guid, color="#3073c0"))
    before = snapshot(window)
    window.select_codes([ids[JOB]])
    trigger(window, "code.recolor_siblings")
    assert "Recoloured" in window.statusBar().currentMessage()  # before undo/redo say theirs

    def recoloured():
        tree = window.session.tree
        colors = [tree.by_guid[g].color for g in siblings]
        assert len(set(colors)) == len(colors)
        assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= 0.04
        assert window.presenter.code_colors()[0][ids[JOB]] == tree.by_guid[ids[JOB]].color
        assert sorted(tree.by_guid) == sorted(c.guid for c in before[0])  # GUIDs kept

    check_undo_redo(qtbot, window, before, recoloured)
    assert "Recolour siblings" in window.session.undo_stack.undoText()
    assert window.statusBar().currentMessage() == "Redone: Recolour siblings."
