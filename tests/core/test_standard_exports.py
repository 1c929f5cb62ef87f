"""Standard case exports checked against the standards' own published lists (resources/standards/).

Every header is compared with the published field list exactly, every categorical cell with the
published picklist; each mapping fix of issue 11 has its test; a cell nobody looked at is empty;
the coders' disagreements refuse the default export and are named; the layer is recorded.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.changes import AddCase, ApplyCode, LinkCodings, LinkDocuments, SetAttribute
from annotator.core.changes.values import SetValues
from annotator.core.codebook import CodeTree, guid_for_path
from annotator.core.exporters import ExportRequest, run_export
from annotator.core.exporters.case_export import UnresolvedDisagreements, sidecars
from annotator.core.exporters.case_indicators import indicators, parse_mapping
from annotator.core.exporters.case_units import case_units
from annotator.core.exporters.standards import column_list, field_rows, load_standard
from annotator.core.model import Document, new_guid, utc_now
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text
from annotator.core.values import Value

STANDARDS = Path(__file__).resolve().parents[2] / "resources" / "standards"
TEXT = "She was promised work. They took her away. Later she was sold on and beaten." * 3


@pytest.fixture
def proj(tmp_path: Path):
    store = create_project(tmp_path / "p.sqlite", codebook="default")
    yield store
    store.close()


def doc(store: ProjectStore, name: str, text: str = TEXT) -> str:
    text = f"{name}: {text}"  # texts are unique in a project
    d = Document(new_guid(), name, sha256_text(text), len(text), imported_at=utc_now())
    with store.atomic():
        store.insert_document(d, text)
    return d.guid


def code(store: ProjectStore, document: str, path: str, coder: str, start: int = 0, end: int = 10) -> str:
    tree = CodeTree(store.codes())
    change = ApplyCode(
        document=document,
        start=start,
        end=end,
        code=tree.find(path).guid,
        coder=store.ensure_coder(coder).guid,
    )
    change.apply(store)
    return change.coding.guid


def export(store: ProjectStore, out: Path, schema: str, **kw) -> tuple[list[dict], dict]:
    options = {"schema": schema} | {k: kw.pop(k) for k in ("pool", "min_k") if k in kw}
    run_export(store, ExportRequest("cases", out, options=options, **kw))
    return read(out), json.loads(sidecars(out)[1].read_text(encoding="utf-8"))


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


# -- the standards as published -----------------------------------------------------------------


def test_the_kept_lists_are_the_shared_copies_of_the_published_files() -> None:
    shared = Path("/work/shared/standards")
    if not shared.is_dir():
        pytest.skip("the shared copy is not on this machine")
    for path in shared.iterdir():
        if path.suffix in (".txt", ".json"):
            assert (STANDARDS / path.name).read_bytes() == path.read_bytes(), path.name


def test_headers_are_exactly_the_published_field_lists(proj: ProjectStore, tmp_path: Path) -> None:
    doc(proj, "a.txt")
    ctdc = column_list("ctdc-2021-columns.txt")
    assert len(ctdc) == 63 and ctdc[0] == "yearOfRegistration" and ctdc[-1] == "recruiterRelationUnknown"
    export(proj, tmp_path / "c.csv", "ctdc-2021")
    assert header(tmp_path / "c.csv") == ctdc
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"yearOfRegistration,")  # no BOM: a loader reads the first name as published
    person = [r[0] for r in field_rows("htcds-2.0-person-fields.txt")]
    victim = [r[0] for r in field_rows("htcds-2.0-victim-fields.txt") if r[1] != "DEPRECATED"]
    events = [r[0] for r in field_rows("htcds-2.0-event-fields.txt")]
    assert (len(person), len(victim), len(events)) == (25, 13, 10)
    export(proj, tmp_path / "h.csv", "htcds-2.0")
    assert header(tmp_path / "h.csv") == person + victim
    assert header(tmp_path / "h.events.csv") == events


def _demo_export(tmp_path: Path, schema: str) -> tuple[list[dict], dict, Path]:
    from annotator.core.demo import build_demo

    project = tmp_path / "demo.sqlite"
    if not project.exists():
        build_demo(project)
    with ProjectStore.open(project, readonly=True) as store:
        rows, meta = export(store, tmp_path / f"{schema}.csv", schema, pool="any")
    return rows, meta, tmp_path / f"{schema}.csv"


def test_every_categorical_cell_is_in_the_published_picklist(tmp_path: Path) -> None:
    picklists = json.loads((STANDARDS / "htcds-2.0-picklists.json").read_text(encoding="utf-8"))
    standard = load_standard("htcds-2.0")
    rows, meta, path = _demo_export(tmp_path, "htcds-2.0")
    filled = 0
    for row in rows:
        for column, cell in row.items():
            if cell and column in picklists:
                values = cell.split(";") if column in standard.multiselect else [cell]
                assert set(values) <= set(picklists[column]["names"]), (column, cell)
                filled += 1
            if column == "prs_Citizenship" and cell:
                assert all(len(c) == 2 and c.isupper() for c in cell.split(";"))
    assert filled > 10
    for event in read(sidecars(path)[0]):
        assert event["hte_Type"] in ("", *picklists["hte_Type"]["names"])
    ctdc = json.loads((STANDARDS / "ctdc-2021-values.json").read_text(encoding="utf-8"))
    rows, _, _ = _demo_export(tmp_path, "ctdc-2021")
    flags = load_standard("ctdc-2021").flags
    for row in rows:
        for column, cell in row.items():
            if column in ctdc and cell:
                assert cell in ctdc[column], (column, cell)
            if column in flags:
                assert cell in ("", "0", "1"), (column, cell)


def test_every_htcds_mapping_of_the_default_codebook_names_a_published_field_and_value(
    proj: ProjectStore,
) -> None:
    picklists = json.loads((STANDARDS / "htcds-2.0-picklists.json").read_text(encoding="utf-8"))
    fields = {
        r[0] for name in ("person", "victim", "event") for r in field_rows(f"htcds-2.0-{name}-fields.txt")
    }
    tree = CodeTree(proj.codes())
    for _, c in tree.walk():
        for name, value in parse_mapping(c.export.get("htcds", "")):
            if name.startswith(("per_", "spl_")):
                assert name in picklists, (tree.path(c.guid), name)
            else:
                assert name in fields, (tree.path(c.guid), name)
            if value is not None:
                assert value in picklists[name]["names"], (tree.path(c.guid), name, value)
        for name, value in parse_mapping(c.export.get("ctdc", "")):
            if (
                value is None
                and name[:2] in ("is", "ty", "me", "re")
                and not name.startswith(("means", "sector"))
            ):
                assert name in column_list("ctdc-2021-columns.txt") or name.startswith("meansOf"), name
    assert indicators(load_standard("htcds-2.0"), tree).problems == []


# -- the mapping fixes ----------------------------------------------------------------------------


def _one(proj: ProjectStore, tmp_path: Path, path: str, schema: str) -> tuple[dict, dict]:
    """One document coded once with ``path`` by one coder, in a project of its own."""
    folder = tmp_path / new_guid()
    folder.mkdir()
    store = create_project(folder / "p.sqlite", codebook="default")
    try:
        code(store, doc(store, "one.txt"), path, "mina")
        rows, meta = export(store, folder / f"{schema}.csv", schema)
    finally:
        store.close()
    return rows[0], meta["cases"][0]


def test_abduction_is_a_palermo_means_and_an_act(proj: ProjectStore, tmp_path: Path) -> None:
    row, meta = _one(proj, tmp_path, "Acts and recruitment/Abduction", "ctdc-2021")
    assert row["isAbduction"] == "1"
    assert meta["palermo"]["act"] is True and meta["palermo"]["means"] is True
    row, _ = _one(proj, tmp_path, "Acts and recruitment/Abduction", "htcds-2.0")
    assert row["vic_MethodOfRecruitment"] == "Other"


def test_a_job_offer_is_deception_not_a_place(proj: ProjectStore, tmp_path: Path) -> None:
    path = "Acts and recruitment/Recruitment/Recruited with a job offer"
    row, meta = _one(proj, tmp_path, path, "htcds-2.0")
    assert row["vic_MethodOfRecruitment"] == ""  # not AtWork / AtAPlaceOfBusiness: where, not how
    assert row["vic_MethodsOfControl"] == "FalsePromises"
    assert meta["palermo"]["act"] and meta["palermo"]["means"]
    row, _ = _one(proj, tmp_path, path, "ctdc-2021")
    assert row["meansOfControlFalsePromises"] == "1"


def test_forced_pregnancy_is_sexual_abuse_in_both_schemas(proj: ProjectStore, tmp_path: Path) -> None:
    path = "Forms of exploitation/Forced marriage/Forced pregnancy or childbearing"
    row, _ = _one(proj, tmp_path, path, "ctdc-2021")
    assert row["meansOfControlSexualAbuse"] == "1" and row["isForcedMarriage"] == "1"
    row, _ = _one(proj, tmp_path, path, "htcds-2.0")
    assert row["vic_MethodsOfControl"] == "SexualAbuse" and row["vic_TypeOfExploitation"] == "ForcedMarriage"


def test_farm_servitude_is_agriculture_not_domestic_work(proj: ProjectStore, tmp_path: Path) -> None:
    path = "Forms of exploitation/Forced marriage/Domestic or farm servitude/Farm work"
    row, _ = _one(proj, tmp_path, path, "ctdc-2021")
    assert row["typeOfLabourAgriculture"] == "1" and row["typeOfLabourDomesticWork"] == ""
    assert row["isForcedMarriage"] == row["isForcedLabour"] == "1"
    row, _ = _one(proj, tmp_path, path, "htcds-2.0")
    assert row["vic_ForcedLabourIndustry"] == "A_AgricultureForestryAndFishing"
    assert row["vic_TypeOfExploitation"] == "ForcedLabour;ForcedMarriage;Servitude"
    row, _ = _one(
        proj, tmp_path, "Forms of exploitation/Forced marriage/Domestic or farm servitude", "ctdc-2021"
    )
    assert row["typeOfLabourDomesticWork"] == row["typeOfLabourAgriculture"] == ""  # unknown which work


def test_labour_sectors_use_htcds_names(proj: ProjectStore, tmp_path: Path) -> None:
    row, _ = _one(
        proj, tmp_path, "Forms of exploitation/Forced labour/Restaurant or hospitality", "htcds-2.0"
    )
    assert row["vic_ForcedLabourIndustry"] == "I_AccommodationAndFoodServiceActivities"
    row, _ = _one(proj, tmp_path, "Forms of exploitation/Forced labour/Domestic work", "htcds-2.0")
    assert row["vic_ForcedLabourIndustry"] == "T_ActivitiesOfHouseholdsAsEmployers"


def test_the_missing_codes_exist_with_stable_guids(proj: ProjectStore, tmp_path: Path) -> None:
    tree = CodeTree(proj.codes())
    for path in (
        "Means of control/Other forms of coercion",
        "Exit, repatriation and aftermath/Punishment after return/Execution after return",
        "Exit, repatriation and aftermath/Denounced by an informant",
        "Forms of exploitation/Forced marriage/Domestic or farm servitude/Farm work",
        "Forms of exploitation/Forced marriage/Domestic or farm servitude/Housework and care",
    ):
        assert tree.find(path).guid == guid_for_path(path)
    row, meta = _one(proj, tmp_path, "Means of control/Other forms of coercion", "ctdc-2021")
    assert row["meansOfControlOther"] == "1" and meta["palermo"]["means"]


# -- truthful cells -------------------------------------------------------------------------------


def test_a_cell_nobody_looked_at_is_empty_and_a_reviewed_one_is_0(proj: ProjectStore, tmp_path: Path) -> None:
    looked = doc(proj, "looked.txt")
    code(proj, looked, "Means of control/Debt bondage", "mina")
    untouched = doc(proj, "untouched.txt", "nothing coded here")
    rows, meta = export(proj, tmp_path / "c.csv", "ctdc-2021")
    by_doc = {m["documents"][0]: r for r, m in zip(rows, meta["cases"], strict=True)}
    assert by_doc[looked]["meansOfControlDebtBondage"] == "1"
    assert by_doc[looked]["isForcedMarriage"] == ""  # coded something, but not reviewed: missing, not 0
    assert all(v == "" for v in by_doc[untouched].values())
    SetAttribute(document=looked, name="reviewed", value="yes", type="boolean").apply(proj)
    SetAttribute(document=untouched, name="reviewed for", value="Forms of exploitation").apply(proj)
    rows, meta = export(proj, tmp_path / "c2.csv", "ctdc-2021")
    by_doc = {m["documents"][0]: r for r, m in zip(rows, meta["cases"], strict=True)}
    assert by_doc[looked]["isForcedMarriage"] == "0" and by_doc[looked]["meansOfControlDebtBondage"] == "1"
    assert by_doc[untouched]["isForcedMarriage"] == "0" and by_doc[untouched]["meansOfControlThreats"] == ""
    assert meta["cases"][0]["palermo"]["check"] in ("not met", "unknown")


def test_disagreements_refuse_the_default_export_and_are_named(proj: ProjectStore, tmp_path: Path) -> None:
    d = doc(proj, "two.txt")
    code(proj, d, "Means of control/Debt bondage", "mina")
    code(proj, d, "Means of control/Physical violence", "mina", 20, 30)
    code(proj, d, "Means of control/Physical violence", "jun", 20, 30)
    out = tmp_path / "c.csv"
    with pytest.raises(UnresolvedDisagreements) as caught:
        export(proj, out, "htcds-2.0")
    assert caught.value.lines == [
        "two.txt: Means of control/Debt bondage — coded by mina, not by jun (in two.txt)"
    ]
    assert not any(p.name.startswith("c.") for p in tmp_path.iterdir())  # nothing written
    # the consensus layer decides: the disagreement is resolved, and recorded
    consensus = proj.ensure_coder("consensus")
    code(proj, d, "Means of control/Debt bondage", "consensus")
    rows, meta = export(proj, out, "htcds-2.0")
    assert rows[0]["vic_MethodsOfControl"] == "DebtBondage;PhysicalAbuse"
    assert meta["layer"] == {"mode": "consensus", "coders": ["jun", "mina"], "consensus": [consensus.name]}
    behind = meta["cases"][0]["behind"]["vic_MethodsOfControl=DebtBondage"]
    assert [b[1] for b in behind] == [d]  # traced to its passage


def test_pool_and_coder_are_explicit_and_recorded(proj: ProjectStore, tmp_path: Path) -> None:
    d = doc(proj, "two.txt")
    code(proj, d, "Means of control/Debt bondage", "mina")
    code(proj, d, "Means of control/Physical violence", "jun", 20, 30)
    rows, meta = export(proj, tmp_path / "any.csv", "ctdc-2021", pool="any")
    assert rows[0]["meansOfControlDebtBondage"] == rows[0]["meansOfControlPhysicalAbuse"] == "1"
    assert meta["layer"]["mode"] == "pool-any"
    rows, meta = export(proj, tmp_path / "all.csv", "ctdc-2021", pool="all")
    assert rows[0]["meansOfControlDebtBondage"] == rows[0]["meansOfControlPhysicalAbuse"] == ""
    assert meta["layer"]["mode"] == "pool-all"
    rows, meta = export(proj, tmp_path / "jun.csv", "ctdc-2021", coders=["jun"])
    assert rows[0]["meansOfControlDebtBondage"] == "" and rows[0]["meansOfControlPhysicalAbuse"] == "1"
    assert meta["layer"] == {"mode": "coder", "coders": ["jun"], "consensus": []}


def test_min_k_coarsens_or_suppresses_and_reports(proj: ProjectStore, tmp_path: Path) -> None:
    for n, (age, year) in enumerate([(16, "2019"), (16, "2019"), (30, "2020"), (25, "2021")]):
        d = doc(proj, f"d{n}.txt")
        SetAttribute(document=d, name="age at exploitation", value=str(age)).apply(proj)
        SetAttribute(document=d, name="interview year", value=year).apply(proj)
        SetAttribute(document=d, name="citizenship", value="PRK").apply(proj)
    rows, meta = export(proj, tmp_path / "all.csv", "ctdc-2021")
    assert [r["ageBroad"] for r in rows] == ["9--17", "9--17", "30--38", "24--26"]
    rows, meta = export(proj, tmp_path / "k.csv", "ctdc-2021", min_k=2)
    report = meta["min_k"]
    assert report["k"] == 2 and report["level"] == 2 and report["suppressed_rows"] == 0
    assert {r["ageBroad"] for r in rows} == {""} and {r["majorityStatusAtExploit"] for r in rows} == {
        "Minor",
        "Adult",
    }
    assert {r["citizenship"] for r in rows} == {"KP"}
    rows, meta = export(proj, tmp_path / "k3.csv", "ctdc-2021", min_k=3)
    assert meta["min_k"]["suppressed_rows"] == 4 and rows == []  # no level makes groups of three


def test_cases_are_people_and_events_are_dated(proj: ProjectStore, tmp_path: Path) -> None:
    first, second = doc(proj, "interview-1.txt"), doc(proj, "interview-2.txt")
    shared = doc(proj, "two-victims.txt")
    a, b = AddCase("Victim A", attributes={"gender": "female"}), AddCase("Victim B")
    broker = AddCase("Broker K", role="perpetrator")
    for change in (a, b, broker):
        change.apply(proj)
    LinkDocuments(a.case.guid, [first, second]).apply(proj)
    crossing = code(proj, first, "Movement and locations/Border crossing", "mina")
    field = next(f for f in proj.code_fields(proj.coding(crossing).code) if f.name == "date")
    SetValues(
        crossing,
        {field.guid: Value("date", {"from": "2012-03", "to": "2012-03", "approx": False}, "March 2012")},
    ).apply(proj)
    code(proj, second, "Forms of exploitation/Forced marriage/Sold as a wife", "mina")
    only_b = code(proj, shared, "Means of control/Debt bondage", "mina")
    LinkCodings(b.case.guid, [only_b]).apply(proj)
    units = case_units(proj)
    assert units.source == "cases" and units.skipped == {"perpetrator": 1}
    rows, meta = export(proj, tmp_path / "h.csv", "htcds-2.0")
    assert meta["units"] == "cases" and len(rows) == 2
    by_case = {m["case"]: r for r, m in zip(rows, meta["cases"], strict=True)}
    assert by_case[a.case.guid]["prs_Gender"] == "Feminine"
    assert by_case[a.case.guid]["vic_TypeOfExploitation"] == "ForcedMarriage"  # from the second interview
    assert by_case[b.case.guid]["vic_MethodsOfControl"] == "DebtBondage"
    events = read(tmp_path / "h.events.csv")
    assert [(e["hte_Date"], e["hte_Type"]) for e in events] == [("2012-03", "Transit")]
    assert meta["events"][0]["case"] == a.case.guid and meta["events"][0]["coding"] == crossing


# -- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["--schema", "ctdc-2099"], 2),
        (["--schema", "ctdc-2021", "--min-k", "0"], 2),
        (["--pool", "any"], 2),
        (["--schema", "ctdc-synthetic"], 1),  # debt bondage and threats: two synthetic columns, disagreed
        (["--schema", "htcds-2.0"], 1),  # the two coders disagree
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.sqlite"
    store = create_project(project, codebook="default")
    d = doc(store, "a.txt")
    code(store, d, "Means of control/Debt bondage", "mina")
    code(store, d, "Means of control/Threats of harm", "jun")
    store.close()
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(project), "--format", "cases", "-o", str(tmp_path / "o.csv"), *args])
    assert exit_.value.code == status
    err = capsys.readouterr().err
    assert err.strip()
    if status == 1 and "disagree" in err:
        lines = err.strip().splitlines()
        assert len(lines) == 3 and "Debt bondage" in err and "Threats of harm" in err
    elif status == 1:
        assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("o")) == []
