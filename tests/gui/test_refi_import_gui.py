"""File → Import… of a ``.qdpx`` in the app: the same rule as ``annotator import``. A package
that would lose selections is not imported until the user, shown every dropped selection,
agrees to import the rest; a package that fits comes in without a question."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_refi_import_cli import _package_with_one_misfit
from tests.core.test_refi_qda_import import QC_TEXTS, qc_package
from tests.gui import team_support

no_dialogs = team_support.no_dialogs


def _run_import(qtbot, window, paths: list[Path]):  # type: ignore[no-untyped-def]
    before = window.projects.report_dialog
    job = window.projects.import_files([str(p) for p in paths])
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    return before


def test_a_package_that_would_drop_selections_asks_first(qtbot, window, no_dialogs, tmp_path: Path):
    store = window.session.store
    documents, codings = store.counts()["documents"], store.counts()["codings"]
    package, bad = _package_with_one_misfit(tmp_path / "in.qdpx")

    no_dialogs["answers"]["confirm"] = False
    _run_import(qtbot, window, [package])
    qtbot.waitUntil(lambda: len(no_dialogs["confirm"]) == 1)
    asked = no_dialogs["confirm"][0]
    assert "in.qdpx" in asked and "1 of 9 selections cannot be imported" in asked
    assert bad in asked and "outside its text" in asked
    assert store.counts()["documents"] == documents and store.counts()["codings"] == codings

    no_dialogs["answers"]["confirm"] = True
    _run_import(qtbot, window, [package])
    qtbot.waitUntil(lambda: len(no_dialogs["confirm"]) == 2)
    qtbot.waitUntil(lambda: store.counts()["codings"] == codings + 8, timeout=10_000)
    assert store.counts()["documents"] == documents + 1
    qtbot.waitUntil(
        lambda: window.projects.report_dialog is not None and window.projects.report_dialog.isVisible()
    )
    rows = window.projects.report_dialog.rows()
    assert [(name, outcome) for name, outcome, _ in rows] == [("in.qdpx", "not imported")]
    assert bad in rows[0][2]
    assert no_dialogs["errors"] == []


def test_a_qc_package_imports_without_a_question(qtbot, window, no_dialogs, tmp_path: Path):
    store = window.session.store
    documents = store.counts()["documents"]
    _run_import(qtbot, window, [qc_package(tmp_path / "qc.qdpx")])
    qtbot.waitUntil(lambda: store.counts()["documents"] == documents + len(QC_TEXTS), timeout=10_000)
    # the rows are committed by the worker before the window hears it is done: wait for the message
    qtbot.waitUntil(lambda: "imported" in window.statusBar().currentMessage(), timeout=10_000)
    assert no_dialogs["confirm"] == [] and no_dialogs["errors"] == []
