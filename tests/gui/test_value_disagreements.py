"""Team → Disagreements → Values: passages where two coders agree on the code but not on a value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from annotator.core.values import FieldSpec, Value, parse_value
from annotator.gui.team import disagreements
from annotator.gui.team.disagreements import DisagreementsDialog
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs
PRICE = FieldSpec("price", "money", {"currency": "CNY"})


@dataclass(frozen=True)
class Row:
    """A value disagreement in the core's shape (``agreement.value_disagreements``)."""

    document: str
    document_name: str
    code: str
    code_path: str
    field_name: str
    values: tuple[Value | None, Value | None]
    coders: tuple[str, str]
    spans: tuple[tuple[int, int], tuple[int, int]]
    quote: str
    tolerance: str


def test_a_value_disagreement_is_listed_and_opens_its_passage(
    qtbot, make_window, demo, no_dialogs, monkeypatch
):
    window = make_window(demo)
    store = window.session.store
    doc = store.documents()[0]
    text = store.document_text(doc.guid)
    row = Row(
        doc.guid,
        doc.name,
        "code-guid",
        "Sale/Price of sale",
        "price",
        (parse_value(PRICE, "30,000 yuan"), parse_value(PRICE, "35,000 yuan")),
        ("mina", "jun"),
        ((10, 40), (12, 44)),
        text[10:44],
        "±5% (same currency and per unit)",
    )
    asked = []

    def fake(coders):  # type: ignore[no-untyped-def]
        asked.append(coders)
        return lambda *_a: [row]

    monkeypatch.setattr(disagreements, "value_disagreements_work", fake)
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    dialog.coder_a.setCurrentText("mina")
    dialog.coder_b.setCurrentText("jun")
    wait_for(qtbot, dialog.find())
    wait_for(qtbot, dialog.value_task)
    assert asked == [("mina", "jun")]
    assert dialog.tabs.tabText(1) == "Values (1)"
    table = dialog.values.table
    cells = [table.model().index(0, c).data() for c in range(6)]
    assert cells[:5] == [doc.name, "Price of sale", "price", "30,000 CNY", "35,000 CNY"]
    assert table.model().headerData(3, Qt.Orientation.Horizontal) == "mina's value"
    assert "±5%" in table.model().index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "±5%" in dialog.values.count.text()

    dialog.tabs.setCurrentIndex(1)
    dialog.values.select_row(0)
    assert window.view.selected_span() == (10, 44)  # both coders' spans, in the main window
    assert window.presenter.document == doc.guid


def test_no_value_disagreements_says_the_coders_agree(qtbot, make_window, demo, no_dialogs, monkeypatch):
    window = make_window(demo)
    monkeypatch.setattr(disagreements, "value_disagreements_work", lambda _c: lambda *_a: [])
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    wait_for(qtbot, dialog.find())
    wait_for(qtbot, dialog.value_task)
    assert dialog.tabs.tabText(1) == "Values (0)"
    assert "agree on every value" in dialog.values.count.text()


def test_the_demo_coders_price_disagreement_opens_at_its_passage(qtbot, make_window, demo, no_dialogs):
    """The facts issue's "where do the two coders disagree on a price", end to end (the real core)."""
    window = make_window(demo)
    dialog = open_dialog(window, "team.disagreements", DisagreementsDialog)
    dialog.coder_a.setCurrentText("mina")
    dialog.coder_b.setCurrentText("jun")
    wait_for(qtbot, dialog.find())
    wait_for(qtbot, dialog.value_task)
    assert dialog.tabs.tabText(1) == "Values (3)"  # two prices and the month of a sale
    model = dialog.values.table.model()
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    karaoke = rows.index(
        ["03-en-karaoke-bar.md", "Price per client", "price", "400–500 CNY per night", "500 CNY per night"]
    )
    dialog.tabs.setCurrentIndex(1)
    dialog.values.select_row(karaoke)
    store = window.session.store
    doc = store.document_by_name("03-en-karaoke-bar.md")
    start, end = window.view.selected_span()
    assert window.presenter.document == doc.guid
    assert store.document_text(doc.guid)[start:end] == "A customer paid the bar 400 or 500 yuan for a night."
