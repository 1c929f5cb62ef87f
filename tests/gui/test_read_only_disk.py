"""A project on a read-only disk opens read-only in the app, saying why (it was "damaged")."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import remount_read_only
from tests.gui.conftest import build_project


def test_the_app_opens_a_project_on_a_read_only_disk_read_only(make_window, mount) -> None:
    disk: Path = mount("4m")
    path = disk / "p.sqlite"
    build_project(path)
    remount_read_only(disk)
    window = make_window(path)
    assert window.session is not None and window.session.readonly
    assert "read-only" in window.statusBar().currentMessage()
    assert window.documents.model.rowCount() == 2
    assert not Path(f"{path}.lock").exists()
