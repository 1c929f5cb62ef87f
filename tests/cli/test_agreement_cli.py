"""``annotator agreement`` at its edges: usage errors, labels, undefined rows, the sub-corpus choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.changes import AddCode, ApplyCode
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.text import sha256_text


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Three coders on two documents: ann and bob code "A" in one.txt, cat codes "B" there and in
    two.txt (which ann and bob never coded); "Unused" is in the codebook, applied by nobody."""
    path = tmp_path / "p.sqlite"
    store = create_project(path, codebook="empty")
    texts = {
        "one.txt": "The quick brown fox jumps over the lazy dog.",
        "two.txt": "Another text, coded by cat.",
    }
    docs = {}
    for name, text in texts.items():
        doc = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
        with store.atomic():
            store.insert_document(doc, text)
        docs[name] = doc.guid
    codes = {}
    for name in ("A", "B", "Unused"):
        change = AddCode(name)
        change.apply(store)
        codes[name] = change.code.guid
    people = {name: store.ensure_coder(name).guid for name in ("ann", "bob", "cat")}
    for coder, doc, code, start, end in (
        ("ann", "one.txt", "A", 4, 15),
        ("bob", "one.txt", "A", 4, 9),
        ("cat", "one.txt", "B", 35, 39),
        ("cat", "two.txt", "B", 0, 7),
    ):
        ApplyCode(document=docs[doc], start=start, end=end, code=codes[code], coder=people[coder]).apply(
            store
        )
    store.close()
    return path


def test_threshold_zero_and_a_coder_twice_are_usage_errors(run, project: Path) -> None:
    for args in (
        ("--coders", "ann,bob", "--threshold", "0"),
        ("--coders", "ann,ann"),
        ("--coders", "ann,ANN"),
        ("--coders", "ann"),
    ):
        result = run("agreement", project, *args)
        assert result.code == 2, (args, result.err)
        assert "Traceback" not in result.err
    assert run("agreement", project, "--coders", "ann,bob", "--threshold", "1").code == 0


def test_the_text_report_names_the_kappa_it_shows(run, project: Path) -> None:
    two = run("agreement", project, "--coders", "ann,bob")
    assert two.code == 0, two.err
    assert "Cohen's κ" in two.out and "Fleiss" not in two.out
    three = run("agreement", project, "--coders", "ann,bob,cat")
    assert three.code == 0, three.err
    header = next(line for line in three.out.splitlines() if line.startswith("code"))
    assert "Fleiss' κ" in header and "Cohen" not in header


def test_an_unused_code_is_null_and_leaves_overall_alone(run, project: Path) -> None:
    base = json.loads(run("agreement", project, "--coders", "ann,bob", "--code", "A", "--json").out)
    listed = run("agreement", project, "--coders", "ann,bob", "--code", "A", "--code", "Unused", "--json")
    data = json.loads(listed.out)
    assert data["overall"] == base["overall"]
    unused = data["codes"][1]
    assert unused["code"] == "Unused"
    assert all(unused[k] is None for k in ("percent_agreement", "cohen_kappa", "segment_agreement"))
    table = run("agreement", project, "--coders", "ann,bob", "--code", "A", "--code", "Unused").out
    row = next(line for line in table.splitlines() if line.startswith("Unused"))
    assert "1.000" not in row and "n/a" in row


def test_three_coder_pairs_where_neither_used_the_code_are_null(run, project: Path) -> None:
    data = json.loads(run("agreement", project, "--coders", "ann,bob,cat", "--json").out)
    b = next(c for c in data["codes"] if c["code"] == "B")
    ann_bob = next(p for p in b["pairs"] if p["coders"] == ["ann", "bob"])
    assert ann_bob["percent_agreement"] is None and ann_bob["cohen_kappa"] is None
    assert any("(ann, bob)" in n for n in data["notes"])


def test_subcorpus_coded_by_all(run, project: Path) -> None:
    default = json.loads(run("agreement", project, "--coders", "ann,cat", "--json").out)
    assert default["documents"] == 2 and default["subcorpus"] == "coded-by-any"
    every = run("agreement", project, "--coders", "ann,cat", "--subcorpus", "coded-by-all", "--json")
    assert every.code == 0, every.err
    data = json.loads(every.out)
    assert data["documents"] == 1 and data["subcorpus"] == "coded-by-all"
    assert [d["document"] for d in data["documents_detail"]] == ["one.txt"]
    both = run(
        "agreement", project, "--coders", "ann,cat", "--subcorpus", "coded-by-all", "--document", "one.txt"
    )
    assert both.code == 2
    assert run("agreement", project, "--coders", "ann,cat", "--subcorpus", "some").code == 2
