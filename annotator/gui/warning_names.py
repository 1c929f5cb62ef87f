"""The five default content warnings in the interface language (they are stored in English).

A warning's name is project data; when it is exactly one of the defaults it is shown
translated, otherwise as stored (a project's own or renamed warning).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import translate

DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("ContentWarnings", "sexual violence"),
    QT_TRANSLATE_NOOP("ContentWarnings", "violence against children"),
    QT_TRANSLATE_NOOP("ContentWarnings", "torture"),
    QT_TRANSLATE_NOOP("ContentWarnings", "suicide and self-harm"),
    QT_TRANSLATE_NOOP("ContentWarnings", "death and execution"),
)


def display_name(name: str) -> str:
    """``name`` as shown: translated when it is exactly a default name, else as stored."""
    return translate("ContentWarnings", name) if name in DEFAULT_NAMES else name
