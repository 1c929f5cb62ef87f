"""The team features of the window: their actions and handlers (see gui/actions.py all_actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.gui.actions import ActionSpec

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

ACTIONS: tuple[ActionSpec, ...] = ()


def handlers(window: MainWindow) -> dict[str, Callable[[], object]]:
    """Handlers for :data:`ACTIONS`, bound to window."""
    return {}
