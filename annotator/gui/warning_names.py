"""The five default content warnings shown in the interface language.

A project stores its warnings' names as data (``DEFAULT_WARNINGS`` in English to begin
with; renamed, removed or added to freely). A name that is still exactly a default name is
shown translated; any other name is the project's own and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import translate

_DEFAULTS: dict[str, str] = {
    name: name
    for name in (
        QT_TRANSLATE_NOOP("ContentWarnings", "sexual violence"),
        QT_TRANSLATE_NOOP("ContentWarnings", "violence against children"),
        QT_TRANSLATE_NOOP("ContentWarnings", "torture"),
        QT_TRANSLATE_NOOP("ContentWarnings", "suicide and self-harm"),
        QT_TRANSLATE_NOOP("ContentWarnings", "death and execution"),
    )
}


def display_name(name: str) -> str:
    """``name`` as the interface shows it: translated when it is exactly a default name."""
    return translate("ContentWarnings", _DEFAULTS[name]) if name in _DEFAULTS else name
