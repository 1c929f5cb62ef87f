"""A dismissed coder question invents no coder: the project opens read-only (issue 9, item 6).

The old app filled in the OS login name (often a real name, then written into every coding
and every shared file) and remembered it when the question was cancelled.
"""

from __future__ import annotations

import getpass

import pytest

from annotator.core import config
from annotator.core.store import ProjectStore
from annotator.core.store.lock import lock_path
from annotator.gui import prompts
from annotator.gui.main_window import MainWindow


@pytest.mark.parametrize("answer", [None, "", "   "], ids=["cancel", "empty", "blank"])
def test_no_coder_means_read_only_and_nothing_remembered(qtbot, project, monkeypatch, answer) -> None:
    path, _ = project
    monkeypatch.delenv("ANNOTATOR_CODER", raising=False)
    asked: list[str] = []

    def ask(parent, title, label, text=""):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(prompts, "ask_text", ask)
    with ProjectStore.open(path, readonly=True) as store:
        coders_before = store.coders()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert asked == [""]  # nothing suggested: the login name is not offered as a coder
    session = window.session
    assert session is not None and session.readonly
    assert window.coder_label.text() == "Coder: none (read-only)"
    assert window.saved_label.text() == "Read-only"
    assert "read-only" in window.statusBar().currentMessage()
    assert not lock_path(path.resolve()).exists()  # read-only: the project is not held
    assert config.remembered_coder() is None
    window.close()
    with ProjectStore.open(path, readonly=True) as store:
        assert store.coders() == coders_before
        assert getpass.getuser() not in {c.name for c in store.coders()}


def test_a_given_name_is_remembered_and_codes(qtbot, project, monkeypatch) -> None:
    path, _ = project
    monkeypatch.delenv("ANNOTATOR_CODER", raising=False)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "  Mina  ")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert window.session is not None and not window.session.readonly
    assert window.coder_label.text() == "Coder: Mina" and config.remembered_coder() == "Mina"
    assert lock_path(path.resolve()).exists()
    window.close()
    assert not lock_path(path.resolve()).exists()
