"""Content warnings in the core: the project's list, documents and codes carrying warnings,
passages inheriting their code's, and the list travelling with merges, packages and codebooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_projects
from annotator.core.analysis.package import make_package
from annotator.core.changes import (
    AddContentWarning,
    ApplyCode,
    EditContentWarning,
    RemoveContentWarning,
    SetCodeWarnings,
    SetDocumentWarnings,
)
from annotator.core.codebook import CodeTree, dump_codebook_yaml, parse_codebook_yaml
from annotator.core.content_warnings import DEFAULT_WARNINGS, WarnedSpans, veiled_text, warning_name
from annotator.core.errors import NotFound, UsageError
from annotator.core.importers.common import ImportedText
from annotator.core.importers.importing import add_document
from annotator.core.project import create_project, project_codebook
from annotator.core.store import ProjectStore
from tests.store.downgrade import downgrade

DEFAULT_NAMES = [name for name, _ in DEFAULT_WARNINGS]


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "p.sqlite"
    with create_project(path) as store:
        text = ImportedText("She was sold at fourteen. Later she escaped.", "txt", {})
        doc = add_document(store, text, name="t.txt").guid
        code = CodeTree(store.codes()).find("Acts and recruitment/Sale or purchase of the person").guid
        coder = store.ensure_coder("mina").guid
    return path, {"doc": doc, "code": code, "coder": coder}


def test_a_new_project_starts_with_the_default_list_in_order(project) -> None:
    path, _ = project
    with ProjectStore.open(path) as store:
        assert [w.name for w in store.content_warnings()] == DEFAULT_NAMES
        assert all(w.description for w in store.content_warnings())


def test_an_older_project_gets_the_list_on_upgrade_and_nothing_marked(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    create_project(path).close()
    downgrade(path, 10)
    with ProjectStore.open(path) as store:
        assert [w.name for w in store.content_warnings()] == DEFAULT_NAMES
        assert store.code_warnings() == {} and store.document_warnings() == {}


def test_documents_and_codes_carry_warnings_undoably(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        change = SetDocumentWarnings(ids["doc"], ["Sexual violence", "violence against children"])
        result = change.apply(store)
        assert result.extra["warnings"] and ids["doc"] in result.documents
        assert store.document_warnings() == {ids["doc"]: {"sexual violence", "violence against children"}}
        change.revert(store)
        assert store.document_warnings() == {}
        with pytest.raises(UsageError, match="no content warning named 'gore'"):
            SetDocumentWarnings(ids["doc"], ["gore"]).apply(store)
        with pytest.raises(NotFound):
            SetCodeWarnings("no-such-code", ["torture"]).apply(store)
        SetCodeWarnings(ids["code"], ["violence against children"]).apply(store)
        assert store.code_warnings()[ids["code"]] == {"violence against children"}
        actions = [e["action"] for e in store.audit_entries()]
        assert "set document warnings" in actions and "undo set document warnings" in actions


def test_renaming_a_warning_follows_into_documents_and_codes_and_undo_renames_back(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        SetDocumentWarnings(ids["doc"], ["torture"]).apply(store)
        SetCodeWarnings(ids["code"], ["torture"]).apply(store)
        rename = EditContentWarning("Torture", new_name="torture and cruel treatment")
        rename.apply(store)
        assert store.document_warnings()[ids["doc"]] == {"torture and cruel treatment"}
        assert store.code_warnings()[ids["code"]] == {"torture and cruel treatment"}
        rename.revert(store)
        assert store.document_warnings()[ids["doc"]] == {"torture"}
        with pytest.raises(UsageError, match="already has"):
            EditContentWarning("torture", new_name="Sexual Violence").apply(store)


def test_removing_a_warning_takes_it_off_everything_and_undo_puts_it_back(project) -> None:
    path, ids = project
    with ProjectStore.open(path) as store:
        SetDocumentWarnings(ids["doc"], ["torture", "sexual violence"]).apply(store)
        SetCodeWarnings(ids["code"], ["torture"]).apply(store)
        remove = RemoveContentWarning("torture")
        remove.apply(store)
        assert "torture" not in [w.name for w in store.content_warnings()]
        assert store.document_warnings() == {ids["doc"]: {"sexual violence"}}
        assert ids["code"] not in store.code_warnings()
        remove.revert(store)
        assert [w.name for w in store.content_warnings()] == DEFAULT_NAMES  # same place in the list
        assert store.document_warnings() == {ids["doc"]: {"torture", "sexual violence"}}
        assert store.code_warnings()[ids["code"]] == {"torture"}


def test_adding_a_warning_checks_its_name(project) -> None:
    path, _ = project
    with ProjectStore.open(path) as store:
        AddContentWarning("  forced   abortion ", "Pregnancies ended by force").apply(store)
        assert store.content_warnings()[-1].name == "forced abortion"
        with pytest.raises(UsageError, match="already has"):
            AddContentWarning("FORCED ABORTION").apply(store)
    with pytest.raises(UsageError):
        warning_name("")
    with pytest.raises(UsageError):
        warning_name("a\x00b")
    assert warning_name("성폭력") == "성폭력"


def test_a_passage_carries_the_warnings_of_every_warned_coding_it_overlaps() -> None:
    code_warnings = {"abuse": frozenset({"violence against children"}), "debt": frozenset()}
    spans = WarnedSpans.of([("abuse", 10, 20), ("debt", 0, 40), ("abuse", 100, 400)], code_warnings)
    assert spans.warnings(0, 5) == frozenset()
    assert spans.warnings(0, 40) == {"violence against children"}  # the debt passage holds it
    assert spans.warnings(19, 25) == {"violence against children"}
    assert spans.warnings(20, 30) == frozenset()  # abutting is not overlapping
    assert spans.warnings(399, 399) == {"violence against children"}  # a caret inside
    assert spans.warnings(350, 1000) == {"violence against children"}
    assert not WarnedSpans.of([("debt", 0, 40)], code_warnings)
    assert veiled_text({"torture", "sexual violence"}) == "[veiled: sexual violence, torture]"


def test_codebook_files_carry_code_warnings_and_a_new_project_takes_them(tmp_path: Path) -> None:
    yaml_text = """
name: Small
codes:
  - name: Abuse of a child
    warnings: [Violence against children, Forced abortion]
  - name: Debt
"""
    book = parse_codebook_yaml(yaml_text)
    abuse = book.codes[0].guid
    assert book.warnings == {abuse: ("Violence against children", "Forced abortion")}
    again = parse_codebook_yaml(dump_codebook_yaml(book))
    assert again.warnings == book.warnings
    path = tmp_path / "small.sqlite"
    with create_project(path, codebook=book) as store:
        names = [w.name for w in store.content_warnings()]
        assert names == [*DEFAULT_NAMES, "Forced abortion"]  # the default spelling wins
        assert store.code_warnings() == {abuse: {"violence against children", "Forced abortion"}}
        assert project_codebook(store).warnings == {abuse: ("Forced abortion", "violence against children")}
    with pytest.raises(Exception, match="warnings"):
        parse_codebook_yaml("codes:\n  - name: X\n    warnings: [{a: 1}]\n")


def test_merging_keeps_every_warning_either_side_gave(project, tmp_path: Path) -> None:
    path, ids = project
    other = tmp_path / "other.sqlite"
    with ProjectStore.open(path) as store:
        SetDocumentWarnings(ids["doc"], ["torture"]).apply(store)
    package = tmp_path / "pkg.sqlite"
    with ProjectStore.open(path) as store:
        coder = store.ensure_coder("jun")
    make_package(path, coder, package)
    with ProjectStore.open(package) as store:
        assert [w.name for w in store.content_warnings()] == DEFAULT_NAMES  # the project's list, once
        assert store.document_warnings() == {ids["doc"]: {"torture"}}
        AddContentWarning("forced abortion").apply(store)
        SetDocumentWarnings(ids["doc"], ["torture", "forced abortion"]).apply(store)
        SetCodeWarnings(ids["code"], ["violence against children"]).apply(store)
        ApplyCode(document=ids["doc"], start=0, end=8, code=ids["code"], coder=coder.guid).apply(store)
    other.write_bytes(package.read_bytes())
    merge_projects(path, [other])
    with ProjectStore.open(path) as store:
        assert [w.name for w in store.content_warnings()] == [*DEFAULT_NAMES, "forced abortion"]
        assert store.document_warnings() == {ids["doc"]: {"torture", "forced abortion"}}
        assert store.code_warnings()[ids["code"]] == {"violence against children"}


def test_the_default_codebook_marks_the_codes_of_the_worst_material(tmp_path: Path) -> None:
    """A new project's sexual-exploitation codes, "Under 18" and the killings after return carry
    warnings, so a coder who veils never meets those passages unasked (Done means, issue 12)."""
    with create_project(tmp_path / "d.sqlite") as store:
        tree = CodeTree(store.codes())
        marked = {tree.path(code): names for code, names in store.code_warnings().items()}
    assert marked["Forms of exploitation/Sexual exploitation/Cybersex or webcam"] == {"sexual violence"}
    assert marked["Victim characteristics/Under 18 at the time"] == {"violence against children"}
    assert marked["Exit, repatriation and aftermath/Punishment after return/Torture or ill-treatment"] == {
        "torture"
    }
    assert "death and execution" in marked["Exit, repatriation and aftermath/Forced abortion or infanticide"]
    assert "Acts and recruitment/Recruitment" not in marked  # the rest of a testimony stays plain
