"""The five default content warnings' names in the interface language.

A project stores its warnings' names as data, in English for the defaults (see
:data:`annotator.core.content_warnings.DEFAULT_WARNINGS`). The app shows a name translated
only when it is exactly one of those five (a renamed or added warning is the project's own
words and is shown as stored).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import translate

DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("ContentWarnings", "sexual violence"),
    QT_TRANSLATE_NOOP("ContentWarnings", "violence against children"),
    QT_TRANSLATE_NOOP("ContentWarnings", "torture"),
    QT_TRANSLATE_NOOP("ContentWarnings", "suicide and self-harm"),
    QT_TRANSLATE_NOOP("ContentWarnings", "death and execution"),
)
DEFAULT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("ContentWarnings", "Rape, sexual assault, forced prostitution, sexual exploitation"),
    QT_TRANSLATE_NOOP("ContentWarnings", "Abuse, sexual exploitation or trafficking of anyone under 18"),
    QT_TRANSLATE_NOOP("ContentWarnings", "Torture and cruel treatment, in detention or by traffickers"),
    QT_TRANSLATE_NOOP("ContentWarnings", "Suicide, attempts, self-harm and thoughts of them"),
    QT_TRANSLATE_NOOP("ContentWarnings", "Killings, executions, deaths in detention or in flight"),
)


def display_name(name: str) -> str:
    """``name`` as the interface shows it: translated when it is a default's exact name."""
    return translate("ContentWarnings", name) if name in DEFAULT_NAMES else name


def display_description(description: str) -> str:
    """A default warning's description translated (only when unchanged from the default)."""
    return translate("ContentWarnings", description) if description in DEFAULT_DESCRIPTIONS else description


def display_list(names: Iterable[str]) -> str:
    """Warnings for a sentence, in the project's order when given so, joined with commas."""
    return translate("ContentWarnings", ", ").join(display_name(n) for n in names)
