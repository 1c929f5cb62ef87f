"""The issue's reproduction: one person importing from the command line and from the app is one
coder in the project file (issue 15, item 1).

Before, the command line stored the name it was given ("Mina") in ``documents.imported_by``
and ``audit_log.coder`` while the app stored its coder row's GUID, and the app, started as
"mina", made a second coder for the same person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.store import ProjectStore
from annotator.gui.main_window import MainWindow
from tests.gui.team_support import answer_switch_coder


def _open(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    job = window.projects.backup_job
    if job is not None:
        qtbot.waitUntil(lambda: job.done, timeout=10_000)
    return window


def test_an_import_by_the_cli_and_one_by_the_app_hold_the_same_coder(
    qtbot, run, project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = project
    first, second = tmp_path / "cli.txt", tmp_path / "app.txt"
    first.write_text("Respondent: The broker kept my papers.\n", encoding="utf-8")
    second.write_text("Respondent: We crossed the river at night.\n", encoding="utf-8")
    assert run("import", path, first, "--coder", "Mina").code == 0
    monkeypatch.setenv("ANNOTATOR_CODER", "mina")  # the same person, typed another way
    window = _open(qtbot, path)
    assert window.session is not None and window.session.coder.name == "Mina"
    job = window.projects.import_files([str(second)])
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    window.close()
    with ProjectStore.open(path, readonly=True) as store:
        [mina] = [c for c in store.coders() if c.name.casefold() == "mina"]
        by = {d.name: d.imported_by for d in store.documents()}
        assert by["cli.txt"] == by["app.txt"] == mina.guid
        imports = [e for e in store.audit_entries() if e["action"] == "import document"]
        assert [e["coder"] for e in imports][-2:] == [mina.guid, mina.guid]
        guids = {c.guid for c in store.coders()}
        assert all(e["coder"] in guids or e["coder"] == "" for e in store.audit_entries())


def test_switching_coder_finds_the_existing_one_in_any_case_and_width(
    qtbot, project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = project
    monkeypatch.setenv("ANNOTATOR_CODER", "Mina")
    window = _open(qtbot, path)
    mina = window.session.coder
    answer_switch_coder(monkeypatch, "jun", add=True)  # a new coder: the explicit action
    window.coders.switch()
    assert window.session.coder.name == "jun"
    answer_switch_coder(monkeypatch, "ＭＩＮＡ")
    window.coders.switch()
    assert window.session.coder == mina
    answer_switch_coder(monkeypatch, "MINA", add=True)  # "Add" is off for a name that is already someone
    window.coders.switch()
    assert window.session.coder == mina
    assert sorted(c.name for c in window.session.store.coders()) == ["Mina", "jun"]
    window.close()


def test_the_audit_view_shows_old_names_as_the_coders_they_were(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries written before schema 4 keep the names as written (they are chained evidence);
    the audit view files them under the coder each name stands for, once in its coder list."""
    from annotator.gui.trust.audit_dialog import AuditDialog
    from tests.store.test_coder_migration import AUDIT_BY, MINA, make_v3

    path = tmp_path / "old.sqlite"
    make_v3(path)
    monkeypatch.setenv("ANNOTATOR_CODER", "MINA")
    window = _open(qtbot, path)
    assert window.session.coder.guid == MINA  # migrated, then found in any case
    window.actions["team.audit"].trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    labels = [dialog.coder.itemText(i) for i in range(1, dialog.coder.count())]
    assert sorted(labels) == ["Jun", "Mina", "Sol", "—"]  # each coder once, however the log spells them
    dialog.filter_coder("Mina")
    rows = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert len(rows) == sum(1 for c in AUDIT_BY if c in ("Mina", "mina", MINA)) == 3
    assert dialog.verify() == []
    window.close()
