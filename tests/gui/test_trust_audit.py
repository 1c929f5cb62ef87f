"""The audit trail viewer: entries of a session, filters, chain verification, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date, timedelta

import shiboken6
from PySide6.QtWidgets import QFileDialog

from annotator.gui.trust.audit_dialog import AuditDialog
from annotator.gui.trust.audit_text import Names, summarise
from tests.gui.helpers import codings, key


def shown(dialog: AuditDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())][::-1]  # oldest first


def test_audit_viewer_lists_filters_verifies_and_exports(qtbot, window, project, tmp_path, monkeypatch):
    path, ids = project
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Recruitment/Job offer"])
    window.session.set_coder("Second Coder")
    window.documents.select(ids["ko.txt"])
    window.view.select_span(0, 2)
    window.coding.apply_code(ids["Control/Threats"])
    key(qtbot, window, "Ctrl+Z")  # an undo entry names only the coding: still found by document
    assert len(codings(window)) == 1

    window.actions["team.audit"].trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.isVisible()
    actions = shown(dialog, 3)
    assert actions.count("apply code") == 2 and "undo apply code" in actions
    summaries = shown(dialog, 4)
    assert any("Recruitment/Job offer" in s and "en.txt" in s and "[0–11]" in s for s in summaries)
    assert not any(len(part) == 36 and part.count("-") == 4 for s in summaries for part in s.split())

    dialog.filter_coder("Second Coder")
    assert set(shown(dialog, 2)) == {"Second Coder"}
    assert shown(dialog, 3) == ["apply code", "undo apply code"]
    dialog.reset_filters()
    dialog.filter_document("ko.txt")
    assert shown(dialog, 3) == ["apply code", "undo apply code"]
    dialog.filter_document("en.txt")
    assert shown(dialog, 3) == ["apply code"]
    assert dialog.count.text() == f"Showing 1 of {dialog.model.rowCount()} entries"
    dialog.reset_filters()
    today = date.today()
    dialog.proxy.set_filters(first=today + timedelta(days=1))
    assert dialog.proxy.rowCount() == 0
    dialog.proxy.set_filters(first=today - timedelta(days=1), last=today + timedelta(days=1))
    assert dialog.proxy.rowCount() == dialog.model.rowCount()
    dialog.reset_filters()

    target = tmp_path / "trail"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "JSON (*.json)"))
    dialog.export_button.click()
    exported = json.loads((tmp_path / "trail.json").read_text(encoding="utf-8"))
    assert len(exported) == dialog.proxy.rowCount()
    assert {"id", "at", "coder", "action", "what", "prev_hash", "hash", "coder_name"} <= set(exported[0])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "t.csv"), ""))
    dialog.filter_coder("Second Coder")
    dialog.export_button.click()
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [r["coder_name"] for r in csv.DictReader(fh)] == ["Second Coder", "Second Coder"]
    dialog.reset_filters()

    dialog.verify_button.click()
    assert "intact" in dialog.verdict.text()

    victim = next(r.id for r in dialog.model.rows if r.action == "apply code")
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_log_append_only_update")
    raw.execute("UPDATE audit_log SET what = '{}' WHERE id = ?", (victim,))
    raw.commit()
    raw.close()
    dialog.verify_button.click()
    assert "tampered" in dialog.verdict.text() and f"entry {victim} was altered" in dialog.verdict.text()
    row = next(i for i, r in enumerate(dialog.model.rows) if r.id == victim)
    assert dialog.model.index(row, 0).data(3) == f"entry {victim} was altered (hash mismatch)"  # tooltip

    window.projects.close()
    qtbot.waitUntil(lambda: window.findChild(AuditDialog) is None, timeout=2000)  # closes with the project


def test_summaries_name_things_and_survive_odd_payloads():
    names = Names(documents={"d1": "Interview 3"}, codes={"c1": "Control/Debt"}, coders={"k": "Ana"})
    text = summarise(
        "apply code", {"coding": "g1", "document": "d1", "code": "c1", "start": 4, "end": 9}, names
    )
    assert text == "“Control/Debt” in “Interview 3” [4–9]"
    assert summarise("undo apply code", {"coding": "g1"}, names) == "coding “Control/Debt” in “Interview 3”"
    assert "“x” → “y”" in summarise(
        "set memo", {"kind": "code", "target": "c1", "before": "x", "after": "y"}, names
    )
    assert summarise("odd", "not json", names) == "not json"
    assert summarise("odd", {}, names) == "—"
    assert "and 2 more" in summarise("remove codings", {"codings": [1, 2, 3, 4, 5]}, names)


def test_a_refresh_due_as_the_project_closes_reads_nothing(qtbot, window, project):
    """A change starts the viewer's refresh timer; closing the project before it fires must not
    make it read a closed file (it closes with its project instead)."""
    path, ids = project
    window.actions["team.audit"].trigger()
    dialog = window.findChild(AuditDialog)
    window.view.select_span(0, 11)
    window.coding.apply_code(ids["Recruitment/Job offer"])
    assert dialog._refresh_timer.isActive()
    window.projects.close()  # the store closes now, the session object a turn of the loop later
    dialog.reload()  # what the timer does if it fires before then: reads nothing, closes
    assert not dialog.isVisible()
    qtbot.wait(400)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
