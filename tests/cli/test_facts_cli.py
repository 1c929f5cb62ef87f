"""``annotator facts`` (the DESIGN.md ``--json`` shape, exactly) and ``annotator autocode --value``
(values on every new coding, one change; a bad value: exit 1 and nothing stored)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator.core.changes.values import AddField
from annotator.core.codebook import CodeTree
from annotator.core.store import ProjectStore
from tests.core.value_project import TEXTS, ValueProject, build_value_project

ENTRY_KEYS = ["code", "field", "kind", "group", "count", "min", "median", "max", "unit", "values"]
VALUE_KEYS = ["value", "unit", "document", "start", "end", "quote", "coder"]
KINDS = {"money", "age", "date", "duration", "place", "count", "choice", "text"}


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> ValueProject:
    return build_value_project(tmp_path_factory.mktemp("values") / "v.sqlite")


@pytest.fixture
def project(master: ValueProject, tmp_path: Path) -> Path:
    path = tmp_path / "v.sqlite"
    shutil.copyfile(master.path, path)
    return path


def test_facts_json_has_the_documented_shape_exactly(run, project: Path) -> None:
    done = run("facts", project, "--json")
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert isinstance(data, list) and data
    for entry in data:
        assert list(entry)[: len(ENTRY_KEYS)] == ENTRY_KEYS
        assert entry["kind"] in KINDS
        assert entry["group"] is None
        assert isinstance(entry["count"], int) and entry["count"] == len(entry["values"])
        assert entry["unit"] is None or isinstance(entry["unit"], str)
        for v in entry["values"]:
            assert list(v)[: len(VALUE_KEYS)] == VALUE_KEYS
            assert v["quote"] == TEXTS[v["document"]][v["start"] : v["end"]]
            assert v["coder"] in ("mina", "jun")
    money = [e for e in data if e["code"] == "Sale"]
    assert sorted(e["unit"] for e in money) == ["CNY", "KPW", "USD"]  # one entry per currency
    cny = next(e for e in money if e["unit"] == "CNY")
    assert (cny["count"], cny["min"], cny["median"], cny["max"]) == (5, 18000, 25000, 35000)
    assert all(isinstance(cny[k], int) for k in ("min", "median", "max"))  # 25000, not 25000.0


def test_facts_by_and_field_filters_and_the_text_table(run, project: Path) -> None:
    done = run("facts", project, "--code", "Sale", "--field", "price", "--by", "province", "--json")
    assert done.code == 0, done.err
    groups = {(e["group"], e["unit"]): e["count"] for e in json.loads(done.out)}
    assert groups == {
        ("North Hamgyong", "CNY"): 4,
        ("Ryanggang", "KPW"): 1,
        (None, "CNY"): 1,
        (None, "USD"): 1,
    }
    text = run("facts", project, "--code", "Sale", "--by", "Exploitation")
    assert text.code == 0, text.err
    assert "Forced marriage" in text.out and "Sexual exploitation" in text.out
    assert "25,000 CNY" in text.out and "a.txt" in text.out  # values with where they are said
    assert "They sold her as a wife for 18,000 RMB." in text.out  # the quote
    quiet = run("facts", project, "--code", "Sale", "--no-quotes")
    assert quiet.code == 0 and "RMB." not in quiet.out and "18,000" in quiet.out


def test_facts_with_a_rate_table_says_it_converted(run, project: Path, tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("from,to,rate\nCNY,USD,0.14\nKPW,USD,0.001\n", encoding="utf-8")
    done = run("facts", project, "--code", "Sale", "--rates", rates, "--json")
    assert done.code == 0, done.err
    data = json.loads(done.out)
    [converted] = [e for e in data if e["converted"]]
    assert converted["unit"] == "USD" and converted["count"] == 7
    assert converted["rates"] == {"to": "USD", "from": {"CNY": 0.14, "KPW": 0.001}, "source": str(rates)}
    text = run("facts", project, "--code", "Sale", "--rates", rates)
    assert "converted" in text.out and "rates.csv" in text.out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--code", "No/such"), "No/such"),
        (("--field", "weight"), "weight"),
        (("--by", "district"), "district"),
        (("--code", "Sale", "--field", "age"), "age"),
    ],
)
def test_facts_unknown_names_are_one_line_exit_1(
    run, project: Path, args: tuple[str, ...], words: str
) -> None:
    done = run("facts", project, *args)
    assert done.code == 1, done.err
    assert words in done.err and done.err.count("\n") == 1 and "Traceback" not in done.err
    assert done.out == ""


def test_facts_a_missing_rate_file_and_an_empty_by_are_errors(run, project: Path, tmp_path: Path) -> None:
    done = run("facts", project, "--rates", tmp_path / "none.csv")
    assert done.code == 2 and "Traceback" not in done.err
    empty = run("facts", project, "--by", " ")
    assert empty.code == 2 and "--by" in empty.err


def test_facts_on_a_project_without_values_says_so(run, tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    assert run("new", path, "--codebook", "empty").code == 0
    done = run("facts", path)
    assert done.code == 0 and "no values" in done.out.lower()
    assert json.loads(run("facts", path, "--json").out) == []


# -- autocode --value -------------------------------------------------------------------------------------


@pytest.fixture
def sale_fields(project: Path) -> Path:
    with ProjectStore.open(project) as store:
        sale = CodeTree(store.codes()).find("Sale").guid
        AddField(code=sale, name="date", kind="date").apply(store)
    return project


def _sale_values(project: Path) -> tuple[int, dict[str, list[str]]]:
    with ProjectStore.open(project, readonly=True) as store:
        sale = CodeTree(store.codes()).find("Sale").guid
        names = {f.guid: f.name for f in store.code_fields(sale)}
        codings = store.codings(code=sale)
        values: dict[str, list[str]] = {}
        for stored in store.coding_values(codings=[c.guid for c in codings]):
            values.setdefault(names[stored.field], []).append(stored.value.display())
        return len(codings), values


def test_autocode_with_values_stores_them_on_every_new_coding_in_one_step(run, sale_fields: Path) -> None:
    before, _ = _sale_values(sale_fields)
    done = run(
        "autocode",
        sale_fields,
        "--code",
        "Sale",
        "--pattern",
        r"sold again",
        "--coder",
        "lee",
        "--value",
        "price=25000 CNY",
        "--value",
        "date=2012-03",
    )
    assert done.code == 0, done.err
    after, values = _sale_values(sale_fields)
    assert after == before + 1
    assert values["date"] == ["2012-03"]
    with ProjectStore.open(sale_fields, readonly=True) as store:
        lee = store.coder_by_name("lee")
        assert lee is not None
        new = [c for c in store.codings(coder=lee.guid)]
        [coding] = new
        stored = {v.field: v for v in store.coding_values(coding=coding.guid)}
        assert sorted(v.value.display() for v in stored.values()) == ["2012-03", "25,000 CNY"]
        assert all(v.entered_by == lee.guid for v in stored.values())
        last = store.audit_entries()[-1]
        assert last["action"] == "autocode"  # one change, one audit entry, values included


def test_autocode_with_values_is_undone_in_one_step(sale_fields: Path) -> None:
    from annotator.core.changes import Autocode

    with ProjectStore.open(sale_fields) as store:
        tree = CodeTree(store.codes())
        sale = tree.find("Sale").guid
        price = next(f for f in store.code_fields(sale) if f.name == "price")
        from annotator.core.values import parse_value

        coder = store.ensure_coder("lee").guid
        values_before = len(store.coding_values())
        change = Autocode(
            code=sale, pattern="yuan", coder=coder, values={price.guid: parse_value(price.spec, "1 CNY")}
        )
        change.apply(store)
        assert len(change.added) == 3 and len(store.coding_values()) == values_before + 3
        change.revert(store)
        assert len(store.coding_values()) == values_before and not store.codings(coder=coder)
        change.apply(store)  # redo: the same codings and values again
        assert len(store.coding_values()) == values_before + 3


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("price=lots", "price"),  # not money
        ("price=25000", "currency"),  # money without a currency
        ("date=2012-13", "month"),
        ("weight=3 kg", "weight"),  # no such field
    ],
)
def test_autocode_refuses_a_bad_value_with_exit_1_and_stores_nothing(
    run, sale_fields: Path, value: str, words: str
) -> None:
    count, values = _sale_values(sale_fields)
    done = run(
        "autocode", sale_fields, "--code", "Sale", "--pattern", "yuan", "--coder", "newbie", "--value", value
    )
    assert done.code == 1, done.err
    assert words in done.err and done.err.count("\n") == 1 and "Traceback" not in done.err
    assert _sale_values(sale_fields) == (count, values)
    with ProjectStore.open(sale_fields, readonly=True) as store:
        assert store.coder_by_name("newbie") is None  # no coder left behind either


def test_autocode_value_without_equals_is_a_usage_error(run, sale_fields: Path) -> None:
    done = run(
        "autocode", sale_fields, "--code", "Sale", "--pattern", "yuan", "--coder", "lee", "--value", "25000"
    )
    assert done.code == 2 and "FIELD=VALUE" in done.err
