"""Value fields in codebooks: declared in YAML, checked in one line, stable GUIDs, carried into new
projects, matched by name on import (never changed silently), and exported again exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.changes import ApplyCode
from annotator.core.changes.values import MAX_FIELDS as CHANGES_MAX_FIELDS
from annotator.core.changes.values import SetValues
from annotator.core.codebook import (
    CodebookFile,
    dump_codebook_yaml,
    load_codebook_yaml,
    parse_codebook_yaml,
    with_fresh_guids,
)
from annotator.core.errors import CodebookError
from annotator.core.field_specs import MAX_FIELDS, field_guid
from annotator.core.model import Document, new_guid
from annotator.core.project import create_in_memory, create_project, import_codebook, project_codebook
from annotator.core.resources import default_codebook_path
from annotator.core.store import ProjectStore
from annotator.core.text import sha256_text
from annotator.core.values import FieldSpec, parse_value

BOOK = """\
format: testimony-annotator-codebook
format_version: 1
name: Fields
codes:
- name: Transactions
  guid: 11111111-1111-4111-8111-111111111111
  color: '#cfb430'
  children:
  - name: Price per client
    guid: 22222222-2222-4222-8222-222222222222
    color: '#d5bf4d'
    short_definition: What a client is charged.
    fields:
    - name: price
      kind: money
      currency: CNY
      per:
      - client
      - night
    - name: 나이 𠀀
      guid: 33333333-3333-4333-8333-333333333333
      kind: age
  - name: Form
    guid: 44444444-4444-4444-8444-444444444444
    color: '#d5bf4d'
    fields:
    - name: form
      kind: choice
      choices:
      - forced marriage
      - prostitution
      - cybersex
    - name: length
      kind: duration
      unit: month
    - name: place
      kind: place
"""
PRICE_CODE = "22222222-2222-4222-8222-222222222222"
FORM_CODE = "44444444-4444-4444-8444-444444444444"


def test_fields_round_trip_byte_for_byte_and_are_read() -> None:
    book = parse_codebook_yaml(BOOK)
    assert dump_codebook_yaml(book) == BOOK
    assert parse_codebook_yaml(dump_codebook_yaml(book)) == book
    price, age = book.fields_of(PRICE_CODE)
    assert price == FieldSpec(
        "price", "money", {"currency": "CNY", "per": ["client", "night"]}, field_guid(PRICE_CODE, "price")
    )
    assert (age.name, age.kind, age.guid) == ("나이 𠀀", "age", "33333333-3333-4333-8333-333333333333")
    assert [f.name for f in book.fields_of(FORM_CODE)] == ["form", "length", "place"]
    assert book.fields_of("11111111-1111-4111-8111-111111111111") == ()
    # the options work as the value kinds read them: the field's currency is the default
    assert parse_value(price, "400 per night").data["currency"] == "CNY"
    assert parse_value(book.fields_of(FORM_CODE)[1], "3").data["unit"] == "month"


def test_field_guids_are_stable_and_hand_written_options_are_normalised() -> None:
    text = "codes: [ {name: A, fields: [ {name: Price, kind: money, currency: RMB} ]}, {name: B} ]"
    first, second = parse_codebook_yaml(text), parse_codebook_yaml(text)
    assert first.fields == second.fields
    [code_a, _] = first.codes
    [spec] = first.fields_of(code_a.guid)
    assert spec.guid == field_guid(code_a.guid, "price")  # the name in any case: the same field
    assert spec.options == {"currency": "CNY"}
    assert "guid" not in dump_codebook_yaml(first).split("fields:")[1].split("- name: B")[0]
    fresh = with_fresh_guids(first)
    [new_a, _] = fresh.codes
    [moved] = fresh.fields_of(new_a.guid)
    assert (moved.name, moved.guid) == ("Price", field_guid(new_a.guid, "Price")) and moved.guid != spec.guid


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            "[ {name: price, kind: mony} ]",
            "field 'price' of code 'A/B': unknown kind 'mony'; use",
        ),
        ("[ {name: price} ]", "field 'price' of code 'A/B': a value field needs a kind"),
        ("[ {kind: age} ]", "field #1 of code 'A/B': a value field needs a name"),
        (
            "[ {name: age, kind: age, currency: CNY} ]",
            "'currency' is not an option of an age field",
        ),
        (
            "[ {name: p, kind: money, currency: XYZ} ]",
            "field 'p' of code 'A/B': currency 'XYZ' is not",
        ),
        ("[ {name: p, kind: money, per: [client, fortnight]} ]", "'per' holds 'fortnight'; use any of"),
        ("[ {name: p, kind: money, per: client} ]", "'per' must be a list"),
        ("[ {name: p, kind: money, colour: red} ]", "'colour' is not an option of a money field (it takes"),
        ("[ {name: f, kind: choice} ]", "field 'f' of code 'A/B': a choice field needs its list of choices"),
        ("[ {name: f, kind: choice, choices: [a, A]} ]", "'choices' lists 'A' twice"),
        ("[ {name: d, kind: duration, unit: fortnight} ]", "unit 'fortnight' is not one of day, week"),
        ("[ {name: x, kind: text}, {name: X, kind: age} ]", "code 'A/B' declares two fields named 'X'"),
        ('[ {name: "a\\u202eb", kind: text} ]', "contains a bidi control character (U+202E)"),
        ("{name: x, kind: text}", "'fields' of 'A/B' must be a list"),
        ("[ just-a-name ]", "field #1 of code 'A/B' is not a mapping"),
        ("[ {name: x, kind: text, guid: 11111111-1111-4111-8111-111111111111} ]", "repeats the guid"),
        ("[" + ", ".join(f"{{name: f{i}, kind: text}}" for i in range(MAX_FIELDS + 1)) + "]", "more than 20"),
    ],
)
def test_bad_fields_are_refused_in_one_line_naming_file_code_and_field(
    tmp_path: Path, fields: str, message: str
) -> None:
    path = tmp_path / "book.yaml"
    path.write_text(
        "codes: [ {name: A, guid: 11111111-1111-4111-8111-111111111111, children: [ {name: B, fields: "
        + fields
        + "} ]} ]\n",
        encoding="utf-8",
    )
    with pytest.raises(CodebookError) as info:
        load_codebook_yaml(path)
    text = str(info.value)
    assert message in text and text.startswith(str(path)) and "\n" not in text


def test_the_field_limit_is_the_one_adding_a_field_keeps() -> None:
    assert MAX_FIELDS == CHANGES_MAX_FIELDS


# -- the default typology ---------------------------------------------------------------------------

# Every field the shipped codebook declares: those the standards need (price of sale, price per
# client, debt, bride price, ages, dates of sale, crossing, escape and repatriation, places of
# recruitment and exploitation, times sold, duration), and the same kinds on the sibling codes
# that name a sum or a place (online price, earnings, fees, origin, transit).
DEFAULT_FIELDS = {
    "Transactions and prices/Price paid for the person": [("price", "money", {"currency": "CNY"})],
    "Transactions and prices/Bride price": [("price", "money", {"currency": "CNY"})],
    "Transactions and prices/Price per client": [
        ("price", "money", {"currency": "CNY", "per": ["client", "night", "time"]})
    ],
    "Transactions and prices/Price of online session": [
        ("price", "money", {"per": ["time", "hour", "month"]})
    ],
    "Transactions and prices/Debt claimed": [("amount", "money", {"currency": "CNY"})],
    "Transactions and prices/Earnings": [
        ("amount", "money", {"currency": "CNY", "per": ["client", "day", "month"]})
    ],
    "Transactions and prices/Fee for passage or escape": [("amount", "money", {})],
    "Transactions and prices/Resold": [("times sold", "count", {})],
    "Victim characteristics/Age at exploitation": [
        ("age at recruitment", "age", {}),
        ("age at exploitation", "age", {}),
    ],
    "Movement and locations/Border crossing": [("date", "date", {})],
    "Acts and recruitment/Sale or purchase of the person": [("date", "date", {})],
    "Exit, repatriation and aftermath/Escape": [("date", "date", {})],
    "Exit, repatriation and aftermath/Forced repatriation": [("date", "date", {})],
    "Movement and locations/Place of origin": [("place", "place", {})],
    "Movement and locations/Place of recruitment": [("place", "place", {})],
    "Movement and locations/Transit place": [("place", "place", {})],
    "Movement and locations/Place of exploitation": [("place", "place", {})],
    "Movement and locations/Duration": [("duration", "duration", {"unit": "month"})],
}


def _fields_by_path(book: CodebookFile) -> dict[str, list[tuple[str, str, dict]]]:
    tree = book.tree
    return {
        tree.path(code): [(f.name, f.kind, dict(f.options)) for f in specs]
        for code, specs in book.fields.items()
    }


def test_the_default_typology_declares_the_fields_the_standards_need() -> None:
    book = load_codebook_yaml(default_codebook_path())
    assert _fields_by_path(book) == DEFAULT_FIELDS
    assert (
        len(book.codes) == 140
    )  # fields, not new codes (135, then 5 codes for issue 11: see test_standard_exports)
    text = default_codebook_path().read_text(encoding="utf-8")
    assert dump_codebook_yaml(book) == text
    assert "attributes or memos" not in text  # the codebook now says where figures go


@pytest.mark.parametrize("where", ["file", "memory"])
def test_a_new_project_from_the_default_codebook_has_the_fields(tmp_path: Path, where: str) -> None:
    store = create_project(tmp_path / "p.sqlite") if where == "file" else create_in_memory("demo")
    try:
        book = project_codebook(store)
        found = _fields_by_path(book)
        for path, expected in DEFAULT_FIELDS.items():
            assert found.get(path) == expected, path
        shipped = load_codebook_yaml(default_codebook_path())
        assert book.fields == shipped.fields  # the same GUIDs as the file
        assert dump_codebook_yaml(book) == default_codebook_path().read_text(encoding="utf-8")
        assert json.loads(store.audit_entries()[-1]["what"])["fields"] == sum(
            len(f) for f in shipped.fields.values()
        )
    finally:
        store.close()


# -- importing a codebook into a project -----------------------------------------------------------


def _fields(store: ProjectStore) -> list[tuple[str, str, str, str, dict]]:
    return sorted((f.guid, f.code, f.name, f.kind, f.options) for f in store.code_fields())


def test_importing_a_codebook_adds_missing_fields_once(tmp_path: Path) -> None:
    book = parse_codebook_yaml(BOOK)
    bare = CodebookFile(name="bare", codes=book.codes)  # the same codes, no fields yet
    store = create_project(tmp_path / "p.sqlite", codebook=bare)
    assert store.code_fields() == []
    result = import_codebook(store, book)
    assert (result["added"], result["fields_added"], result["conflicts"]) == (0, 5, [])
    first = _fields(store)
    assert len(first) == 5 and {f[0] for f in first} == {f.guid for s in book.fields.values() for f in s}
    again = import_codebook(store, book)
    assert (again["added"], again["updated"], again["fields_added"], again["fields_updated"]) == (0, 0, 0, 0)
    assert _fields(store) == first
    assert json.loads(store.audit_entries()[-1]["what"])["fields_added"] == 0
    store.close()


def test_a_field_of_another_kind_is_a_conflict_never_a_change(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.sqlite", codebook=parse_codebook_yaml(BOOK))
    before = _fields(store)
    changed = BOOK.replace(
        "    - name: price\n      kind: money\n      currency: CNY\n",
        "    - name: price\n      kind: count\n",
    )
    changed = changed.replace("      per:\n      - client\n      - night\n", "", 1)
    changed = changed.replace("      - cybersex\n", "      - cybersex\n      - domestic servitude\n")
    result = import_codebook(store, parse_codebook_yaml(changed))
    assert result["fields_added"] == 0 and result["fields_updated"] == 1  # a choice more: taken
    [conflict] = result["conflicts"]
    assert "Transactions/Price per client" in conflict and "'price'" in conflict
    assert "count in the file" in conflict and "money in the project" in conflict
    after = {f[2]: f for f in _fields(store)}
    assert after["price"] == next(f for f in before if f[2] == "price")  # kind and options unchanged
    assert after["form"][4]["choices"][-1] == "domestic servitude"
    store.close()


def test_a_choice_still_in_use_is_not_removed_by_an_import(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.sqlite", codebook=parse_codebook_yaml(BOOK))
    text = "She was sold into prostitution."
    document = Document(new_guid(), "d.txt", sha256_text(text), len(text))
    with store.atomic():
        store.insert_document(document, text)
    coder = store.ensure_coder("lee").guid
    coding = ApplyCode(document=document.guid, start=0, end=len(text), code=FORM_CODE, coder=coder)
    coding.apply(store)
    form = next(f for f in store.code_fields(FORM_CODE) if f.name == "form")
    SetValues(coding.coding.guid, {form.guid: parse_value(form.spec, "prostitution")}, by=coder).apply(store)
    fewer = BOOK.replace("      - prostitution\n", "")
    result = import_codebook(store, parse_codebook_yaml(fewer))
    assert result["fields_updated"] == 0
    assert any("'prostitution'" in c and "in use" in c for c in result["conflicts"])
    assert "prostitution" in store.code_field(form.guid).options["choices"]
    store.close()


# -- the command line ------------------------------------------------------------------------------


def test_new_import_and_export_carry_fields(run, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "fields.yaml"
    source.write_text(BOOK, encoding="utf-8")
    project = tmp_path / "p.sqlite"
    assert run("new", project, "--codebook", source).code == 0
    out = tmp_path / "out.yaml"
    assert run("codebook", "export", project, out).code == 0
    exported = out.read_text(encoding="utf-8")
    assert exported.split("codes:")[1] == BOOK.split("codes:")[1]
    other = tmp_path / "o.sqlite"
    run("new", other, "--codebook", "empty")
    first = run("codebook", "import", other, source)
    assert first.code == 0 and "5 value fields added" in first.out
    again = run("codebook", "import", other, source)
    assert "0 codes added" in again.out and "0 value fields added" in again.out
    clash = tmp_path / "clash.yaml"
    clash.write_text(BOOK.replace("      kind: age\n", "      kind: text\n"), encoding="utf-8")
    result = run("codebook", "import", other, clash)
    assert result.code == 0 and "1 conflict" in result.out
    assert "'나이 𠀀'" in result.err and "text in the file" in result.err


def test_fields_added_in_a_project_obey_the_same_rules_and_export_cleanly(tmp_path: Path) -> None:
    from annotator.core.changes.values import AddField, EditField
    from annotator.core.values import ValueInvalid

    store = create_project(tmp_path / "p.sqlite", codebook=parse_codebook_yaml(BOOK))
    with pytest.raises(ValueInvalid, match="x: currency 'XYZ' is not"):
        AddField(code=FORM_CODE, name="x", kind="money", options={"currency": "XYZ"})
    with pytest.raises(ValueInvalid, match="'per' must be a list"):
        AddField(code=FORM_CODE, name="x", kind="money", options={"per": "night"})
    price = next(f for f in store.code_fields(PRICE_CODE) if f.name == "price")
    EditField(price.guid, kind="count").apply(store)  # no values: nothing to lose
    assert store.code_field(price.guid).options["currency"] == "CNY"  # kept for undo
    book = project_codebook(store)
    assert book.fields_of(PRICE_CODE)[0].options == {}  # a file never shows a count a currency
    assert parse_codebook_yaml(dump_codebook_yaml(book)).fields == book.fields
    store.close()
