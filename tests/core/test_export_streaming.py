"""Exports read document texts one at a time: what that must not change.

Texts once sat in one dict for the whole export; now each is read from the store
(and pseudonymised again) when a writer reaches its document. These tests pin
what a reader of the file sees when names are cut by codings' edges, when a
document's codings follow another's, and when a writer comes back to a text it
left: exactly the passages the whole pseudonymised texts give.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from annotator.core.changes import ApplyCode
from annotator.core.exporters import ExportRequest, export, run_export
from annotator.core.model import Document
from annotator.core.project_data import StoredDocuments, read_project_data
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms, make_pseudonymiser
from annotator.core.store import ProjectStore
from tests.core.export_readers import qdpx_selections, read_csv, unneutralise

ENTRIES = [Pseudonym("Kim Ok-sun", "Participant 3"), Pseudonym("김옥순", "[P3]")]
TEXT_A = "Kim Ok-sun said the broker took her passport. Later Kim Ok-sun left."
TEXT_B = "김옥순은 식당에서 일했다. 그 뒤 김옥순은 떠났다. Kim Ok-sun never came back."


@pytest.fixture
def two(store: ProjectStore, add_text, add_code) -> tuple[ProjectStore, dict[str, Document]]:
    docs = {"a": add_text(TEXT_A, "a.txt"), "b": add_text(TEXT_B, "b.txt")}
    code = add_code("Control")
    mina = store.ensure_coder("mina").guid

    def code_span(doc: str, start: int, end: int) -> None:
        ApplyCode(document=docs[doc].guid, start=start, end=end, code=code, coder=mina).apply(store)

    code_span("a", 4, 20)  # starts inside "Kim Ok-sun": grows to the whole replacement
    code_span("a", 0, 3)  # "Kim", part of a name
    code_span("a", 52, len(TEXT_A))  # the second name, to the end
    code_span("b", 1, 5)  # inside "김옥순", into the particle
    code_span("b", 17, len(TEXT_B))  # the second Hangul name and the Latin one
    SetPseudonyms(ENTRIES).apply(store)
    return store, docs


def _rewritten(text: str) -> str:
    return make_pseudonymiser(ENTRIES).rewrite(text).text


def test_pseudonymised_passages_are_cut_from_whole_rewritten_texts(two, tmp_path: Path) -> None:
    store, docs = two
    pseudonymiser = make_pseudonymiser(ENTRIES)
    rewrites = {d.guid: pseudonymiser.rewrite(store.document_text(d.guid)) for d in docs.values()}
    by_name = {"a.txt": docs["a"].guid, "b.txt": docs["b"].guid}
    export(store, "csv", tmp_path / "p.csv", pseudonymise=True)
    rows = read_csv(tmp_path / "p.csv")
    assert [r["document"] for r in rows] == ["a.txt"] * 3 + ["b.txt"] * 2  # reading order kept
    for row in rows:
        rewrite = rewrites[by_name[row["document"]]]
        start, end = int(row["start"]), int(row["end"])  # the project's own positions
        new_start, new_end = rewrite.span(start, end)
        assert unneutralise(row["text"]) == rewrite.text[new_start:new_end]
        assert "Kim" not in row["text"] and "김옥순" not in row["text"] and "Ok-sun" not in row["text"]
    export(store, "json", tmp_path / "p.json", pseudonymise=True)
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    texts = {d["guid"]: d["text"] for d in data["documents"]}
    assert texts == {guid: rewrite.text for guid, rewrite in rewrites.items()}
    for c in data["codings"]:
        assert c["text"] == texts[c["document"]][c["text_start"] : c["text_end"]]
    assert [d["length"] for d in data["documents"]] == [len(texts[d["guid"]]) for d in data["documents"]]


def test_pseudonymised_qdpx_sources_and_selections_agree(two, tmp_path: Path) -> None:
    store, docs = two
    out = tmp_path / "p.qdpx"
    export(store, "qdpx", out, pseudonymise=True)
    with zipfile.ZipFile(out) as zf:
        sources = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")}
    assert sorted(sources.values()) == sorted([_rewritten(TEXT_A), _rewritten(TEXT_B)])
    selections = qdpx_selections(out)
    assert len(selections) == 5
    for s in selections:
        assert s["slice"] == s["name"]  # short passages: the name is the whole passage
        assert "Kim" not in s["slice"] and "김옥순" not in s["slice"]


def test_a_writer_coming_back_to_a_text_gets_the_same_text(two, tmp_path: Path) -> None:
    """html quotes go by code, not by document: texts are asked for out of reading order."""
    store, _ = two
    out = tmp_path / "p.html"
    export(store, "html", out, pseudonymise=True, quotes=5)
    shown = out.read_text(encoding="utf-8")
    assert "Participant 3" in shown and "[P3]" in shown
    assert "Kim Ok-sun" not in shown and "김옥순" not in shown


def test_texts_stay_in_the_store_until_asked_for(
    two, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An export reads each text when its document is written, never all of them up front."""
    store, docs = two
    data = read_project_data(store)
    assert isinstance(data.documents, StoredDocuments)
    reads: list[str] = []
    original = store.document_text

    def counted(guid: str) -> str:
        reads.append(guid)
        return original(guid)

    monkeypatch.setattr(store, "document_text", counted)
    data = read_project_data(store)
    assert reads == []  # reading the project reads no text
    assert [t for _, t in data.documents] == [TEXT_A, TEXT_B]
    reads.clear()
    export(store, "csv", tmp_path / "plain.csv")
    assert reads == [docs["a"].guid, docs["b"].guid]  # once each, in reading order
    reads.clear()
    export(store, "csv", tmp_path / "p.csv", pseudonymise=True)
    # once to carry the codings' spans into the rewritten text, once to write the passages
    assert reads == [docs["a"].guid, docs["b"].guid] * 2


def test_an_export_writes_the_project_as_it_was_when_it_began(two, tmp_path: Path) -> None:
    """Texts are read while the file is written: another connection's change meanwhile
    (here b.txt's text removed) must not reach the export, nor break it."""
    store, docs = two
    changed: list[bool] = []

    def progress(_done: int, _total: int, _what: str) -> None:
        if not changed:
            other = sqlite3.connect(store.path)
            other.execute("DELETE FROM document_texts WHERE document = ?", (docs["b"].guid,))
            other.commit()
            other.close()
            changed.append(True)

    result = run_export(store, ExportRequest("csv", tmp_path / "p.csv"), progress=progress)
    assert changed and result.codings == 5
    rows = read_csv(tmp_path / "p.csv")
    assert [unneutralise(r["text"]) for r in rows if r["document"] == "b.txt"] == [
        TEXT_B[1:5],
        TEXT_B[17:],
    ]
    assert not store.conn.in_transaction  # the snapshot ends with the export
