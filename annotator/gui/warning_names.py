"""The five default content warnings shown in the interface language.

A project stores its warnings' names and descriptions as data (``DEFAULT_WARNINGS`` in
English to begin with; renamed, removed or added to freely). A name (or description) that is
still exactly a default one is shown translated; any other is the project's own and is shown
as it is.
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


_DESCRIPTIONS: dict[str, str] = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP(
            "ContentWarnings", "Rape, sexual assault, forced prostitution, sexual exploitation"
        ),
        QT_TRANSLATE_NOOP("ContentWarnings", "Abuse, sexual exploitation or trafficking of anyone under 18"),
        QT_TRANSLATE_NOOP("ContentWarnings", "Torture and cruel treatment, in detention or by traffickers"),
        QT_TRANSLATE_NOOP("ContentWarnings", "Suicide, attempts, self-harm and thoughts of them"),
        QT_TRANSLATE_NOOP("ContentWarnings", "Killings, executions, deaths in detention or in flight"),
    )
}


def display_name(name: str) -> str:
    """``name`` as the interface shows it: translated when it is exactly a default name."""
    return translate("ContentWarnings", _DEFAULTS[name]) if name in _DEFAULTS else name


def display_description(description: str) -> str:
    """A warning's description, translated when it is exactly a default one."""
    return (
        translate("ContentWarnings", _DESCRIPTIONS[description])
        if description in _DESCRIPTIONS
        else description
    )
