"""Originals and their translations in the window: link a document to its translation, read
them side by side (aligned sentence by sentence), correct the alignment, mirror a coding.

The rows are gathered by ``gui/actions.py all_actions``; the window binds them with
:func:`handlers` to a :class:`~annotator.gui.pairs.controller.PairsController`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

if TYPE_CHECKING:
    from annotator.gui.workbench import CodingBench

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "edit.link_translation",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Link to &translation…"),
        (),
        "writable",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Link the open document to its translation and align them by sentence"
        ),
    ),
    A(
        "view.side_by_side",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Side by side with translation"),
        ("Ctrl+Shift+L",),
        "document",
        separator_before=True,
        before="view.zoom_in",
        tip=QT_TRANSLATE_NOOP("Actions", "The original and its translation, aligned, scrolling together"),
    ),
    A(
        "code.mirror",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "&Mirror coding to translation"),
        ("Ctrl+Shift+M",),
        "coding",
        before="case.new",
        tip=QT_TRANSLATE_NOOP("Actions", "The same code on the aligned passage of the linked document"),
    ),
)
del A


def handlers(bench: CodingBench) -> dict[str, Callable[[], object]]:
    """Handlers for :data:`ACTIONS`, bound to ``bench`` (the window)."""
    from annotator.gui.pairs.controller import PairsController  # noqa: PLC0415

    controller = PairsController(bench)
    return {
        "edit.link_translation": controller.link_document,
        "view.side_by_side": controller.side_by_side,
        "code.mirror": controller.mirror_selected,
    }
