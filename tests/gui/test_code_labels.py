"""The workbench names codes by their Korean labels when the project shows Korean: the tree, the
palette (found by either name), the segments column; editing a label and choosing the language
are single undo steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.changes import SetCodeLanguage
from annotator.core.codebook import CodeTree
from annotator.core.store import ProjectStore
from tests.gui.team_support import demo, demo_master  # noqa: F401 (fixtures)

MARRIAGE = "Forms of exploitation/Forced marriage"


def _in_korean(path: Path) -> dict[str, str]:
    with ProjectStore.open(path) as store:
        SetCodeLanguage("ko").apply(store)
        tree = CodeTree(store.codes())
        used = store.codings()[0].code
        return {
            "marriage": tree.find(MARRIAGE).guid,
            "used": used,
            "used_ko": store.code_label(used, "ko").name,
        }


def test_korean_labels_in_tree_palette_and_segments(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    ids = _in_korean(demo)
    window = make_window(demo)
    panel = window.codebook
    assert window.session.code_language == "ko"
    assert panel.model.index_for(ids["marriage"]).data() == "강제 결혼"
    assert "Forced marriage" in panel.model.index_for(ids["marriage"]).data(Qt.ItemDataRole.ToolTipRole)
    for typed in ("강제 결혼", "forced marriage"):  # the filter finds a code by either name
        panel.filter.setText(typed)
        assert panel.proxy_index(ids["marriage"]).isValid(), typed
    panel.filter.clear()

    palette = window.coding.choose_code("Quick code", lambda _guid: None)
    assert palette.paths[ids["marriage"]] == "착취 형태/강제 결혼"
    for typed in ("강제 결혼", "forced marriage"):
        palette.query.setText(typed)
        assert palette.current() == ids["marriage"], typed
    palette.close()

    panel.select_codes([ids["used"]])
    model = window.segments.model
    assert model.rowCount() > 0
    assert model.index(0, 1).data() == ids["used_ko"]


def test_editing_a_label_and_choosing_the_language_undo(make_window, demo: Path, qtbot) -> None:  # noqa: F811
    ids = _in_korean(demo)
    window = make_window(demo)
    panel, ops = window.codebook, window.codebook_ops
    panel.select_codes([ids["marriage"]])
    dialog = ops.edit_labels()
    assert dialog is not None and dialog.current_language() == "ko"
    assert dialog.edits["name"].text() == "강제 결혼"
    dialog.edits["name"].setText("강제 혼인")
    dialog.accept()
    assert panel.model.index_for(ids["marriage"]).data() == "강제 혼인"
    assert window.session.store.code(ids["marriage"]).name == "Forced marriage"
    window.session.undo_stack.undo()
    assert panel.model.index_for(ids["marriage"]).data() == "강제 결혼"

    ops.set_code_language("en")
    assert panel.model.index_for(ids["marriage"]).data() == "Forced marriage"
    window.session.undo_stack.undo()
    assert panel.model.index_for(ids["marriage"]).data() == "강제 결혼"
