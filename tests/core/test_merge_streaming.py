"""Merges and coder packages move texts one at a time: what that must not change.

A merge source is now hashed text by text when it is opened and stays open, read-only,
until merged; a text is read again only to be added, and must still be the text that was
hashed. A package takes its texts from the open source into a memdb project, and is
built again in the ordinary in-memory kind when that fills.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.analysis import package as package_module
from annotator.core.analysis.merge import merge_into, merge_projects, open_source, read_source
from annotator.core.analysis.package import coder_for_package, make_package
from annotator.core.changes import ApplyCode
from annotator.core.codebook import CodeTree
from annotator.core.errors import DiskFull, ProjectCorrupt
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project_data import StoredDocuments
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text

TEXT_A = "The broker promised restaurant work. We crossed the river at night."
TEXT_B = "그는 식당 일이라고 말했다. 𠀀 마을에서 팔려 갔다."
TEXT_NEW = "A third interview, only in the coder's project. 김옥순은 떠났다."


@pytest.fixture
def lead(store: ProjectStore, add_text, add_code) -> Path:
    add_text(TEXT_A, "a.txt")
    add_text(TEXT_B, "b.txt")
    add_code("Sold")
    return store.path


def _texts(path: Path) -> dict[str, str]:
    with ProjectStore.open(path, readonly=True) as store:
        return {d.name: store.document_text(d.guid) for d in store.documents()}


def _add(path: Path, name: str, text: str) -> None:
    with ProjectStore.open(path) as store, store.atomic():
        doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
        store.insert_document(doc, text)


def _coded_package(lead: Path, tmp_path: Path) -> Path:
    """Jun's package with a document the lead does not have, coded."""
    other = tmp_path / "jun.sqlite"
    make_package(lead, coder_for_package(lead, "jun"), other)
    _add(other, "c.txt", TEXT_NEW)
    with ProjectStore.open(other) as store:
        doc = next(d for d in store.documents() if d.sha256 == sha256_text(TEXT_NEW))
        ApplyCode(
            document=doc.guid,
            start=TEXT_NEW.index("김옥순"),
            end=TEXT_NEW.index("김옥순") + 3,
            code=CodeTree(store.codes()).find("Sold").guid,
            coder=store.ensure_coder("jun").guid,
        ).apply(store)
    return other


def test_added_documents_carry_their_exact_text_and_codings(lead: Path, tmp_path: Path) -> None:
    other = _coded_package(lead, tmp_path)
    [report] = merge_projects(lead, [other])
    assert (report.documents_added, report.documents_matched, report.codings_added) == (1, 2, 1)
    assert _texts(lead) == {"a.txt": TEXT_A, "b.txt": TEXT_B, "c.txt": TEXT_NEW}
    with ProjectStore.open(lead, readonly=True) as store:
        [coding] = store.codings()
        assert store.document_text(coding.document)[coding.start : coding.end] == "김옥순"
        assert all(d.sha256 == sha256_text(store.document_text(d.guid)) for d in store.documents())


def test_a_source_is_hashed_when_opened_and_read_again_only_to_add(
    lead: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _coded_package(lead, tmp_path)
    reads: list[str] = []
    original = ProjectStore.document_text

    def counted(self: ProjectStore, guid: str) -> str:
        reads.append(self.path.name)
        return original(self, guid)

    monkeypatch.setattr(ProjectStore, "document_text", counted)
    with open_source(other) as data:
        assert isinstance(data.documents, StoredDocuments) and data.documents.checked
        assert reads == ["jun.sqlite"] * 3  # each text once, to hash it
        reads.clear()
        with ProjectStore.open(lead) as target:
            merge_into(target, data)
        assert reads == ["jun.sqlite"]  # only the one added; matched ones are not read again


def test_a_text_changed_after_it_was_hashed_is_refused_and_the_target_unchanged(
    lead: Path, tmp_path: Path
) -> None:
    other = _coded_package(lead, tmp_path)
    before = _texts(lead)
    with open_source(other) as data:
        conn = sqlite3.connect(other)  # another program rewrites the text meanwhile
        conn.execute("UPDATE document_texts SET text = 'changed' WHERE text = ?", (TEXT_NEW,))
        conn.commit()
        conn.close()
        with ProjectStore.open(lead) as target, pytest.raises(ProjectCorrupt, match="changed while"):
            merge_into(target, data)
    assert _texts(lead) == before


def test_read_source_still_gives_every_text_with_the_file_closed(lead: Path, tmp_path: Path) -> None:
    other = _coded_package(lead, tmp_path)
    data = read_source(other)
    assert isinstance(data.documents, list)
    assert sorted(t for _, t in data.documents) == sorted([TEXT_A, TEXT_B, TEXT_NEW])


def test_a_package_too_big_for_memdb_is_built_again_in_memory(
    lead: Path, store: ProjectStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds: list[bool] = []
    original = package_module.create_in_memory

    def first_fills(name: str, **options: object):  # noqa: ANN202
        kinds.append(bool(options.get("contiguous")))
        store = original(name, **options)  # type: ignore[arg-type]
        if options.get("contiguous"):
            pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
            store.conn.execute(f"PRAGMA max_page_count = {pages}")  # full, as memdb past 1 GiB
        return store

    monkeypatch.setattr(package_module, "create_in_memory", first_fills)
    long_text = "Respondent: we worked every day. " * 2000  # needs pages the empty project lacks
    doc = Document(new_guid(), "long.txt", sha256_text(long_text), len(long_text), imported_at=utc_now())
    with store.atomic():
        store.insert_document(doc, long_text)
    out = tmp_path / "mina.sqlite"
    with pytest.raises(DiskFull):  # what the first, contiguous, build meets
        package_module._built("x", _data(lead), "lead", contiguous=True)
    kinds.clear()
    make_package(lead, coder_for_package(lead, "mina"), out)
    assert kinds == [True, False]
    assert _texts(out) == {"a.txt": TEXT_A, "b.txt": TEXT_B, "long.txt": long_text}


def _data(lead: Path):  # noqa: ANN202
    from annotator.core.project_data import read_project_data

    store = ProjectStore.open(lead, readonly=True)
    data = read_project_data(store)
    data.documents = list(data.documents)
    store.close()
    return data
