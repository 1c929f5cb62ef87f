"""Value fields and typed values through coder packages and merging: a package carries the
codebook's fields and only its coder's values; merging unions fields by GUID, then by code and
name, and values by coding and field; the target wins a conflict and the report says so; a
field of another kind never takes the source's values, which are kept under "NAME (merged)"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_projects
from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import ApplyCode, EditCoding
from annotator.core.changes.values import AddField, EditField, SetValues
from annotator.core.codebook import CodeTree
from annotator.core.errors import CodebookError, ProjectCorrupt
from annotator.core.store import ProjectStore
from annotator.core.values import parse_value

TEXT = "The broker sold me for 25,000 yuan. I was nineteen. Later they sold me again, twice."


@pytest.fixture
def lead(store: ProjectStore, add_text, add_code) -> Path:  # noqa: ANN001
    """A lead's project: one document, "Sale" (price: money, CNY) and "Age" (age: age)."""
    add_text(TEXT, "kim.txt")
    sale, age = add_code("Sale"), add_code("Age")
    AddField(code=sale, name="price", kind="money", options={"currency": "CNY"}).apply(store)
    AddField(code=age, name="age", kind="age").apply(store)
    return store.path


def code_with(path: Path, coder: str, code: str, words: str, **typed: str) -> str:
    """Code ``words`` with ``code`` as ``coder`` and set values by field name; the coding's GUID."""
    with ProjectStore.open(path) as store:
        doc = store.document_by_name("kim.txt")
        start = store.document_text(doc.guid).index(words)
        who = store.ensure_coder(coder).guid
        target = CodeTree(store.codes()).find(code).guid
        existing = next(
            (c for c in store.codings() if (c.code, c.coder, c.start) == (target, who, start)), None
        )
        if existing is None:
            change = ApplyCode(document=doc.guid, start=start, end=start + len(words), code=target, coder=who)
            change.apply(store)
            existing = change.coding
        fields = {f.name: f for f in store.code_fields(target)}
        values = {fields[n].guid: parse_value(fields[n].spec, t) for n, t in typed.items()}
        if values:
            SetValues(existing.guid, values, by=who).apply(store)
        return existing.guid


def facts(path: Path) -> set[tuple[str, str, str, str, str]]:
    """(code path, field name, coder name, value shown, entered by) for every stored value."""
    with ProjectStore.open(path, readonly=True) as store:
        tree = CodeTree(store.codes())
        fields = {f.guid: f for f in store.code_fields()}
        codings = {c.guid: c for c in store.codings()}
        names = {c.guid: c.name for c in store.coders()}
        return {
            (
                tree.path(codings[v.coding].code),
                fields[v.field].name,
                names[codings[v.coding].coder],
                v.value.display(),
                names.get(v.entered_by, ""),
            )
            for v in store.coding_values()
        }


def fields_of(path: Path) -> list[tuple[str, str, str, str]]:
    with ProjectStore.open(path, readonly=True) as store:
        tree = CodeTree(store.codes())
        return sorted((tree.path(f.code), f.name, f.kind, f.guid) for f in store.code_fields())


def test_a_package_carries_the_fields_and_only_its_coders_values(lead: Path, tmp_path: Path) -> None:
    code_with(lead, "mina", "Sale", "sold me for 25,000 yuan", price="25,000 yuan")
    code_with(lead, "jun", "Sale", "sold me for 25,000 yuan", price="20,000 yuan")
    code_with(lead, "jun", "Age", "I was nineteen", age="19")
    package = tmp_path / "mina.sqlite"
    make_package(lead, coder_for_package(lead, "mina"), package)
    assert fields_of(package) == fields_of(lead)  # the same fields, the same GUIDs
    assert facts(package) == {("Sale", "price", "mina", "25,000 CNY", "mina")}
    fresh = tmp_path / "lee.sqlite"
    make_package(lead, coder_for_package(lead, "lee"), fresh)
    assert fields_of(fresh) == fields_of(lead) and facts(fresh) == set()


def test_merging_coders_values_unions_them_and_the_target_wins_a_conflict(lead: Path, tmp_path: Path) -> None:
    packages = {}
    for coder in ("mina", "jun"):
        packages[coder] = tmp_path / f"{coder}.sqlite"
        make_package(lead, coder_for_package(lead, coder), packages[coder])
    code_with(packages["mina"], "mina", "Sale", "sold me for 25,000 yuan", price="25,000 yuan")
    code_with(packages["mina"], "mina", "Age", "I was nineteen", age="19")
    code_with(packages["jun"], "jun", "Sale", "sold me for 25,000 yuan", price="about 25,000 yuan")
    [first, second] = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert (first.values_added, second.values_added) == (2, 1)
    merged = facts(lead)
    assert merged == {
        ("Sale", "price", "mina", "25,000 CNY", "mina"),
        ("Age", "age", "mina", "19", "mina"),
        ("Sale", "price", "jun", "25,000 CNY", "jun"),
    }
    assert len(fields_of(lead)) == 2  # the packages' fields are the lead's own: matched by GUID
    # merging the same files again changes nothing
    again = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert [r.values_added for r in again] == [0, 0] and not any(r.conflicts for r in again)
    assert facts(lead) == merged
    # mina corrects her price afterwards: the lead's value is kept and the difference reported
    code_with(packages["mina"], "mina", "Sale", "sold me for 25,000 yuan", price="30,000 yuan")
    [late] = merge_projects(lead, [packages["mina"]])
    assert late.values_added == 0 and facts(lead) == merged
    [conflict] = late.conflicts
    assert "'price'" in conflict and "30,000 CNY in the source" in conflict and "kept 25,000 CNY" in conflict
    assert "kim.txt" in conflict and "Sale" in conflict
    assert "Conflict: value" in late.to_text()


def test_a_field_of_another_kind_keeps_the_sources_values_under_a_merged_name(
    lead: Path, tmp_path: Path
) -> None:
    package = tmp_path / "jun.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), package)
    with ProjectStore.open(package) as store:  # jun adds "times" as a count...
        sale = CodeTree(store.codes()).find("Sale").guid
        AddField(code=sale, name="times", kind="count").apply(store)
    code_with(package, "jun", "Sale", "sold me again, twice", times="twice", price="25,000 yuan")
    with ProjectStore.open(lead) as store:  # ...the lead as text, and turns "age" into a count
        sale = CodeTree(store.codes()).find("Sale").guid
        AddField(code=sale, name="Times", kind="text").apply(store)
        age = next(f for f in store.code_fields() if f.name == "age")
        EditField(age.guid, kind="count").apply(store)
    code_with(package, "jun", "Age", "I was nineteen", age="19")
    [report] = merge_projects(lead, [package])
    assert facts(lead) == {
        ("Sale", "times (merged)", "jun", "2", "jun"),
        ("Sale", "price", "jun", "25,000 CNY", "jun"),
        ("Age", "age (merged)", "jun", "19", "jun"),
    }
    kinds = {(p, n): k for p, n, k, _ in fields_of(lead)}
    assert kinds[("Sale", "Times")] == "text" and kinds[("Sale", "times (merged)")] == "count"
    assert kinds[("Age", "age")] == "count" and kinds[("Age", "age (merged)")] == "age"
    clashes = [c for c in report.conflicts if "(merged)" in c]
    assert len(clashes) == 2 and any(
        "count in the source" in c and "text in the target" in c and "kept under 'times (merged)'" in c
        for c in clashes
    )
    [again] = merge_projects(lead, [package])  # the merged fields are found again, not made twice
    assert again.values_added == 0 and len(fields_of(lead)) == 5


def _break(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def test_a_coders_file_with_damaged_values_or_fields_is_refused_whole(lead: Path, tmp_path: Path) -> None:
    package = tmp_path / "mina.sqlite"
    make_package(lead, coder_for_package(lead, "mina"), package)
    code_with(package, "mina", "Sale", "sold me for 25,000 yuan", price="25,000 yuan")
    before = facts(lead)
    _break(package, """UPDATE coding_values SET data = '{"amount": "lots", "currency": "CNY"}'""")
    with pytest.raises(ProjectCorrupt, match="cannot be merged: a value of field 'price'") as info:
        merge_projects(lead, [package])
    assert str(package) in str(info.value) and "\n" not in str(info.value)
    assert facts(lead) == before
    _break(package, """UPDATE coding_values SET data = '{"amount": 1, "currency": "CNY"}'""")
    _break(package, """UPDATE code_fields SET options = '{"currency": "XYZ"}' WHERE name = 'price'""")
    with pytest.raises(CodebookError, match="cannot be merged: field 'price' of code 'Sale': currency 'XYZ'"):
        merge_projects(lead, [package])
    assert facts(lead) == before


def test_a_value_is_never_put_on_a_coding_the_target_has_recoded(lead: Path, tmp_path: Path) -> None:
    package = tmp_path / "mina.sqlite"
    make_package(lead, coder_for_package(lead, "mina"), package)
    coding = code_with(package, "mina", "Sale", "sold me for 25,000 yuan", price="25,000 yuan")
    merge_projects(lead, [package])
    with ProjectStore.open(lead) as store:  # the lead decides it was an age, not a sale
        age = CodeTree(store.codes()).find("Age").guid
        EditCoding(coding, code=age, confirm_loss=True).apply(store)
    assert facts(lead) == set()
    [report] = merge_projects(lead, [package])
    assert facts(lead) == set() and report.values_added == 0
    [conflict] = report.conflicts
    assert "'price' (25,000 CNY)" in conflict and "another code in the target" in conflict
