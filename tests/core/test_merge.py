"""Merging coders' projects: exactly the union, idempotent, never shifting a coding."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.analysis.merge import merge_into, merge_projects
from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import AddCode, ApplyCode, EditCode, SetAttribute, SetMemo
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError
from annotator.core.project_data import read_project_data
from annotator.core.store import ProjectStore

TEXT_A = "The broker promised restaurant work. We crossed the river at night."
TEXT_B = "그는 식당 일이라고 말했다. 𠀀 마을에서 팔려 갔다."


@pytest.fixture
def lead(tmp_path: Path, store: ProjectStore, add_text, add_code) -> Path:
    """A lead's project: two documents, a small codebook, one attribute; then closed."""
    add_text(TEXT_A, "a.txt")
    doc_b = add_text(TEXT_B, "b.txt")
    group = add_code("Means of control")
    add_code("Deception", parent=group)
    add_code("Sold")
    SetAttribute(document=doc_b.guid, name="age", value="17", type="number").apply(store)
    return store.path


def _code(store: ProjectStore, path: str, coder: str, doc_name: str, words: str) -> None:
    doc = store.document_by_name(doc_name)
    start = store.document_text(doc.guid).index(words)
    code = CodeTree(store.codes()).find(path)
    ApplyCode(
        document=doc.guid,
        start=start,
        end=start + len(words),
        code=code.guid,
        coder=store.ensure_coder(coder).guid,
    ).apply(store)


def _codings(path: Path) -> set[tuple[str, str, str, str]]:
    """(document name, code path, coder name, coded text) for every coding."""
    with ProjectStore.open(path, readonly=True) as store:
        tree = CodeTree(store.codes())
        return {
            (
                store.document(c.document).name,
                tree.path(c.code),
                store.coder(c.coder).name,
                store.document_text(c.document)[c.start : c.end],
            )
            for c in store.codings()
        }


def test_blind_double_coding_cycle_merges_to_exactly_the_union(lead: Path, tmp_path: Path) -> None:
    with ProjectStore.open(lead) as store:
        _code(store, "Sold", "lead", "b.txt", "팔려 갔다")
    packages = {}
    for coder in ("mina", "jun"):
        packages[coder] = tmp_path / f"{coder}.sqlite"
        make_package(lead, coder_for_package(lead, coder), packages[coder])
        assert _codings(packages[coder]) == set()  # no one else's codings travel
        with ProjectStore.open(packages[coder], readonly=True) as pkg:
            assert [a["action"] for a in pkg.audit_entries()].count("apply code") == 0
    with ProjectStore.open(packages["mina"]) as store:
        _code(store, "Means of control/Deception", "mina", "a.txt", "promised restaurant work")
        _code(store, "Sold", "mina", "b.txt", "𠀀 마을에서 팔려 갔다")
    with ProjectStore.open(packages["jun"]) as store:
        _code(store, "Means of control/Deception", "jun", "a.txt", "The broker promised restaurant work.")
    expected = _codings(lead) | _codings(packages["mina"]) | _codings(packages["jun"])
    [r1, r2] = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert _codings(lead) == expected
    assert r1.codings_added == 2 and r2.codings_added == 1 and Path(r1.backup).exists()
    again = merge_projects(lead, [packages["mina"], packages["jun"]])
    assert _codings(lead) == expected
    assert sum(r.codings_added + r.documents_added + r.codes_added for r in again) == 0
    with ProjectStore.open(lead, readonly=True) as store:
        assert store.counts()["documents"] == 2


def test_different_text_under_the_same_name_becomes_a_separate_document(lead: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), other)
    with ProjectStore.open(other) as store:
        # jun's copy of a.txt has different text (e.g. a re-transcription): a shifted copy.
        store.conn.execute("PRAGMA foreign_keys = OFF")
        doc = store.document_by_name("a.txt")
        new_text = "Interviewer note. " + TEXT_A
        from annotator.core.text import sha256_text

        store.conn.execute(
            "UPDATE documents SET sha256 = ?, length = ? WHERE guid = ?",
            (sha256_text(new_text), len(new_text), doc.guid),
        )
        store.conn.execute("UPDATE document_texts SET text = ? WHERE document = ?", (new_text, doc.guid))
        _code(store, "Sold", "jun", "a.txt", "crossed the river")
    [report] = merge_projects(lead, [other])
    assert report.separate_documents and "a.txt" in report.separate_documents[0]
    assert ("a (2).txt", "Sold", "jun", "crossed the river") in _codings(lead)
    assert not any(name == "a.txt" and coder == "jun" for name, _, coder, _ in _codings(lead))


def test_conflicts_are_reported_and_the_target_kept(lead: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), other)
    with ProjectStore.open(other) as store:
        code = CodeTree(store.codes()).find("Sold")
        EditCode(code.guid, name="Sold or bought", color="#123456").apply(store)
        doc = store.document_by_name("b.txt")
        SetAttribute(document=doc.guid, name="age", value="16").apply(store)
        SetMemo("document", doc.guid, "jun: second interview").apply(store)
    [report] = merge_projects(lead, [other])
    text = "\n".join(report.conflicts)
    assert "named 'Sold or bought'" in text and "#123456" in text and "'age'" in text
    with ProjectStore.open(lead, readonly=True) as store:
        assert CodeTree(store.codes()).find("Sold").color != "#123456"
        assert "jun: second interview" in store.memo("document", store.document_by_name("b.txt").guid).text


def test_a_failure_mid_merge_leaves_the_target_unchanged(lead: Path, tmp_path: Path, monkeypatch) -> None:
    other = tmp_path / "other.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), other)
    with ProjectStore.open(other) as store:
        _code(store, "Sold", "jun", "b.txt", "팔려 갔다")
        store.conn.execute("PRAGMA foreign_keys = OFF")
    before = _codings(lead)
    with ProjectStore.open(lead) as store, ProjectStore.open(other, readonly=True) as src:
        data = read_project_data(src)
        original = store.insert_codings

        def explode(codings):
            original(codings)
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store, "insert_codings", explode)
        with pytest.raises(AnnotatorError, match="disk"):  # SQLite's error, in words
            merge_into(store, data)
    assert _codings(lead) == before


def test_new_codes_from_a_coder_are_added_under_their_parent(lead: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), other)
    with ProjectStore.open(other) as store:
        group = CodeTree(store.codes()).find("Means of control")
        AddCode("Debt", parent=group.guid).apply(store)
        _code(store, "Means of control/Debt", "jun", "a.txt", "crossed")
    merge_projects(lead, [other])
    assert ("a.txt", "Means of control/Debt", "jun", "crossed") in _codings(lead)


def test_package_can_sample_documents(lead: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.sqlite"
    counts = make_package(lead, coder_for_package(lead, "mina"), out, sample=1, seed=3)
    assert counts["documents"] == 1
    with ProjectStore.open(out, readonly=True) as store:
        assert store.counts()["codes"] == 3 and [c.name for c in store.coders()] == ["mina"]
