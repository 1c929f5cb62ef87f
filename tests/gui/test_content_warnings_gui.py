"""Content warnings in the workbench: editing them (one undo step each), the documents list's
quiet tag, the panel before a warned document (Enter opens, Escape goes back, "don't ask me
again" is this coder's only), the opt-in audit entry, and every new text translatable."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.changes import SetDocumentWarnings
from annotator.core.content_warnings import OPENED_ACTION, ContentWarning
from annotator.core.store import ProjectStore
from annotator.gui import care_settings, prompts
from annotator.gui.care_settings import CarePreferences
from annotator.gui.content_warnings.controller import WarningsController
from annotator.gui.content_warnings.dialogs import WarningChoiceDialog, WarningListDialog
from annotator.gui.content_warnings.preferences import CarePreferencesDialog
from annotator.gui.models.documents import WARNED
from tests.gui.i18n_probe import pseudo_language, untranslated

WARNED_NAMES = ["sexual violence", "violence against children"]


@pytest.fixture(autouse=True)
def _no_care_settings() -> None:
    """Every test starts with every coder's defaults (QSettings outlive a test)."""
    QSettings().remove(care_settings.GROUP)


@pytest.fixture
def warned(project) -> tuple[Path, dict[str, str]]:
    """The test project with ko.txt carrying two warnings (en.txt, opened first, none)."""
    path, ids = project
    with ProjectStore.open(path) as store:
        SetDocumentWarnings(ids["ko.txt"], WARNED_NAMES).apply(store)
    return path, ids


def _text_shown(window, guid: str) -> bool:
    return window.presenter.document == guid and window.view.isVisible() and bool(window.view.toPlainText())


def _held(window, guid: str) -> bool:
    return window.gate.held == guid and window.warning_panel.isVisible() and not window.view.isVisible()


def _tick(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> list[object]:
    """Answer the next warning-choice dialog by ticking exactly ``names`` and pressing OK."""
    shown: list[object] = []

    def run(dialog) -> bool:
        shown.append(dialog)
        dialog.set_chosen(names)
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)
    return shown


# -- the interstitial --------------------------------------------------------------------------


def test_a_warned_document_waits_behind_a_neutral_panel_and_enter_opens_it(
    qtbot, make_window, warned
) -> None:
    path, ids = warned
    window = make_window(path)
    assert _text_shown(window, ids["en.txt"])
    window.codebook.tree.setFocus()  # not the Documents list (see the next test): as after a search
    window.documents.select(ids["ko.txt"])
    assert _held(window, ids["ko.txt"])
    assert window.presenter.document is None and window.view.toPlainText() == ""  # not loaded at all
    panel = window.warning_panel
    assert panel.message.text() == "This testimony describes: sexual violence, violence against children."
    assert "ko.txt" in panel.accessibleDescription() and "sexual violence" in panel.accessibleDescription()
    assert panel.accessibleName()
    # One key press from the panel to the text: the default button has the focus.
    focus = QApplication.focusWidget()
    assert focus is panel.open_button
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert _text_shown(window, ids["ko.txt"])
    assert not panel.isVisible()
    # Opened once in this session: going back to it does not ask again.
    window.documents.select(ids["en.txt"])
    window.documents.select(ids["ko.txt"])
    assert _text_shown(window, ids["ko.txt"])


def test_from_the_documents_list_enter_opens_and_arrows_go_on_browsing(qtbot, make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.documents.view.setFocus()
    qtbot.keyClick(window.documents.view, Qt.Key.Key_Down)
    assert _held(window, ids["ko.txt"])
    assert window.documents.view.hasFocus()  # the list keeps it: Up/Down still browse
    qtbot.keyClick(window.documents.view, Qt.Key.Key_Return)
    assert _text_shown(window, ids["ko.txt"])


def test_escape_goes_back_to_the_document_open_before(qtbot, make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    assert _held(window, ids["ko.txt"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert _text_shown(window, ids["en.txt"])
    assert window.documents.current() == ids["en.txt"]
    assert not window.warning_panel.isVisible()


def test_not_now_with_nothing_open_before_leaves_the_text_area_empty(make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    window.gate.last_shown = None  # as if the project had opened on the warned document
    window.warning_panel.not_now.click()
    assert window.presenter.document is None and window.documents.current() is None
    assert not window.warning_panel.isVisible()


def test_a_search_jump_selects_its_passage_once_opened(make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.open_passage(ids["ko.txt"], 4, 9)
    assert _held(window, ids["ko.txt"])
    window.warning_panel.open_button.click()
    assert _text_shown(window, ids["ko.txt"])
    assert window.view.selected_span() == (4, 9)


def test_dont_ask_again_is_remembered_for_this_coder_only(
    make_window, warned, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = warned
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    window.warning_panel.dont_ask.setChecked(True)
    window.warning_panel.open_button.click()
    assert _text_shown(window, ids["ko.txt"])
    assert care_settings.load("Tester").ask_before_warned is False
    assert care_settings.load("tester").ask_before_warned is False  # the same coder, any case
    assert care_settings.load("Other").ask_before_warned is True
    window.close()
    # The same coder again: opens at once.
    again = make_window(path)
    again.documents.select(ids["ko.txt"])
    assert _text_shown(again, ids["ko.txt"])
    again.close()
    # Another coder on the same machine is still asked.
    monkeypatch.setenv("ANNOTATOR_CODER", "Other")
    other = make_window(path)
    other.documents.select(ids["ko.txt"])
    assert _held(other, ids["ko.txt"])


def test_a_document_without_warnings_and_a_coder_who_is_not_asked_open_at_once(make_window, warned) -> None:
    path, ids = warned
    care_settings.save("Tester", CarePreferences(ask_before_warned=False))
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    assert _text_shown(window, ids["ko.txt"]) and window.gate.held is None


# -- the opt-in audit entry ---------------------------------------------------------------------


def _openings(path: Path) -> list[dict[str, object]]:
    with ProjectStore.open(path, readonly=True) as store:
        return [e for e in store.audit_entries() if e["action"] == OPENED_ACTION]


def test_opening_is_recorded_only_for_a_coder_who_opted_in(make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    window.warning_panel.open_button.click()
    assert _text_shown(window, ids["ko.txt"])
    window.close()
    assert _openings(path) == []  # not opted in: nothing about what they read

    care_settings.save("Tester", replace(CarePreferences(), record_openings=True))
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    window.warning_panel.open_button.click()
    window.documents.select(ids["en.txt"])  # a document without warnings: nothing
    window.documents.select(ids["ko.txt"])  # again in this session: one entry is enough
    coder = window.session.coder.guid
    window.close()
    [entry] = _openings(path)
    assert entry["coder"] == coder
    assert json.loads(str(entry["what"])) == {"document": ids["ko.txt"], "warnings": WARNED_NAMES}


# -- the badge --------------------------------------------------------------------------------


def test_the_documents_list_tags_warned_documents_quietly(make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    model, view = window.documents.model, window.documents.view
    ko, en = model.row_of(ids["ko.txt"]), model.row_of(ids["en.txt"])
    assert model.index(ko, WARNED).data() == "CW"
    assert model.index(en, WARNED).data() == ""
    tip = model.index(ko, WARNED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Content warnings: sexual violence, violence against children"
    assert model.index(ko, WARNED).data(Qt.ItemDataRole.AccessibleDescriptionRole) == tip
    assert "sexual violence" in model.index(ko, 0).data(Qt.ItemDataRole.ToolTipRole)
    # Neutral: the palette's placeholder grey, never a colour of its own.
    brush = model.index(ko, WARNED).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QApplication.palette().placeholderText().color()
    assert not view.isColumnHidden(WARNED)


def test_the_tag_column_is_hidden_in_a_project_without_warned_documents(make_window, project) -> None:
    path, ids = project
    window = make_window(path)
    assert window.documents.view.isColumnHidden(WARNED)


# -- editing ----------------------------------------------------------------------------------


def test_marking_a_document_from_the_list_is_one_undo_step(
    make_window, project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = project
    window = make_window(path)
    window.documents.select(ids["ko.txt"])
    shown = _tick(monkeypatch, ["sexual violence", "torture"])
    assert window.actions["edit.document_warnings"] in window.documents.view.actions()  # context menu
    window.actions["edit.document_warnings"].trigger()
    assert len(shown) == 1
    store = window.session.store
    assert store.document_warnings(ids["ko.txt"]) == {ids["ko.txt"]: {"sexual violence", "torture"}}
    assert window.statusBar().currentMessage().startswith("Marked ko.txt with: sexual violence, torture")
    model = window.documents.model
    assert model.index(model.row_of(ids["ko.txt"]), WARNED).data() == "CW"
    assert not window.documents.view.isColumnHidden(WARNED)
    window.session.undo_stack.undo()
    assert store.document_warnings() == {}
    assert model.index(model.row_of(ids["ko.txt"]), WARNED).data() == ""


def test_marking_a_code_is_one_undo_step(make_window, project, monkeypatch: pytest.MonkeyPatch) -> None:
    path, ids = project
    window = make_window(path)
    window.codebook.select_codes([ids["Recruitment/Debt"]])
    _tick(monkeypatch, ["violence against children"])
    assert window.actions["code.warnings"] in window.codebook.menu_actions
    window.actions["code.warnings"].trigger()
    store = window.session.store
    assert store.code_warnings() == {ids["Recruitment/Debt"]: {"violence against children"}}
    assert "Recruitment/Debt" in window.statusBar().currentMessage()
    window.session.undo_stack.undo()
    assert store.code_warnings() == {}


def test_the_projects_list_is_edited_one_undo_step_at_a_time(make_window, warned) -> None:
    path, ids = warned
    window = make_window(path)
    window.actions["edit.content_warnings"].trigger()
    dialog = window.findChild(WarningListDialog)
    assert dialog is not None and dialog.isVisible()
    store, stack = window.session.store, window.session.undo_stack
    before = [w.name for w in store.content_warnings()]
    assert dialog.list.count() == len(before)

    dialog.name.setText("  detention  ")
    dialog.description.setPlainText("Prisons and holding centres")
    dialog.add_button.click()
    assert store.content_warnings()[-1] == ContentWarning("detention", "Prisons and holding centres", 5)
    assert dialog.current_name() == "detention" and dialog.list.count() == 6

    dialog.list.setCurrentRow(0)  # sexual violence, carried by ko.txt
    dialog.name.setText("sexual and gender-based violence")
    dialog.save_button.click()
    assert store.document_warnings(ids["ko.txt"])[ids["ko.txt"]] == {
        "sexual and gender-based violence",
        "violence against children",
    }
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Renamed the content warning sexual violence to sexual and gender-based violence")
    )
    dialog.list.setCurrentRow(1)
    dialog.remove_button.click()
    assert "violence against children" not in [w.name for w in store.content_warnings()]
    assert store.document_warnings()[ids["ko.txt"]] == {"sexual and gender-based violence"}
    assert dialog.list.count() == 5  # it follows the project

    for _ in range(3):
        stack.undo()
    assert [w.name for w in store.content_warnings()] == before
    assert store.document_warnings()[ids["ko.txt"]] == set(WARNED_NAMES)
    assert dialog.list.count() == len(before)


def test_a_bad_name_is_refused_in_the_status_bar(make_window, project) -> None:
    path, _ids = project
    window = make_window(path)
    window.actions["edit.content_warnings"].trigger()
    dialog = window.findChild(WarningListDialog)
    dialog.name.setText("torture")
    dialog.add_button.click()
    assert "already has a content warning" in window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 0


def test_a_read_only_project_is_refused_before_any_dialog(
    make_window, warned, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ids = warned
    window = make_window(path, readonly=True)

    def run(dialog) -> bool:
        raise AssertionError("no dialog on a read-only project")

    monkeypatch.setattr(prompts, "run_dialog", run)
    window.documents.select(ids["ko.txt"])
    for action in ("edit.document_warnings", "code.warnings", "edit.content_warnings"):
        assert not window.actions[action].isEnabled()
    window.warning_panel.open_button.click()  # reading is allowed
    assert _text_shown(window, ids["ko.txt"])
    window.findChild(WarningsController).document_warnings()  # a handler reached another way
    assert "read-only" in window.statusBar().currentMessage()
    assert window.session.store.document_warnings()[ids["ko.txt"]] == set(WARNED_NAMES)


# -- preferences --------------------------------------------------------------------------------


def test_care_preferences_are_saved_for_this_coder_on_this_computer(
    make_window, project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ids = project
    window = make_window(path)

    def run(dialog) -> bool:
        assert isinstance(dialog, CarePreferencesDialog)
        assert dialog.ask.isChecked() and not dialog.record.isChecked()  # the defaults
        dialog.veil.setChecked(True)
        dialog.break_minutes.setValue(50)
        dialog.record.setChecked(True)
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)
    before = window.session.store.audit_count()
    window.actions["edit.care_preferences"].trigger()
    assert care_settings.load("Tester") == CarePreferences(
        ask_before_warned=True, veil_warned=True, break_minutes=50, record_openings=True
    )
    assert care_settings.load("Other") == CarePreferences()
    assert window.session.store.audit_count() == before  # nothing written to the project
    assert "Tester" in window.statusBar().currentMessage()


def test_unreadable_stored_values_fall_back_to_the_defaults() -> None:
    settings = QSettings()
    settings.setValue("care/mina/break_minutes", "soon")
    settings.setValue("care/mina/ask_before_warned", "perhaps")
    settings.sync()
    assert care_settings.load("Mina") == CarePreferences()


# -- translations -------------------------------------------------------------------------------


def test_every_new_text_goes_through_translation(make_window, warned) -> None:
    path, ids = warned
    warnings = [
        ContentWarning("sexual violence", "Rape, sexual assault, forced prostitution, sexual exploitation")
    ]
    with pseudo_language():
        window = make_window(path)
        window.documents.select(ids["ko.txt"])
        panel = window.warning_panel
        assert untranslated(panel, ["ko.txt"]) == []
        assert panel.message.text().startswith("⟪")
        assert "⟪sexual violence⟫" in panel.message.text()  # a default name is shown translated
        model = window.documents.model
        assert model.index(model.row_of(ids["ko.txt"]), WARNED).data() == "⟪CW⟫"
        dialogs = [
            CarePreferencesDialog("Tester", CarePreferences()),
            WarningListDialog(lambda: warnings),
            WarningChoiceDialog(title="⟪t⟫", prompt="⟪p⟫", warnings=warnings, chosen=[]),
        ]
        for dialog in dialogs:
            assert untranslated(dialog, ["Tester", "sexual violence"]) == [], dialog.objectName()
