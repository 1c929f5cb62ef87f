"""The CTDC Global Synthetic Dataset export (``--schema ctdc-synthetic``), checked against CTDC's
Global Synthetic Data Codebook, Version 2 (February 2024): its 27 columns in order, its values as
the published CSV spells them, flags that are 1 or empty (never 0), the codebook's merges of the
2021 means of control, ISO alpha-3 countries, and ``traffickMonths`` from a dated sale and escape.

The expectations below are written from the codebook, not read from ``resources/standards/``, so
a wrong data file fails here.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from annotator.core.changes import AddCase, AddCode, LinkDocuments, SetAttribute
from annotator.core.changes.values import SetValues
from annotator.core.codebook import CodeTree
from annotator.core.exporters import ExportRequest, run_export
from annotator.core.exporters.case_export import sidecars
from annotator.core.exporters.case_indicators import indicators
from annotator.core.exporters.case_synthetic import months_band
from annotator.core.exporters.standards import alpha3, column_list, load_standard
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.values import Value
from tests.core.test_standard_exports import code, doc

COLUMNS = [  # the codebook's section 5, in order (variable 14 as its list and the CSV spell it)
    "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths",
    "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises",
    "meansDrugsAlcohol", "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs",
    "isForcedLabour", "isSexualExploit", "isOtherExploit", "typeOfLabourAgriculture",
    "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality",
    "typeOfSexProstitution", "typeOfSexPornography", "recruiterRelationIntimatePartner",
    "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
]  # fmt: skip
GENDER = {"Man", "Woman", "Trans/Transgender/NonConforming"}
AGE_BANDS = {"0--8", "09--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"}
MONTHS = {"0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)"}
FLAGS = COLUMNS[6:]
SOURCES = {  # Appendix II's merges and renames; the rest keep their 2021 name
    "meansDebtBondageEarnings": ["meansOfControlDebtBondage", "meansOfControlTakesEarnings"],
    "meansThreats": [
        "meansOfControlThreats",
        "meansOfControlUsesChildren",
        "meansOfControlThreatOfLawEnforcement",
    ],
    "meansAbusePsyPhySex": [
        "meansOfControlPsychologicalAbuse",
        "meansOfControlPhysicalAbuse",
        "meansOfControlSexualAbuse",
    ],
    "meansFalsePromises": ["meansOfControlFalsePromises"],
    "meansDrugsAlcohol": ["meansOfControlPsychoactiveSubstances"],
    "meansDenyBasicNeeds": [
        "meansOfControlRestrictsFinancialAccess",
        "meansOfControlRestrictsMovement",
        "meansOfControlRestrictsMedicalCare",
        "meansOfControlWithholdsNecessities",
    ],
    "meansExcessiveWorkHours": ["meansOfControlExcessiveWorkingHours"],
    "meansWithholdDocs": ["meansOfControlWithholdsDocuments"],
    # variable 17's definition: other exploitation, forced marriage, forced military, organ removal;
    # slavery and similar practices is our reading of "other types" (see resources/standards/README.md)
    "isOtherExploit": [
        "isOtherExploit",
        "isForcedMarriage",
        "isForcedMilitary",
        "isOrganRemoval",
        "isSlaveryAndPractices",
    ],
} | {c: [c] for c in FLAGS if c.startswith(("isForced", "isSexual", "typeOf", "recruiter"))}
PAIRS = [(column, source) for column, sources in SOURCES.items() for source in sources]


def export(store: ProjectStore, out: Path, **options) -> tuple[list[dict], dict]:
    run_export(store, ExportRequest("cases", out, options={"schema": "ctdc-synthetic", **options}))
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return rows, json.loads(sidecars(out)[1].read_text(encoding="utf-8"))


def check_values(rows: list[dict]) -> None:
    """Every cell within the codebook's values (the CSV's spelling); flags only 1 or empty."""
    countries = set(alpha3().values())
    for row in rows:
        assert list(row) == COLUMNS
        assert row["yearOfRegistration"] == "" or re.fullmatch(r"\d{4}", row["yearOfRegistration"])
        assert row["gender"] in GENDER | {""}
        assert row["ageBroad"] in AGE_BANDS | {""}
        assert row["traffickMonths"] in MONTHS | {""}
        for column in ("citizenship", "CountryOfExploitation"):
            assert row[column] == "" or (re.fullmatch(r"[A-Z]{3}", row[column]) and row[column] in countries)
        for column in FLAGS:
            assert row[column] in ("1", ""), (column, row[column])


def test_the_columns_are_the_codebooks_27_in_order(tmp_path: Path) -> None:
    assert len(COLUMNS) == 27 and column_list("ctdc-synthetic-columns.txt") == COLUMNS
    standard = load_standard("ctdc-synthetic")
    assert standard.columns == tuple(COLUMNS) and standard.flags == frozenset(FLAGS)
    assert {c: sorted(s) for c, s in standard.derived_from.items()} == {
        c: sorted(s) for c, s in SOURCES.items()
    }
    every_2021 = set(column_list("ctdc-2021-columns.txt"))
    assert {s for _, s in PAIRS} <= every_2021  # each source is a real CTDC 2021 field
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        doc(store, "a.txt")
        rows, meta = export(store, tmp_path / "s.csv")
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.splitlines()[0].decode() == ",".join(COLUMNS)  # no BOM, exactly the header
    assert meta["schema"] == "ctdc-synthetic" and "February 2024" in meta["standard"]
    assert rows == [dict.fromkeys(COLUMNS, "")]  # nothing coded: every cell missing, none 0


def test_the_demo_exports_one_row_per_victim_case(run, tmp_path: Path) -> None:
    project, out = tmp_path / "demo.sqlite", tmp_path / "synthetic.csv"
    assert run("demo", "-o", project).code == 0
    done = run(
        "export", project, "--format", "cases", "--schema", "ctdc-synthetic", "--pool", "any", "-o", out
    )
    assert done.code == 0, done.err
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    meta = json.loads(sidecars(out)[1].read_text(encoding="utf-8"))
    assert len(rows) == 12 and meta["units"] == "cases" and meta["left_out_roles"] == {"perpetrator": 1}
    check_values(rows)
    assert {r["citizenship"] for r in rows} == {"PRK"} and {r["gender"] for r in rows} == {"Woman"}
    assert sum(r[c] == "1" for r in rows for c in FLAGS) > 20
    assert {"09--17", "18--20"} <= {r["ageBroad"] for r in rows}
    by_case = {m["case"]: r for r, m in zip(rows, meta["cases"], strict=True)}
    with ProjectStore.open(project, readonly=True) as store:
        labels = {c.guid: c.label for c in store.cases()}
    months = {labels[g]: r["traffickMonths"] for g, r in by_case.items() if r["traffickMonths"]}
    assert months == {"Hye": "25+ (2+ yrs)", "Ok": "25+ (2+ yrs)"}  # 39 and 26.5 months (the journey)
    assert meta["mapping_problems"] == []


@pytest.fixture(scope="module")
def one_per_source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """A code mapped to each CTDC 2021 source field alone, coded once in a document of its own:
    the synthetic row of each document, by source field."""
    folder = tmp_path_factory.mktemp("sources")
    with create_project(folder / "p.sqlite", codebook="empty") as store:
        group = AddCode("CTDC 2021")
        group.apply(store)
        docs = {}
        for source in sorted({s for _, s in PAIRS}):
            AddCode(source, parent=group.code.guid, export={"ctdc": source}).apply(store)
            docs[source] = doc(store, f"{source}.txt")
            code(store, docs[source], f"CTDC 2021/{source}", "mina")
        rows, meta = export(store, folder / "s.csv")
    by_doc = {m["documents"][0]: r for r, m in zip(rows, meta["cases"], strict=True)}
    return {source: by_doc[d] for source, d in docs.items()}


@pytest.mark.parametrize(("column", "source"), PAIRS, ids=[f"{c}<-{s}" for c, s in PAIRS])
def test_each_synthetic_flag_from_each_of_its_2021_fields(
    one_per_source: dict[str, dict], column: str, source: str
) -> None:
    row = one_per_source[source]
    assert row[column] == "1"
    set_ = {c for c in FLAGS if row[c] == "1"}
    assert set_ == {c for c, sources in SOURCES.items() if source in sources}  # and nothing else


def test_2021_fields_without_a_synthetic_column_set_nothing(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        d = doc(store, "a.txt")
        code(store, d, "Means of control/Other forms of coercion", "mina")  # meansOfControlOther
        code(store, d, "Forms of exploitation/Forced criminal activity", "mina", 20, 30)  # …IllicitActivities
        rows, meta = export(store, tmp_path / "s.csv")
    assert [c for c in FLAGS if rows[0][c]] == []  # neither has a column in this generation
    assert meta["cases"][0]["palermo"]["means"] is True  # the Palermo check still sees the codes


def test_flags_are_1_or_empty_and_the_metadata_says_which_were_reviewed(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        looked = doc(store, "looked.txt")
        code(store, looked, "Means of control/Debt bondage", "mina")
        part = doc(store, "part.txt")
        code(store, part, "Means of control/Debt bondage", "mina")
        SetAttribute(document=looked, name="reviewed", value="yes", type="boolean").apply(store)
        SetAttribute(document=part, name="reviewed for", value="Forms of exploitation").apply(store)
        rows, meta = export(store, tmp_path / "s.csv")
    check_values(rows)
    by_doc = {m["documents"][0]: (r, m) for r, m in zip(rows, meta["cases"], strict=True)}
    row, case = by_doc[looked]
    assert row["meansDebtBondageEarnings"] == "1" and row["isForcedLabour"] == ""  # absent: empty, not 0
    assert "isForcedLabour" in case["reviewed_fields"] and "meansThreats" in case["reviewed_fields"]
    row, case = by_doc[part]
    assert row["meansThreats"] == "" and "meansThreats" not in case["reviewed_fields"]  # missing
    assert "isForcedLabour" in case["reviewed_fields"]
    assert case["reviewed_fields"] == [c for c in COLUMNS if c in case["reviewed_fields"]]  # in order
    assert "reviewed_fields" in meta["cells"]["absent"] and meta["cells"]["present"] == "1"


def test_countries_are_alpha3_and_people_are_described_as_the_codebook_does(tmp_path: Path) -> None:
    cases = [
        ({"citizenship": "North Korea", "country of exploitation": "China", "gender": "female",
          "age at exploitation": "17", "interview year": "2019"},
         {"citizenship": "PRK", "CountryOfExploitation": "CHN", "gender": "Woman", "ageBroad": "09--17",
          "yearOfRegistration": "2019"}),
        ({"citizenship": "KP", "gender": "male", "age band": "9--17"},
         {"citizenship": "PRK", "gender": "Man", "ageBroad": "09--17"}),
        ({"citizenship": "PRK", "gender": "transgender", "age at exploitation": "48"},
         {"citizenship": "PRK", "gender": "Trans/Transgender/NonConforming", "ageBroad": "48+"}),
        ({"citizenship": "de", "country of exploitation": "XX"},
         {"citizenship": "DEU", "CountryOfExploitation": ""}),
    ]  # fmt: skip
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        docs = []
        for n, (attributes, _) in enumerate(cases):
            docs.append(doc(store, f"d{n}.txt"))
            for name, value in attributes.items():
                SetAttribute(document=docs[-1], name=name, value=value).apply(store)
        rows, meta = export(store, tmp_path / "s.csv")
    check_values(rows)
    by_doc = {m["documents"][0]: (r, m) for r, m in zip(rows, meta["cases"], strict=True)}
    for d, (_, expected) in zip(docs, cases, strict=True):
        row, _ = by_doc[d]
        assert {k: row[k] for k in expected} == expected
    assert any("'XX'" in w for w in by_doc[docs[3]][1]["warnings"])
    assert by_doc[docs[0]][1]["palermo"]["minor"] is True  # 17 at exploitation: act + purpose suffice


@pytest.mark.parametrize(
    ("months", "band"),
    [(None, ""), (0, "0--12 (0-1 yr)"), (12.4, "0--12 (0-1 yr)"), (12.6, "13--24 (1-2 yrs)"),
     (24, "13--24 (1-2 yrs)"), (24.6, "25+ (2+ yrs)"), (120, "25+ (2+ yrs)")],
)  # fmt: skip
def test_months_bands(months: float | None, band: str) -> None:
    assert months_band(months) == band


def _dated(store: ProjectStore, document: str, path: str, when: str, start: int, end: int) -> None:
    coding = code(store, document, path, "mina", start, end)
    field = next(f for f in store.code_fields(store.coding(coding).code) if f.name == "date")
    SetValues(coding, {field.guid: Value("date", {"from": when, "to": when, "approx": False}, when)}).apply(
        store
    )


def test_traffick_months_from_a_dated_sale_and_escape(tmp_path: Path) -> None:
    sale = "Acts and recruitment/Sale or purchase of the person"
    escape = "Exit, repatriation and aftermath/Escape"
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        first, second, open_ = doc(store, "first.txt"), doc(store, "second.txt"), doc(store, "open.txt")
        victim, ongoing = AddCase("Victim A"), AddCase("Victim B")
        victim.apply(store)
        ongoing.apply(store)
        LinkDocuments(victim.case.guid, [first, second]).apply(store)
        LinkDocuments(ongoing.case.guid, [open_]).apply(store)
        _dated(store, first, sale, "2012-03", 0, 10)  # the sale in one interview,
        _dated(store, second, escape, "2013-06", 20, 30)  # the escape in the other: 15 months
        _dated(store, open_, sale, "2015", 0, 10)  # no escape coded: unknown
        rows, meta = export(store, tmp_path / "s.csv")
    by_case = {m["case"]: r for r, m in zip(rows, meta["cases"], strict=True)}
    assert by_case[victim.case.guid]["traffickMonths"] == "13--24 (1-2 yrs)"
    assert by_case[ongoing.case.guid]["traffickMonths"] == ""


def test_min_k_takes_the_synthetic_quasi_identifiers(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        for n, (age, year) in enumerate([(16, "2019"), (16, "2019"), (30, "2020"), (25, "2021")]):
            d = doc(store, f"d{n}.txt")
            SetAttribute(document=d, name="age at exploitation", value=str(age)).apply(store)
            SetAttribute(document=d, name="interview year", value=year).apply(store)
            SetAttribute(document=d, name="citizenship", value="KP").apply(store)
        rows, meta = export(store, tmp_path / "k.csv", min_k=2)
    report = meta["min_k"]
    assert report["quasi_identifiers"] == [
        "ageBroad", "gender", "citizenship", "CountryOfExploitation", "yearOfRegistration", "traffickMonths",
    ]  # fmt: skip
    assert report["level"] == 2 and report["suppressed_rows"] == 0
    assert {r["ageBroad"] for r in rows} == {""} and {r["citizenship"] for r in rows} == {"PRK"}


def test_a_synthetic_name_in_a_mapping_must_agree_with_its_2021_fields(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.sqlite", codebook="default") as store:
        synthetic = load_standard("ctdc-synthetic")
        assert indicators(synthetic, CodeTree(store.codes())).problems == []  # the default codebook
        AddCode("Odd", export={"ctdc": "meansOfControlDebtBondage; meansThreats"}).apply(store)
        problems = indicators(synthetic, CodeTree(store.codes())).problems
    assert problems == ["Odd: names meansThreats, which its CTDC 2021 fields do not give"]
