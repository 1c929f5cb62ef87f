"""The command-line contract team leads script against (DESIGN.md "CLI contract")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from annotator.core import config
from annotator.core.codebook import CodeTree
from annotator.core.store import ProjectStore


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_new_info_and_codebook_list(run, tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    assert run("new", project).code == 0
    result = run("info", project, "--json")
    assert result.code == 0
    info = json.loads(result.out)
    assert {k: info[k] for k in ("documents", "coders", "codings")} == {
        "documents": 0,
        "coders": 0,
        "codings": 0,
    }
    assert info["codes"] >= 100
    listing = run("codebook", "list", project)
    assert "Means of control/Deception" in listing.out.splitlines()
    rows = json.loads(run("codebook", "list", project, "--json").out)
    assert len(rows) == info["codes"]
    assert set(rows[0]) == {"path", "name", "guid", "color"}


def test_new_with_empty_or_file_codebook(run, tmp_path: Path) -> None:
    assert run("new", tmp_path / "e.sqlite", "--codebook", "empty").code == 0
    assert json.loads(run("info", tmp_path / "e.sqlite", "--json").out)["codes"] == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("codes: [ {name: 'a/b'} ]")
    result = run("new", tmp_path / "x.sqlite", "--codebook", bad)
    assert result.code == 1 and "bad.yaml" in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "x.sqlite").exists()  # no half-made project left behind


def test_codebook_add_creates_parents_and_export_import_round_trip(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project, "--codebook", "empty")
    assert (
        run(
            "codebook",
            "add",
            project,
            "Actors/Broker/Chinese broker",
            "--color",
            "#aa3300",
            "--definition",
            "A broker based in China.",
        ).code
        == 0
    )
    assert run("codebook", "list", project).out.splitlines() == [
        "Actors",
        "Actors/Broker",
        "Actors/Broker/Chinese broker",
    ]
    again = run("codebook", "add", project, "Actors/Broker/Chinese broker")
    assert again.code == 1 and "already exists" in again.err
    out = tmp_path / "book.yaml"
    assert run("codebook", "export", project, out).code == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    leaf = data["codes"][0]["children"][0]["children"][0]
    assert leaf["color"] == "#aa3300" and leaf["short_definition"] == "A broker based in China."
    other = tmp_path / "q.sqlite"
    run("new", other, "--codebook", "empty")
    assert run("codebook", "import", other, out).code == 0
    assert run("codebook", "list", other).out == run("codebook", "list", project).out
    # importing twice adds nothing
    assert "0 codes added" in run("codebook", "import", other, out).out


def test_default_codebook_export_reproduces_the_shipped_file(run, tmp_path: Path) -> None:
    from annotator.core.resources import default_codebook_path

    project = tmp_path / "p.sqlite"
    run("new", project)
    out = tmp_path / "book.yaml"
    run("codebook", "export", project, out)
    assert out.read_text(encoding="utf-8") == default_codebook_path().read_text(encoding="utf-8")


def test_autocode_and_the_coder_rule(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project)
    with ProjectStore.open(project) as store:
        from annotator.core.importers import ImportedText
        from annotator.core.importers.importing import add_document

        add_document(
            store, ImportedText("The broker promised me work in a restaurant.", "txt", {}), name="a.txt"
        )
    args = ("autocode", project, "--code", "Means of control/Deception", "--pattern", "(?i)promised .* work")
    missing = run(*args)
    assert missing.code == 2 and "no coder" in missing.err
    assert run(*args, "--coder", "lee").code == 0
    monkeypatch.setenv("ANNOTATOR_CODER", "kim")
    assert run(*args).code == 0  # same passage, another coder
    monkeypatch.delenv("ANNOTATOR_CODER")
    config.remember_coder("park")
    assert run(*args).code == 0
    with ProjectStore.open(project) as store:
        names = {store.coder(c.coder).name for c in store.codings()}
        [coding] = {(c.start, c.end) for c in store.codings()}
        assert store.document_text(store.codings()[0].document)[slice(*coding)] == "promised me work"
    assert names == {"lee", "kim", "park"}
    bad = run("autocode", project, "--code", "No/Such", "--pattern", "x", "--coder", "lee")
    assert bad.code == 1 and bad.err.strip() == "annotator: no code 'No/Such' in the codebook"


@pytest.mark.parametrize(
    "content",
    [None, b"", b"just text", b"SQLite format 3\x00" + b"\x00" * 20],
)
def test_bad_project_files_give_one_line_and_exit_1(run, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "bad.sqlite"
    if content is not None:
        path.write_bytes(content)
    result = run("info", path)
    assert result.code == 1
    assert result.err.count("\n") == 1 and "bad.sqlite" in result.err and "Traceback" not in result.err
    if content is not None:
        assert path.read_bytes() == content


def test_usage_errors_exit_2(run, tmp_path: Path) -> None:
    assert run("frobnicate").code == 2
    assert run("info").code == 2
    assert run("autocode", tmp_path / "p.sqlite").code == 2


def test_help_lists_every_command(run) -> None:
    out = run("--help").out
    for command in ("new", "import", "info", "codebook", "autocode", "gui", "demo"):
        assert command in out


def test_agreement_command_on_the_demo_project(run, tmp_path: Path) -> None:
    from annotator.core.demo import build_demo

    demo = tmp_path / "demo.sqlite"
    build_demo(demo)
    result = run("agreement", demo, "--coders", "mina,jun", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["coders"] == ["mina", "jun"]
    assert {"code", "percent_agreement", "cohen_kappa", "krippendorff_alpha", "segment_agreement"} <= set(
        data["codes"][0]
    )
    assert 0 < data["overall"]["cohen_kappa"] < 1
    one = run("agreement", demo, "--coders", "mina,jun", "--code", "Means of control/Debt bondage", "--json")
    assert [c["code"] for c in json.loads(one.out)["codes"]] == ["Means of control/Debt bondage"]
    table = run("agreement", demo, "--coders", "mina,jun")
    assert "OVERALL" in table.out
    assert run("agreement", demo, "--coders", "mina").code == 2
    unknown = run("agreement", demo, "--coders", "mina,nobody")
    assert unknown.code == 1 and "nobody" in unknown.err


def test_export_command_formats_filters_and_text_dropping(run, tmp_path: Path) -> None:
    import csv

    from annotator.core.demo import build_demo
    from annotator.core.pseudonymise import Pseudonym, SetPseudonyms

    demo = tmp_path / "demo.sqlite"
    build_demo(demo)
    for suffix in ("csv", "xlsx", "json", "html"):
        result = run("export", demo, "-o", tmp_path / f"out.{suffix}")
        assert result.code == 0, result.err
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8-sig")))
    assert {r["coder"] for r in rows} == {"mina", "jun"}
    run("export", demo, "-o", tmp_path / "mina.csv", "--coder", "mina")
    assert {r["coder"] for r in csv.DictReader((tmp_path / "mina.csv").open(encoding="utf-8-sig"))} == {
        "mina"
    }
    with ProjectStore.open(demo) as store:
        SetPseudonyms([Pseudonym("broker", "[ACTOR]")]).apply(store)
    run("export", demo, "-o", tmp_path / "p.csv", "--pseudonymise")
    pseudo = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "[ACTOR]" in pseudo and " broker " not in pseudo
    run("export", demo, "-o", tmp_path / "none.csv", "--no-text")
    bare = list(csv.DictReader((tmp_path / "none.csv").open(encoding="utf-8-sig")))
    assert len(bare) == len(rows) and all(r["text"] == "" and r["start"] for r in bare)
    assert all(r["document"].startswith("Document ") for r in bare)
    unknown = run("export", demo, "-o", tmp_path / "x.unknown")
    assert unknown.code == 1 and "cannot tell the export format" in unknown.err
    with ProjectStore.open(demo, readonly=True) as store:  # exports never change the project
        assert store.counts()["codings"] == len(rows)


def test_coder_given_before_the_command_applies_to_it(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project)
    with ProjectStore.open(project) as store:
        from annotator.core.importers import ImportedText
        from annotator.core.importers.importing import add_document

        add_document(store, ImportedText("promised work", "txt", {}), name="a.txt")
    result = run(
        "--coder", "seo", "autocode", project, "--code", "Means of control/Deception", "--pattern", "work"
    )
    assert result.code == 0
    with ProjectStore.open(project) as store:
        assert [c.name for c in store.coders()] == ["seo"]
    assert config.coder_name() is None  # nothing leaks into the next command


def test_the_app_without_a_display_says_so_in_one_line(run, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux/X11/Wayland")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    result = run("gui")
    assert result.code == 1 and "no graphical display" in result.err and result.err.count("\n") == 1


def test_refi_qda_through_the_command_line(run, tmp_path: Path) -> None:
    """export --format qdpx/qdc, new --codebook x.qdc, import x.qdpx: the exchange a lead scripts."""
    from annotator.core.demo import build_demo

    demo = tmp_path / "demo.sqlite"
    build_demo(demo)
    assert run("export", demo, "-o", tmp_path / "demo.qdpx").code == 0
    assert run("export", demo, "-o", tmp_path / "book.qdc").code == 0
    fresh = tmp_path / "fresh.sqlite"
    assert run("new", fresh, "--codebook", tmp_path / "book.qdc").code == 0
    assert run("codebook", "list", fresh).out == run("codebook", "list", demo).out
    result = run("import", fresh, tmp_path / "demo.qdpx", "--coder", "lead")
    assert result.code == 0, result.err
    with ProjectStore.open(demo, readonly=True) as a, ProjectStore.open(fresh, readonly=True) as b:

        def spans(store: ProjectStore) -> set[tuple[str, str, str, int, int]]:
            tree = CodeTree(store.codes())
            return {
                (
                    store.document(c.document).name,
                    tree.path(c.code),
                    store.coder(c.coder).name,
                    c.start,
                    c.end,
                )
                for c in store.codings()
            }

        assert spans(a) == spans(b)
        assert {d.sha256 for d in a.documents()} == {d.sha256 for d in b.documents()}
