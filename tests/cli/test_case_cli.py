"""``annotator case``: add, link, unlink, list (the DESIGN.md ``--json`` shape, exactly), edit,
merge, remove. Bad input is one line on stderr, exit 1, and nothing stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore

TEXT = "Both of us were sold in Yanji. My sister was sold again. I ran away in 2014."


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith(("sqlite_", "audit_"))
    ]
    out = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    conn.close()
    return out


@pytest.fixture
def project(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANNOTATOR_CODER", "Mina")
    path = tmp_path / "p.sqlite"
    (tmp_path / "kim.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "lee.txt").write_text("A second interview.", encoding="utf-8")
    assert run("new", path, "--codebook", "empty").code == 0
    assert run("import", path, tmp_path / "kim.txt", tmp_path / "lee.txt").code == 0
    assert run("codebook", "add", path, "Acts/Sale").code == 0
    assert run("codebook", "add", path, "Acts/Escape").code == 0
    assert run("autocode", path, "--code", "Acts/Sale", "--pattern", "Both of us were sold").code == 0
    assert run("autocode", path, "--code", "Acts/Escape", "--pattern", "Both of us were sold").code == 0
    assert run("autocode", path, "--code", "Acts/Escape", "--pattern", "I ran away").code == 0
    return path


def test_add_link_and_list_json_has_the_documented_shape(run, project: Path) -> None:
    done = run(
        "case", "add", project, "Victim A", "--attribute", "gender=female",
        "--attribute", "year of birth=1994", "--type", "year of birth=number", "--memo", "older sister",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "Victim A" in done.out
    assert run("case", "add", project, "Broker Kim", "--role", "perpetrator").code == 0
    assert (
        run("case", "link", project, "victim a", "--document", "kim.txt", "--document", "lee.txt").code == 0
    )
    linked = run(
        "case", "link", project, "Victim A", "--passage", "kim.txt:0-20", "--passage", "kim.txt:57-67"
    )
    assert linked.code == 0, linked.err
    assert "3 coding(s) of 2 passage(s)" in linked.out  # Sale and Escape share 0–20
    assert (
        run("case", "link", project, "Broker Kim", "--passage", "kim.txt:0-20", "--code", "Acts/Sale").code
        == 0
    )
    listed = json.loads(run("case", "list", project, "--json").out)
    assert [list(item)[:5] for item in listed] == [["label", "guid", "role", "documents", "passages"]] * 2
    broker, victim = listed
    assert broker["label"] == "Broker Kim" and broker["role"] == "perpetrator"
    assert broker["documents"] == [] and broker["passages"] == 1
    assert victim["documents"] == ["kim.txt", "lee.txt"]
    assert victim["passages"] == 2
    assert victim["attributes"] == {"gender": "female", "year of birth": "1994"}
    with ProjectStore.open(project, readonly=True) as store:
        assert store.case(victim["guid"]).created_by == store.find_coder("Mina").guid
    text = run("case", "list", project).out
    assert "Victim A (victim): kim.txt, lee.txt; 2 passage(s)" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "{p}", "  "), "needs a label"),
        (("add", "{p}", "Victim A"), "already a case"),
        (("add", "{p}", "Victim B", "--attribute", "age=x", "--type", "age=number"), "is a number"),
        (("link", "{p}", "Victim Z", "--document", "kim.txt"), "no case labelled 'Victim Z'"),
        (("link", "{p}", "Victim A", "--document", "nope.txt"), "no document named 'nope.txt'"),
        (("link", "{p}", "Victim A", "--document", "kim.txt", "--passage", "kim.txt:1-5"), "spans exactly"),
        (("link", "{p}", "Victim A", "--passage", "kim.txt:five-9"), "DOCNAME:START-END"),
        (("unlink", "{p}", "Victim A", "--document", "lee.txt"), "not linked"),
        (("edit", "{p}", "Victim A", "--remove-attribute", "shoe size"), "no attribute"),
        (("merge", "{p}", "Victim A", "Victim A"), "into itself"),
        (("remove", "{p}", "Nobody"), "no case labelled"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_nothing_stored(run, project: Path, args, message: str) -> None:
    assert run("case", "add", project, "Victim A").code == 0
    before = _rows(project)
    done = run("case", *(a.format(p=project) for a in args))
    assert done.code == 1, done.out
    assert message in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert _rows(project) == before


def test_unlink_edit_merge_and_remove(run, project: Path) -> None:
    assert run("case", "add", project, "Victim A", "--attribute", "gender=female").code == 0
    assert run("case", "add", project, "Kim (2nd interview)", "--attribute", "gender=male").code == 0
    assert run("case", "link", project, "Kim (2nd interview)", "--document", "lee.txt").code == 0
    assert (
        run("case", "link", project, "Victim A", "--document", "kim.txt", "--passage", "kim.txt:57-67").code
        == 0
    )
    assert run("case", "unlink", project, "Victim A", "--passage", "kim.txt:57-67").code == 0
    refused = run("case", "merge", project, "Kim (2nd interview)", "Victim A")
    assert refused.code == 1 and "gender" in refused.err and "--keep-target" in refused.err
    done = run("case", "merge", project, "Kim (2nd interview)", "Victim A", "--keep-target")
    assert done.code == 0, done.err
    edited = run("case", "edit", project, "victim a", "--label", "Victim A (Kim)", "--role", "other")
    assert edited.code == 0, edited.err
    [item] = json.loads(run("case", "list", project, "--json").out)
    assert item["label"] == "Victim A (Kim)" and item["role"] == "other"
    assert item["documents"] == ["kim.txt", "lee.txt"] and item["passages"] == 0
    assert "'male'" in item["memo"]
    assert run("case", "remove", project, "Victim A (Kim)").code == 0
    assert json.loads(run("case", "list", project, "--json").out) == []


def test_timeline_json_and_text(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_CODER", "Mina")
    path = tmp_path / "t.sqlite"
    (tmp_path / "kim.txt").write_text(
        "We crossed in 2011. Sold in March 2012. Ran away 2014.", encoding="utf-8"
    )
    assert run("new", path).code == 0
    assert run("import", path, tmp_path / "kim.txt").code == 0
    for code, pattern, date in (
        ("Movement and locations/Border crossing", "We crossed in 2011", "2011"),
        ("Acts and recruitment/Sale or purchase of the person", "Sold in March 2012", "2012-03"),
        ("Exit, repatriation and aftermath/Escape", "Ran away 2014", "2014"),
    ):
        done = run("autocode", path, "--code", code, "--pattern", pattern, "--value", f"date={date}")
        assert done.code == 0, done.err
    assert run("case", "add", path, "Victim A", "--attribute", "year of birth=2013").code == 0
    assert run("case", "link", path, "Victim A", "--document", "kim.txt").code == 0
    data = json.loads(run("case", "timeline", path, "victim a", "--json").out)
    assert list(data) == ["case", "guid", "events", "flags", "figures"]
    assert [e["date"]["from"] for e in data["events"]] == ["2011", "2012-03", "2014"]
    assert [e["quote"] for e in data["events"]][1] == "Sold in March 2012"
    assert data["figures"] == {"months_to_first_sale": 8.5, "times_sold": 1, "months_in_exploitation": 27.5}
    assert [f["kind"] for f in data["flags"]] == ["contradiction", "contradiction", "gap"]
    text = run("case", "timeline", path, "Victim A", "--gap-months", "30")
    assert text.code == 0 and "3 dated event(s)" in text.out and "! gap" not in text.out
    assert "before the year of birth 2013" in text.out and "times sold: 1" in text.out
    missing = run("case", "timeline", path, "Victim Z")
    assert missing.code == 1 and "no case labelled 'Victim Z'" in missing.err
