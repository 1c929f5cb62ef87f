"""Code → Value fields…: adding, changing and deleting fields; values are never dropped unasked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.changes.values import SetValues
from annotator.core.values import FieldSpec, parse_value
from annotator.gui import prompts
from annotator.gui.dialogs.fields import FieldsDialog
from tests.gui.helpers import codings, key
from tests.gui.values_support import SALE, span_of, values_project

__all__ = ["values_project"]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The loss question answered without a dialog; what it listed is recorded."""
    seen: dict[str, object] = {"answer": False, "asked": []}

    def confirm_list(_parent: object, title: str, text: str, items: list[str]) -> bool:
        seen["asked"].append((title, text, list(items)))  # type: ignore[union-attr]
        return bool(seen["answer"])

    monkeypatch.setattr(prompts, "confirm_list", confirm_list)
    return seen


def open_fields(window, code: str) -> FieldsDialog:  # type: ignore[no-untyped-def]
    window.codebook.select_codes([code])
    window.actions["code.fields"].trigger()
    dialog = window.findChild(FieldsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def fields_of(window, code: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f.name, f.kind) for f in window.session.store.code_fields(code)]


def price_on_sale(window, ids, text: str = "25,000 yuan") -> str:  # type: ignore[no-untyped-def]
    """Code the sale passage and store a price on it (through the session, one step each)."""
    window.view.select_span(*span_of(SALE))
    window.coding.apply_code(ids["Price of sale"])
    window.values.close()
    [coding] = codings(window)
    spec = FieldSpec("price", "money", {"currency": "CNY"}, ids["price"])
    window.session.push(SetValues(coding.guid, {ids["price"]: parse_value(spec, text)}))
    return coding.guid


def test_add_a_field_with_its_options_then_it_is_asked_for(qtbot, make_window, values_project, answers):
    path, ids = values_project
    window = make_window(path)
    transport = ids["Transport"]
    dialog = open_fields(window, transport)
    assert dialog.list.count() == 0
    assert dialog.save_button.text() == "&Add field"
    qtbot.keyClicks(dialog.name, "fare")
    dialog.kind.setCurrentIndex(dialog.kind.findData("money"))
    assert dialog.currency.isVisible() and not dialog.choices.isVisible()
    qtbot.keyClicks(dialog.currency, "cny")
    qtbot.keyClicks(dialog.per, "night, client")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [field] = window.session.store.code_fields(transport)
    assert (field.name, field.kind) == ("fare", "money")
    assert field.options == {"currency": "CNY", "per": ["night", "client"]}
    assert dialog.list.count() == 1 and "fare — money (CNY, per night/client)" in dialog.list.item(0).text()
    assert "fare" in window.codebook.detail.toPlainText()  # the code's pane lists its fields

    # A choice field needs its choices: the core says so in the dialog, nothing is added.
    dialog.new_field()
    qtbot.keyClicks(dialog.name, "paid to")
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    assert dialog.choices.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "choices" in dialog.message.text()
    assert fields_of(window, transport) == [("fare", "money")]
    dialog.choices.setPlainText("broker\nfamily\n")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert fields_of(window, transport) == [("fare", "money"), ("paid to", "choice")]

    key(qtbot, window, "Ctrl+Z")  # each field was one step
    assert fields_of(window, transport) == [("fare", "money")]
    assert dialog.list.count() == 1  # the open dialog follows the undo


def test_deleting_a_field_with_values_lists_them_and_asks(qtbot, make_window, values_project, answers):
    path, ids = values_project
    window = make_window(path)
    coding = price_on_sale(window, ids)
    dialog = open_fields(window, ids["Price of sale"])
    steps = window.session.undo_stack.count()

    answers["answer"] = False
    dialog.delete_field()
    [(title, text, items)] = answers["asked"]
    assert title == "Delete value field"
    assert "1 stored value" in text
    assert items == ["price: “25,000 yuan” → 25,000 CNY in testimony.txt"]
    assert fields_of(window, ids["Price of sale"]) == [("price", "money")]  # Cancel: nothing changed
    assert len(window.session.store.coding_values(coding=coding)) == 1
    assert window.session.undo_stack.count() == steps

    answers["answer"] = True
    dialog.delete_field()
    assert fields_of(window, ids["Price of sale"]) == []
    assert window.session.store.coding_values() == []
    assert window.session.undo_stack.count() == steps + 1  # one step
    assert dialog.list.count() == 0

    key(qtbot, window, "Ctrl+Z")
    assert fields_of(window, ids["Price of sale"]) == [("price", "money")]
    [back] = window.session.store.coding_values(coding=coding)
    assert back.value.display() == "25,000 CNY" and back.value.original == "25,000 yuan"


def test_a_field_without_values_is_deleted_without_a_question(qtbot, make_window, values_project, answers):
    path, ids = values_project
    window = make_window(path)
    dialog = open_fields(window, ids["Age at sale"])
    dialog.delete_field()
    assert answers["asked"] == []
    assert fields_of(window, ids["Age at sale"]) == []


def test_changing_a_fields_kind_asks_before_values_that_no_longer_fit_go(
    qtbot, make_window, values_project, answers
):
    path, ids = values_project
    window = make_window(path)
    price_on_sale(window, ids)
    dialog = open_fields(window, ids["Price of sale"])
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    dialog.choices.setPlainText("cheap\ndear")
    answers["answer"] = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(title, _text, items)] = answers["asked"]
    assert title == "Change value field" and "25,000 CNY" in items[0]
    assert fields_of(window, ids["Price of sale"]) == [("price", "money")]

    # A rename keeps every value and asks nothing.
    dialog.reload()
    dialog.name.setText("sale price")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert fields_of(window, ids["Price of sale"]) == [("sale price", "money")]
    assert len(answers["asked"]) == 1
    [coding] = codings(window)
    model = window.segments.model
    assert model.index(model.row_of(coding.guid), model.VALUES).data() == "sale price: 25,000 CNY"


def test_recoding_to_a_code_without_the_field_asks_before_the_value_goes(
    qtbot, make_window, values_project, answers
):
    path, ids = values_project
    window = make_window(path)
    coding = price_on_sale(window, ids)
    window.view.set_selected_coding(coding)
    palette = None

    def choose(title, then, **_options):  # type: ignore[no-untyped-def]
        nonlocal palette
        palette = title
        then(ids["Transport"])

    window.coding.choose_code = choose  # the palette's answer, without typing in it
    answers["answer"] = False
    window.coding.recode()
    assert palette == "Change code to…"
    [(title, _text, items)] = answers["asked"]
    assert title == "Change code" and "25,000 CNY" in items[0]
    assert window.session.store.coding(coding).code == ids["Price of sale"]

    answers["answer"] = True
    window.coding.recode()
    assert window.session.store.coding(coding).code == ids["Transport"]
    assert window.session.store.coding_values() == []
    key(qtbot, window, "Ctrl+Z")
    assert window.session.store.coding(coding).code == ids["Price of sale"]
    assert len(window.session.store.coding_values(coding=coding)) == 1


def test_the_values_column_shows_once_a_code_asks_for_values(qtbot, window, project):
    from annotator.core.changes.values import AddField  # noqa: PLC0415
    from annotator.gui.models.segments import SegmentsModel  # noqa: PLC0415

    _path, ids = project  # the plain test project: no fields anywhere
    table = window.segments.table
    assert table.isColumnHidden(SegmentsModel.VALUES)
    window.session.push(AddField(code=ids["Recruitment/Debt"], name="debt", kind="money"))
    assert not table.isColumnHidden(SegmentsModel.VALUES)
    key(qtbot, window, "Ctrl+Z")
    assert table.isColumnHidden(SegmentsModel.VALUES)


def test_closing_the_project_closes_its_fields_dialog(qtbot, make_window, values_project, answers):
    path, ids = values_project
    window = make_window(path)
    dialog = open_fields(window, ids["Price of sale"])
    window.actions["file.close"].trigger()
    assert window.session is None
    assert not dialog.isVisible()
