"""The workbench in Korean and Chinese (issue 13, item 1): the documents list, the segments
table's filters, count and preview, the memo pane, the values bar, the ownership and lock
questions, the value-loss warning, the undo texts and this area's status-bar messages.

Under the pseudo-translation every text these widgets show is either marked (it went
through ``translate``) or the project's own words; under Korean none is still an English
source string. Model headers, window actions, the memo pane's title and placeholder are
other areas' (models, window) and are left to their tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from annotator.core.changes import ApplyCode, RemoveCodings
from annotator.core.changes.values import DeleteField
from annotator.gui.panels import SegmentsPanel
from annotator.gui.value_loss import push_confirming_loss
from tests.gui import team_support
from tests.gui.i18n_probe import (
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    untranslated,
    visible_texts,
)

demo_master, demo = team_support.demo_master, team_support.demo

# Texts inside this area's widgets that other areas set: the models' column titles, the
# window's actions (context menus), the memo pane's title and placeholder (gui/memos.py).
FOREIGN = (" header", " action", "memoTarget label", "memoEditor placeholder")


def ours(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in found if not any(f in where for f in FOREIGN)]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every QMessageBox run with exec() is kept, unshown, and answered Cancel."""
    seen: list[QMessageBox] = []

    def run(box: QMessageBox) -> int:
        seen.append(box)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", run)
    return seen


@dataclass
class Tour:
    """What the walk through the workbench showed: widgets to inspect, texts that were said."""

    widgets: dict[str, QWidget] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)  # status messages, undo texts
    data: set[str] = field(default_factory=set)  # the project's words that appeared
    window: object = None
    values_question: str = ""


def _label(text: str) -> QLabel:
    return QLabel(text)


def walk(qtbot, make_window, demo: Path, boxes: list[QMessageBox]) -> Tour:  # type: ignore[no-untyped-def]
    """Open the demo and use every part of the workbench once; collect what it showed."""
    tour = Tour()
    window = tour.window = make_window(demo)
    session = window.session
    store = session.store
    tour.data |= project_strings(demo) | {str(demo), demo.name}
    mina = store.find_coder("mina")

    # The panels, with a document open and a segment selected (its whole passage in the preview).
    with_values = [v for v in store.coding_values() if store.coding(v.coding).coder == mina.guid]
    coding = store.coding(with_values[0].coding)
    window.documents.select(coding.document)
    qtbot.waitUntil(lambda: window.segments.model.rowCount() > 0)
    window.segments.select_codings([coding.guid])
    tour.widgets.update(documents=window.documents, segments=window.segments, memo=window.memo_panel)
    tour.said["segment count"] = window.segments.count.text()

    # Editing mina's values asks first (Cancel here), then, allowed for today, opens the bar.
    assert not window.values.edit(coding.guid)
    [question] = boxes
    tour.widgets["ownership question"] = question
    tour.values_question = question.text()
    session.others_allowed[mina.guid] = date.today()
    assert window.values.edit(coding.guid)
    bar = window.values_editor
    for line in bar.lines:
        tour.data |= {line.entry.name, *line.entry.readings}
    tour.data.add(bar.passage.text().strip("“”"))
    tour.data.add(bar.passage.toolTip())
    tour.widgets["values bar"] = bar
    bar.accepted.emit()  # nothing edited
    tour.said["no values"] = window.statusBar().currentMessage()
    assert window.values.edit(coding.guid)
    bar.skipped.emit()
    tour.said["values skipped"] = window.statusBar().currentMessage()

    # Undo texts: the core's labels as the Edit menu shows them.
    text = store.document_text(coding.document)
    session.push(
        ApplyCode(
            document=coding.document,
            start=0,
            end=min(5, len(text)),
            code=coding.code,
            coder=session.coder.guid,
        )
    )
    tour.said["undo apply"] = session.undo_stack.undoText()
    mine = [c.guid for c in store.codings(coder=session.coder.guid)]
    session.others_allowed[mina.guid] = date.today()
    session.push(RemoveCodings([*mine, coding.guid], by=session.coder.guid))
    tour.said["undo remove"] = session.undo_stack.undoText()
    window.actions["edit.undo"].trigger()
    tour.said["redo remove"] = session.undo_stack.redoText()

    # Deleting a field with stored values lists them and asks (Cancel: nothing changed).
    fields = {f.guid: f for f in store.code_fields()}
    counts: dict[str, int] = {}
    for value in store.coding_values():
        counts[value.field] = counts.get(value.field, 0) + 1
        tour.data |= {value.value.display(), value.value.original}
    fullest = max(counts, key=counts.__getitem__)
    assert counts[fullest] > 8  # the list is cut, "… and N more"
    tour.data.add(fields[fullest].name)
    changed = push_confirming_loss(
        session, window, "", lambda confirm: DeleteField(fullest, confirm_loss=confirm, by=session.coder.guid)
    )
    assert changed is None
    tour.widgets["value loss"] = boxes[-1]
    tour.said["values kept"] = window.statusBar().currentMessage()

    # A second window on the same project: the lock question, then "Not opened."
    other = make_window()
    assert not other.open_project(demo)
    tour.widgets["lock question"] = boxes[-1]
    tour.said["not opened"] = other.statusBar().currentMessage()
    return tour


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with pseudo_language():
        yield


@pytest.fixture
def korean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with language("ko") as installed:
        if installed != "ko":
            pytest.skip("no Korean catalogue: run tools/translations.py release")
        yield


def test_every_workbench_text_goes_through_translation(qtbot, make_window, demo, boxes, pseudo) -> None:
    tour = walk(qtbot, make_window, demo, boxes)
    for name, widget in tour.widgets.items():
        assert visible_texts(widget), name
        assert ours(untranslated(widget, tour.data)) == [], name
    for name, text in tour.said.items():
        assert text, name
        assert untranslated(_label(text), tour.data) == [], (name, text)
    assert tour.said["redo remove"].startswith("⟪Remove ") and "codings⟫" in tour.said["redo remove"]


def test_the_workbench_speaks_korean(qtbot, make_window, demo, boxes, korean) -> None:
    tour = walk(qtbot, make_window, demo, boxes)
    english = source_strings()
    for name, widget in tour.widgets.items():
        assert ours(english_left(widget, english)) == [], name
    for name, text in tour.said.items():
        assert english_left(_label(text), english) == [], (name, text)

    window = tour.window
    segments = tour.widgets["segments"]
    assert isinstance(segments, SegmentsPanel)
    assert segments.coder.itemText(0) == "전체"
    assert segments.count.text().startswith("이 문서의 구절 ")
    assert [label.text() for label in segments.findChildren(QLabel) if label.buddy() is segments.coder] == [
        "코더(&O):"
    ]
    assert window.values_editor.save.text() == "저장"
    assert tour.values_question == "이 코딩은 mina의 코딩입니다. 그래도 값을 편집할까요?"
    assert tour.said["undo apply"] == "코드 적용"
    removed = tour.said["redo remove"]
    assert removed.startswith("코딩 ") and removed.endswith("개 삭제")
    assert tour.said["values kept"] == "변경하지 않았습니다. 값은 그대로 유지됩니다."
    assert tour.said["not opened"] == "열지 않았습니다."
    lock = tour.widgets["lock question"]
    assert isinstance(lock, QMessageBox)
    assert lock.windowTitle() == "프로젝트가 이미 열려 있음"
    assert "이 프로그램의 다른 창" in lock.text()


def test_the_workbench_speaks_chinese(qtbot, make_window, demo, boxes) -> None:
    with language("zh_CN") as installed:
        if installed != "zh_CN":
            pytest.skip("no Chinese catalogue: run tools/translations.py release")
        tour = walk(qtbot, make_window, demo, boxes)
        english = source_strings()
        for name, widget in tour.widgets.items():
            assert ours(english_left(widget, english)) == [], name
        assert tour.values_question == "此编码属于 mina。仍要编辑其值吗？"
        assert tour.said["undo apply"] == "应用代码"
        assert tour.said["values skipped"].startswith("已跳过值")


def _core_labels() -> set[str]:
    """Every literal a core change (a class with ``_apply``) sets as its ``label`` (``label = "…"``,
    ``self.label = "…"``, either side of a conditional)."""
    import ast  # noqa: PLC0415

    found: set[str] = set()
    core = Path(__file__).resolve().parents[2] / "annotator" / "core"
    for module in core.rglob("*.py"):
        changes = [
            c
            for c in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
            if isinstance(c, ast.ClassDef)
            and any(isinstance(f, ast.FunctionDef) and f.name in ("_apply", "apply") for f in c.body)
        ]
        for node in (n for c in changes for n in ast.walk(c)):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            named = (isinstance(target, ast.Name) and target.id == "label") or (
                isinstance(target, ast.Attribute) and target.attr == "label"
            )
            if not named:
                continue
            values = (
                [node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp) else [node.value]
            )
            found |= {
                v.value
                for v in values
                if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value
            }
    return found


def test_every_undo_text_of_the_core_is_translated(pseudo) -> None:
    """A new change's label shows in the Edit menu as "Undo <label>": it belongs in undo.LABELS."""
    from annotator.gui.undo import command_text  # noqa: PLC0415

    labels = _core_labels()
    assert {"Apply code", "Remove coding", "Delete case", "Recolour siblings"} <= labels
    missing = sorted(label for label in labels if command_text(label) == label)
    assert missing == [], "add these to annotator/gui/undo.py LABELS"
    # Labels made with names and numbers are translated whole, the names kept.
    assert command_text("Add code 'Debt'") == "⟪Add code “Debt”⟫"
    assert command_text("Remove 3 codings") == "⟪Remove 3 codings⟫"
    assert command_text("Auto-code /sold (her|me)/") == "⟪Auto-code /sold (her|me)/⟫"
    assert command_text("Accept mina's version") == "⟪Accept mina's version⟫"
    assert command_text("Rename code") == "⟪Rename code⟫"


def test_file_dialogs_name_their_filters_in_korean_and_keep_the_patterns(korean) -> None:
    from annotator.gui import prompts  # noqa: PLC0415

    assert (
        prompts.translated_filters(prompts.PROJECT_FILTER)
        == "Testimony Annotator 프로젝트 (*.testimony *.sqlite);;모든 파일 (*)"
    )
    assert prompts.translated_filters(prompts.DOCUMENT_FILTER).startswith("문서 (*.txt *.md *.docx")
    # Another area's words (or words it translated itself) are left as they are.
    assert prompts.translated_filters("Excel (*.xlsx);;엑셀 (*.xls)") == "Excel (*.xlsx);;엑셀 (*.xls)"
