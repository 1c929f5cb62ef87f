"""Content warnings in the window: editing them, the gate before a warned document, and this
coder's care preferences (see gui/actions.py all_actions).

The dialogs and the controller load only when a window is built, so importing this package
(as ``gui/actions.py`` does) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from annotator.gui.workbench import WarningBench

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "edit.content_warnings",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Content &warnings…"),
        enabled_when="writable",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The project's list of content warnings: add, rename, describe, remove"
        ),
    ),
    A(
        "edit.document_warnings",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Document &warnings…"),
        enabled_when="writable",
        tip=QT_TRANSLATE_NOOP("Actions", "Which content warnings the chosen document carries"),
    ),
    A(
        "edit.care_preferences",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "Care &preferences…"),
        enabled_when="project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Your own choices about warned material, breaks and what is recorded (kept on this computer)",
        ),
    ),
    A(
        "code.warnings",
        "Code",
        QT_TRANSLATE_NOOP("Actions", "Content &warnings of code…"),
        enabled_when="code",
        before="code.default_labels",
        tip=QT_TRANSLATE_NOOP("Actions", "Every passage coded with the code carries its warnings"),
    ),
)
del A


def handlers(bench: WarningBench, parent: QObject | None = None) -> dict[str, Callable[[], object]]:
    """Handlers for :data:`ACTIONS`, bound to ``bench`` (the window)."""
    from annotator.gui.content_warnings.controller import WarningsController  # noqa: PLC0415

    c = WarningsController(bench, parent)
    return {
        "edit.content_warnings": c.edit_list,
        "edit.document_warnings": c.document_warnings,
        "edit.care_preferences": c.preferences,
        "code.warnings": c.code_warnings,
    }
