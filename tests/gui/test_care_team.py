"""The team lead's side of care for coders (issue 12, item 4): the package dialog leaves warned
testimonies out and says how many, and Team → Exposure to content warnings… shows which coder
read which warning and from where, read-only and in the interface language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from annotator.core.changes import ApplyCode, SetDocumentWarnings
from annotator.core.content_warnings import DEFAULT_WARNINGS
from annotator.core.store import ProjectStore
from annotator.gui.team.exposure_dialog import ExposureDialog
from annotator.gui.team.package_dialog import PackageDialog
from annotator.gui.warning_names import display_description, display_name
from tests.gui import team_support
from tests.gui.i18n_probe import project_strings, pseudo_language, untranslated
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _warn_first_document(path: Path, *names: str) -> tuple[str, str]:
    """The demo's first document carries ``names``; mina codes in it. (its GUID, its name)"""
    with ProjectStore.open(path) as store:
        doc = store.documents()[0]
        SetDocumentWarnings(doc.guid, list(names)).apply(store)
        mina = store.resolve_coder("mina", create=True)
        code = next(c for c in store.codes() if c.codable)
        ApplyCode(document=doc.guid, start=0, end=4, code=code.guid, coder=mina.guid).apply(store)
    return doc.guid, doc.name


def test_the_default_warning_names_are_shown_translated_and_others_as_they_are(qtbot) -> None:
    with pseudo_language():
        for name, _ in DEFAULT_WARNINGS:
            assert display_name(name) == f"⟪{name}⟫"
        assert display_name("forced abortion") == "forced abortion"  # the project's own word
        assert all(display_description(d) == f"⟪{d}⟫" for _, d in DEFAULT_WARNINGS)


def test_the_package_dialog_leaves_out_documents_with_ticked_warnings(
    qtbot, make_window, demo, no_dialogs, tmp_path
) -> None:
    guid, name = _warn_first_document(demo, "torture")
    window = make_window(demo)
    total = len(window.session.store.documents())
    dialog = open_dialog(window, "file.package", PackageDialog)
    boxes = [dialog.findChild(object, f"packageExclude{i}") for i in range(len(DEFAULT_WARNINGS))]
    assert [b.text() for b in boxes] == [n for n, _ in DEFAULT_WARNINGS]
    assert dialog.excluded_count.text() == f"0 of {total} documents left out."
    tick(qtbot, dialog.exclusions["torture"])
    assert dialog.excluded_count.text() == f"1 of {total} documents left out."
    assert dialog.size.maximum() == total - 1  # a sample is drawn from the rest
    dialog.coder.setCurrentText("jun")
    output = tmp_path / "jun.sqlite"
    dialog.path.setText(str(output))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    assert no_dialogs["errors"] == []
    with ProjectStore.open(output, readonly=True) as store:
        assert guid not in {d.guid for d in store.documents()}
        assert len(store.documents()) == total - 1
        assert json.loads(store.setting("coder_package") or "{}")["warnings_excluded"] == ["torture"]
    assert "Left out for its content warnings: 1 document." in dialog.done_message.text()
    assert name  # (the demo's document name is data, shown nowhere here)


def test_the_exposure_window_lists_each_coder_with_warnings_and_sources_read_only(
    qtbot, make_window, demo, no_dialogs, tmp_path
) -> None:
    from annotator.core.analysis.package import coder_for_package, make_package  # noqa: PLC0415

    _warn_first_document(demo, "torture", "sexual violence")
    make_package(demo, coder_for_package(demo, "hyun"), demo.with_name("demo-hyun.sqlite"))
    window = make_window(demo)
    dialog = open_dialog(window, "team.exposure", ExposureDialog)
    model = dialog.model
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert ("mina", "sexual violence", "coded") in rows and ("mina", "torture", "coded") in rows
    assert ("hyun", "torture", "in their package") in rows  # not merged back yet
    assert ("Tester", "none", "") in rows  # coded nothing warned
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not dialog.isModal()  # the lead reads it beside the text


def test_the_care_dialogs_translate_every_text_they_show(qtbot, make_window, demo, no_dialogs) -> None:
    _warn_first_document(demo, "torture")
    with pseudo_language():
        window = make_window(demo)
        data = project_strings(demo)  # the window's coder included
        package = open_dialog(window, "file.package", PackageDialog)
        tick(qtbot, package.exclusions["torture"])
        assert untranslated(package, data | {f"{demo.parent}/demo-", ".sqlite"}) == [], untranslated(
            package, data
        )
        exposure = open_dialog(window, "team.exposure", ExposureDialog)
        assert untranslated(exposure, data) == []
        window.care_bar.show_reminder(
            window.pacing.stretch.__class__.__name__ and ""
        )  # empty text: only buttons
        from annotator.gui.pacing import SessionNote, reminder_text  # noqa: PLC0415

        window.care_bar.show_reminder(reminder_text(50))
        assert untranslated(window.care_bar, data) == []
        window.care_bar.show_note(SessionNote(3900, 2).text())
        assert untranslated(window.care_bar, data) == []
