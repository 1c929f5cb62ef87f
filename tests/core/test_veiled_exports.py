"""Exports that veil or leave out warned passages (issue 12, item 4: ``--veil-warning``,
``--omit-warning``), in every format that carries passage text, through the one export path."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from annotator.core.changes import AddCode, ApplyCode, SetCodeWarnings
from annotator.core.content_warnings import veiled_text
from annotator.core.errors import UsageError
from annotator.core.exporters import ExportRequest, run_export
from annotator.core.importers.common import ImportedText
from annotator.core.importers.importing import add_document
from annotator.core.project import create_project
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.store import ProjectStore
from tests.core.export_readers import (
    SUFFIX,
    qdpx_selections,
    read_csv,
    sheet_rows,
    unneutralise,
    visible_text,
)

TEXT = "Intro line. He raped her in the back room. She cried all night. Later she went to Yanji market alone."
KOREAN = "그는 창고에서 그녀를 때렸다. 다음 날 연길 시장에 갔다."
SECRETS = ("raped", "back room", "cried", "창고", "때렸다")
WARNED_CODE = "Harm/Assault"
OTHER_CODE = "Harm/Feelings"
MARKER = veiled_text(["sexual violence"], "Assault")
TEXT_FORMATS = ("csv", "xlsx", "json", "html", "qdpx")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two documents; "Assault" carries "sexual violence"; another coder's "Feelings" overlaps it."""
    path = tmp_path / "p.sqlite"
    with create_project(path, codebook="empty") as store:
        group = AddCode("Harm")
        group.apply(store)
        assault, feelings = (
            AddCode("Assault", parent=group.code.guid),
            AddCode("Feelings", parent=group.code.guid),
        )
        assault.apply(store)
        feelings.apply(store)
        SetCodeWarnings(assault.code.guid, ["sexual violence"]).apply(store)
        mina, lee = store.ensure_coder("mina").guid, store.ensure_coder("lee").guid
        doc = add_document(store, ImportedText(TEXT, "txt", {}), name="a.txt").guid
        korean = add_document(
            store, ImportedText(unicodedata.normalize("NFD", KOREAN), "txt", {}), name="b.txt"
        )
        stored = store.document_text(korean.guid)
        for document, text, phrase, code, coder in (
            (doc, TEXT, "He raped her in the back room.", assault, mina),
            (doc, TEXT, "back room. She cried all night.", feelings, lee),  # overlaps: veiled too
            (doc, TEXT, "Yanji market", feelings, lee),  # carries nothing
            (korean.guid, stored, "그는 창고에서 그녀를 때렸다.", assault, lee),
            (korean.guid, stored, "연길 시장", feelings, mina),
        ):
            phrase = unicodedata.normalize("NFD", phrase)  # Hangul stored as imported (NFD here)
            start = text.index(phrase)
            ApplyCode(
                document=document, start=start, end=start + len(phrase), code=code.code.guid, coder=coder
            ).apply(store)
    return path


def export(path: Path, out: Path, fmt: str, **request: object):
    with ProjectStore.open(path) as store:
        return run_export(store, ExportRequest(fmt, out, **request))


def quotes(fmt: str, out: Path) -> list[str]:
    """The passage text of each coding row, as a reader of the file sees it."""
    if fmt == "csv":
        return [unneutralise(r["text"]) for r in read_csv(out)]
    if fmt == "xlsx":
        return [unneutralise(str(r["text"])) for r in sheet_rows(out, "Codings")]
    if fmt == "json":
        return [c["text"] for c in json.loads(out.read_text(encoding="utf-8"))["codings"]]
    return [s["slice"] for s in qdpx_selections(out)]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_format_veils_the_warned_passage_and_what_overlaps_it(
    project: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"veiled{SUFFIX[fmt]}"
    result = export(project, out, fmt, veil_warnings=["Sexual Violence"])  # as a coder types it
    seen = unicodedata.normalize("NFC", visible_text(fmt, out))  # Hangul read as composed
    for secret in SECRETS:
        assert secret not in seen, (fmt, secret)
    assert "Yanji market" in seen and "연길 시장" in seen
    assert "[veiled: sexual violence" in seen
    assert result.veiled == 3 and result.omitted == 0 and result.codings == 5
    assert "3 passages veiled" in result.summary()
    if fmt != "html":
        assert sorted(quotes(fmt, out)).count(MARKER) == 3  # warned passages and the other coder's overlap
        assert "Yanji market" in quotes(fmt, out)
    with ProjectStore.open(project) as store:  # the project's own text never changes
        assert TEXT in [store.document_text(d.guid) for d in store.documents()]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_format_can_leave_warned_passages_out_and_says_how_many(
    project: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"omitted{SUFFIX[fmt]}"
    result = export(project, out, fmt, omit_warnings=["sexual violence"])
    seen = unicodedata.normalize("NFC", visible_text(fmt, out))  # Hangul read as composed
    for secret in SECRETS:  # not in the rows, nor in a document text the format carries
        assert secret not in seen, (fmt, secret)
    assert result.omitted == 3 and result.codings == 2 and "3 warned passages left out" in result.summary()
    if fmt != "html":
        kept = sorted(unicodedata.normalize("NFC", q) for q in quotes(fmt, out))
        assert kept == ["Yanji market", "연길 시장"]
    if fmt == "html":
        assert "3 warned passage(s) left out (sexual violence)" in seen
    if fmt == "json":
        filters = json.loads(out.read_text(encoding="utf-8"))["project"]["filters"]
        assert filters["omitted_passages"] == 3 and filters["omitted_warnings"] == ["sexual violence"]


def test_without_a_choice_the_export_carries_the_passages_as_stored(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    result = export(project, out, "csv")
    assert "He raped her in the back room." in [r["text"] for r in read_csv(out)]
    assert result.veiled == 0 and "veiled" not in result.summary()


def test_json_positions_point_into_the_veiled_texts_and_stored_positions_stay(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "v.json"
    export(project, out, "json", veil_warnings=["sexual violence"])
    data = json.loads(out.read_text(encoding="utf-8"))
    texts = {d["guid"]: d["text"] for d in data["documents"]}
    for c in data["codings"]:
        assert texts[c["document"]][c["text_start"] : c["text_end"]] == c["text"]
    yanji = next(c for c in data["codings"] if c["text"] == "Yanji market")
    assert (yanji["start"], yanji["end"]) == (TEXT.index("Yanji"), TEXT.index("Yanji") + 12)
    korean = next(t for t in texts.values() if "연길" in unicodedata.normalize("NFC", t))
    assert korean.startswith(veiled_text(["sexual violence"], "Assault"))  # code points, NFD text kept


def test_qdpx_is_veiled_consistently_positions_into_the_veiled_sources(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.qdpx"
    export(project, out, "qdpx", veil_warnings=["sexual violence"])
    selections = qdpx_selections(out)
    assert {s["slice"] for s in selections} >= {MARKER, "Yanji market"}
    assert all("raped" not in s["slice"] for s in selections)


def test_pseudonymised_and_veiled_together(project: Path, tmp_path: Path) -> None:
    with ProjectStore.open(project) as store:
        SetPseudonyms([Pseudonym("Yanji", "Town A"), Pseudonym("연길", "도시 A")]).apply(store)
    for fmt in ("csv", "json", "qdpx"):
        out = tmp_path / f"both{SUFFIX[fmt]}"
        result = export(project, out, fmt, veil_warnings=["sexual violence"], pseudonymise=True)
        seen = unicodedata.normalize("NFC", visible_text(fmt, out))
        assert result.pseudonymised and result.veiled == 3
        assert "Yanji" not in seen and "연길" not in seen and "Town A market" in seen
        assert all(secret not in seen for secret in SECRETS)
        assert MARKER in quotes(fmt, out)
        if fmt == "json":
            data = json.loads(out.read_text(encoding="utf-8"))
            texts = {d["guid"]: d["text"] for d in data["documents"]}
            for c in data["codings"]:
                assert texts[c["document"]][c["text_start"] : c["text_end"]] == c["text"]


def test_unknown_warnings_and_formats_without_passages_are_refused(project: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no content warning 'gore'"):
        export(project, tmp_path / "x.csv", "csv", veil_warnings=["gore"])
    with pytest.raises(UsageError, match="carries no passage text"):
        export(project, tmp_path / "x.qdc", "qdc", veil_warnings=["torture"])
    assert not (tmp_path / "x.csv").exists()


def test_cli_veils_and_omits(run, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.csv"
    done = run("export", project, "-o", out, "--veil-warning", "SEXUAL VIOLENCE")
    assert done.code == 0 and "3 passages veiled" in done.out
    assert MARKER in [unneutralise(r["text"]) for r in read_csv(out)]
    done = run("export", project, "-o", tmp_path / "o.csv", "--omit-warning", "sexual violence")
    assert done.code == 0 and "3 warned passages left out" in done.out
    done = run("export", project, "-o", tmp_path / "g.csv", "--veil-warning", "gore")
    assert done.code == 1 and "no content warning 'gore'" in done.err
