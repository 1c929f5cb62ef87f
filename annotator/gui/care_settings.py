"""A coder's care preferences: kept on this machine, per coder, never in the project.

Whether the app asks before a warned document opens, veils warned passages, reminds of a
break, sums up a session, or records the documents the coder opens in the audit trail are
one person's choices about their own reading, not project data: they live in the app's
QSettings under ``care/<coder_key>`` (so "Mina" and "mina" share them, and another coder
on the same machine keeps their own), and are never written to the project file. Only
``record_openings`` makes the app write anything to a project, and only what it says.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, QSettings, Signal

from annotator.core.model import coder_key

GROUP = "care"
MAX_BREAK_MINUTES = 600


@dataclass(frozen=True, slots=True)
class CarePreferences:
    ask_before_warned: bool = True  # a neutral panel before a warned document's text
    veil_warned: bool = False  # warned passages shown veiled in tables, retrieval, reports
    break_minutes: int = 0  # a break reminder after this many minutes of coding (0: off)
    session_summary: bool = False  # how long and how many passages, at the end (kept here)
    record_openings: bool = False  # "opened warned document" entries in the audit trail


class _Notifier(QObject):
    changed = Signal(str)  # the coder's name whose preferences were saved


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    """One object for the app whose ``changed(coder_name)`` fires after :func:`save`: views that
    follow a preference (veiling, the break reminder) connect to it."""
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def _group(coder_name: str) -> str:
    return f"{GROUP}/{coder_key(coder_name) or '-'}"


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):  # INI files give strings back
        return {"true": True, "false": False, "1": True, "0": False}.get(value.lower(), default)
    if isinstance(value, int):
        return bool(value)
    return default


def _minutes(value: object) -> int:
    try:
        minutes = int(str(value))
    except ValueError:
        return 0
    return min(max(minutes, 0), MAX_BREAK_MINUTES)


def load(coder_name: str) -> CarePreferences:
    """``coder_name``'s preferences (the defaults for a coder who never chose; an unreadable
    value falls back to its default)."""
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    try:
        d = CarePreferences()

        def flag(name: str, default: bool) -> bool:
            return _bool(settings.value(name), default) if settings.contains(name) else default

        return CarePreferences(
            ask_before_warned=flag("ask_before_warned", d.ask_before_warned),
            veil_warned=flag("veil_warned", d.veil_warned),
            break_minutes=_minutes(settings.value("break_minutes", d.break_minutes)),
            session_summary=flag("session_summary", d.session_summary),
            record_openings=flag("record_openings", d.record_openings),
        )
    finally:
        settings.endGroup()


def save(coder_name: str, prefs: CarePreferences) -> None:
    """Keep ``prefs`` as ``coder_name``'s (on this machine only)."""
    settings = QSettings()
    settings.beginGroup(_group(coder_name))
    for field in fields(CarePreferences):
        value = getattr(prefs, field.name)
        settings.setValue(field.name, _minutes(value) if field.name == "break_minutes" else bool(value))
    settings.endGroup()
    settings.sync()
    notifier().changed.emit(coder_name)
