"""Agreement on values: of the passages two coders both coded with a code (matched as segment
agreement matches them), the share whose values agree, per field, within each kind's stated
tolerance; and the list of passages where the coders agree on the code but differ on a value."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator.core.analysis.agreement import (
    TOLERANCES,
    agreement,
    value_disagreements,
    values_agree,
)
from annotator.core.store import ProjectStore
from annotator.core.values import FieldSpec, parse_value
from tests.core.value_project import ValueProject, build_value_project, span


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> ValueProject:
    return build_value_project(tmp_path_factory.mktemp("values") / "v.sqlite")


@pytest.fixture
def project(master: ValueProject, tmp_path: Path) -> ValueProject:
    path = tmp_path / "v.sqlite"
    shutil.copyfile(master.path, path)
    return ValueProject(path, master.docs, master.codes, master.fields, master.coders)


def value(kind: str, text: str, **options: object):  # noqa: ANN201
    return parse_value(FieldSpec("f", kind, options), text)


@pytest.mark.parametrize(
    ("kind", "a", "b", "agree"),
    [
        ("money", "25000 CNY", "26250 CNY", True),  # 1,250 is within 5% of 26,250: agrees
        ("money", "25000 CNY", "26400 CNY", False),
        ("money", "25000 CNY", "25000 USD", False),  # the currency is exact
        ("money", "400 CNY per night", "400 CNY", False),  # and so is "per"
        ("money", "400-500 CNY", "400-510 CNY", True),  # both ends of a range
        ("money", "400-500 CNY", "450 CNY", False),
        ("age", "19", "20", True),
        ("age", "19", "21", False),
        ("age", "12-29", "13-28", True),
        ("date", "2012-03-01", "2012-03-30", True),  # the same month
        ("date", "2012-03", "2012-04", False),
        ("date", "2012", "2012-03", False),  # one coder was more precise: not the same month
        ("date", "2012-2013", "2012-2013", True),
        ("duration", "10 months", "11 months", True),  # within 10%
        ("duration", "10 months", "12 months", False),
        ("duration", "1 year", "12 months", True),  # compared in days
        ("count", "3", "3", True),
        ("count", "3", "4", False),
        ("text", "the  Broker", "the broker", True),  # exact but for case and spacing
        ("text", "the broker", "a broker", False),
        ("place", "Yanji", "延吉", True),  # the same normalised place
        ("place", "Yanji", "Shenyang", False),
    ],
)
def test_tolerances_per_kind(kind: str, a: str, b: str, agree: bool) -> None:
    assert values_agree(value(kind, a), value(kind, b)) is agree
    assert values_agree(value(kind, b), value(kind, a)) is agree  # symmetric


def test_choices_agree_exactly() -> None:
    form = {"choices": ["forced marriage", "prostitution"]}
    assert values_agree(value("choice", "forced marriage", **form), value("choice", "1", **form))
    assert not values_agree(
        value("choice", "forced marriage", **form), value("choice", "prostitution", **form)
    )


def test_the_tolerances_are_stated() -> None:
    assert TOLERANCES == {
        "money": "±5% (same currency and per unit)",
        "age": "±1 year",
        "date": "same month",
        "duration": "±10%",
        "count": "exact",
        "choice": "exact",
        "text": "exact (ignoring case and spacing)",
        "place": "same place",
    }


def test_agreement_reports_per_field_the_share_of_matched_segments_whose_values_agree(
    project: ValueProject,
) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        report = agreement(store, ["mina", "jun"])
    data = report.to_json()
    rows = {row["code"]: row for row in data["codes"]}
    # 3 matched sales with a price from both: 25,000/24,000 agree; 30,000/35,000 and CNY/USD do not.
    assert rows["Sale"]["fields"] == [
        {
            "field": "price",
            "kind": "money",
            "matched": 3,
            "agree": 1,
            "share": pytest.approx(1 / 3),
            "tolerance": "±5% (same currency and per unit)",
            "one_value_only": 0,
        }
    ]
    [age] = rows["Recruitment"]["fields"]
    assert (age["matched"], age["agree"], age["share"], age["tolerance"]) == (1, 1, 1.0, "±1 year")
    [rate] = rows["Earnings"]["fields"]  # only mina coded it: nothing matched, the share is undefined
    assert (rate["matched"], rate["agree"], rate["share"]) == (0, 0, None)
    assert rows["Exploitation/Forced marriage"]["fields"] == []  # a code without fields
    # every existing key is still there, unchanged in meaning
    assert {"percent_agreement", "cohen_kappa", "segment_agreement", "segments"} <= set(rows["Sale"])
    json.dumps(data)


def test_a_coding_with_a_value_matched_by_one_without_counts_apart(project: ValueProject) -> None:
    from annotator.core.changes import ApplyCode

    with ProjectStore.open(project.path) as store:
        start, end = span("b.txt", "The broker paid 1,000,000 won for her.")
        ApplyCode(
            document=project.docs["b.txt"].guid,
            start=start,
            end=end,
            code=project.codes["Sale"],
            coder=project.coders["jun"],
        ).apply(store)
        report = agreement(store, ["mina", "jun"], codes=["Sale"])
    [price] = report.code("Sale").fields
    assert (price.matched, price.agree, price.one_value_only) == (3, 1, 1)


def test_the_threshold_decides_which_segments_are_matched(project: ValueProject) -> None:
    from annotator.core.changes import ApplyCode
    from annotator.core.changes.values import SetValues

    with ProjectStore.open(project.path) as store:
        start, end = span("b.txt", "paid 1,000,000 won")  # 18 of mina's 38 characters: overlap 0.47
        change = ApplyCode(
            document=project.docs["b.txt"].guid,
            start=start,
            end=end,
            code=project.codes["Sale"],
            coder=project.coders["jun"],
        )
        change.apply(store)
        price = project.fields["Sale/price"]
        spec = store.code_field(price).spec
        SetValues(change.coding.guid, {price: parse_value(spec, "1,000,000 KPW")}).apply(store)
        strict = agreement(store, ["mina", "jun"], codes=["Sale"]).code("Sale").fields[0]
        loose = agreement(store, ["mina", "jun"], codes=["Sale"], threshold=0.4).code("Sale").fields[0]
        listed = value_disagreements(store, ["mina", "jun"], threshold=0.4)
    assert (strict.matched, strict.agree) == (3, 1)
    assert (loose.matched, loose.agree) == (4, 2)
    assert len(listed) == 2  # the new pair agrees


def test_the_text_report_lists_value_agreement_per_field(run, project: ValueProject) -> None:
    done = run("agreement", project.path, "--coders", "mina,jun")
    assert done.code == 0, done.err
    line = next(line for line in done.out.splitlines() if "price" in line)
    assert "Sale" in line and "1 of 3" in line and "±5%" in line


def test_value_disagreements_list_the_passages_where_coders_differ_on_a_value(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        found = value_disagreements(store, ["mina", "jun"])
    listed = sorted(
        (d.document_name, d.code_path, d.field_name, d.values[0].display(), d.values[1].display())
        for d in found
    )
    assert listed == [
        ("a.txt", "Sale", "price", "30,000 CNY", "35,000 CNY"),
        ("c.txt", "Sale", "price", "18,000 CNY", "18,000 USD"),
    ]
    first = next(d for d in found if d.document_name == "a.txt")
    assert first.coders == ("mina", "jun")
    assert first.spans[0] == span("a.txt", "Later she was sold again for 30,000 yuan.")
    assert first.quote == "Later she was sold again for 30,000 yuan."
    assert first.tolerance == "±5% (same currency and per unit)"
    as_json = first.to_json()
    assert as_json["values"][0]["display"] == "30,000 CNY" and as_json["field"] == "price"
    json.dumps([d.to_json() for d in found])


def test_value_disagreements_follow_the_filters(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        assert value_disagreements(store, ["mina", "jun"], codes=["Recruitment"]) == []
        only_c = value_disagreements(store, ["mina", "jun"], documents=[project.docs["c.txt"].guid])
    assert [d.document_name for d in only_c] == ["c.txt"]
