"""``annotator translation``: link (aligns), show (``--json`` shape), mirror, unlink; bad input is
one line on stderr, exit 1, and nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

KO = "저는 2013년에 중국으로 건너갔습니다. 중개인은 공장 일을 약속했어요.\n저는 농가에 팔렸습니다."
EN = (
    "I crossed into China in 2013. The broker promised me factory work.\n"
    "[Translator's note: 'sold' renders the Korean 팔렸다.]\n"
    "I was sold to a farming household."
)

NOTE = (EN.index("[Tr"), EN.index(".]") + 2)


@pytest.fixture
def project(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANNOTATOR_CODER", "Mina")
    path = tmp_path / "p.sqlite"
    (tmp_path / "ko.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    assert run("new", path, "--codebook", "empty").code == 0
    assert run("import", path, tmp_path / "ko.txt", tmp_path / "en.txt").code == 0
    assert run("codebook", "add", path, "Acts/Sale").code == 0
    assert run("autocode", path, "--code", "Acts/Sale", "--pattern", "팔렸").code == 0
    return path


def test_link_then_show_json_gives_every_pair_with_unaligned_parts_null_on_one_side(
    run, project: Path
) -> None:
    result = run("translation", "link", project, "ko.txt", "en.txt")
    assert result.code == 0 and "3 aligned passage(s), 1 unaligned part(s)" in result.out
    shown = run("translation", "show", project, "en.txt", "--json")
    assert shown.code == 0
    [link] = json.loads(shown.out)
    assert set(link) == {"original", "translation", "original_language", "translation_language", "pairs"}
    assert (link["original"], link["translation"]) == ("ko.txt", "en.txt")
    assert (link["original_language"], link["translation_language"]) == ("ko", "en")
    assert link["pairs"][0] == {
        "aligned": True,
        "manual": False,
        "original": {"start": 0, "end": 22, "text": "저는 2013년에 중국으로 건너갔습니다."},
        "translation": {"start": 0, "end": 29, "text": "I crossed into China in 2013."},
    }
    note = [p for p in link["pairs"] if not p["aligned"]]
    assert note == [
        {
            "aligned": False,
            "manual": False,
            "original": None,
            "translation": {"start": NOTE[0], "end": NOTE[1], "text": EN[NOTE[0] : NOTE[1]]},
        }
    ]
    for pair in link["pairs"]:  # offsets are code points into the stored texts
        for side, text in (("original", KO), ("translation", EN)):
            if pair[side]:
                assert text[pair[side]["start"] : pair[side]["end"]] == pair[side]["text"]
    assert json.loads(run("translation", "show", project, "ko.txt", "--json").out) == [link]


def test_mirror_codes_the_aligned_sentence_once(run, project: Path) -> None:
    assert run("translation", "link", project, "ko.txt", "en.txt").code == 0
    result = run("translation", "mirror", project, "ko.txt", "en.txt", "--code", "Acts/Sale")
    assert result.code == 0 and "Mirrored 1 coding(s)" in result.out
    again = run("translation", "mirror", project, "ko.txt", "en.txt", "--code", "Acts/Sale")
    assert again.code == 1 and "nothing to mirror" in again.err
    from annotator.core.store import ProjectStore

    with ProjectStore.open(project, readonly=True) as store:
        en = store.document_by_name("en.txt")
        quotes = [EN[c.start : c.end] for c in store.codings(document=en.guid)]
        assert quotes == ["팔렸", "I was sold to a farming household."]  # autocode's, then the mirrored one


def test_bad_input_is_one_line_and_stores_nothing(run, project: Path) -> None:
    result = run("translation", "link", project, "ko.txt", "nope.txt")
    assert result.code == 1 and result.err.count("\n") == 1 and "nope.txt" in result.err
    assert run("translation", "show", project, "ko.txt").code == 1
    assert run("translation", "link", project, "ko.txt", "en.txt").code == 0
    twice = run("translation", "link", project, "ko.txt", "en.txt")
    assert twice.code == 1 and "already linked" in twice.err
    assert run("translation", "unlink", project, "en.txt").code == 0
    assert run("translation", "show", project, "en.txt").code == 1
