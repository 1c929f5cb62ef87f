"""File → Export… builds the core's export request: the same filters, sub-codes, privacy and
output checks as ``annotator export`` (issue 15 item 2, issue 9 items 1 and 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from annotator.core.codebook import CodeTree
from annotator.core.exporters import ExportRequest, run_export
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.store import ProjectStore
from annotator.gui.team.export_dialog import ExportDialog
from tests.core.export_readers import qdpx_selections, read_csv, visible_text
from tests.gui import team_support
from tests.gui.team_support import open_dialog, wait_for

demo_master, demo, no_dialogs = team_support.demo_master, team_support.demo, team_support.no_dialogs
GROUP = "Acts and recruitment"


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_a_pseudonymised_qdpx_of_a_group_and_its_subcodes_matches_the_cli(
    qtbot, make_window, demo: Path, no_dialogs, tmp_path: Path
) -> None:
    with ProjectStore.open(demo) as store:
        SetPseudonyms([Pseudonym("broker", "[ACTOR]"), Pseudonym("Yanji", "[CITY]")]).apply(store)
        csv_path = tmp_path / "same.csv"
        request = ExportRequest("csv", csv_path, codes=(GROUP,), include_subcodes=True)
        expected = run_export(store, request).codings
    assert expected > 0
    window = make_window(demo)
    dialog = open_dialog(window, "file.export", ExportDialog)
    dialog.set_format("qdpx")
    assert dialog.pseudonymise.isEnabled() and not dialog.drop_text.isEnabled()  # REFI-QDA needs its text
    tick(qtbot, dialog.pseudonymise)
    group = CodeTree(window.session.store.codes()).find(GROUP).guid
    dialog.codes.set_checked([group])
    tick(qtbot, dialog.subcodes)
    target = tmp_path / "group.qdpx"
    dialog.path.setText(str(target))
    click(qtbot, dialog.export_button)
    wait_for(qtbot, dialog.task)
    assert no_dialogs["errors"] == []
    assert len(qdpx_selections(target)) == expected == len(read_csv(csv_path))
    message = dialog.done_message.text()
    assert f"{expected} codings" in message and "pseudonymised" in message
    seen = " ".join(visible_text("qdpx", target).casefold().split())
    assert " broker " not in seen and "yanji" not in seen and "[actor]" in seen
    assert "jun" not in {s["coder"] for s in qdpx_selections(target)}  # coders are "Coder n"


def test_the_project_is_refused_and_an_existing_file_needs_a_confirmation(
    qtbot, make_window, demo: Path, no_dialogs, tmp_path: Path
) -> None:
    window = make_window(demo)
    dialog = open_dialog(window, "file.export", ExportDialog)
    before = demo.read_bytes()
    for bad in (demo, Path(f"{demo}-wal")):
        dialog.path.setText(str(bad))
        click(qtbot, dialog.export_button)
        assert dialog.task is None and no_dialogs["confirm"] == []
        title, message = no_dialogs["errors"][-1]
        assert "project" in message and "\n" not in message
    assert demo.read_bytes() == before

    existing = tmp_path / "old.csv"
    existing.write_text("keep")
    dialog.path.setText(str(existing))
    no_dialogs["answers"]["confirm"] = False
    click(qtbot, dialog.export_button)
    assert dialog.task is None and existing.read_text() == "keep" and len(no_dialogs["confirm"]) == 1
    no_dialogs["answers"]["confirm"] = True
    click(qtbot, dialog.export_button)  # confirmed: the request is forced
    wait_for(qtbot, dialog.task)
    assert len(read_csv(existing)) == window.session.store.counts()["codings"]


def test_a_file_chosen_in_the_save_dialog_is_not_confirmed_twice(
    qtbot, make_window, demo: Path, no_dialogs, tmp_path: Path
) -> None:
    window = make_window(demo)
    dialog = open_dialog(window, "file.export", ExportDialog)
    existing = tmp_path / "chosen.csv"
    existing.write_text("old")
    no_dialogs["answers"]["save"] = existing
    dialog.browse()
    click(qtbot, dialog.export_button)
    wait_for(qtbot, dialog.task)
    assert no_dialogs["confirm"] == [] and read_csv(existing)
