"""Cases across merge and coder packages: matched by GUID, then by label; links follow their
documents and codings; a difference is reported, never silently lost; merging twice changes
nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_projects
from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import AddCase, ApplyCode, LinkCodings, LinkDocuments
from annotator.core.codebook import CodeTree
from annotator.core.errors import ProjectCorrupt
from annotator.core.store import ProjectStore

TEXT_A = "Both of us were sold in Yanji. My sister was sold again."
TEXT_B = "A second interview: I ran away in 2014."


@pytest.fixture
def lead(store: ProjectStore, add_text, add_code) -> Path:
    add_text(TEXT_A, "a.txt")
    add_text(TEXT_B, "b.txt")
    add_code("Sold")
    return store.path


def _code(store: ProjectStore, coder: str, doc_name: str, words: str) -> str:
    doc = store.document_by_name(doc_name)
    start = store.document_text(doc.guid).index(words)
    change = ApplyCode(
        document=doc.guid,
        start=start,
        end=start + len(words),
        code=CodeTree(store.codes()).find("Sold").guid,
        coder=store.ensure_coder(coder).guid,
    )
    change.apply(store)
    return change.coding.guid


def _case_view(path: Path) -> dict[str, dict[str, object]]:
    """label -> role, attributes, linked document names, linked passages' text and coder."""
    with ProjectStore.open(path, readonly=True) as store:
        out = {}
        for case in store.cases():
            passages = []
            for guid in store.case_codings(case.guid):
                c = store.coding(guid)
                passages.append((store.document_text(c.document)[c.start : c.end], store.coder(c.coder).name))
            out[case.label] = {
                "role": case.role,
                "attributes": store.case_attributes(case.guid),
                "documents": [store.document(d).name for d in store.case_documents(case.guid)],
                "passages": sorted(passages),
                "memo": case.memo,
            }
        return out


def test_two_coders_each_adding_the_same_label_merge_into_one_case(lead: Path, tmp_path: Path) -> None:
    packages = {}
    for coder in ("mina", "jun"):
        packages[coder] = tmp_path / f"{coder}.sqlite"
        make_package(lead, coder_for_package(lead, coder), packages[coder])
    with ProjectStore.open(packages["mina"]) as store:
        sold = _code(store, "mina", "a.txt", "My sister was sold again")
        add = AddCase("Victim B", attributes={"gender": "female"})
        add.apply(store)
        LinkCodings(add.case.guid, [sold]).apply(store)
        LinkDocuments(add.case.guid, [store.document_by_name("a.txt").guid]).apply(store)
    with ProjectStore.open(packages["jun"]) as store:
        sold = _code(store, "jun", "a.txt", "sister was sold again")
        add = AddCase("victim b", attributes={"Gender": "male", "citizenship": "DPRK"}, memo="younger sister")
        add.apply(store)
        LinkCodings(add.case.guid, [sold]).apply(store)
    [r1, r2] = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert (r1.cases_added, r2.cases_added) == (1, 0)
    assert r2.case_links_added == 1
    assert any("'Gender'" not in c and "'gender'" in c and "'male'" in c for c in r2.conflicts)
    assert any("labelled 'victim b'" in c for c in r2.conflicts)
    view = _case_view(lead)
    assert list(view) == ["Victim B"]
    victim = view["Victim B"]
    assert victim["attributes"] == {"citizenship": "DPRK", "gender": "female"}
    assert victim["documents"] == ["a.txt"]
    assert victim["passages"] == [("My sister was sold again", "mina"), ("sister was sold again", "jun")]
    assert "younger sister" in str(victim["memo"])
    again = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert sum(r.cases_added + r.case_links_added for r in again) == 0
    assert _case_view(lead) == view


def test_a_package_carries_the_cases_and_their_document_links_and_merges_back_by_guid(
    lead: Path, tmp_path: Path
) -> None:
    with ProjectStore.open(lead) as store:
        lead_sold = _code(store, "lead", "a.txt", "Both of us were sold")
        add = AddCase("Victim A", role="victim")
        add.apply(store)
        LinkDocuments(add.case.guid, [store.document_by_name("b.txt").guid]).apply(store)
        LinkCodings(add.case.guid, [lead_sold]).apply(store)
        guid = add.case.guid
    package = tmp_path / "mina.sqlite"
    make_package(lead, coder_for_package(lead, "mina"), package)
    with ProjectStore.open(package) as store:
        assert [c.guid for c in store.cases()] == [guid]
        assert store.case_codings(guid) == []  # the lead's coding does not travel
        assert [store.document(d).name for d in store.case_documents(guid)] == ["b.txt"]
        mine = _code(store, "mina", "b.txt", "I ran away in 2014")
        LinkCodings(guid, [mine]).apply(store)
    [report] = merge_projects(lead, [package])
    assert report.cases_added == 0 and report.case_links_added == 1 and report.conflicts == []
    assert _case_view(lead)["Victim A"]["passages"] == [
        ("Both of us were sold", "lead"),
        ("I ran away in 2014", "mina"),
    ]


def test_a_hostile_case_label_refuses_the_source(lead: Path, tmp_path: Path) -> None:
    package = tmp_path / "mina.sqlite"
    make_package(lead, coder_for_package(lead, "mina"), package)
    conn = sqlite3.connect(package)
    conn.execute("INSERT INTO cases (guid, label) VALUES ('c', 'Victim \u202eA')")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectCorrupt, match="case"):
        merge_projects(lead, [package])
    assert _case_view(lead) == {}
