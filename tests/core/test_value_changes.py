"""Value fields and typed values on codings: stored exactly, one undo step each, never dropped
without the caller confirming, and gone with their coding or code as the schema says."""

from __future__ import annotations

import pytest

from annotator.core.changes import ApplyCode, DeleteCode, RemoveCodings
from annotator.core.changes.values import AddField, DeleteField, EditField, SetValues, ValuesWouldBeLost
from annotator.core.errors import NotFound, UsageError
from annotator.core.values import ValueInvalid, parse_value

TEXT = "The broker sold her for 25,000 yuan when she was nineteen, in March 2012."


@pytest.fixture
def coder(store) -> str:  # noqa: ANN001
    return store.ensure_coder("lee").guid


@pytest.fixture
def coded(store, add_text, add_code, coder):  # noqa: ANN001, ANN201
    doc = add_text(TEXT)
    code = add_code("Sale")
    coding = ApplyCode(document=doc.guid, start=0, end=len(TEXT), code=code, coder=coder)
    coding.apply(store)
    price = AddField(code=code, name="price", kind="money", options={"currency": "CNY"}, by=coder)
    price.apply(store)
    return doc, code, coding.coding, price.field


def test_a_value_is_stored_with_its_wording_and_undone_in_one_step(store, coded, coder) -> None:
    _, _, coding, field = coded
    value = parse_value(field.spec, "25,000 yuan")
    change = SetValues(coding.guid, {field.guid: value}, by=coder)
    change.apply(store)
    [stored] = store.coding_values(coding=coding.guid)
    assert stored.value.data == value.data and stored.value.original == "25,000 yuan"
    assert stored.entered_by == coder
    assert store.audit_entries()[-1]["action"] == "set values"
    change.revert(store)
    assert store.coding_values(coding=coding.guid) == []


def test_a_value_of_the_wrong_kind_or_field_is_refused(store, coded, coder, add_code) -> None:
    _, code, coding, field = coded
    age = parse_value(AddField(code=code, name="age", kind="age").field.spec, "19")
    with pytest.raises(ValueInvalid, match="money value is needed"):
        SetValues(coding.guid, {field.guid: age}, by=coder).apply(store)
    other = add_code("Other")
    stray = AddField(code=other, name="n", kind="count")
    stray.apply(store)
    with pytest.raises(NotFound):
        SetValues(coding.guid, {stray.field.guid: None}, by=coder).apply(store)
    assert store.coding_values() == []


def test_changing_a_kind_rereads_values_and_refuses_to_drop_any_unconfirmed(store, coded, coder) -> None:
    _, _, coding, field = coded
    SetValues(coding.guid, {field.guid: parse_value(field.spec, "25,000 yuan")}, by=coder).apply(store)
    with pytest.raises(ValuesWouldBeLost) as info:
        EditField(field.guid, kind="age", by=coder).apply(store)  # "25,000 yuan" is no age
    assert len(info.value.lost) == 1 and "25,000 yuan" in str(info.value)
    assert store.code_field(field.guid).kind == "money" and len(store.coding_values()) == 1
    to_count = EditField(field.guid, kind="count", by=coder)  # 25,000 is a count: kept
    to_count.apply(store)
    [kept] = store.coding_values()
    assert kept.value.kind == "count" and kept.value.data["min"] == 25_000
    to_count.revert(store)
    [back] = store.coding_values()
    assert back.value.kind == "money" and back.value.data["currency"] == "CNY"
    confirmed = EditField(field.guid, kind="age", confirm_loss=True, by=coder)
    confirmed.apply(store)
    assert store.coding_values() == []
    confirmed.revert(store)
    assert len(store.coding_values()) == 1


def test_deleting_a_field_with_values_needs_confirmation_and_undo_restores_them(store, coded, coder) -> None:
    _, _, coding, field = coded
    SetValues(coding.guid, {field.guid: parse_value(field.spec, "30 yuan a client")}, by=coder).apply(store)
    with pytest.raises(ValuesWouldBeLost):
        DeleteField(field.guid, by=coder).apply(store)
    delete = DeleteField(field.guid, confirm_loss=True, by=coder)
    delete.apply(store)
    assert store.code_fields() == [] and store.coding_values() == []
    delete.revert(store)
    [restored] = store.coding_values()
    assert restored.value.data["per"] == "client" and store.code_field(field.guid).name == "price"


def test_values_go_with_their_coding_and_come_back_with_it(store, coded, coder) -> None:
    _, code, coding, field = coded
    SetValues(coding.guid, {field.guid: parse_value(field.spec, "1,000 yuan")}, by=coder).apply(store)
    remove = RemoveCodings([coding.guid], by=coder)
    remove.apply(store)
    assert store.coding_values() == []
    remove.revert(store)
    # Undoing the removal restores the coding; its values are restored with it.
    assert [v.value.display() for v in store.coding_values()] == ["1,000 CNY"]
    delete = DeleteCode(code)
    delete.apply(store)
    assert store.code_fields() == [] and store.coding_values() == []
    delete.revert(store)
    assert [f.name for f in store.code_fields(code)] == ["price"]
    assert [v.value.display() for v in store.coding_values()] == ["1,000 CNY"]


def test_field_names_are_unique_per_code_and_kinds_are_known(store, coded, coder) -> None:
    _, code, _, _ = coded
    with pytest.raises(UsageError, match="already has a field"):
        AddField(code=code, name="Price", kind="count").apply(store)
    with pytest.raises(ValueInvalid, match="unknown value kind"):
        AddField(code=code, name="weight", kind="kilograms")


def test_merging_codes_keeps_every_value_and_undo_puts_them_back(store, add_text, add_code, coder) -> None:
    from annotator.core.changes import MergeCodes

    doc = add_text(TEXT)
    sale, sold = add_code("Sale"), add_code("Sold")
    fields = {}
    for code in (sale, sold):
        for name, kind in (
            (("price", "money"), ("age", "age")) if code == sale else (("price", "money"), ("when", "date"))
        ):
            add = AddField(
                code=code, name=name, kind=kind, options={"currency": "CNY"} if kind == "money" else {}
            )
            add.apply(store)
            fields[(code, name)] = add.field
    a = ApplyCode(document=doc.guid, start=0, end=10, code=sale, coder=coder)
    b = ApplyCode(document=doc.guid, start=20, end=40, code=sold, coder=coder)
    a.apply(store)
    b.apply(store)
    SetValues(
        a.coding.guid,
        {
            fields[(sale, "price")].guid: parse_value(fields[(sale, "price")].spec, "25,000"),
            fields[(sale, "age")].guid: parse_value(fields[(sale, "age")].spec, "19"),
        },
    ).apply(store)
    SetValues(
        b.coding.guid, {fields[(sold, "when")].guid: parse_value(fields[(sold, "when")].spec, "2012")}
    ).apply(store)
    before = sorted((v.coding, v.value.display()) for v in store.coding_values())
    merge = MergeCodes(sale, sold, by=coder)
    merge.apply(store)
    # sale's "price" joined sold's "price"; sale's "age" moved over; nothing was dropped.
    assert sorted(f.name for f in store.code_fields(sold)) == ["age", "price", "when"]
    assert sorted((v.coding, v.value.display()) for v in store.coding_values()) == before
    assert all(store.code_field(v.field).code == sold for v in store.coding_values())
    merge.revert(store)
    assert sorted(f.name for f in store.code_fields(sale)) == ["age", "price"]
    assert sorted((v.coding, v.value.display()) for v in store.coding_values()) == before
    assert {store.code_field(v.field).code for v in store.coding_values(coding=a.coding.guid)} == {sale}


def test_recoding_carries_values_to_a_field_of_the_same_name_or_asks(
    store, add_text, add_code, coder
) -> None:
    from annotator.core.changes import EditCoding
    from annotator.core.errors import ValuesWouldBeLost as Lost

    doc = add_text(TEXT)
    sale, sold, other = add_code("Sale"), add_code("Sold"), add_code("Other")
    price = AddField(code=sale, name="price", kind="money", options={"currency": "CNY"})
    price.apply(store)
    AddField(code=sold, name="Price", kind="money").apply(store)
    a = ApplyCode(document=doc.guid, start=0, end=10, code=sale, coder=coder)
    a.apply(store)
    SetValues(a.coding.guid, {price.field.guid: parse_value(price.field.spec, "1,000")}).apply(store)
    recode = EditCoding(a.coding.guid, code=sold, by=coder)
    recode.apply(store)
    [carried] = store.coding_values()
    assert store.code_field(carried.field).code == sold and carried.value.display() == "1,000 CNY"
    recode.revert(store)
    assert store.code_field(store.coding_values()[0].field).code == sale
    with pytest.raises(Lost):
        EditCoding(a.coding.guid, code=other, by=coder).apply(store)
    assert store.coding(a.coding.guid).code == sale and len(store.coding_values()) == 1
    dropping = EditCoding(a.coding.guid, code=other, confirm_loss=True, by=coder)
    dropping.apply(store)
    assert store.coding_values() == []
    dropping.revert(store)
    assert [v.value.display() for v in store.coding_values()] == ["1,000 CNY"]
