"""One export path (issue 15, item 2) and complete pseudonymisation (issue 9, item 7).

Every format runs through :func:`run_export` with every filter, and each output is
parsed back (csv, openpyxl, json, lxml, zip + XML) to check that all formats hold
the same documents and codings. A project whose texts, memos, code names, document
names, attribute values, coder names and project name carry real names (Latin and
Hangul, NFC and NFD, doubled spaces, line breaks) is exported in every format with
``pseudonymise`` and with ``no_text``; no form of any name may remain in the bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from annotator.core.changes import AddCode, ApplyCode, SetAttribute, SetMemo
from annotator.core.changes.values import AddField, SetValues
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError, UsageError
from annotator.core.exporters import FORMATS, ExportRequest, run_export
from annotator.core.model import Coding, Document, new_guid, utc_now
from annotator.core.project import CODEBOOK_META, create_project
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text
from annotator.core.values import parse_value
from tests.core.export_readers import (
    SUFFIX,
    case_codings,
    codings_of,
    documents_of,
    html_frequencies,
    html_total,
    matrix_counts,
    qdpx_selections,
    read_csv,
    sheet_rows,
    unneutralise,
    visible_text,
)

CHECK_QDPX = Path("/work/shared/tools/check_qdpx.py")
ALL = tuple(FORMATS)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def check_qdpx(path: Path) -> None:
    """The independent REFI-QDA checker, strict (warnings are problems)."""
    if not CHECK_QDPX.exists():
        pytest.skip("the shared REFI-QDA checker is not on this machine")
    done = subprocess.run(
        [sys.executable, str(CHECK_QDPX), str(path), "--strict"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- the demo project: every format x every filter ------------------------------------------------------


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from annotator.core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    return path


FILTERS: list[dict] = [
    {},
    {"coders": ("mina",)},
    {"codes": ("Acts and recruitment",), "include_subcodes": True},  # the group that lost every coding
    {"codes": ("Means of control/Debt bondage",)},
    {"documents": ("08-ko-sold-as-wife.docx", "01-en-broker-job-offer.txt")},
    {
        "coders": ("jun",),
        "codes": ("Means of control",),
        "include_subcodes": True,
        "documents": ("02-en-sold-as-wife.txt", "08-ko-sold-as-wife.docx", "03-en-karaoke-bar.md"),
    },
]


def expected(store: ProjectStore, **filters: object) -> tuple[Counter, set[str]]:
    """The filtered codings and documents, computed from the store without the exporters."""
    tree = CodeTree(store.codes())
    coders = {c.guid: c.name for c in store.coders()}
    docs = {d.guid: d.name for d in store.documents()}
    wanted_docs = set(filters.get("documents") or docs.values())  # type: ignore[arg-type]
    wanted_codes = filters.get("codes") or ()
    subcodes = bool(filters.get("include_subcodes"))
    out: Counter = Counter()
    for c in store.codings():
        path = tree.path(c.code)
        if filters.get("coders") and coders[c.coder] not in filters["coders"]:  # type: ignore[operator]
            continue
        if wanted_codes and not any(
            path == p or (subcodes and path.startswith(p + "/"))
            for p in wanted_codes  # type: ignore[union-attr]
        ):
            continue
        if docs[c.document] in wanted_docs:
            out[(docs[c.document], path, coders[c.coder], c.start, c.end)] += 1
    return out, wanted_docs


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_every_format_holds_the_same_filtered_documents_and_codings(
    demo: Path, tmp_path: Path, filters: dict
) -> None:
    with ProjectStore.open(demo, readonly=True) as store:
        codings, documents = expected(store, **filters)
        names = {d.guid: d.name for d in store.documents()}
        assert codings, "every filter must select something, or the comparison proves nothing"
        results = {}
        for fmt in ALL:
            out = tmp_path / f"out-{fmt}{SUFFIX[fmt]}"
            if fmt == "qdc" and filters:
                with pytest.raises(UsageError, match="codebook"):
                    run_export(store, ExportRequest(fmt, out, **filters))
                assert not out.exists()
                continue
            results[fmt] = run_export(store, ExportRequest(fmt, out, **filters))
        n_codes = len(store.codes())
    paths = {fmt: tmp_path / f"out-{fmt}{SUFFIX[fmt]}" for fmt in results}
    for fmt in ("csv", "xlsx", "json", "qdpx"):
        assert codings_of(fmt, paths[fmt]) == codings, fmt
    for fmt in ("xlsx", "json", "qdpx", "matrix", "cases"):
        assert documents_of(fmt, paths[fmt], names) == documents, fmt
    by_code_coder: Counter = Counter()
    by_doc_code: Counter = Counter()
    by_doc: Counter = Counter()
    for (doc, path, coder, _, _), n in codings.items():
        by_code_coder[(path, coder)] += n
        by_doc_code[(doc, path)] += n
        by_doc[doc] += n
    assert html_frequencies(paths["html"]) == by_code_coder
    assert html_total(paths["html"]) == sum(codings.values())
    assert matrix_counts(paths["matrix"]) == by_doc_code
    assert case_codings(paths["cases"], names) == by_doc
    check_qdpx(paths["qdpx"])
    # The result counts what was written, with the right noun.
    total = sum(codings.values())
    for fmt in ("csv", "xlsx", "json", "html", "qdpx"):
        assert (results[fmt].codings, results[fmt].rows, results[fmt].noun) == (total, total, "codings"), fmt
        assert results[fmt].documents == len(documents)
    for fmt in ("matrix", "cases"):
        assert (results[fmt].rows, results[fmt].noun) == (len(documents), "documents")
        assert results[fmt].codings == total
    if "qdc" in results:
        assert (results["qdc"].rows, results["qdc"].noun) == (n_codes, "codes")


def test_a_filter_naming_nothing_fails_in_one_line_naming_the_project(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with ProjectStore.open(demo, readonly=True) as store:
        for filters, word in (
            ({"coders": ("nobody",)}, "nobody"),
            ({"codes": ("No such/code",)}, "No such/code"),
            ({"documents": ("missing.txt",)}, "missing.txt"),
        ):
            for fmt in ("csv", "qdpx"):
                with pytest.raises(AnnotatorError) as caught:
                    run_export(store, ExportRequest(fmt, out, **filters))
                message = str(caught.value)
                assert word in message and str(demo) in message and "\n" not in message
                assert not out.exists()
        with pytest.raises(UsageError, match="nothing"):
            run_export(store, ExportRequest("csv", out, coders=()))


def test_the_output_is_checked_before_anything_is_written(demo: Path, tmp_path: Path) -> None:
    with ProjectStore.open(demo, readonly=True) as store:
        before = demo.read_bytes()
        for target in (demo, Path(f"{demo}-wal"), tmp_path / "sub" / ".." / "demo.sqlite"):
            with pytest.raises(AnnotatorError, match="project"):
                run_export(store, ExportRequest("csv", target, force=True))
        assert demo.read_bytes() == before
        existing = tmp_path / "old.csv"
        existing.write_text("keep me")
        with pytest.raises(AnnotatorError, match="--force"):
            run_export(store, ExportRequest("csv", existing))
        assert existing.read_text() == "keep me"
        run_export(store, ExportRequest("csv", existing, force=True))
        assert read_csv(existing) and os.stat(existing).st_mode & 0o777 == 0o600


def test_format_and_option_combinations_that_would_mislead_are_refused(demo: Path, tmp_path: Path) -> None:
    with ProjectStore.open(demo, readonly=True) as store:
        for request, words in (
            (ExportRequest("qdpx", tmp_path / "a.qdpx", no_text=True), "REFI-QDA"),
            (ExportRequest("csv", tmp_path / "a.csv", pseudonymise=True), "pseudonym list"),
            (ExportRequest("sav", tmp_path / "a.sav"), "unknown export format"),
            (ExportRequest("csv", tmp_path / "a.csv", options={"quotes": 3}), "quotes"),
        ):
            with pytest.raises(UsageError, match=words) as caught:
                run_export(store, request)
            assert "\n" not in str(caught.value)
        assert list(tmp_path.glob("a.*")) == []


# -- pseudonymisation and no-text, in every format -----------------------------------------------------------

NAMES = ("Kim Ok-sun", "김옥순", "Zhang Wei", "Yanji")
CODERS = ("Minji Park", "Lee Seo-yeon")
REPLACEMENTS = ("Participant 3", "참여자3", "Broker 1", "City 1")
PHRASES = (
    "took her across",
    "팔렸다",
    "consented on tape",
    "speaks of herself",
    "sister of",
    "paid the broker",
)
"""Testimony and memo phrases without names: what --no-text must drop."""


@pytest.fixture
def sensitive(tmp_path: Path) -> Path:
    """A project where every text-bearing field carries a real name, in every awkward form."""
    path = tmp_path / "sensitive.sqlite"
    store = create_project(path, codebook="empty", name="Kim Ok-sun study")
    try:
        SetPseudonyms([Pseudonym(n, r) for n, r in zip(NAMES, REPLACEMENTS, strict=True)]).apply(store)
        store.set_setting(
            CODEBOOK_META,
            json.dumps({"name": "Zhang Wei codebook", "description": "Routes through Yanji", "version": "1"}),
        )
        minji, lee = (store.ensure_coder(name) for name in CODERS)
        texts = {
            "Interview Kim Ok-sun.txt": (
                "Kim Ok-sun said Zhang  Wei took her across to Yanji.\n"
                "Later KIM\nOK-SUN met zhang wei again in YANJI."
            ),
            nfd("김옥순 면담.txt"): nfd("김옥순은 연길에서 팔렸다.") + " 김옥순\t" + "Zhang\nWei",
        }
        docs = []
        for name, text in texts.items():
            doc = Document(
                new_guid(),
                name,
                sha256_text(text),
                len(text),
                original_name=f"{name} (Kim Ok-sun).docx",
                imported_at=utc_now(),
                imported_by=minji.guid,
            )
            with store.atomic():
                store.insert_document(doc, text)
            docs.append((doc, text))
        people = AddCode("People of Zhang Wei", definition="Names: Kim Ok-sun")
        people.apply(store)
        codes = []
        for name, fields in (
            (
                "Kim Ok-sun",
                {"definition": "Where Kim Ok-sun speaks of herself", "example": "Zhang  Wei said"},
            ),
            (nfd("김옥순"), {"short_definition": "김옥순 in Korean", "ref": "Yanji file"}),
        ):
            change = AddCode(name, parent=people.code.guid, source_refs=("Yanji police, 2019",), **fields)
            change.apply(store)
            codes.append(change.code.guid)
        (doc_a, text_a), (doc_b, text_b) = docs
        end_of_name = text_b.index(" 김옥순\t") + len(" 김옥")  # "순\t": only the end of a name is coded
        spans = [
            (
                doc_a,
                text_a.index("Ok-sun said"),
                "Ok-sun said",
                codes[0],
                minji,
                "Kim\nOk-sun, sister of Zhang Wei",
            ),
            (doc_a, text_a.index("Zhang  Wei"), "Zhang  Wei took her across", codes[0], lee, ""),
            (doc_a, text_a.index("Yanji"), "Yanji", codes[1], minji, "consented on tape"),
            (doc_b, 0, nfd("김옥순은 연길에서 팔렸다."), codes[1], lee, nfd("김옥순 memo")),
            (doc_b, end_of_name, "순\t", codes[0], minji, ""),
        ]
        applied = []
        for doc, start, words, code, coder, memo in spans:
            change = ApplyCode(
                document=doc.guid,
                start=start,
                end=start + len(words),
                code=code,
                coder=coder.guid,
                memo=memo,
            )
            change.apply(store)
            applied.append(change.coding)
        typed = {}  # values whose wording names people and places: pseudonymised with the rest
        for name, kind, words in (
            ("paid", "money", "25,000 yuan to Zhang  Wei"),
            ("where", "place", "Yanji"),
            ("note", "text", "Kim Ok-sun paid the broker"),
        ):
            field = AddField(code=codes[0], name=name, kind=kind)
            field.apply(store)
            typed[field.field.guid] = parse_value(field.field.spec, words)
        SetValues(applied[0].guid, typed, by=minji.guid).apply(store)
        SetMemo(kind="project", target="", text="All consented on tape; Kim Ok-sun first").apply(store)
        SetMemo(kind="document", target=doc_a.guid, text="Call Zhang  Wei's sister of Yanji").apply(store)
        SetMemo(kind="code", target=codes[1], text=nfd("Named after 김옥순")).apply(store)
        for doc, _ in docs:
            SetAttribute(document=doc.guid, name="citizenship", value="Yanji").apply(store)
            SetAttribute(document=doc.guid, name="Zhang Wei contact", value="Kim\nOk-sun").apply(store)
            SetAttribute(document=doc.guid, name="age_at_exploitation", value="16", type="number").apply(
                store
            )
    finally:
        store.close()
    return path


def forms(name: str) -> set[str]:
    """Every way a name could be written that a reader would recognise."""
    out = set()
    for form in (unicodedata.normalize("NFC", name), nfd(name)):
        out |= {form, form.casefold(), " ".join(form.split()), " ".join(form.casefold().split())}
    return out


def assert_no_name(text: str, names: tuple[str, ...], fmt: str) -> None:
    """No name in the text, nor in its NFC form, case-folded, white space collapsed."""
    views = {text, unicodedata.normalize("NFC", text)}
    views |= {v.casefold() for v in views}
    views |= {" ".join(v.split()) for v in views}
    for view in views:
        for name in names:
            for form in forms(name):
                assert form not in view, f"{fmt}: {name!r} found as {form!r}"


@pytest.mark.parametrize("fmt", ALL)
def test_a_pseudonymised_export_holds_no_real_name_anywhere(
    sensitive: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"p{SUFFIX[fmt]}"
    with ProjectStore.open(sensitive, readonly=True) as store:
        result = run_export(store, ExportRequest(fmt, out, pseudonymise=True))
    assert result.pseudonymised and not result.text_dropped
    text = visible_text(fmt, out)
    assert_no_name(text, NAMES + CODERS, fmt)
    assert "Participant 3" in text or "City 1" in text, "replacements are present"
    if fmt not in ("matrix", "cases", "qdc"):
        assert "Coder 1" in text and "Coder 2" in text
        assert "took her across" in text  # the testimony itself is still there
    if fmt in ("csv", "xlsx", "json"):  # typed values: their wording and text values pseudonymised too
        assert "Participant 3 paid the broker" in text and "25,000 yuan to Broker 1" in text
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["project"]["pseudonymised"] is True and data["project"]["text_dropped"] is False
        moved = 0
        for coding in data["codings"]:  # text_start/text_end locate the text in this file's documents
            doc = next(d for d in data["documents"] if d["guid"] == coding["document"])
            assert doc["text"][coding["text_start"] : coding["text_end"]] == coding["text"]
            moved += (coding["start"], coding["end"]) != (coding["text_start"], coding["text_end"])
        assert moved  # start/end stay the project's positions (the documented contract)
    if fmt == "qdpx":
        check_qdpx(out)
        selections = qdpx_selections(out)
        assert len(selections) == 5
        for selection in selections:  # the selection names are the slices of the package's own sources
            assert selection["slice"] and selection["name"] == selection["slice"][:200]
        assert any(s["slice"].startswith("Participant 3") for s in selections)  # "Ok-sun said" grew


@pytest.mark.parametrize("fmt", [f for f in ALL if f != "qdpx"])
def test_no_text_drops_every_free_text_and_pseudonymises_what_remains(
    sensitive: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"n{SUFFIX[fmt]}"
    with ProjectStore.open(sensitive, readonly=True) as store:
        result = run_export(store, ExportRequest(fmt, out, no_text=True))
    assert result.text_dropped and result.pseudonymised  # the project has a list: it is applied to code names
    text = visible_text(fmt, out)
    assert_no_name(text, NAMES + CODERS + PHRASES, fmt)
    if fmt in ("csv", "xlsx"):
        rows = read_csv(out) if fmt == "csv" else sheet_rows(out, "Codings")
        assert len(rows) == 5 and all(r["start"] is not None and not r["text"] for r in rows)
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["project"]["text_dropped"] is True and data["project"]["pseudonymised"] is True
        assert all("text" not in d and not d["sha256"] for d in data["documents"])


def test_no_text_without_a_list_says_so_and_still_drops_the_text(sensitive: Path, tmp_path: Path) -> None:
    with ProjectStore.open(sensitive) as store:
        SetPseudonyms([]).apply(store)
    out = tmp_path / "n.json"
    with ProjectStore.open(sensitive, readonly=True) as store:
        result = run_export(store, ExportRequest("json", out, no_text=True))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["project"]["pseudonymised"] is False and not result.pseudonymised
    assert_no_name(visible_text("json", out), PHRASES + CODERS, "json")


def test_an_unfiltered_plain_export_keeps_every_text_as_stored(sensitive: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.json"
    with ProjectStore.open(sensitive, readonly=True) as store:
        run_export(store, ExportRequest("json", out))
        stored = {d.guid: store.document_text(d.guid) for d in store.documents()}
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {d["guid"]: d["text"] for d in data["documents"]} == stored  # NFD stays NFD
    assert data["project"]["pseudonymised"] is False


# -- the command line ---------------------------------------------------------------------------------------


def test_cli_qdpx_with_a_group_and_its_subcodes_writes_what_csv_writes(
    run, demo: Path, tmp_path: Path
) -> None:
    args = ("--code", "Acts and recruitment", "--include-subcodes")
    done = run("export", demo, "--format", "qdpx", "-o", tmp_path / "a.qdpx", *args)
    assert done.code == 0, done.err
    csv_done = run("export", demo, "--format", "csv", "-o", tmp_path / "a.csv", *args)
    rows = read_csv(tmp_path / "a.csv")
    assert len(rows) == len(qdpx_selections(tmp_path / "a.qdpx")) > 0
    assert f"{len(rows)} codings" in done.out and f"{len(rows)} codings" in csv_done.out
    assert "239" not in done.out


def test_cli_refuses_existing_files_unless_forced_and_never_the_project(
    run, demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    out.write_text("old")
    refused = run("export", demo, "-o", out)
    assert refused.code == 1 and "--force" in refused.err and refused.err.count("\n") == 1
    assert out.read_text() == "old"
    assert run("export", demo, "-o", out, "--force").code == 0 and read_csv(out)
    before = demo.read_bytes()
    for target in (demo, f"{demo}-wal"):
        done = run("export", demo, "--format", "csv", "-o", target, "--force")
        assert done.code == 1 and "project" in done.err and done.err.count("\n") == 1
    assert demo.read_bytes() == before


def test_cli_refuses_qdpx_without_text_and_unknown_names_in_one_line(run, demo: Path, tmp_path: Path) -> None:
    done = run("export", demo, "-o", tmp_path / "a.qdpx", "--no-text")
    assert done.code == 1 and "REFI-QDA" in done.err and done.err.count("\n") == 1
    assert not (tmp_path / "a.qdpx").exists()
    done = run("export", demo, "-o", tmp_path / "a.qdpx", "--code", "Nothing/Here")
    assert done.code == 1 and "Nothing/Here" in done.err and done.err.count("\n") == 1


def test_cli_pseudonymised_qdpx_has_no_name(run, sensitive: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.qdpx"
    done = run("export", sensitive, "-o", out, "--pseudonymise")
    assert done.code == 0, done.err
    assert "5 codings" in done.out and "pseudonymised" in done.out
    assert_no_name(visible_text("qdpx", out), NAMES + CODERS, "qdpx")


# -- temporary files: none with testimony, even when killed ----------------------------------------------

SECRET = "Kim Ok-sun told of the Yanji broker"


def _named_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_xlsx_writes_no_named_temporary_file_while_it_works(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[list[Path]] = []

    def progress(_done: int, _total: int, _what: str) -> None:
        seen.append(_named_files(scratch) + _named_files(folder))

    with ProjectStore.open(demo, readonly=True) as store:
        for fmt in ("xlsx", "matrix"):
            run_export(store, ExportRequest(fmt, folder / f"{fmt}.xlsx"), progress=progress)
    assert seen and all(files == [] or all(f.name in ("xlsx.xlsx",) for f in files) for files in seen)
    assert _named_files(scratch) == []


def _encrypted_project(folder: Path, codings: int) -> tuple[Path, Path]:
    passfile = folder / "pass.txt"
    passfile.write_text("a long passphrase 123\n")
    project = folder / "secret.sqlite"
    store = create_project(project, codebook="default", passphrase="a long passphrase 123")
    try:
        text = "\n".join(f"{SECRET}, line {i}, and 통역사는 중국 식당이라고 말했다." for i in range(400))
        doc = Document(new_guid(), "testimony.txt", sha256_text(text), len(text), imported_at=utc_now())
        coder = store.ensure_coder("lee").guid
        code = next(c.guid for c in store.codes() if c.codable)
        with store.atomic():
            store.insert_document(doc, text)
            store.insert_codings(
                Coding(
                    new_guid(),
                    doc.guid,
                    code,
                    coder,
                    i % 5000,
                    i % 5000 + 200,
                    "2024-05-01T09:00:00Z",
                    SECRET,
                )
                for i in range(codings)
            )
    finally:
        store.close()
    return project, passfile


def _open_deleted_files(pid: int) -> list[int]:
    """Sizes of the unnamed (O_TMPFILE or unlinked) files a process holds open."""
    sizes = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd).endswith("(deleted)"):
                sizes.append(os.stat(fd).st_size)
        except OSError:
            pass
    return sizes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches /proc to kill at the right moment")
def test_a_killed_xlsx_export_of_an_encrypted_project_leaves_no_testimony_anywhere(tmp_path: Path) -> None:
    project, passfile = _encrypted_project(tmp_path, 60_000)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "export.xlsx"
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(Path.cwd())}
    command = [sys.executable, "-m", "annotator", "--passphrase-file", str(passfile)]
    proc = subprocess.Popen(
        [*command, "export", str(project), "--format", "xlsx", "-o", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            spilled = sum(p.stat().st_size for p in _named_files(scratch))  # where the old code wrote rows
            if spilled > 1_000_000 or sum(_open_deleted_files(proc.pid)) > 1_000_000:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the export ended before it could be killed; make the project bigger"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert not out.exists()
    needles = (SECRET.encode(), "통역사".encode())
    leftovers = _named_files(scratch) + [
        p
        for p in _named_files(tmp_path)
        if p.parent == tmp_path and not p.name.startswith(("secret", "pass"))
    ]
    for leftover in leftovers:
        data = leftover.read_bytes()
        assert not any(n in data for n in needles), f"testimony in {leftover}"
    assert leftovers == []


# -- typed values: the same columns in every format ---------------------------------------------------

VALUE_COLUMNS = {
    "price": ["price amount", "price max", "price currency", "price per", "price (as said)"],
    "rate": ["rate amount", "rate max", "rate currency", "rate per", "rate (as said)"],
    "age": ["age min", "age max", "age approx", "age (as said)"],
}


@pytest.fixture(scope="module")
def valued(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.core.value_project import build_value_project

    return build_value_project(tmp_path_factory.mktemp("valued") / "v.sqlite").path


def _json_cells(coding: dict, columns: dict[str, list[str]]) -> dict[str, object]:
    """A JSON coding's ``values`` objects laid out as the CSV's columns (``original`` is "(as said)")."""
    cells: dict[str, object] = {}
    for field, names in columns.items():
        item = coding["values"].get(field)
        for name in names:
            part = "original" if name.endswith("(as said)") else name.removeprefix(field + " ")
            cells[name] = None if item is None else item[part]
    return cells


def _csv_cell(text: str, column: str = "") -> object:
    if text == "":
        return None
    if column.endswith("(as said)"):  # the wording as typed: "20" stays text
        return unneutralise(text)
    try:
        number = float(text)
    except ValueError:
        return unneutralise(text)
    return int(number) if number.is_integer() else number


def test_values_are_the_same_columns_with_the_same_cells_in_every_format(
    valued: Path, tmp_path: Path
) -> None:
    with ProjectStore.open(valued, readonly=True) as store:
        for fmt in ("csv", "xlsx", "json", "html"):
            run_export(store, ExportRequest(fmt, tmp_path / f"v{SUFFIX[fmt]}"))
    csv_rows = read_csv(tmp_path / "v.csv")
    xlsx_rows = sheet_rows(tmp_path / "v.xlsx", "Codings")
    codings = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))["codings"]
    header = list(csv_rows[0])
    assert header == list(xlsx_rows[0])  # the column set is the same
    for field, names in VALUE_COLUMNS.items():
        assert [h for h in header if h.startswith(field + " ")] == names
    assert header[:8] == ["document", "code", "coder", "start", "end", "text", "memo", "created_at"]
    assert header.index("province") < header.index("price amount")  # values come after the attributes
    wanted = [n for names in VALUE_COLUMNS.values() for n in names]
    assert len(csv_rows) == len(xlsx_rows) == len(codings) == 15

    def key(doc: object, code: object, coder: object, start: object) -> tuple:
        return (str(doc), str(code), str(coder), int(start))  # type: ignore[call-overload]

    by_csv = {key(r["document"], r["code"], r["coder"], r["start"]): r for r in csv_rows}
    by_xlsx = {key(r["document"], r["code"], r["coder"], r["start"]): r for r in xlsx_rows}
    seen = 0
    for c in codings:
        k = key(c["document_name"], c["code_path"], c["coder_name"], c["start"])
        from_json = _json_cells(c, VALUE_COLUMNS)
        from_csv = {n: _csv_cell(by_csv[k][n], n) for n in wanted}
        from_xlsx = {n: by_xlsx[k][n] for n in wanted}
        assert from_csv == from_xlsx == from_json, k
        seen += any(v is not None for v in from_json.values())
    assert seen == 11  # every coding with a value, and no other
    cny = next(r for r in csv_rows if r["price (as said)"] == "25,000 yuan")
    assert (cny["price amount"], cny["price max"], cny["price currency"], cny["price per"]) == (
        "25000",
        "",
        "CNY",
        "",
    )
    night = next(r for r in csv_rows if r["rate amount"])
    assert (night["rate amount"], night["rate max"], night["rate per"]) == ("400", "500", "night")
    age = next(c for c in codings if c["values"].get("age", {}).get("original") == "nineteen")
    assert age["values"]["age"] == {
        "field": "age",
        "kind": "age",
        "min": 19,
        "max": 19,
        "approx": False,
        "original": "nineteen",
    }
    report = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Values" in report and "price" in report and "CNY" in report and "KPW" in report
    assert "25,000 CNY" in report  # the median of the five CNY prices, never mixed with KPW


def test_value_columns_follow_the_code_filter(valued: Path, tmp_path: Path) -> None:
    with ProjectStore.open(valued, readonly=True) as store:
        run_export(store, ExportRequest("csv", tmp_path / "r.csv", codes=("Recruitment",)))
        run_export(store, ExportRequest("json", tmp_path / "r.json", codes=("Recruitment",)))
    header = list(read_csv(tmp_path / "r.csv")[0])
    assert [h for h in header if h.startswith(("price", "rate", "age"))] == VALUE_COLUMNS["age"]
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {c["code_path"] for c in data["codings"]} == {"Recruitment"}
    nodes = {}
    stack = list(data["codebook"]["codes"])
    while stack:
        node = stack.pop()
        nodes[node["path"]] = node
        stack += node["children"]
    assert [(f["name"], f["kind"]) for f in nodes["Recruitment"]["fields"]] == [("age", "age")]
    assert [f["name"] for f in nodes["Sale"]["fields"]] == ["price"]  # the codebook stays whole
    assert nodes["Exploitation"]["fields"] == []
