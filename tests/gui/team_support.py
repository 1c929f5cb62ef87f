"""Shared pieces of the team GUI tests: the demo project (mina and jun double-coded) and waiting on tasks.

The demo is built once per session and copied per test: building takes about
a second, copying a few milliseconds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.gui import prompts


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from annotator.core.demo import build_demo  # noqa: PLC0415

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every blocking prompt answered without a dialog; errors and questions are recorded."""
    seen: dict[str, list] = {"errors": [], "confirm": [], "save": []}
    answers: dict[str, object] = {"save": None, "open": [], "confirm": True}

    def save_file(_parent: object, title: str, _filters: str = "") -> str | None:
        seen["save"].append(title)
        value = answers["save"]
        return str(value) if value else None

    monkeypatch.setattr(prompts, "show_error", lambda _p, title, text: seen["errors"].append((title, text)))
    monkeypatch.setattr(prompts, "save_file", save_file)
    monkeypatch.setattr(prompts, "open_files", lambda *_a, **_k: list(answers["open"]))  # type: ignore[call-overload]
    monkeypatch.setattr(
        prompts, "confirm", lambda _p, _t, text: seen["confirm"].append(text) or answers["confirm"]
    )
    seen["answers"] = answers  # type: ignore[assignment]
    return seen


def wait_for(qtbot, task: object, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until a team Task has reported (its done/failed slots have run)."""
    assert task is not None
    qtbot.waitUntil(lambda: task.reported, timeout=timeout)  # type: ignore[attr-defined]


def open_dialog(window: object, action: str, kind: type) -> object:
    """Trigger a menu action and return the dialog of ``kind`` it opened."""
    window.actions[action].trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(kind)  # type: ignore[attr-defined]
    assert dialog is not None
    return dialog


def answer_switch_coder(monkeypatch, typed: str, *, add: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Answer Team → Switch coder: type ``typed`` in its filter, then pick the listed coder or,
    with ``add``, press "Add new coder" (a disabled button does nothing, as for a user)."""

    def run(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.filter.setText(typed)
        (dialog.add_button if add else dialog.pick_button).click()
        return dialog.choice is not None

    monkeypatch.setattr(prompts, "run_dialog", run)
