"""The audit dialog's "Verify chain" agrees with ``annotator audit verify`` (issue 9, item 10).

The entries are removed by another program while the project is open in the app,
the way someone with the file and an SQLite tool would do it.
"""

from __future__ import annotations

import sqlite3

from annotator.gui.trust.audit_dialog import AuditDialog


def test_the_dialog_reports_a_truncated_log_like_the_cli(qtbot, window, project, run):
    path, ids = project
    for start in (0, 20, 40):
        window.view.select_span(start, start + 10)
        window.coding.apply_code(ids["Recruitment/Job offer"])
    window.actions["team.audit"].trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.verify() == []
    assert "Chain intact" in dialog.verdict.text() and "head and protecting triggers" in dialog.verdict.text()

    raw = sqlite3.connect(path, isolation_level=None)
    last = raw.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    raw.execute("DROP TRIGGER audit_log_append_only_delete")
    raw.execute("DELETE FROM audit_log WHERE id > ?", (last - 2,))
    raw.close()

    found = dialog.verify()
    assert found[:2] == [
        f"2 entries were removed from the log: the head records {last} entries written, "
        f"the log has {last - 2}",
        "the trigger audit_log_append_only_delete that protects the audit trail is missing (dropped)",
    ]
    assert "tampered" in dialog.verdict.text() and "2 entries were removed" in dialog.verdict.text()
    cli = run("audit", "verify", path)
    assert cli.code == 1
    assert [line.split(": ", 2)[2] for line in cli.err.strip().splitlines()] == found
