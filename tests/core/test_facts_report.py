"""The facts report: typed values counted per code, field, group and unit, each figure with the
passages (quote, document, span, coder) behind it; money never pooled across currencies, and
converted only with a rate table the user gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.analysis.facts import FactGroup, RateTable, facts, read_rates
from annotator.core.errors import AnnotatorError, NotFound, UnknownCode
from annotator.core.store import ProjectStore
from tests.core.value_project import TEXTS, ValueProject, build_value_project


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> ValueProject:
    return build_value_project(tmp_path_factory.mktemp("values") / "v.sqlite")


@pytest.fixture
def project(master: ValueProject, tmp_path: Path) -> ValueProject:
    path = tmp_path / "v.sqlite"
    shutil.copyfile(master.path, path)
    return ValueProject(path, master.docs, master.codes, master.fields, master.coders)


def groups_by(report: list[FactGroup]) -> dict[tuple[str, str, str | None, str | None], FactGroup]:
    out = {}
    for g in report:
        key = (g.code_path, g.field_name, g.group, g.unit)
        assert key not in out, f"two entries for {key}"
        out[key] = g
    return out


def numbers(group: FactGroup) -> list[float | None]:
    return [v.value.number() for v in group.values]


def test_counts_min_median_max_per_currency_with_every_quote(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        report = groups_by(facts(store, code="Sale"))
    assert set(report) == {
        ("Sale", "price", None, "CNY"),
        ("Sale", "price", None, "KPW"),
        ("Sale", "price", None, "USD"),
    }
    cny = report[("Sale", "price", None, "CNY")]
    assert cny.count == 5 and cny.kind == "money"
    assert cny.minimum is not None and cny.minimum.number() == 18_000
    assert cny.median == 25_000
    assert cny.maximum is not None and cny.maximum.number() == 35_000
    assert sorted(numbers(cny)) == [18_000, 24_000, 25_000, 30_000, 35_000]  # never KPW or USD
    for v in cny.values:
        assert v.quote == TEXTS[v.document_name][v.start : v.end]
        assert v.coder_name in ("mina", "jun")
    assert report[("Sale", "price", None, "KPW")].count == 1
    assert report[("Sale", "price", None, "USD")].values[0].coder_name == "jun"


def test_one_coder_and_one_field_and_the_per_unit_apart(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        mina = groups_by(facts(store, code="Sale", field="price", coders=["mina"]))
        earnings = groups_by(facts(store, code="Earnings"))
        ages = groups_by(facts(store, field="age"))
    cny = mina[("Sale", "price", None, "CNY")]
    assert (cny.count, cny.median) == (3, 25_000)
    assert {v.coder_name for v in cny.values} == {"mina"}
    assert ("Sale", "price", None, "USD") not in mina
    [rate] = earnings.values()
    assert rate.unit == "CNY/night" and rate.median == 450  # a range counts at its middle
    [age] = ages.values()
    assert (age.count, age.minimum.number(), age.median, age.maximum.number()) == (3, 17, 19, 20)  # type: ignore[union-attr]


def test_grouped_by_a_document_attribute(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        report = groups_by(facts(store, code="Sale", by="province"))
    north = report[("Sale", "price", "North Hamgyong", "CNY")]
    assert sorted(numbers(north)) == [24_000, 25_000, 30_000, 35_000]
    assert (north.median, north.by) == (27_500, "province")
    assert report[("Sale", "price", "Ryanggang", "KPW")].count == 1
    unknown = report[("Sale", "price", None, "CNY")]  # c.txt has no province
    assert [v.document_name for v in unknown.values] == ["c.txt"]
    assert report[("Sale", "price", None, "USD")].count == 1


def test_grouped_by_a_code_each_form_its_passages_also_carry(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        report = groups_by(facts(store, code="Sale", by="Exploitation"))
    marriage = report[("Sale", "price", "Forced marriage", "CNY")]
    assert sorted(numbers(marriage)) == [18_000, 24_000, 25_000]
    assert report[("Sale", "price", "Forced marriage", "USD")].count == 1
    assert report[("Sale", "price", "Sexual exploitation", "KPW")].count == 1
    none = report[("Sale", "price", None, "CNY")]  # the second sale overlaps no form
    assert sorted(numbers(none)) == [30_000, 35_000]
    # by a leaf code: one group, named after it
    with ProjectStore.open(project.path, readonly=True) as store:
        leaf = groups_by(facts(store, code="Sale", by="Exploitation/Forced marriage"))
    assert leaf[("Sale", "price", "Forced marriage", "CNY")].count == 3


def test_code_takes_its_sub_codes_and_every_row_names_its_own_code(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        everything = groups_by(facts(store))
        branch = facts(store, code="Exploitation")  # no fields below: nothing, not an error
    assert {k[0] for k in everything} == {"Sale", "Earnings", "Recruitment"}
    assert branch == []


def test_a_rate_table_converts_only_when_given_and_says_so(project: ValueProject, tmp_path: Path) -> None:
    rates_file = tmp_path / "rates.csv"
    rates_file.write_text("from,to,rate\nCNY,USD,0.14\nKPW,USD,0.001\n", encoding="utf-8")
    rates = read_rates(rates_file)
    assert rates == RateTable("USD", {"CNY": 0.14, "KPW": 0.001}, str(rates_file))
    with ProjectStore.open(project.path, readonly=True) as store:
        report = facts(store, code="Sale", rates=rates)
    plain = [g for g in report if not g.converted]
    assert {g.unit for g in plain} == {"CNY", "KPW", "USD"}  # the per-currency rows stay as they are
    [converted] = [g for g in report if g.converted]
    assert converted.unit == "USD" and converted.count == 7
    assert sorted(numbers(converted)) == pytest.approx([1_000, 2_520, 3_360, 3_500, 4_200, 4_900, 18_000])
    as_json = converted.to_json()
    assert as_json["converted"] is True and as_json["rates"]["to"] == "USD"
    assert as_json["rates"]["from"] == {"CNY": 0.14, "KPW": 0.001}
    assert as_json["rates"]["source"] == str(rates_file)
    assert all(v["converted_from"] for v in as_json["values"])
    assert all(g.to_json()["converted"] is False for g in plain)


def test_a_currency_without_a_rate_is_left_out_of_the_conversion_and_counted(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        report = facts(store, code="Sale", rates=RateTable("EUR", {"CNY": 0.13}))
    [converted] = [g for g in report if g.converted]
    assert converted.count == 5 and converted.not_converted == 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("from,to,rate\nCNY,USD,abc\n", "rate"),
        ("from,to,rate\nCNY,USD,0.14\nKPW,EUR,0.001\n", "one target"),
        ("currency\nCNY\n", "from,to,rate"),
        ("from,to,rate\nCNY,USD,-1\n", "rate"),
        ("from,to,rate\n", "no rate"),
    ],
)
def test_a_bad_rate_table_is_refused_in_one_line_naming_the_file(
    tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotatorError, match=words) as caught:
        read_rates(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_unknown_names_are_one_line_errors(project: ValueProject) -> None:
    with ProjectStore.open(project.path, readonly=True) as store:
        with pytest.raises(UnknownCode, match="Nope"):
            facts(store, code="Nope")
        with pytest.raises(NotFound, match="weight"):
            facts(store, field="weight")
        with pytest.raises(NotFound, match="age"):
            facts(store, code="Sale", field="age")  # a field, but not of this code
        with pytest.raises(NotFound, match="district"):
            facts(store, by="district")
        with pytest.raises(NotFound, match="nobody"):
            facts(store, coders=["nobody"])


def test_values_in_the_report_follow_text_order_and_the_json_contract(project: ValueProject) -> None:
    """Values in document order, then by span; the same span by coder name (jun before mina)."""
    with ProjectStore.open(project.path, readonly=True) as store:
        report = facts(store, code="Recruitment")
    [age] = report
    data = age.to_json()
    assert list(data)[:10] == [
        "code",
        "field",
        "kind",
        "group",
        "count",
        "min",
        "median",
        "max",
        "unit",
        "values",
    ]
    assert (data["code"], data["field"], data["kind"], data["unit"]) == ("Recruitment", "age", "age", "years")
    assert (data["count"], data["min"], data["median"], data["max"]) == (3, 17, 19, 20)
    assert [(v["document"], v["value"]) for v in data["values"]] == [
        ("a.txt", 20),
        ("a.txt", 19),
        ("b.txt", 17),
    ]
    for v in data["values"]:
        assert {"value", "unit", "document", "start", "end", "quote", "coder"} <= set(v)
        assert v["quote"] == TEXTS[v["document"]][v["start"] : v["end"]]


def test_fact_rows_filters_orders_and_finds_a_value_on_a_field_of_another_code(project: ValueProject) -> None:
    """The store's two-scan join gives what one JOIN gave: every value, filters, text order."""
    with ProjectStore.open(project.path) as store:
        every = store.fact_rows()
        assert len(every) == 11
        assert every == sorted(every, key=lambda r: (r.document, r.start, r.end, r.coding))
        mina = store.fact_rows(coders=[project.coders["mina"]])
        assert len(mina) == 7 and {r.coder for r in mina} == {project.coders["mina"]}
        ages = store.fact_rows(fields=[project.fields["Recruitment/age"]], coders=[project.coders["jun"]])
        assert [(r.value.data["min"], r.code) for r in ages] == [(20, project.codes["Recruitment"])]
        # a value whose coding's code does not own its field (no change makes one; a damaged file may)
        sale = next(r for r in mina if r.code == project.codes["Sale"])
        rate = project.fields["Earnings/rate"]
        store.set_coding_value(sale.coding, rate, sale.value, by=project.coders["mina"])
        stray = [r for r in store.fact_rows(fields=[rate]) if r.coding == sale.coding]
        assert len(stray) == 1 and stray[0].code == project.codes["Sale"]
        assert len(store.fact_rows(fields=[rate], coders=[project.coders["jun"]])) == 0
