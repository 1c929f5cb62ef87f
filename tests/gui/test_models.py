"""The item models pass pytest-qt's model tester, empty, filled and after changes."""

from __future__ import annotations

from pathlib import Path

from annotator.core.changes import ApplyCode, SetAttribute
from annotator.core.demo import build_demo
from annotator.gui.dialogs.palette import rank
from annotator.gui.models.codebook import GUID_ROLE, CodebookModel
from annotator.gui.models.documents import CODED, FIRST_ATTRIBUTE, DocumentsModel
from annotator.gui.models.segments import SegmentsModel
from tests.gui.helpers import open_document


def test_models_on_the_test_project(check_model, window, project, qtbot):
    _, ids = project
    session = window.session
    coder = session.coder.guid
    session.push(
        ApplyCode(document=ids["en.txt"], start=0, end=11, code=ids["Recruitment/Debt"], coder=coder)
    )
    session.push(SetAttribute(document=ids["ko.txt"], name="Interview year", value="2019", type="number"))
    window.codebook.select_codes([ids["Recruitment/Debt"], ids["Control/Threats"]])
    for model in (
        window.codebook.model,
        window.codebook.proxy,
        window.segments.model,
        window.documents.model,
    ):
        check_model(model)
    window.codebook.filter.setText("debt")  # the proxy filters while the testers watch
    window.view.select_span(12, 20)
    window.coding.apply_code(ids["Recruitment/Debt"])
    window.session.undo_stack.undo()
    window.codebook.filter.clear()
    docs = window.documents.model
    assert docs.headerData(FIRST_ATTRIBUTE, docs_orientation()) == "Interview year"
    assert docs.index(docs.row_of(ids["ko.txt"]), FIRST_ATTRIBUTE).data() == "2019"
    # Progress follows the first paint (it sums every coding of every document).
    qtbot.waitUntil(lambda: docs.index(docs.row_of(ids["en.txt"]), CODED).data() != "0%", timeout=3000)


def docs_orientation():
    from PySide6.QtCore import Qt  # noqa: PLC0415

    return Qt.Orientation.Horizontal


def test_models_without_a_project(qtmodeltester):
    for model in (CodebookModel(), SegmentsModel(), DocumentsModel()):
        qtmodeltester.check(model, force_py=True)


def test_models_on_the_demo_project(check_model, make_window, tmp_path: Path):
    path = tmp_path / "demo.sqlite"
    counts = build_demo(path)
    window = make_window(path)
    assert window.documents.model.rowCount() == counts["documents"]
    korean = next(d for d in window.documents.model.documents if "-ko-" in d.name)
    open_document(window, korean.guid)
    assert window.presenter.shown  # the demo's Korean testimony carries codings
    model = window.codebook.model
    first = model.index(0, 0)
    window.codebook.select_codes([first.data(GUID_ROLE)])
    for m in (model, window.segments.model, window.documents.model):
        check_model(m)
    total = sum(int(t.split(" / ")[1]) for t in walk_counts(model))
    assert total == counts["codings"]


def walk_counts(model):
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        text = index.siblingAtColumn(1).data()
        if text:
            yield text
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))


def test_palette_ranking():
    paths = {"a": "Means/Deception/Job offer", "b": "Acts/Recruitment", "c": "Purpose/Forced marriage"}
    assert rank(paths, "job")[0] == "a"
    assert rank(paths, "rec")[0] == "b"
    assert rank(paths, "fm") == ["c"]  # letters in order within the name
    assert rank(paths, "zzz") == []
