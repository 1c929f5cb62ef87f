"""Codes in other languages: a code keeps one GUID and canonical name; Korean and Chinese labels
travel beside it through YAML, the project file, undo, merges and the REFI-QDA codebook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_into, read_source
from annotator.core.changes import AddCodebookLabels, DeleteCode, MergeCodes, SetCodeLabel, SetCodeLanguage
from annotator.core.code_labels import CodeNames, code_language_choice
from annotator.core.codebook import CodeTree, dump_codebook_yaml, load_codebook_yaml, parse_codebook_yaml
from annotator.core.codebook_files import load_codebook
from annotator.core.errors import CodebookError
from annotator.core.project import create_project, import_codebook, project_codebook
from annotator.core.refi_qda.export_qdc import write_codebook
from annotator.core.resources import default_codebook_path
from annotator.core.store import ProjectStore
from tests.core.test_refi_qda import validate
from tests.store.downgrade import downgrade

FORCED_MARRIAGE = "Forms of exploitation/Forced marriage"
DEBT = "Means of control/Debt bondage"

OLD_YAML = """format: testimony-annotator-codebook
format_version: 1
name: Old
codes:
- name: Sale
  guid: 11111111-1111-4111-8111-111111111111
  color: '#336699'
  short_definition: Sold for money.
"""


@pytest.fixture
def project(tmp_path: Path) -> ProjectStore:
    store = create_project(tmp_path / "p.sqlite")
    yield store
    store.close()


def _guid(store: ProjectStore, path: str) -> str:
    return CodeTree(store.codes()).find(path).guid


def test_the_default_codebook_names_every_code_in_korean_and_chinese() -> None:
    book = load_codebook_yaml(default_codebook_path())
    tree = book.tree
    for code in book.codes:
        labels = {lb.language: lb for lb in book.labels_of(code.guid)}
        assert set(labels) == {"ko", "zh_CN"}, tree.path(code.guid)
        assert labels["ko"].name and labels["ko"].short_definition, tree.path(code.guid)
        assert labels["zh_CN"].name, tree.path(code.guid)
    ko = CodeNames(tree, book.all_labels(), "ko")
    assert ko.name(tree.find(FORCED_MARRIAGE).guid) == "강제 결혼"  # the glossary's terms
    assert ko.name(tree.find(DEBT).guid) == "채무 속박"
    assert ko.path(tree.find(FORCED_MARRIAGE).guid) == "착취 형태/강제 결혼"
    assert CodeNames(tree, book.all_labels(), "zh_CN").name(tree.find(FORCED_MARRIAGE).guid) == "强迫婚姻"
    # Sibling labels are as distinct as the names they stand for.
    for parent in {None, *tree.by_guid}:
        names = [ko.name(c.guid) for c in tree.children(parent)]
        assert len(names) == len(set(names))


def test_yaml_round_trips_labels_byte_for_byte_and_old_codebooks_still_load() -> None:
    text = default_codebook_path().read_text(encoding="utf-8")
    assert dump_codebook_yaml(parse_codebook_yaml(text)) == text
    old = parse_codebook_yaml(OLD_YAML)
    assert old.labels == {} and dump_codebook_yaml(old) == OLD_YAML
    with_ko = OLD_YAML + "  labels:\n    ko-KR:\n      name: 매매\n      definition: 돈을 받고 팔림.\n"
    book = parse_codebook_yaml(with_ko)
    (label,) = book.labels_of("11111111-1111-4111-8111-111111111111")
    assert (label.language, label.name, label.definition) == ("ko", "매매", "돈을 받고 팔림.")


@pytest.mark.parametrize(
    "labels",
    [
        "    fr:\n      name: Vente\n",  # a language labels are not kept in
        "    ko:\n      name: 'a/b'\n",  # a name that would split a path
        '    ko:\n      name: "\\u202e역방향"\n',  # a bidi override
        "    ko:\n      colour: red\n",  # not a label field
    ],
)
def test_a_bad_label_is_refused_with_one_line_naming_the_code(labels: str) -> None:
    with pytest.raises(CodebookError, match="'Sale'"):
        parse_codebook_yaml(OLD_YAML + "  labels:\n" + labels)


def test_a_schema_7_project_migrates_and_takes_the_default_labels_without_overwriting(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    create_project(path).close()
    downgrade(path, 7)
    with ProjectStore.open(path) as store:
        assert store.migration_backup is not None and store.migration_backup.name == "old.sqlite.v7.bak"
        assert store.code_labels() == []  # the upgrade adds the table, never labels
        debt = _guid(store, DEBT)
        SetCodeLabel(debt, "ko", name="빚 굴레").apply(store)  # a coder's own word
        change = AddCodebookLabels(load_codebook("default"), languages=["ko"])
        change.apply(store)
        assert store.code_label(debt, "ko").name == "빚 굴레"  # kept
        assert store.code_label(debt, "ko").short_definition.startswith("부과되거나")  # gap filled
        assert store.code_label(_guid(store, FORCED_MARRIAGE), "ko").name == "강제 결혼"
        assert store.code_labels(language="zh_CN") == []
        change.revert(store)
        assert [(lb.code, lb.name, lb.short_definition) for lb in store.code_labels()] == [
            (debt, "빚 굴레", "")
        ]
        assert store.audit_entries()[-1]["action"] == "undo add code labels"


def test_editing_a_label_is_one_undoable_audited_change(project: ProjectStore) -> None:
    code = _guid(project, FORCED_MARRIAGE)
    before = project.code_label(code, "ko")
    change = SetCodeLabel(code, "ko", name="강제혼인", definition="새 정의")
    changes = change.apply(project)
    assert changes.codebook and code in changes.codes
    after = project.code_label(code, "ko")
    assert (after.name, after.definition, after.short_definition) == (
        "강제혼인",
        "새 정의",
        before.short_definition,
    )
    assert project.code(code).name == "Forced marriage"  # the canonical name never moves
    entry = project.audit_entries()[-1]
    assert entry["action"] == "edit code label" and json.loads(entry["what"])["after"]["name"] == "강제혼인"
    change.revert(project)
    assert project.code_label(code, "ko") == before
    with pytest.raises(CodebookError):
        SetCodeLabel(code, "ko", name="a/b")
    with pytest.raises(CodebookError):
        SetCodeLabel(code, "de", name="Zwangsheirat")


def test_deleting_or_merging_a_code_and_undoing_brings_its_labels_back(project: ProjectStore) -> None:
    marriage, debt = _guid(project, FORCED_MARRIAGE), _guid(project, DEBT)
    sold = _guid(project, FORCED_MARRIAGE + "/Sold as a wife")
    labels = project.code_labels()
    delete = DeleteCode(marriage)
    delete.apply(project)
    assert project.code_labels(marriage) == [] and project.code_labels(sold) == []
    delete.revert(project)
    assert project.code_labels() == labels
    merge = MergeCodes(debt, _guid(project, "Means of control/Deception"))
    merge.apply(project)
    assert project.code_labels(debt) == []
    merge.revert(project)
    assert project.code_labels() == labels


def test_the_project_language_choice_is_a_setting_with_undo(project: ProjectStore) -> None:
    from annotator.core.changes import code_language

    assert code_language(project) == "interface"
    change = SetCodeLanguage("ko")
    change.apply(project)
    assert code_language(project) == "ko"
    change.revert(project)
    assert code_language(project) == "interface"
    assert code_language_choice("zh-CN") == "zh_CN" and code_language_choice("English") == "en"


def test_a_merge_carries_labels_and_keeps_the_targets_own(tmp_path: Path) -> None:
    source = create_project(tmp_path / "coder.sqlite", codebook="empty")
    target = create_project(tmp_path / "lead.sqlite", codebook="empty")
    book = parse_codebook_yaml(OLD_YAML)
    for store in (source, target):
        import_codebook(store, book)
    sale = "11111111-1111-4111-8111-111111111111"
    SetCodeLabel(sale, "ko", name="매매", definition="코더의 정의").apply(source)
    SetCodeLabel(sale, "zh_CN", name="买卖").apply(source)
    SetCodeLabel(sale, "ko", name="판매").apply(target)
    source.close()
    report = merge_into(target, read_source(tmp_path / "coder.sqlite"))
    ko = target.code_label(sale, "ko")
    assert (ko.name, ko.definition) == ("판매", "코더의 정의")  # the target's name kept, the gap filled
    assert target.code_label(sale, "zh_CN").name == "买卖"
    assert any("different ko name" in c for c in report.conflicts)
    target.close()


def test_the_qdc_keeps_canonical_names_validates_and_reads_the_labels_back(
    project: ProjectStore, tmp_path: Path
) -> None:
    code = _guid(project, FORCED_MARRIAGE)
    SetCodeLabel(code, "ko", definition="정의에 <태그> & ?> 기호").apply(project)
    book = project_codebook(project)
    out = tmp_path / "book.qdc"
    write_codebook(book, out)
    validate(out)
    xml = out.read_text(encoding="utf-8")
    assert 'name="Forced marriage"' in xml and "강제 결혼" not in xml  # labels as ASCII escapes only
    back = load_codebook(out)
    assert {(lb.code, lb.language, lb.name) for lb in back.all_labels()} == {
        (lb.code, lb.language, lb.name) for lb in book.all_labels()
    }
    assert (
        next(lb for lb in back.labels_of(code) if lb.language == "ko").definition == "정의에 <태그> & ?> 기호"
    )
    # A project made from it holds the same labels.
    again = create_project(tmp_path / "again.sqlite", codebook=back)
    assert sorted(again.code_labels(), key=repr) == sorted(project.code_labels(), key=repr)
    again.close()
