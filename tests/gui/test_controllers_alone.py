"""Every controller can be built and used without a main window (issue 15 item 3).

Each test builds one controller with a real ``ProjectSession`` on a temporary
project and a :class:`~tests.gui.fake_bench.FakeBench` (no ``MainWindow``
anywhere), performs the controller's main action and checks the project file
and the status messages the controller gave.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.changes import ApplyCode
from annotator.core.protection import list_backups
from annotator.gui import prompts
from annotator.gui.codebook_ops import CodebookOps
from annotator.gui.coders import CoderController
from annotator.gui.coding import CodingController
from annotator.gui.memos import MemoController
from annotator.gui.panels import MemoPanel
from annotator.gui.presenter import MINE
from annotator.gui.projects import ProjectController
from annotator.gui.session import ProjectSession
from annotator.gui.team.controller import TeamController
from annotator.gui.team.export_dialog import ExportDialog
from annotator.gui.trust.controller import TrustController
from annotator.gui.trust.pseudonym_dialog import PseudonymDialog
from tests.core.export_readers import read_csv
from tests.gui.conftest import CODER, ENGLISH
from tests.gui.fake_bench import FakeBench, FakePicker, open_session
from tests.gui.team_support import answer_switch_coder, wait_for

PASSAGE = "a restaurant in Yanji needed a waitress"
START = ENGLISH.index(PASSAGE)
SPAN = (START, START + len(PASSAGE))


@pytest.fixture
def session(project) -> Iterator[ProjectSession]:  # type: ignore[no-untyped-def]
    s = open_session(project[0], CODER)
    yield s
    s.close()


@pytest.fixture
def bench(qtbot, session: ProjectSession) -> FakeBench:  # type: ignore[no-untyped-def]
    fake = FakeBench(session)
    qtbot.addWidget(fake.dialog_parent)
    return fake


def code_passage(session: ProjectSession, document: str, code: str, start: int, end: int) -> None:
    """A coding made through the session (one undo step), as any controller would make it."""
    coder = session.coder.guid
    assert session.push(ApplyCode(document=document, start=start, end=end, code=code, coder=coder))


def reading(bench: FakeBench, document: str, span: tuple[int, int] | None = SPAN) -> FakeBench:
    bench.current_document, bench.span = document, span
    return bench


def test_coding_controller_codes_the_selection_and_removes_the_clicked_coding(bench, session, project):
    _, ids = project
    coding = CodingController(bench)
    job_offer = ids["Recruitment/Job offer"]

    coding.apply_code(job_offer)  # no document open yet
    assert bench.statuses[-1] == "Open a document first."
    reading(bench, ids["en.txt"], None)
    coding.apply_code(job_offer)
    assert bench.statuses[-1] == "Select a passage in the text first, then choose a code."
    assert session.store.codings() == []

    reading(bench, ids["en.txt"])
    coding.apply_code(job_offer)
    [stored] = session.store.codings()
    assert (stored.document, stored.start, stored.end, stored.code) == (ids["en.txt"], *SPAN, job_offer)
    assert stored.coder == session.coder.guid
    assert ENGLISH[stored.start : stored.end] == PASSAGE
    assert bench.statuses[-1] == f"Coded {len(PASSAGE)} characters with Recruitment/Job offer."

    bench.codings = [stored.guid]
    bench.selected_coding = stored.guid
    coding.remove()
    assert session.store.codings() == [] and bench.selected_coding is None
    session.undo_stack.undo()  # the removal is one undo step
    assert [c.guid for c in session.store.codings()] == [stored.guid]

    coding.rebuild_keys()  # the code keys come from the session's codebook
    assert coding.key_list() == [("1", "Recruitment/Job offer")]


def test_codebook_ops_rename_add_and_merge_through_the_picker(bench, session, project, monkeypatch):
    _, ids = project
    picker = FakePicker()
    ops = CodebookOps(bench, picker)
    answers = iter(["Intimidation", "Coercion"])
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: next(answers))

    ops.rename()
    assert bench.statuses[-1] == "Select a code in the codebook first."
    bench.code = threats = ids["Control/Threats"]
    ops.rename()
    assert session.tree.path(threats) == "Control/Intimidation"
    ops.add()
    new = session.tree.child_named(None, "Coercion")
    assert new is not None and bench.code_selection == [new.guid]

    taken = ids["Control/Documents taken"]
    code_passage(session, ids["en.txt"], threats, 0, 11)
    ops.merge()
    [(title, then, options)] = picker.asked
    assert title == "Merge Control/Intimidation into…" and options["exclude"] == {threats}
    then(taken)
    assert threats not in session.tree and {c.code for c in session.store.codings()} == {taken}
    assert bench.code_selection == [taken]
    session.undo_stack.undo()
    assert session.tree.path(threats) == "Control/Intimidation"


def test_memo_controller_saves_a_pause_in_typing_as_one_change(qtbot, session, project):
    _, ids = project
    panel = MemoPanel()
    qtbot.addWidget(panel)
    memos = MemoController(panel)
    session.changed.connect(memos.apply_changes)  # the window's wiring, done by hand
    memos.set_session(session)
    assert memos.kind == "project" and panel.target.text() == "Project memo — GUI test project"

    memos.show("document", ids["en.txt"], "Document memo — en.txt")
    qtbot.keyClicks(panel.editor, "Check the border passage")
    qtbot.waitUntil(lambda: session.store.memo("document", ids["en.txt"]) is not None, timeout=3000)
    assert session.store.memo("document", ids["en.txt"]).text == "Check the border passage"
    assert session.undo_stack.count() == 1  # one pause, one step

    session.undo_stack.undo()
    memo = session.store.memo("document", ids["en.txt"])
    assert memo is None or memo.text == ""
    assert panel.editor.toPlainText() == ""  # an undo reloads the editor


def test_project_controller_opens_imports_and_closes(qtbot, coder_env, project, tmp_path: Path):
    path, _ = project
    bench = FakeBench()
    qtbot.addWidget(bench.dialog_parent)
    projects = ProjectController(bench)
    assert projects.open(path)
    assert bench.session is not None and bench.session.path == path.resolve()
    assert bench.session.coder.name == CODER and not bench.session.readonly
    qtbot.waitUntil(lambda: projects.backup_job is not None and projects.backup_job.done, timeout=10_000)
    assert len(list_backups(path)) == 1  # the rolling backup of a writable opening

    text = tmp_path / "third.txt"
    text.write_text("Respondent: They kept my passport in the office.\n", encoding="utf-8")
    job = projects.import_files([str(text)])
    assert job is not None
    qtbot.waitUntil(lambda: any(s.startswith("Import:") for s in bench.statuses), timeout=10_000)
    third = next(d for d in bench.session.store.documents() if d.name == "third.txt")
    assert bench.opened == [third.guid]  # nothing was open: the new document is shown

    projects.close()
    assert bench.session is None
    again = FakeBench()
    qtbot.addWidget(again.dialog_parent)
    other = ProjectController(again)
    assert other.open(path, backup=False) and not again.session.readonly  # the lock was given back
    other.close()


def test_team_controller_exports_without_a_window(qtbot, bench, session, project, tmp_path: Path):
    _, ids = project
    for start, end in ((0, 11), SPAN):
        code_passage(session, ids["en.txt"], ids["Control/Threats"], start, end)
    team = TeamController(bench)
    dialog = team.export()
    assert isinstance(dialog, ExportDialog) and dialog.parent() is bench.dialog_parent
    assert dialog.path.text() == str(session.path.with_name("gui-test-export.csv"))  # beside the project
    target = tmp_path / "out.csv"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    wait_for(qtbot, dialog.task)
    assert len(read_csv(target)) == 2
    assert bench.statuses[-1].startswith(f"Wrote {target}")

    assert team.merge() is not None  # writable: the merge dialog opens
    read_only = FakeBench(open_session(session.path, CODER, readonly=True))
    qtbot.addWidget(read_only.dialog_parent)
    try:
        assert TeamController(read_only).merge() is None
        assert read_only.statuses == ["This project is open read-only."]
    finally:
        read_only.session.close()


def test_trust_controller_restores_a_backup_through_the_project_controller(qtbot, coder_env, project):
    path, ids = project
    bench = FakeBench()
    qtbot.addWidget(bench.dialog_parent)
    projects = ProjectController(bench)
    assert projects.open(path)
    qtbot.waitUntil(lambda: projects.backup_job is not None and projects.backup_job.done, timeout=10_000)
    [before] = list_backups(path)  # no codings in it
    first = bench.session
    code_passage(first, ids["en.txt"], ids["Control/Threats"], 0, 11)
    trust = TrustController(bench, projects)

    reading(bench, ids["en.txt"])
    dialog = trust.show_pseudonyms()
    assert isinstance(dialog, PseudonymDialog) and dialog.sample.toPlainText() == PASSAGE
    dialog.reject()

    assert trust.restore(before)
    assert bench.session is not None and bench.session is not first  # closed and reopened
    assert bench.session.store.codings() == []
    assert bench.statuses[-1].startswith("Restored the backup taken")
    assert len(list_backups(path)) == 2  # the state before the restore is kept as a backup
    projects.close()


def test_coder_controller_switches_the_coder_and_tells_the_panels(bench, session, monkeypatch):
    coders = CoderController(bench)
    answer_switch_coder(monkeypatch, "Mina", add=True)
    bench.coder_mode = MINE
    coders.switch()
    assert session.coder.name == "Mina"
    assert "Mina" in {c.name for c in session.store.coders()}
    assert bench.refreshed == 1 and bench.coder_mode == MINE
    assert bench.statuses[-1] == "You are now coding as Mina (a new coder of this project)."
