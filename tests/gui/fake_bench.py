"""A workbench without a window, for building controllers on their own.

``FakeBench`` answers every protocol of :mod:`annotator.gui.workbench` from a
few plain attributes that a test sets, and records what the controller asked
for (status messages, selections, documents opened). Nothing here imports
``main_window``: a controller that still needed the window could not be built
with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotator.core.store import ProjectStore
from annotator.gui.presenter import ALL
from annotator.gui.session import ProjectSession
from annotator.gui.veil import VeilState


def open_session(path: Path, coder: str, *, readonly: bool = False) -> ProjectSession:
    """A real session on ``path``, as the project controller would make it (no lock, no backup)."""
    return ProjectSession(ProjectStore.open(path, readonly=readonly), coder)


class FakeBench:
    """Plain attributes in, recorded requests out."""

    def __init__(self, session: ProjectSession | None = None) -> None:
        self.session = session
        self.dialog_parent = QWidget()  # dialogs need a parent widget; no window behind it
        self.current_document: str | None = None
        self.span: tuple[int, int] | None = None  # the "selected" passage, code points
        self.code: str | None = None  # the codebook's current code
        self.codings: list[str] = []  # the codings the user "clicked"
        self.coder_mode = ALL
        self.color_by_coder = False
        self.statuses: list[str] = []
        self.selected_coding: str | None = None
        self.code_selection: list[str] = []
        self.opened: list[str] = []  # documents the controller asked to show
        self.passages: list[tuple[str, int, int]] = []
        self.refreshed = 0  # refresh_coders() calls
        self.saved_edits = 0  # save_pending_edits() calls
        self.reopen_requests: list[Path] = []
        self.current_case: str | None = None  # the Cases panel's choice
        self.veil = VeilState()  # the window's veil (set_session it to veil for the session's coder)

    # Workbench
    def show_status(self, message: str, timeout: int = 8000) -> None:
        self.statuses.append(message)

    # CodingBench, CodebookBench, TrustBench, TeamBench
    def selected_span(self) -> tuple[int, int] | None:
        return self.span

    def current_code(self) -> str | None:
        return self.code

    def selected_codings(self) -> list[str]:
        return list(self.codings)

    def set_selected_coding(self, guid: str | None) -> None:
        self.selected_coding = guid

    def selected_codes(self) -> list[str]:
        return [self.code] if self.code else []

    def select_codes(self, guids: list[str]) -> None:
        self.code_selection = list(guids)

    # CaseBench
    def select_case(self, guid: str | None) -> None:
        self.current_case = guid

    def codings_to_link(self) -> list[str]:
        return list(self.codings)

    # ProjectBench
    def open_document(self, guid: str) -> None:
        self.current_document = guid
        self.opened.append(guid)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session

    # CoderBench
    def show_coder(self, mode: str) -> None:
        self.coder_mode = mode

    def refresh_coders(self) -> None:
        self.refreshed += 1

    def update_state(self) -> None:
        pass

    # TeamBench
    def open_passage(self, document: str, start: int, end: int) -> None:
        self.passages.append((document, start, end))

    def jump_to(self, coding: str) -> None:
        self.codings = [coding]

    def set_color_by_coder(self, on: bool) -> None:
        self.color_by_coder = on

    def undo_actions(self) -> list[QAction]:
        return []

    def save_pending_edits(self) -> None:
        self.saved_edits += 1

    def open_project(self, path: str | Path) -> bool:
        """Recorded only: a test that needs a real reopening passes a ProjectController instead."""
        self.reopen_requests.append(Path(path))
        return False


@dataclass
class FakePicker:
    """A :class:`~annotator.gui.workbench.CodePicker` that records the question; the test answers."""

    asked: list[tuple[str, Callable[[str], object], dict[str, object]]] = field(default_factory=list)

    def choose_code(self, title: str, then: Callable[[str], object], **options: object) -> object:
        self.asked.append((title, then, options))
        return None
