"""What a controller may ask of the window: small protocols instead of the main window itself.

Controllers (coding, codebook operations, projects, coders, the team and trust
features and their dialogs) are built with an object that satisfies one of
these protocols, never with ``MainWindow``: so each can be built and tested
with a real ``ProjectSession`` and a small fake, and none of them imports
``main_window`` (an import-linter contract keeps it so). ``MainWindow``
implements all of them; napari's layer controls, which get a layer and a small
interface, are the model, and Anki's global ``mw`` the thing avoided.

The current session is part of every protocol because it changes while the
window lives (a project is opened, closed, reopened after a restore): a
controller reads ``session`` when it acts and keeps no copy of its own.
Offsets are code points, as everywhere outside ``positions.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # types only: this module must stay importable by every controller
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from annotator.gui.session import ProjectSession
    from annotator.gui.veil import VeilState


class Workbench(Protocol):
    """The minimum every controller gets: the open session, a parent for dialogs, the status bar."""

    @property
    def session(self) -> ProjectSession | None: ...

    @property
    def dialog_parent(self) -> QWidget: ...

    def show_status(self, message: str, timeout: int = 8000) -> None: ...


class CodingBench(Workbench, Protocol):
    """What coding a passage needs: where the reader is and what they selected."""

    @property
    def current_document(self) -> str | None: ...

    def selected_span(self) -> tuple[int, int] | None:
        """The selected passage of the open document, ``(start, end)``; None when nothing is selected."""
        ...

    def current_code(self) -> str | None:
        """The code the codebook's cursor is on."""
        ...

    def selected_codings(self) -> list[str]:
        """The codings the user means (a clicked highlight, or the rows of the segments table)."""
        ...

    def set_selected_coding(self, guid: str | None) -> None: ...


class CodebookBench(Workbench, Protocol):
    """What the codebook operations need: which code is meant, and showing the result."""

    def current_code(self) -> str | None: ...

    def select_codes(self, guids: list[str]) -> None: ...


class SearchBench(Workbench, Protocol):
    """What corpus search needs: the open document (a scope) and a way to show a hit."""

    @property
    def current_document(self) -> str | None: ...

    def open_passage(self, document: str, start: int, end: int) -> None:
        """Show the document with the passage selected."""


class CodePicker(Protocol):
    """Asks for a code without blocking (the palette); ``then(guid)`` runs with the choice."""

    def choose_code(self, title: str, then: Callable[[str], object], **options: object) -> object: ...


class ProjectBench(Workbench, Protocol):
    """What opening and importing need: install a session, show the first new document."""

    @property
    def current_document(self) -> str | None: ...

    def open_document(self, guid: str) -> None: ...

    def set_session(self, session: ProjectSession | None) -> None:
        """Show ``session`` (None: no project) in every panel; the previous one is let go."""
        ...


class ProjectOpener(Protocol):
    """Closing and reopening the project (``ProjectController``), for flows that rewrite the file."""

    def open(self, path: str | Path, *, readonly: bool = False, backup: bool = True) -> bool: ...

    def close(self) -> None: ...


class CoderBench(Workbench, Protocol):
    """Whose codings the panels show, and telling them the coders changed."""

    @property
    def coder_mode(self) -> str:
        """``ALL``, ``MINE`` or one coder's GUID (see ``presenter``)."""
        ...

    def show_coder(self, mode: str) -> None:
        """The text, the codebook's counts and the segments table show ``mode``'s codings."""
        ...

    def refresh_coders(self) -> None:
        """The coders (or their colours) changed: colours and coder filters follow."""
        ...

    def update_state(self) -> None:
        """Re-read labels and which actions are enabled."""
        ...


class TeamBench(Workbench, Protocol):
    """What the team lead's review windows ask of the main window."""

    def selected_codes(self) -> list[str]: ...

    @property
    def veil(self) -> VeilState:
        """The window's one veil: which warned passages this coder sees veiled, revealed ones too."""
        ...

    def open_passage(self, document: str, start: int, end: int) -> None:
        """Show a passage in the main text, every coder's codings visible, the span selected."""
        ...

    def jump_to(self, coding: str) -> None:
        """Open a coding's document and select its passage."""
        ...

    @property
    def color_by_coder(self) -> bool: ...

    def set_color_by_coder(self, on: bool) -> None: ...

    def refresh_coders(self) -> None: ...

    def undo_actions(self) -> list[QAction]:
        """Undo and Redo, to add to a review window so Ctrl+Z works there too."""
        ...

    def save_pending_edits(self) -> None:
        """Save what is being typed (a memo) before the project file changes under it."""
        ...

    def open_project(self, path: str | Path) -> bool: ...


class CaseBench(Workbench, Protocol):
    """What the cases panel's actions and the journey timeline need: the case the reader
    chose, what they selected in the text, and opening a passage."""

    @property
    def current_document(self) -> str | None: ...

    @property
    def current_case(self) -> str | None:
        """The case chosen in the Cases panel (None: none chosen)."""
        ...

    def select_case(self, guid: str | None) -> None:
        """Make ``guid`` the current case in the Cases panel (shown if it was hidden)."""
        ...

    def selected_span(self) -> tuple[int, int] | None: ...

    def codings_to_link(self) -> list[str]:
        """The codings the user means: the segments table's selected rows when it has focus, else
        the shown codings under the text selection, else the clicked highlight, else the table's
        selected rows."""
        ...

    def open_passage(self, document: str, start: int, end: int) -> None: ...

    def set_selected_coding(self, guid: str | None) -> None: ...

    def undo_actions(self) -> list[QAction]: ...


class TrustBench(Workbench, Protocol):
    """What the trust features read: the passage to preview pseudonyms on."""

    @property
    def current_document(self) -> str | None: ...

    def selected_span(self) -> tuple[int, int] | None: ...


class WarningBench(Workbench, Protocol):
    """What editing content warnings needs: the document chosen in the Documents list (shown
    or still behind its warning panel) and the code the codebook's cursor is on."""

    @property
    def chosen_document(self) -> str | None: ...

    def current_code(self) -> str | None: ...
