"""A coder's care preferences (issue 12): kept on this machine, per coder, never in the project.

Whether warned documents ask before opening, whether warned passages are veiled, break
reminders, the end-of-session summary, and whether opening a warned document is recorded
are each coder's own choices. They live in the app's QSettings under ``care/<coder key>``
(:func:`annotator.core.model.coder_key`: "Mina" and "mina" are one coder), so two coders
sharing a machine each keep theirs, and nothing about a coder's wellbeing reaches the
project file or its audit log unless they opt in (``record_openings``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QSettings

from annotator.core.model import coder_key


@dataclass
class CarePreferences:
    ask_before_warned: bool = True
    veil_warned: bool = False
    break_minutes: int = 0  # 0 = off
    session_summary: bool = False
    record_openings: bool = False


def _group(coder_name: str) -> str:
    return f"care/{coder_key(coder_name) or '_'}"


def load(coder_name: str) -> CarePreferences:
    """``coder_name``'s preferences (the defaults for anything never set or unreadable)."""
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    prefs = CarePreferences()
    for f in fields(CarePreferences):
        raw = settings.value(f.name)
        if raw is None:
            continue
        default = getattr(prefs, f.name)
        if isinstance(default, bool):
            value: object = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        else:
            try:
                value = max(0, int(raw))
            except (TypeError, ValueError):
                continue
        setattr(prefs, f.name, value)
    settings.endGroup()
    return prefs


def save(coder_name: str, prefs: CarePreferences) -> None:
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    for name, value in asdict(prefs).items():
        settings.setValue(name, value)
    settings.endGroup()
