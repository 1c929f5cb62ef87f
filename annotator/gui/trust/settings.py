"""The user's backup preference, kept in QSettings (per user, not per project).

How many rolling backups to keep is a choice about this computer's disk and
this user's habits, so it travels with the user, not inside the project file.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from annotator.core.protection import DEFAULT_KEEP

KEEP_KEY = "backups/keep"
MAX_KEEP = 999


def backup_keep() -> int:
    """How many automatic backups to keep (0 = automatic backups off)."""
    value = QSettings().value(KEEP_KEY, DEFAULT_KEEP)
    try:
        keep = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return max(0, min(keep, MAX_KEEP))


def set_backup_keep(keep: int) -> None:
    QSettings().setValue(KEEP_KEY, max(0, min(int(keep), MAX_KEEP)))
