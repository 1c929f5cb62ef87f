"""Exports read back and compared with the store: CSV, XLSX, matrix, JSON, HTML, case table.

Each goes through the one export request (``export`` is its short form); the
request itself, privacy in every format and the output checks are tested in
``test_export_request.py``."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from annotator.core.changes import ApplyCode, SetAttribute
from annotator.core.codebook import CodeTree
from annotator.core.demo import build_demo
from annotator.core.errors import AnnotatorError, Cancelled, NotFound, UsageError
from annotator.core.exporters import EXPORTERS, export, format_for, neutralise
from annotator.core.exporters import sheets as sheets_module
from annotator.core.exporters.case_table import parse_mapping
from annotator.core.exporters.matrix_export import variable_name, variable_names
from annotator.core.model import Coding, Document, new_guid
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.store import ProjectStore
from tests.core.export_readers import SUFFIX

HOSTILE = '=HYPERLINK("http://x","click") and a newline\nthen more'
TEXT_A = f"{HOSTILE}. The broker said <b>restaurant</b> & work. @admin +1+1 -2+3\tend. <r>rich</r>"
TEXT_B = "그는 식당 일이라고 말했다.\n𠀀 마을에서 팔려 갔다. <script>alert(1)</script>"


@dataclass
class Project:
    store: ProjectStore
    docs: dict[str, Document]
    codes: dict[str, str]

    def code(self, doc: str, code: str, coder: str, words: str, memo: str = "") -> None:
        start = self.store.document_text(self.docs[doc].guid).index(words)
        ApplyCode(
            document=self.docs[doc].guid,
            start=start,
            end=start + len(words),
            code=self.codes[code],
            coder=self.store.ensure_coder(coder).guid,
            memo=memo,
        ).apply(self.store)

    def expected(self, **where: str) -> set[tuple[str, str, str, int, int, str]]:
        """(document, code path, coder, start, end, coded text) of every coding, optionally filtered."""
        tree = CodeTree(self.store.codes())
        rows = set()
        for c in self.store.codings():
            row = (
                self.store.document(c.document).name,
                tree.path(c.code),
                self.store.coder(c.coder).name,
                c.start,
                c.end,
                self.store.document_text(c.document)[c.start : c.end],
            )
            keep = {"document": row[0], "code": row[1], "coder": row[2]}
            if all(keep[k] == v for k, v in where.items()):
                rows.add(row)
        return rows


@pytest.fixture
def project(store: ProjectStore, add_text, add_code) -> Project:
    """Two documents with hostile, Korean and non-BMP text; a codebook with export mappings."""
    docs = {"a": add_text(TEXT_A, "a.txt"), "b": add_text(TEXT_B, "=b.txt")}
    means = add_code("Means of control", export={"ctdc": "meansOfControlNotSpecified"})
    codes = {
        "means": means,
        "threats": add_code(
            "Threats",
            parent=means,
            definition="Threats of <harm>.",
            export={
                "ctdc": "meansOfControlThreats; meansThreats",
                "htcds": "vic_MethodsOfControl=PhysicalThreats",
            },
        ),
        "debt": add_code(
            "Debt",
            parent=means,
            export={"htcds": "vic_MethodsOfControl=DebtBondage|TakesEarnings; per_RoleInProcess=Exploiter"},
        ),
        "marriage": add_code("Forced marriage", export={"ctdc": "isForcedMarriage"}),
        "place": add_code("Place", export={"ctdc": "CountryOfExploitation"}),
        "other": add_code("Unmapped 표시"),
    }
    p = Project(store, docs, codes)
    p.code("a", "threats", "mina", HOSTILE, memo="+SUM(A1:A9)")
    p.code("a", "debt", "jun", "@admin +1+1", memo="-2+3")
    p.code("a", "other", "mina", "\tend.")
    p.code("a", "place", "jun", "<r>rich</r>")
    p.code("a", "means", "jun", "<b>restaurant</b> & work")
    p.code("b", "marriage", "mina", "𠀀 마을에서 팔려 갔다", memo="팔려 갔다")
    p.code("b", "other", "jun", "그는 식당 일이라고 말했다.\n𠀀")
    p.code("b", "threats", "jun", "<script>alert(1)</script>")
    SetAttribute(document=docs["a"].guid, name="age_at_exploitation", value="16", type="number").apply(store)
    SetAttribute(document=docs["b"].guid, name="age_at_exploitation", value="24", type="number").apply(store)
    SetAttribute(document=docs["a"].guid, name="citizenship", value="=PRK").apply(store)
    return p


def _unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def csv_codings(path: Path) -> set[tuple[str, str, str, int, int, str]]:
    return {
        (
            _unneutralise(r["document"]),
            r["code"],
            r["coder"],
            int(r["start"]),
            int(r["end"]),
            _unneutralise(r["text"]),
        )
        for r in read_csv(path)
    }


def sheet_rows(path: Path | io.BytesIO, name: str) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[name].iter_rows(values_only=True))
    book.close()
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


# -- CSV ---------------------------------------------------------------------


def test_csv_has_every_coding_with_its_exact_text(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "codings.csv"
    assert export(project.store, "csv", out) == 8
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert csv_codings(out) == project.expected()
    rows = read_csv(out)
    assert list(rows[0])[:8] == ["document", "code", "coder", "start", "end", "text", "memo", "created_at"]
    assert list(rows[0])[8:] == ["age_at_exploitation", "citizenship"]
    korean = next(r for r in rows if r["code"] == "Forced marriage")
    assert korean["text"] == "𠀀 마을에서 팔려 갔다" and korean["memo"] == "팔려 갔다"
    assert korean["age_at_exploitation"] == "24" and korean["created_at"]
    multi = next(r for r in rows if r["code"] == "Unmapped 표시" and r["document"] == "'=b.txt")
    assert multi["text"] == "그는 식당 일이라고 말했다.\n𠀀"  # newline kept inside the quoted cell


def test_csv_neutralises_formula_cells(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "codings.csv"
    export(project.store, "csv", out)
    rows = read_csv(out)
    threat = next(r for r in rows if r["code"] == "Means of control/Threats" and r["coder"] == "mina")
    assert threat["text"] == "'" + HOSTILE and threat["memo"] == "'+SUM(A1:A9)"
    assert threat["citizenship"] == "'=PRK"
    debt = next(r for r in rows if r["code"] == "Means of control/Debt")
    assert debt["text"] == "'@admin +1+1" and debt["memo"] == "'-2+3"
    assert next(r for r in rows if r["text"].endswith("end."))["text"] == "'\tend."
    assert {r["document"] for r in rows} == {"a.txt", "'=b.txt"}
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r" or re.fullmatch(r"[+-]?\d+(\.\d*)?", value)


def test_neutralise_leaves_plain_numbers_and_text_alone() -> None:
    assert neutralise("-5") == "-5" and neutralise("+3.5") == "+3.5" and neutralise("text") == "text"
    assert neutralise("-5+3") == "'-5+3" and neutralise("=1") == "'=1" and neutralise("") == ""
    assert neutralise("\r=1") == "'\r=1" and neutralise("@SUM(1)") == "'@SUM(1)"


@pytest.mark.parametrize(
    ("filters", "where"),
    [
        ({"coders": ["jun"]}, {"coder": "jun"}),
        ({"codes": ["Forced marriage"]}, {"code": "Forced marriage"}),
        ({"documents": ["=b.txt"]}, {"document": "=b.txt"}),
        (
            {"codes": ["Means of control/Threats"], "coders": ["jun"]},
            {"code": "Means of control/Threats", "coder": "jun"},
        ),
    ],
)
def test_csv_filters(project: Project, tmp_path: Path, filters: dict, where: dict) -> None:
    out = tmp_path / "f.csv"
    export(project.store, "csv", out, **filters)
    assert csv_codings(out) == project.expected(**where) and csv_codings(out)


def test_filters_with_subcodes_and_attributes(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    export(project.store, "csv", out, codes=["Means of control"], include_subcodes=True)
    assert {r["code"] for r in read_csv(out)} == {
        "Means of control",
        "Means of control/Threats",
        "Means of control/Debt",
    }
    export(project.store, "csv", out, attributes={"age_at_exploitation": lambda age: age < 18}, force=True)
    assert {r["document"] for r in read_csv(out)} == {"a.txt"}
    with pytest.raises(NotFound):
        export(project.store, "csv", out, coders=["nobody"], force=True)


def test_pseudonymise_reaches_text_memos_names_and_attributes(project: Project, tmp_path: Path) -> None:
    entries = [Pseudonym("팔려", "[P1]"), Pseudonym("b.txt", "[doc]"), Pseudonym("PRK", "[C]")]
    SetPseudonyms(entries).apply(project.store)
    out = tmp_path / "p.csv"
    export(project.store, "csv", out, pseudonymise=True)
    rows = read_csv(out)
    korean = next(r for r in rows if r["code"] == "Forced marriage")
    assert korean["text"] == "𠀀 마을에서 [P1] 갔다" and korean["memo"] == "[P1] 갔다"
    assert korean["document"] == "'=[doc]"
    assert next(r for r in rows if r["document"] == "a.txt")["citizenship"] == "'=[C]"
    js = tmp_path / "p.json"
    export(project.store, "json", js, pseudonymise=True)
    data = json.loads(js.read_text(encoding="utf-8"))
    assert "팔려" not in js.read_text(encoding="utf-8") and data["project"]["pseudonymised"] is True


def test_the_projects_pseudonym_list_plugs_in(project: Project, tmp_path: Path) -> None:
    SetPseudonyms([Pseudonym("마을", "[place]", "place"), Pseudonym("broker", "[role]")]).apply(project.store)
    for fmt in ("csv", "xlsx", "json", "html"):
        export(project.store, fmt, tmp_path / f"p{SUFFIX[fmt]}", pseudonymise=True)
    rows = read_csv(tmp_path / "p.csv")
    assert next(r for r in rows if r["code"] == "Forced marriage")["text"] == "𠀀 [place]에서 팔려 갔다"
    assert "마을" not in (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "broker" not in (tmp_path / "p.json").read_text(encoding="utf-8")
    assert all("마을" not in str(r["text"]) for r in sheet_rows(tmp_path / "p.xlsx", "Codings"))


# -- XLSX --------------------------------------------------------------------


def test_xlsx_codings_sheet_matches_the_store(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "codings.xlsx"
    assert export(project.store, "xlsx", out) == 8
    rows = sheet_rows(out, "Codings")
    got = {
        (
            _unneutralise(str(r["document"])),
            r["code"],
            r["coder"],
            r["start"],
            r["end"],
            _unneutralise(str(r["text"])),
        )
        for r in rows
    }
    assert got == project.expected()
    assert all(isinstance(r["start"], int) for r in rows)
    threat = next(r for r in rows if r["code"] == "Means of control/Threats" and r["coder"] == "mina")
    assert (
        threat["text"] == "'" + HOSTILE
        and threat["memo"] == "'+SUM(A1:A9)"
        and threat["citizenship"] == "'=PRK"
    )
    assert threat["age_at_exploitation"] == 16  # a number attribute is a number
    assert next(r for r in rows if r["code"] == "Place")["text"] == "<r>rich</r>"  # not read as rich-text XML
    assert next(r for r in rows if r["code"] == "Forced marriage")["text"] == "𠀀 마을에서 팔려 갔다"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Codings", "Codebook", "Documents", "Frequencies"]
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"  # never a formula


def test_xlsx_codebook_documents_frequencies_and_agreement(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    agreement = {
        "coders": ["mina", "jun"],
        "codes": [{"code": "Means of control/Threats", "cohen_kappa": 0.5, "krippendorff_alpha": None}],
        "overall": {"cohen_kappa": 0.4, "percent_agreement": 0.9},
    }
    export(project.store, "xlsx", out, agreement=agreement)
    codebook = sheet_rows(out, "Codebook")
    assert len(codebook) == len(project.store.codes())
    threats = next(r for r in codebook if r["path"] == "Means of control/Threats")
    assert threats["definition"] == "Threats of <harm>."
    assert threats["export mappings"] == (
        "ctdc: meansOfControlThreats; meansThreats\nhtcds: vic_MethodsOfControl=PhysicalThreats"
    )
    documents = sheet_rows(out, "Documents")
    assert [d["name"] for d in documents] == ["a.txt", "'=b.txt"]
    assert documents[1]["length"] == len(TEXT_B) and documents[1]["codings"] == 3
    assert documents[0]["age_at_exploitation"] == 16 and documents[0]["guid"] == project.docs["a"].guid
    frequencies = {r["code"]: r for r in sheet_rows(out, "Frequencies")}
    assert (
        frequencies["Means of control/Threats"]["mina"] == 1
        and frequencies["Means of control/Threats"]["jun"] == 1
    )
    assert frequencies["Means of control/Threats"]["documents"] == 2 and frequencies["Place"]["codings"] == 1
    rows = sheet_rows(out, "Agreement")
    assert rows[0]["code"] == "Means of control/Threats" and rows[0]["cohen_kappa"] == 0.5
    assert rows[0]["krippendorff_alpha"] is None  # undefined stays empty, never 1.0
    assert rows[1]["code"] == "(overall)" and rows[1]["percent_agreement"] == 0.9


def test_xlsx_fallback_without_xlsxwriter_internals_writes_the_same(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    export(project.store, "xlsx", fast)
    monkeypatch.setattr(sheets_module, "_PRIVATE", ("_no_such_member",))
    export(project.store, "xlsx", slow)
    for name in ("Codings", "Codebook", "Documents", "Frequencies"):
        slow_rows = sheet_rows(slow, name)
        for row in slow_rows:  # the one documented difference: the public API needs "<r>…</r>" quoted
            row.update({k: v[1:] for k, v in row.items() if isinstance(v, str) and v.startswith("'<r>")})
        assert sheet_rows(fast, name) == slow_rows


def test_xlsx_without_the_scratch_hooks_falls_back_to_memory_with_the_same_content(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should xlsxwriter's private hooks change, rows stay in memory: never a named temporary file."""
    from xlsxwriter.worksheet import Worksheet

    streamed, fallback = tmp_path / "streamed.xlsx", tmp_path / "fallback.xlsx"
    export(project.store, "xlsx", streamed)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(sheets_module.StreamingSheet, "_initialize", Worksheet._initialize)
    export(project.store, "xlsx", fallback)
    for name in ("Codings", "Codebook", "Documents", "Frequencies"):
        slow_rows = sheet_rows(fallback, name)
        for row in slow_rows:  # the public API needs "<r>…</r>" quoted, as in the test above
            row.update({k: v[1:] for k, v in row.items() if isinstance(v, str) and v.startswith("'<r>")})
        assert sheet_rows(streamed, name) == slow_rows
    assert list(scratch.iterdir()) == []


def test_cell_text_cuts_to_excel_limit_in_utf16_units() -> None:
    long = "𠀀" * 20_000  # 40,000 UTF-16 units
    cut = sheets_module.cell_text(long)
    assert len(cut.encode("utf-16-le")) // 2 <= sheets_module.EXCEL_MAX_UNITS
    assert cut.endswith(sheets_module.TRUNCATED) and cut.startswith("𠀀")
    assert sheets_module.cell_text("x" * 100) == "x" * 100


def test_exports_write_to_binary_file_objects(project: Project) -> None:
    buffer = io.BytesIO()
    export(project.store, "xlsx", buffer, coders=["mina"])
    buffer.seek(0)
    assert {r["coder"] for r in sheet_rows(buffer, "Codings")} == {"mina"}
    text = io.BytesIO()
    export(project.store, "csv", text)
    assert text.getvalue().startswith(b"\xef\xbb\xbfdocument,code")


# -- matrix -------------------------------------------------------------------


def test_matrix_binary_counts_and_variables(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "matrix.xlsx"
    assert export(project.store, "matrix", out) == 2
    variables = sheet_rows(out, "variables")
    names = [str(v["variable"]) for v in variables]
    assert len({n.lower() for n in names}) == len(names)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", n) for n in names)
    label = {str(v["label"]): str(v["variable"]) for v in variables}
    assert label["Means of control/Threats"] == "c_threats" and label["Unmapped 표시"] == "c_unmapped"
    counts = {r["document"]: r for r in sheet_rows(out, "counts")}
    binary = {r["document"]: r for r in sheet_rows(out, "binary")}
    assert set(counts) == {"a.txt", "'=b.txt"}
    assert counts["a.txt"]["c_threats"] == 1 and counts["'=b.txt"]["c_forced_marriage"] == 1
    assert counts["a.txt"]["c_forced_marriage"] == 0 and binary["a.txt"]["c_threats"] == 1
    assert counts["'=b.txt"]["age_at_exploitation"] == 24
    rolled = tmp_path / "rolled.xlsx"
    export(project.store, "matrix", rolled, rollup=True, codes=["Means of control"])
    row = {r["document"]: r for r in sheet_rows(rolled, "counts")}["a.txt"]
    assert row["c_means_of_control"] == 3  # its own coding and its two sub-codes'


def test_variable_names_suit_r_spss_and_stata() -> None:
    taken: set[str] = set()
    assert variable_name("Debt bondage", taken, "c_") == "c_debt_bondage"
    assert variable_name("Debt  bondage!", taken, "c_") == "c_debt_bondage_2"
    assert variable_name("표시", taken, "c_") == "c_v"
    assert variable_name("1st contact", taken) == "v_1st_contact"
    assert variable_name("with", taken) == "with_v"
    assert variable_name("Café au lait", taken) == "cafe_au_lait"
    long = variable_names(["A very long code name that goes on and on"] * 3, prefix="c_")
    assert all(len(n) <= 32 for n in long) and len(set(long)) == 3


# -- JSON --------------------------------------------------------------------


def test_json_schema_and_codings(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export(project.store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "testimony-annotator-export" and data["version"] == 1
    assert {c["name"] for c in data["coders"]} == {"mina", "jun"}
    top = {c["name"]: c for c in data["codebook"]["codes"]}
    threats = top["Means of control"]["children"][0]
    assert threats["path"] == "Means of control/Threats" and threats["definition"] == "Threats of <harm>."
    assert threats["export"]["htcds"] == "vic_MethodsOfControl=PhysicalThreats"
    texts = {d["guid"]: d["text"] for d in data["documents"]}
    assert texts[project.docs["b"].guid] == TEXT_B
    assert data["documents"][0]["attributes"] == {"age_at_exploitation": 16, "citizenship": "=PRK"}
    got = set()
    for c in data["codings"]:
        assert c["text"] == texts[c["document"]][c["start"] : c["end"]]
        got.add((c["document_name"], c["code_path"], c["coder_name"], c["start"], c["end"], c["text"]))
    assert got == project.expected()
    assert any(c["memo"] == "+SUM(A1:A9)" for c in data["codings"])  # JSON is not a spreadsheet: kept as is


def test_json_filtered_describes_its_filters(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export(project.store, "json", out, documents=["a.txt"], coders=["jun"])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["name"] for d in data["documents"]] == ["a.txt"] and data["documents"][0]["text"] == TEXT_A
    assert {c["coder_name"] for c in data["codings"]} == {"jun"} and len(data["codings"]) == 3
    assert data["project"]["filters"] == {"documents": ["a.txt"], "coders": ["jun"]}


def test_json_without_text_keeps_spans_and_codes_only(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export(project.store, "json", out, no_text=True, documents=["a.txt"], coders=["jun"])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["name"] for d in data["documents"]] == ["Document 1"] and "text" not in data["documents"][0]
    assert len({c["coder_name"] for c in data["codings"]}) == 1 and len(data["codings"]) == 3
    assert all(c["text"] == "" and c["memo"] == "" and c["end"] > c["start"] for c in data["codings"])
    assert data["memos"] == [] and data["project"]["text_dropped"] is True
    assert data["project"]["filters"]["documents"] == ["Document 1"]
    assert "a.txt" not in out.read_text(encoding="utf-8") and "jun" not in out.read_text(encoding="utf-8")


# -- HTML --------------------------------------------------------------------


def test_html_is_self_contained_and_escaped(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    export(project.store, "html", out)
    page = out.read_text(encoding="utf-8")
    assert (
        "<script" not in page.lower() and "<link" not in page and "url(" not in page and "@import" not in page
    )
    assert re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:|//)", page) is None  # the quoted link is text only
    assert "HYPERLINK(&quot;http://x&quot;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;restaurant&lt;/b&gt; &amp; work" in page and "Threats of &lt;harm&gt;." in page
    assert "<svg" in page and "@media print" in page and "𠀀 마을에서 팔려 갔다" in page
    assert page.count("<blockquote>") == 8
    limited = tmp_path / "one.html"
    export(project.store, "html", limited, quotes=1, coders=["jun"])
    assert limited.read_text(encoding="utf-8").count("<blockquote>") == 5  # one per code jun used


# -- case table ----------------------------------------------------------------


def test_parse_mapping() -> None:
    assert parse_mapping("a; f=V1|V2 ;") == [("a", None), ("f", "V1"), ("f", "V2")]
    assert parse_mapping("vic_MethodOfRecruitment") == [("vic_MethodOfRecruitment", None)]


def test_case_table_flags_follow_the_export_mappings(project: Project, add_text, tmp_path: Path) -> None:
    add_text("A testimony nobody has coded yet.", "c.txt")
    out = tmp_path / "cases.csv"
    assert export(project.store, "cases", out, missing="-99") == 3
    rows = {r["caseId"]: r for r in read_csv(out)}
    a, b = rows[project.docs["a"].guid], rows[project.docs["b"].guid]
    c = next(r for r in rows.values() if r["codings"] == "0")
    header = list(a)
    assert "document" not in header  # no names unless asked
    assert (
        header.index("isForcedMarriage")
        < header.index("meansOfControlNotSpecified")
        < header.index("meansThreats")
    )
    assert "CountryOfExploitation" in header and "per_RoleInProcess_Exploiter" not in header
    # a.txt: Threats (own mapping + inherited NotSpecified), Debt (inherits NotSpecified), Means itself
    assert (
        a["meansOfControlThreats"] == "1"
        and a["meansThreats"] == "1"
        and a["meansOfControlNotSpecified"] == "1"
    )
    assert a["vic_MethodsOfControl_DebtBondage"] == "1" and a["vic_MethodsOfControl_TakesEarnings"] == "1"
    assert a["vic_MethodsOfControl"] == "PhysicalThreats;DebtBondage;TakesEarnings"
    assert a["isForcedMarriage"] == "0" and a["reviewed"] == "1"
    assert (
        a["ageBroad"] == "9--17"
        and a["majorityStatusAtExploit"] == "Minor"
        and a["vic_AgeWhenTrafficked"] == "16"
    )
    assert (
        a["citizenship"] == "'=PRK" and a["CountryOfExploitation"] == ""
    )  # a mapped value field is not a flag
    # b.txt: forced marriage, and Threats by jun
    assert b["isForcedMarriage"] == "1" and b["meansOfControlThreats"] == "1"
    assert b["vic_MethodsOfControl_DebtBondage"] == "0" and b["ageBroad"] == "24--26"
    # c.txt: no codings and no "reviewed" attribute: missing, not 0
    assert c["reviewed"] == "0" and c["isForcedMarriage"] == "-99" and c["vic_MethodsOfControl"] == "-99"


def test_case_table_reviewed_attribute_and_filters(project: Project, add_text, tmp_path: Path) -> None:
    doc = add_text("Reviewed: nothing to code here.", "c.txt")
    SetAttribute(document=doc.guid, name="reviewed", value="yes", type="boolean").apply(project.store)
    SetAttribute(document=project.docs["b"].guid, name="reviewed", value="no", type="boolean").apply(
        project.store
    )
    out = tmp_path / "cases.csv"
    export(project.store, "cases", out, coders=["mina"], include_names=True)
    rows = {r["document"]: r for r in read_csv(out)}
    assert rows["c.txt"]["isForcedMarriage"] == "0"  # reviewed, nothing found
    assert rows["'=b.txt"]["isForcedMarriage"] == "1"  # coded even though not marked reviewed
    assert rows["'=b.txt"]["meansOfControlThreats"] == ""  # jun's coding filtered out; not reviewed: missing
    assert rows["a.txt"]["meansOfControlThreats"] == "1"  # mina's coding
    assert rows["a.txt"]["vic_MethodsOfControl_DebtBondage"] == ""  # jun's; a.txt has no "reviewed" value


def test_demo_project_default_codebook_cases(tmp_path: Path) -> None:
    project = tmp_path / "demo.sqlite"
    build_demo(project)
    with ProjectStore.open(project, readonly=True) as store:
        out = tmp_path / "cases.csv"
        export(store, "cases", out, include_names=True)
        rows = {r["document"]: r for r in read_csv(out)}
    wife = rows["02-en-sold-as-wife.txt"]
    assert wife["isForcedMarriage"] == "1" and wife["ageBroad"] == "18--20"
    assert rows["08-ko-sold-as-wife.docx"]["majorityStatusAtExploit"] == "Minor"
    assert any(r["isSexualExploit"] == "1" for r in rows.values())  # inherited from sub-codes


# -- every format --------------------------------------------------------------


def test_demo_project_round_trips_korean_and_non_bmp_text(tmp_path: Path) -> None:
    project = tmp_path / "demo.sqlite"
    build_demo(project)
    with ProjectStore.open(project, readonly=True) as store:
        count = len(store.codings())
        for fmt in ("csv", "xlsx", "json"):
            assert export(store, fmt, tmp_path / f"demo{SUFFIX[fmt]}") == count
        truth = {c.guid: store.document_text(c.document)[c.start : c.end] for c in store.codings()}
    texts = sorted(truth.values())
    assert any("\U00020000" in t for t in texts) and any("팔" in t or "중국" in t for t in texts)
    assert sorted(_unneutralise(r["text"]) for r in read_csv(tmp_path / "demo.csv")) == texts
    assert (
        sorted(_unneutralise(str(r["text"])) for r in sheet_rows(tmp_path / "demo.xlsx", "Codings")) == texts
    )
    data = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    assert {c["guid"]: c["text"] for c in data["codings"]} == truth


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_cancelling_leaves_no_file(project: Project, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out{SUFFIX[fmt]}"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the first check pass, stop at the next

    with pytest.raises(Cancelled):
        export(project.store, fmt, out, cancelled=cancelled)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("p.sqlite")] == []


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_progress_is_reported_and_existing_file_replaced(project: Project, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out{SUFFIX[fmt]}"
    out.write_bytes(b"old")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))

    export(project.store, fmt, out, progress=progress, force=True)
    assert seen and seen[-1][0] == seen[-1][1] and out.read_bytes() != b"old"


def test_dispatcher_rejects_unknown_formats_and_options(project: Project, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export(project.store, "sav", tmp_path / "x.sav")
    with pytest.raises(UsageError):
        export(project.store, "csv", tmp_path / "x.csv", quotes=3)
    assert format_for("out.XLSX") == "xlsx" and format_for("r.htm") == "html"
    with pytest.raises(UsageError):
        format_for("out.sav")
    with pytest.raises(AnnotatorError, match="cannot write|does not exist"):  # either outputs version
        export(project.store, "csv", tmp_path / "missing" / "x.csv")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(AnnotatorError, match="is a folder"):
        export(project.store, "csv", tmp_path / "folder.csv")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_cancelling_midway_through_a_large_export_removes_every_temporary_file(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    store = project.store
    doc, code = project.docs["a"], project.codes["other"]
    coder = store.ensure_coder("mina").guid
    with store.atomic():
        store.insert_codings(
            Coding(new_guid(), doc.guid, code, coder, i % 50, i % 50 + 5, "2024-05-01T09:00:00Z")
            for i in range(4500)
        )
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)

    out = tmp_path / f"big{SUFFIX[fmt]}"
    with pytest.raises(Cancelled):
        export(store, fmt, out, progress=progress, cancelled=lambda: len(seen) >= 2)
    assert seen[-1] == 2000  # stopped inside the loop (at row 4,000), not at the end
    assert not out.exists() and list(scratch.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("p.sqlite")] == ["scratch"]
