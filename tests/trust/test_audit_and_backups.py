"""Audit trail tamper detection and rolling backups, through the CLI a reviewer would use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.protection import list_backups, take_backup
from annotator.core.store import ProjectStore


def test_audit_verify_detects_tampering(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    assert run("new", project).code == 0
    assert run("codebook", "add", project, "Actors/Broker/Chinese broker").code == 0
    ok = run("audit", "verify", project)
    assert ok.code == 0 and "chain intact" in ok.out
    conn = sqlite3.connect(project)
    conn.execute("DROP TRIGGER audit_log_append_only_update")  # what a tamperer would have to do
    conn.execute("UPDATE audit_log SET coder = 'someone else' WHERE id = 1")
    conn.commit()
    conn.close()
    bad = run("audit", "verify", project)
    assert bad.code == 1 and "entry 1 was altered" in bad.err
    out = tmp_path / "audit.csv"
    assert run("audit", "export", project, "-o", out).code == 0
    assert "create project" in out.read_text(encoding="utf-8-sig")


def test_rolling_backups_keep_the_newest_and_restore(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    run("new", project, "--codebook", "empty")
    with ProjectStore.open(project) as store:
        for i in range(5):
            store.ensure_coder(f"c{i}")
            take_backup(store, keep=3)
    backups = list_backups(project)
    assert len(backups) == 3
    with ProjectStore.open(backups[-1], readonly=True) as oldest_kept:
        assert len(oldest_kept.coders()) == 3
    result = run("backup", "restore", project, backups[-1])
    assert result.code == 0
    with ProjectStore.open(project, readonly=True) as store:
        assert [c.name for c in store.coders()] == ["c0", "c1", "c2"]
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a backup")
    refused = run("backup", "restore", project, garbage)
    assert refused.code == 1 and "garbage.sqlite" in refused.err
    with ProjectStore.open(project, readonly=True) as store:
        assert len(store.coders()) == 3
