"""The core's user-facing messages, in the interface language when there is one.

The core is Qt-free and also serves the command line, which stays English; but the app
shows the core's errors and import warnings to coders, who may work in Korean or Chinese.
So every such message is spelled ``translate("Context", "literal text {name}")`` and
filled with ``.format(name=...)`` afterwards: the English text is the key a translator
looks up, and ``pyside6-lupdate`` collects these calls from any Python file into
``resources/translations/core_<lang>.ts`` like the app's own strings.

:func:`translate` returns the English text unless a front end installed a translator with
:func:`install_translator`: the app installs one that calls ``QCoreApplication.translate``
(``annotator.gui.i18n.install``); the command line installs none.

Rules for call sites: a literal context and a literal text (lupdate reads the source);
named placeholders filled by ``.format`` after translating (never an f-string around
``translate``, which would make every message a new key); whole sentences, never fragments
glued together (word order differs between English, Korean and Chinese).

Plurals, as in the app (``annotator.gui.i18n``): Korean and Chinese have one form, English
gets its two by choosing between two source strings, and ``%n`` is the number in every
language. The count is the fourth positional argument, as in Qt (lupdate collects neither a
keyword argument nor a third one that is not a literal)::

    plural(n, translate("Ctx", "%n document added", None, n), translate("Ctx", "%n documents added", None, n))

What is written to files (exports, the audit trail) stays English whatever the app's
language: code that serves both takes the function to call, :func:`translate` or
:func:`english` (see :func:`translator`), as a local named ``translate`` so that lupdate
still collects its literal calls.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]
"""``translator(context, text, disambiguation, n)``: the translation, with ``%n`` filled when
``n >= 0`` (Qt's ``QCoreApplication.translate``), or "" when there is none."""
Translate = Callable[..., str]
"""The shape of :func:`translate` and :func:`english`."""

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language: unchanged unless a translator is installed.

    With ``n`` (a count, 0 or more) every ``%n`` of the text becomes that number.
    """
    translated = _translator(context, text, disambiguation, n) if _translator is not None else ""
    return english(context, translated or text, disambiguation, n)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in English whatever the interface language, ``%n`` filled as by :func:`translate`:
    for what is written to files, which must not change with the language of the app."""
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


def translator(*, english_only: bool = False) -> Translate:
    """:func:`english` for what goes into files, else :func:`translate` (what the app shows)."""
    return english if english_only else translate


def plural(n: int, one: str, many: str) -> str:
    """English's singular or plural of a count: ``one`` when ``n`` is 1, else ``many`` (both
    translated already; Korean and Chinese give them the same words)."""
    return one if n == 1 else many


def install_translator(function: Translator | None) -> None:
    """Use ``function(context, text, disambiguation, n)`` for the core's messages (None:
    English again)."""
    global _translator
    _translator = function
