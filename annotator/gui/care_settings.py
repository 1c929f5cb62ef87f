"""A coder's care preferences, kept in the app's QSettings on this machine, never in a project.

Whether a coder is asked before a warned testimony opens, sees warned passages veiled, is
reminded to take breaks or shown a summary of a session are that person's choices about
their own wellbeing: they follow the coder (a key per coder name, see
:func:`annotator.core.model.coder_key`) on this computer, and no project file, package or
audit entry holds them. ``record_openings`` is the one preference that makes the project
record something: with it on, opening a warned document writes an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from annotator.core.model import coder_key

GROUP = "care"
MAX_BREAK_MINUTES = 600


@dataclass
class CarePreferences:
    ask_before_warned: bool = True  # a short interstitial before a warned document opens
    veil_warned: bool = False  # warned passages shown veiled until revealed
    break_minutes: int = 0  # a break reminder after this many minutes of continuous coding; 0 = off
    session_summary: bool = False  # a note of how long and how many passages when a project closes
    record_openings: bool = False  # write an audit entry when opening a warned document


def _group(coder_name: str) -> str:
    return f"{GROUP}/{coder_key(coder_name)}"


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):  # INI files give strings back
        return {"true": True, "false": False}.get(value.strip().lower(), default)
    return default


def _minutes(value: object) -> int:
    try:
        minutes = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return max(0, min(minutes, MAX_BREAK_MINUTES))


def load(coder_name: str) -> CarePreferences:
    """``coder_name``'s preferences on this machine (the defaults for a coder who set none)."""
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    try:
        default = CarePreferences()
        values: dict[str, object] = {}
        for f in fields(CarePreferences):
            raw = settings.value(f.name)
            fallback = getattr(default, f.name)
            if raw is None:
                values[f.name] = fallback
            elif f.name == "break_minutes":
                values[f.name] = _minutes(raw)
            else:
                values[f.name] = _bool(raw, fallback)
        return CarePreferences(**values)  # type: ignore[arg-type]
    finally:
        settings.endGroup()


def save(coder_name: str, prefs: CarePreferences) -> None:
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    try:
        for f in fields(CarePreferences):
            value = getattr(prefs, f.name)
            settings.setValue(f.name, _minutes(value) if f.name == "break_minutes" else bool(value))
    finally:
        settings.endGroup()
