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
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the interface language: unchanged unless a translator is installed."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def install_translator(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for the core's messages (None: English again)."""
    global _translator
    _translator = translator
