"""The trust features of the window: their actions and handlers (see gui/actions.py all_actions).

Backups and restore, encryption, the audit trail and pseudonyms. The dialogs and
flows live in the modules beside this one and load only when a window is built,
so importing this package (as ``gui/actions.py`` does) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from annotator.gui.workbench import ProjectOpener, TrustBench

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "file.restore_backup",
        "File",
        QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"),
        enabled_when="writable",
        separator_before=True,
        before="file.close",
        tip=QT_TRANSLATE_NOOP("Actions", "Replace the project with one of its automatic backups"),
    ),
    A(
        "file.backup_settings",
        "File",
        QT_TRANSLATE_NOOP("Actions", "Backup se&ttings…"),
        before="file.close",
        tip=QT_TRANSLATE_NOOP("Actions", "How many automatic backups to keep"),
    ),
    A(
        "file.encrypt",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Encrypt project…"),
        enabled_when="writable",
        separator_before=True,
        before="file.close",
        tip=QT_TRANSLATE_NOOP("Actions", "Protect the project file with a passphrase"),
    ),
    A(
        "file.decrypt",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Decrypt project…"),
        enabled_when="writable",
        before="file.close",
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the project's encryption"),
    ),
    A(
        "team.audit",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "Audit &trail…"),
        enabled_when="project",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Who changed what and when; verify that the record is intact"),
    ),
    A(
        "team.pseudonyms",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Pseudonyms…"),
        enabled_when="writable",
        tip=QT_TRANSLATE_NOOP("Actions", "Names and places that exports replace"),
    ),
)
del A


def handlers(
    bench: TrustBench, projects: ProjectOpener, parent: QObject | None = None
) -> dict[str, Callable[[], object]]:
    """Handlers for :data:`ACTIONS`, bound to ``bench`` (the window) and ``projects`` (its opener)."""
    from annotator.gui.trust.controller import TrustController  # noqa: PLC0415 (Qt dialogs on demand)

    c = TrustController(bench, projects, parent)
    return {
        "file.restore_backup": c.show_restore,
        "file.backup_settings": c.show_settings,
        "file.encrypt": c.encrypt,
        "file.decrypt": c.decrypt,
        "team.audit": c.show_audit,
        "team.pseudonyms": c.show_pseudonyms,
    }
