"""`annotator search` and `annotator autocode --mode`: the JSON shape, word forms, a missing analyzer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from annotator.core.language import analyzers
from annotator.core.store import ProjectStore

KOREAN = (
    "그녀는 중국으로 팔려 갔다. 저는 팔렸습니다. 브로커가 나를 팔아 넘겼다. 그들이 나를 팔았다. 팔을 다쳤다."
)


@pytest.fixture
def project(run, tmp_path: Path) -> Path:
    path = tmp_path / "study.sqlite"
    (tmp_path / "ko.txt").write_text(KOREAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text("She was sold at the border.\nSold again later.", encoding="utf-8")
    assert run("new", path).code == 0
    assert run("import", path, tmp_path / "ko.txt", tmp_path / "en.txt", "--coder", "kim").code == 0
    return path


def test_json_shape_of_a_word_search(run, project: Path) -> None:
    done = run("search", project, "팔다", "--mode", "word", "--json")
    assert done.code == 0, done.err
    hits = json.loads(done.out)
    assert [h["text"] for h in hits] == ["팔려", "팔렸습니다", "팔아", "팔았다"]
    assert set(hits[0]) == {"document", "guid", "start", "end", "text", "before", "after"}
    with ProjectStore.open(project) as store:
        doc = store.document_by_name("ko.txt")
        assert doc is not None
        text = store.document_text(doc.guid)
    for h in hits:
        assert h["document"] == "ko.txt" and h["guid"] == doc.guid
        assert text[h["start"] : h["end"]] == h["text"]
        assert text[: h["start"]].endswith(h["before"]) and text[h["end"] :].startswith(h["after"])


def test_text_modes_document_scope_and_limit(run, project: Path) -> None:
    assert len(json.loads(run("search", project, "sold", "--json").out)) == 2
    assert json.loads(run("search", project, "sold", "--document", "ko.txt", "--json").out) == []
    assert len(json.loads(run("search", project, "sold", "--limit", "1", "--json").out)) == 1
    assert len(json.loads(run("search", project, r"^Sold", "--mode", "regex", "--json").out)) == 0
    assert len(json.loads(run("search", project, r"(?m)^Sold", "--mode", "regex", "--json").out)) == 1
    plain = run("search", project, "sold", "--mode", "whole-word")
    assert plain.out.splitlines()[0] == "en.txt:8-12\tShe was [sold] at the border."
    assert "2 hits in 1 of 2 documents" in plain.err
    unknown = run("search", project, "sold", "--document", "nope.txt")
    assert unknown.code == 1 and unknown.err.startswith("annotator: ") and "nope.txt" in unknown.err


def test_autocode_word_mode_codes_every_form_once(run, project: Path) -> None:
    done = run(
        "autocode",
        project,
        "--code",
        "Means of control/Deception",
        "--pattern",
        "팔다",
        "--mode",
        "word",
        "--coder",
        "kim",
    )
    assert done.code == 0, done.err
    assert "Coded 4 passages in 1 documents" in done.out
    again = run(
        "autocode",
        project,
        "--code",
        "Means of control/Deception",
        "--pattern",
        "팔다",
        "--mode",
        "word",
        "--coder",
        "kim",
    )
    assert "Coded 0 passages" in again.out
    with ProjectStore.open(project) as store:
        spans = sorted((c.start, c.end) for c in store.codings())
        doc = store.document_by_name("ko.txt")
        assert doc is not None
        text = store.document_text(doc.guid)
    assert [text[s:e] for s, e in spans] == ["팔려", "팔렸습니다", "팔아", "팔았다"]
    # the default stays a regular expression
    regex = run(
        "autocode", project, "--code", "Means of control/Deception", "--pattern", "(?i)sold", "--coder", "kim"
    )
    assert "Coded 2 passages" in regex.out


def test_a_missing_korean_model_is_one_line_and_literal_search_works(
    run, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analyzers, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", None)
    done = run("search", project, "팔다", "--mode", "word")
    assert done.code == 1 and done.out == ""
    assert done.err.splitlines() == [
        "annotator: word search needs the Korean analyzer (kiwipiepy-model): "
        "import of kiwipiepy_model halted; None in sys.modules"
    ]
    assert run("search", project, "팔렸", "--json").code == 0
    assert len(json.loads(run("search", project, "팔렸", "--json").out)) == 1
