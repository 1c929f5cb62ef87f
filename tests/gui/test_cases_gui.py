"""Cases in the window, through the real widgets and keys: create a case, link the selection and
the document to it by key, undo and redo; delete and merge; the editor; the panel following
changes pushed on the session; the journey timeline opening passages, with its flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from annotator.core.changes import AddCase, ApplyCode, LinkCodings, LinkDocuments, UnlinkDocuments
from annotator.core.changes.cases import EditCase
from annotator.core.changes.values import SetValues
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.text import sha256_text
from annotator.core.values import parse_value
from annotator.gui import prompts
from annotator.gui.cases.timeline import TimelineWindow
from annotator.gui.cases.timeline_model import TimelineModel
from annotator.gui.models.documents import PASSAGES, WHOLE
from tests.gui.conftest import ENGLISH
from tests.gui.helpers import activate, key

JOB, DEBT = "Recruitment/Job offer", "Recruitment/Debt"


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def code(window, ids, path: str, phrase: str) -> str:  # type: ignore[no-untyped-def]
    """Code ``phrase`` of the English document as the window's coder (one undo step)."""
    start, end = span_of(ENGLISH, phrase)
    change = ApplyCode(
        document=ids["en.txt"], start=start, end=end, code=ids[path], coder=window.session.coder.guid
    )
    assert window.session.push(change) is not None
    return change.coding.guid


def case_rows(window) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    model = window.cases_panel.proxy
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]  # type: ignore[misc]


def new_case_by_key(qtbot, window, monkeypatch, label: str) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: label)
    key(qtbot, window, "Ctrl+Shift+E")
    case = window.session.store.case_by_label(label)
    assert case is not None
    return case.guid


def test_a_case_made_by_key_takes_the_selection_and_the_document_by_key_and_undo_redo_each(
    qtbot, window, project, monkeypatch
):
    _, ids = project
    store = window.session.store
    offer = code(window, ids, JOB, "a restaurant in Yanji needed a waitress")
    debt = code(window, ids, DEBT, "said I owed them for the journey")

    case = new_case_by_key(qtbot, window, monkeypatch, "Victim A")
    assert window.cases_panel.current() == case  # the new case is the current one
    assert case_rows(window) == [("Victim A", "victim", "0", "0")]
    assert window.actions["case.timeline"].isEnabled()

    # Select the words of the first coding: Ctrl+J links the coded passage under the selection.
    window.view.select_span(*span_of(ENGLISH, "restaurant in Yanji"))
    key(qtbot, window, "Ctrl+J")
    assert store.case_codings(case) == [offer]
    assert case_rows(window) == [("Victim A", "victim", "0", "1")]
    assert window.view.cases_line(offer) == "Case: Victim A"  # the coding's tooltip
    model = window.segments.model
    cases_cell = model.index(model.row_of(offer), model.CASES)
    assert cases_cell.data() == "Victim A"
    assert window.documents.model.marks == {ids["en.txt"]: PASSAGES}

    key(qtbot, window, "Ctrl+Z")
    assert store.case_codings(case) == []
    assert case_rows(window) == [("Victim A", "victim", "0", "0")]
    assert window.view.cases_line(offer) == ""
    assert model.index(model.row_of(offer), model.CASES).data() == ""
    key(qtbot, window, "Ctrl+Shift+Z")
    assert store.case_codings(case) == [offer]

    # The whole document: bold and marked in the list; its unassigned codings join the case.
    key(qtbot, window, "Ctrl+Shift+J")
    assert store.case_documents(case) == [ids["en.txt"]]
    assert case_rows(window) == [("Victim A", "victim", "1", "1")]
    row = window.documents.model.row_of(ids["en.txt"])
    assert window.documents.model.marks[ids["en.txt"]] == WHOLE
    font = window.documents.model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert window.view.cases_line(debt) == "Case (whole document): Victim A"
    key(qtbot, window, "Ctrl+Z")
    assert store.case_documents(case) == []
    assert window.documents.model.marks == {ids["en.txt"]: PASSAGES}
    key(qtbot, window, "Ctrl+Shift+Z")
    assert store.case_documents(case) == [ids["en.txt"]]

    # A clicked highlight (no text selection) is what Ctrl+Alt+J unlinks; the document stays linked.
    window.view.select_span(0, 0)
    window.view.set_selected_coding(offer)
    key(qtbot, window, "Ctrl+Alt+J")
    assert store.case_codings(case) == []
    key(qtbot, window, "Ctrl+Alt+Shift+J")
    assert store.case_documents(case) == []
    for _ in range(2):
        key(qtbot, window, "Ctrl+Z")
    assert (store.case_codings(case), store.case_documents(case)) == ([offer], [ids["en.txt"]])


def test_uncoded_text_links_nothing_and_says_why(qtbot, window, project, monkeypatch):
    new_case_by_key(qtbot, window, monkeypatch, "Victim A")
    window.view.select_span(*span_of(ENGLISH, "How did you first hear"))
    key(qtbot, window, "Ctrl+J")
    assert "code the passage first" in window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 1  # only the new case


def test_without_a_current_case_the_chooser_asks_and_can_make_one(qtbot, window, project):
    _, ids = project
    offer = code(window, ids, JOB, "a restaurant in Yanji needed a waitress")
    store = window.session.store
    window.session.push(AddCase("Victim A"))  # as `annotator case add` would, on this session
    assert window.cases_panel.current() is None

    window.view.select_span(*span_of(ENGLISH, "restaurant"))
    key(qtbot, window, "Ctrl+J")
    palette = window.case_ops.palette
    assert palette is not None and palette.isVisible()
    qtbot.keyClicks(palette.query, "victim b")
    assert palette.list.item(palette.list.count() - 1).text() == "+ New case “victim b”"
    palette.list.setCurrentRow(palette.list.count() - 1)
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    made = store.case_by_label("victim b")
    assert made is not None and store.case_codings(made.guid) == [offer]
    assert window.cases_panel.current() == made.guid
    assert [r[0] for r in case_rows(window)] == ["Victim A", "victim b"]

    # With a current case, Ctrl+Shift+G chooses another by typing.
    key(qtbot, window, "Ctrl+Shift+G")
    palette = window.case_ops.palette
    qtbot.keyClicks(palette.query, "a")
    assert palette.current() == store.case_by_label("Victim A").guid
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.cases_panel.current() == store.case_by_label("Victim A").guid


def test_deleting_a_case_says_what_links_go_and_undo_restores_them(qtbot, window, project, monkeypatch):
    _, ids = project
    offer = code(window, ids, JOB, "a restaurant in Yanji needed a waitress")
    store, session = window.session.store, window.session
    add = AddCase("Victim A", attributes={"gender": "female"})
    session.push(add)
    session.push(LinkDocuments(add.case.guid, [ids["en.txt"], ids["ko.txt"]]))
    session.push(LinkCodings(add.case.guid, [offer]))
    window.select_case(add.case.guid)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)

    window.actions["case.delete"].trigger()
    assert "2 documents" in asked[0] and "1 coded passage" in asked[0] and "1 attribute" in asked[0]
    assert "stay" in asked[0]
    assert store.cases() == [] and case_rows(window) == []
    assert window.cases_panel.current() is None
    assert window.documents.model.marks == {}
    assert not window.actions["case.delete"].isEnabled()

    key(qtbot, window, "Ctrl+Z")
    assert store.case_documents(add.case.guid) == [ids["en.txt"], ids["ko.txt"]]
    assert store.case_codings(add.case.guid) == [offer]
    assert store.case_attributes(add.case.guid) == {"gender": "female"}
    assert case_rows(window) == [("Victim A", "victim", "2", "1")]


def test_merging_cases_asks_about_conflicts_and_undo_restores_both(qtbot, window, project, monkeypatch):
    _, ids = project
    offer = code(window, ids, JOB, "a restaurant in Yanji needed a waitress")
    store, session = window.session.store, window.session
    a, b = (
        AddCase("Victim A", attributes={"gender": "female"}),
        AddCase("Mina", attributes={"gender": "male"}),
    )
    for step in (a, b, LinkCodings(b.case.guid, [offer]), LinkDocuments(b.case.guid, [ids["ko.txt"]])):
        session.push(step)
    window.select_case(b.case.guid)
    asked: list[list[str]] = []
    monkeypatch.setattr(prompts, "confirm_list", lambda _p, _t, _text, items: asked.append(items) or True)

    palette = window.case_ops.merge()
    assert palette is not None and b.case.guid not in palette.rows  # never into itself
    qtbot.keyClicks(palette.query, "victim")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    assert asked == [["gender: “female” in Victim A, “male” in Mina"]]
    assert [c.label for c in store.cases()] == ["Victim A"]
    assert store.case_codings(a.case.guid) == [offer]
    assert store.case_documents(a.case.guid) == [ids["ko.txt"]]
    assert "male" in store.case(a.case.guid).memo
    assert window.cases_panel.current() == a.case.guid
    assert case_rows(window) == [("Victim A", "victim", "1", "1")]

    key(qtbot, window, "Ctrl+Z")
    assert [c.label for c in store.cases()] == ["Mina", "Victim A"]
    assert store.case_codings(b.case.guid) == [offer] and store.case_codings(a.case.guid) == []
    assert store.case(a.case.guid).memo == ""


def test_the_editor_stores_label_role_memo_and_attributes_as_one_step(qtbot, window, project):
    session = window.session
    add = AddCase("Victim A", attributes={"gender": "female", "citizenship": "KP"})
    session.push(add)
    window.select_case(add.case.guid)
    window.actions["case.edit"].trigger()
    editor = window.cases_panel.editor
    assert editor.isVisible() and editor.label.hasFocus()
    editor.label.setText("Victim  A1")
    editor.role.setCurrentText("other")
    editor.memo.setPlainText("Two interviews.")
    rows = {editor.attributes.item(r, 0).text(): r for r in range(editor.attributes.rowCount())}
    editor.attributes.item(rows["gender"], 1).setText("woman")
    editor.attributes.removeRow(rows["citizenship"])
    blank = editor.attributes.rowCount() - 1
    editor.attributes.item(blank, 0).setText("year of birth")
    editor.attributes.item(blank, 1).setText("1994")
    editor.attributes.cellWidget(blank, 2).setCurrentText("number")
    assert editor.attributes.rowCount() == blank + 2  # a new empty row to type the next one
    depth = session.undo_stack.count()
    qtbot.keyClick(editor.label, Qt.Key.Key_Return)  # Enter in the label stores (so does Apply)

    store = session.store
    case = store.case(add.case.guid)
    assert (case.label, case.role, case.memo) == ("Victim A1", "other", "Two interviews.")
    assert store.case_attributes(case.guid) == {"gender": "woman", "year of birth": "1994"}
    assert [a.type for a in store.case_attribute_rows(case.guid)] == ["text", "number"]
    assert session.undo_stack.count() == depth + 1
    assert case_rows(window) == [("Victim A1", "other", "0", "0")]

    key(qtbot, window, "Ctrl+Z")
    assert store.case(case.guid).label == "Victim A"
    assert store.case_attributes(case.guid) == {"citizenship": "KP", "gender": "female"}
    assert editor.label.text() == "Victim A"  # the editor shows the case as it is again

    # A bad value is refused by the core, in the status bar, and nothing is stored.
    editor.attributes.item(0, 1).setText("")
    qtbot.mouseClick(editor.apply, Qt.MouseButton.LeftButton)
    assert "needs a value" in window.statusBar().currentMessage()
    assert store.case_attributes(case.guid) == {"citizenship": "KP", "gender": "female"}


def test_the_panel_follows_changes_pushed_on_the_session_and_filters(qtbot, window, project, check_model):
    _, ids = project
    session = window.session
    check_model(window.cases_panel.model)
    a, b = AddCase("Victim A", attributes={"citizenship": "KP"}), AddCase("Broker K", role="perpetrator")
    session.push(a)
    session.push(b)
    assert case_rows(window) == [("Broker K", "perpetrator", "0", "0"), ("Victim A", "victim", "0", "0")]
    window.select_case(a.case.guid)
    session.push(LinkDocuments(a.case.guid, [ids["ko.txt"]]))  # what `annotator case link` does
    assert case_rows(window)[1] == ("Victim A", "victim", "1", "0")
    assert window.cases_panel.current() == a.case.guid  # counts change in place: still chosen
    assert window.documents.model.marks == {ids["ko.txt"]: WHOLE}
    session.push(EditCase(a.case.guid, label="Victim Z"))
    assert [r[0] for r in case_rows(window)] == ["Broker K", "Victim Z"]
    assert window.cases_panel.current() == a.case.guid  # re-sorted, still chosen
    assert window.cases_panel.editor.label.text() == "Victim Z"
    session.push(UnlinkDocuments(a.case.guid, [ids["ko.txt"]]))
    assert window.documents.model.marks == {}

    qtbot.keyClicks(window.cases_panel.filter, "kp")  # an attribute value
    assert [r[0] for r in case_rows(window)] == ["Victim Z"]
    window.cases_panel.filter.clear()
    qtbot.keyClicks(window.cases_panel.filter, "perp")
    assert [r[0] for r in case_rows(window)] == ["Broker K"]


def test_the_segments_table_shows_the_case_passages(qtbot, window, project):
    _, ids = project
    offer = code(window, ids, JOB, "a restaurant in Yanji needed a waitress")
    code(window, ids, DEBT, "said I owed them for the journey")
    session = window.session
    add = AddCase("Victim A")
    session.push(add)
    session.push(LinkCodings(add.case.guid, [offer]))
    window.select_case(add.case.guid)
    window.cases_panel.show_passages.setChecked(True)
    model = window.segments.model
    assert [model.coding_at(r).guid for r in range(model.rowCount())] == [offer]
    assert window.segments.count.text() == "1 segment of case Victim A"
    session.push(LinkDocuments(add.case.guid, [ids["en.txt"]]))
    assert model.rowCount() == 2  # the unassigned codings of a document linked whole join
    window.cases_panel.show_passages.setChecked(False)
    assert model.case is None and model.rowCount() == 2  # the open document's codings again


# -- the journey timeline ------------------------------------------------------------------------

STORY = (
    "We crossed the river in 2011. In March 2012 the broker sold me. "
    "In May 2013 I ran away. I was sent back in 2010."
)


@pytest.fixture
def journey_project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A default-codebook project: one testimony linked to Victim A with four dated events, one of
    them (a repatriation before the first crossing) a contradiction."""
    path = tmp_path / "journey.sqlite"
    store = create_project(path, codebook="default")
    try:
        coder = store.resolve_coder("mina", create=True)
        doc = Document(new_guid(), "story.txt", sha256_text(STORY), len(STORY), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, STORY)
        add = AddCase("Victim A")
        add.apply(store)
        LinkDocuments(add.case.guid, [doc.guid]).apply(store)
        ids = {"doc": doc.guid, "case": add.case.guid}
        for name, ref, words, date in (
            ("crossing", "MOVE.BORDER_CROSSING", "We crossed the river in 2011.", "about 2011"),
            ("sale", "ACT.SALE", "In March 2012 the broker sold me.", "2012-03"),
            ("escape", "OUTCOME.ESCAPE", "In May 2013 I ran away.", "2013-05"),
            ("return", "OUTCOME.REPATRIATION", "I was sent back in 2010.", "2010"),
        ):
            target = next(c for c in store.codes() if c.ref == ref)
            start = STORY.index(words)
            apply = ApplyCode(
                document=doc.guid, start=start, end=start + len(words), code=target.guid, coder=coder.guid
            )
            apply.apply(store)
            field = next(f for f in store.code_fields(target.guid) if f.name == "date")
            SetValues(apply.coding.guid, {field.guid: parse_value(field.spec, date)}).apply(store)
            ids[name] = apply.coding.guid
    finally:
        store.close()
    return path, ids


def open_timeline(qtbot, window, case: str) -> TimelineWindow:  # type: ignore[no-untyped-def]
    window.select_case(case)
    key(qtbot, window, "Ctrl+Shift+T")
    timeline = window.findChild(TimelineWindow)
    assert timeline is not None and timeline.objectName() == "caseTimeline"
    qtbot.waitUntil(lambda: timeline.journey is not None, timeout=10_000)
    return timeline


def test_the_timeline_lists_events_in_order_flags_them_and_a_click_or_enter_opens_the_passage(
    qtbot, make_window, journey_project, check_model
):
    path, ids = journey_project
    window = make_window(path)
    timeline = open_timeline(qtbot, window, ids["case"])
    model = timeline.model
    check_model(model)
    assert [model.event_at(r).coding for r in range(model.rowCount())] == [
        ids["return"],
        ids["crossing"],
        ids["sale"],
        ids["escape"],
    ]
    dates = [model.index(r, TimelineModel.DATE).data() for r in range(model.rowCount())]
    assert dates == ["2010", "≈2011", "2012-03", "2013-05"]  # the approximate date shown as such
    assert "approximate" in model.index(1, TimelineModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, TimelineModel.CODE).data() == "Sale or purchase of the person"
    assert model.index(2, TimelineModel.QUOTE).data() == "In March 2012 the broker sold me."
    assert model.index(2, TimelineModel.DOCUMENT).data() == "story.txt"

    # Flags: a marker and a tooltip on the rows, a tint, and the list above.
    assert "⚠" in model.index(0, TimelineModel.FLAG).data()
    assert "before the first border crossing" in model.index(0, TimelineModel.FLAG).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert timeline.flags.isVisible()
    assert any("Contradiction" in timeline.flags.item(i).text() for i in range(timeline.flags.count()))
    figures = timeline.figures.text()
    assert (
        "Times sold: <b>1</b>" in figures
        and "Leaving home → first sale: <b>8.5 months</b>" in figures.replace("&nbsp;", " ")
    )
    assert "Time in exploitation: <b>14.0 months</b>" in figures

    # A click opens the passage in the main window.
    rect = timeline.table.visualRect(model.index(2, TimelineModel.QUOTE))
    qtbot.mouseClick(timeline.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.presenter.document == ids["doc"]
    assert window.view.selected_span() == span_of(STORY, "In March 2012 the broker sold me.")
    assert window.view.selected_coding() == ids["sale"]
    # Enter on another row opens that one.
    timeline.table.setFocus()
    timeline.table.setCurrentIndex(model.index(3, 1))
    qtbot.keyClick(timeline.table, Qt.Key.Key_Return)
    assert window.view.selected_span() == span_of(STORY, "In May 2013 I ran away.")
    # A flag in the list opens its first event.
    contradiction = next(
        timeline.flags.item(i)
        for i in range(timeline.flags.count())
        if "Contradiction" in timeline.flags.item(i).text()
    )
    timeline.flags.itemClicked.emit(contradiction)
    assert window.view.selected_span() in (
        span_of(STORY, "I was sent back in 2010."),
        span_of(STORY, "We crossed the river in 2011."),
    )


def test_the_timeline_follows_changes_and_a_deleted_case(qtbot, make_window, journey_project, monkeypatch):
    path, ids = journey_project
    window = make_window(path)
    timeline = open_timeline(qtbot, window, ids["case"])
    session = window.session
    first = timeline.journey
    session.push(UnlinkDocuments(ids["case"], [ids["doc"]]))
    qtbot.waitUntil(lambda: timeline.journey is not first and timeline.model.rowCount() == 0, timeout=10_000)
    assert "No dated events" in timeline.status.text()
    assert "unknown" in timeline.figures.text()
    activate(qtbot, window)
    key(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 4, timeout=10_000)

    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    window.actions["case.delete"].trigger()
    assert "gone" in timeline.status.text() and timeline.model.rowCount() == 0


def test_the_case_controller_works_without_a_window(qtbot, project, coder_env):
    """Built with a session and a FakeBench (the CaseBench protocol), never the main window."""
    from annotator.gui.cases.controller import CaseController  # noqa: PLC0415
    from annotator.gui.models.cases import CasesModel  # noqa: PLC0415
    from tests.gui.fake_bench import FakeBench, open_session  # noqa: PLC0415

    path, ids = project
    session = open_session(path, coder_env)
    try:
        bench = FakeBench(session)
        qtbot.addWidget(bench.dialog_parent)
        cases = CasesModel()
        cases.set_session(session)
        session.changed.connect(cases.apply_changes)
        controller = CaseController(bench, cases)
        case = controller.add("Victim A")
        assert case is not None and bench.current_case == case
        start, end = span_of(ENGLISH, "a restaurant in Yanji needed a waitress")
        apply = ApplyCode(
            document=ids["en.txt"], start=start, end=end, code=ids[JOB], coder=session.coder.guid
        )
        session.push(apply)
        bench.codings = [apply.coding.guid]
        controller.link_selection()
        assert session.store.case_codings(case) == [apply.coding.guid]
        bench.current_document = ids["ko.txt"]
        controller.link_document()
        assert session.store.case_documents(case) == [ids["ko.txt"]]
        assert bench.statuses[-1] == "Linked the document to 'Victim A' (Ctrl+Z undoes)."
        depth, refused = session.undo_stack.count(), []
        session.failed.connect(refused.append)
        controller.link_document()  # already linked: the core says so, nothing is pushed
        assert session.undo_stack.count() == depth and "already linked" in refused[0]
        assert controller.add("  ") is None and "label" in bench.statuses[-1]
    finally:
        session.close()
