"""The desktop app (PySide6). ``from annotator.gui import MainWindow`` for tests and embedding."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    # Lazy, so ``import annotator.gui.positions`` (say) does not build the whole window module.
    if name == "MainWindow":
        from annotator.gui.main_window import MainWindow  # noqa: PLC0415

        return MainWindow
    raise AttributeError(name)
