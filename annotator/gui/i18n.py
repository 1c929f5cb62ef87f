"""The interface language: Korean, Simplified Chinese or English, through Qt's translations.

Every visible string goes through ``translate(context, text)`` (or ``QT_TRANSLATE_NOOP``
for tables of strings translated when shown). ``pyside6-lupdate`` collects those calls
into ``resources/translations/<area>_<lang>.ts`` (``tools/translations update``), and
``tools/translations release`` compiles each language's sources into one
``annotator_<lang>.qm`` that :func:`install` loads at start-up.

Why plain ``translate`` with an explicit context rather than ``self.tr``: in PySide a
subclass calling an inherited method's ``self.tr`` looks the string up under the
*subclass's* name, while lupdate filed it under the defining class, so the text would
silently stay English. An explicit context cannot drift.

Plurals: Korean and Chinese have one form; English gets its two forms by choosing
between two source strings (``translate(ctx, "%n coding") if n == 1 else
translate(ctx, "%n codings")``), both collected by lupdate. ``%n`` is replaced by the
number in every language (:func:`translate` with ``n``).

The choice is per person, not per project: it is kept in the app's QSettings
(``language``), and the system locale decides until one is chosen. It takes effect at
the next start, like most desktop programs: every widget is built once in its language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from annotator.core import messages
from annotator.core.resources import resources_dir

# The languages the interface ships in, each named in its own language (a menu of them
# must be readable by someone who cannot read the current one).
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어", "zh_CN": "简体中文"}
SETTING = "language"
_BRACKETED = re.compile(r"\s?\(&\w\)")
_installed: list[QTranslator] = []
_language = ["en"]  # what install() last put in place


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: the text in the interface language (English if none).

    lupdate collects every call spelled ``translate("Context", "literal")``.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def strip_mnemonic(text: str) -> str:
    """A menu text without its accelerator: "&Open" → "Open", "열기(&O)" → "열기", "A && B" → "A & B".

    Korean and Chinese menus put the accelerator in brackets after the word, which must go
    with it when the text is shown elsewhere (a button, a tool tip, the shortcuts list).
    """
    return _BRACKETED.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language() -> str | None:
    """The language picked in View → Language (None: follow the system)."""
    value = QSettings().value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose_language(code: str | None) -> None:
    """Remember ``code`` for the next start (None: follow the system locale again)."""
    if code is None:
        QSettings().remove(SETTING)
    elif code in LANGUAGES:
        QSettings().setValue(SETTING, code)


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language closest to the system locale: ko_KR → ko; zh_CN/zh_SG/zh → zh_CN."""
    locale = locale or QLocale.system()
    name = locale.name()  # e.g. "ko_KR", "zh_CN", "en_US"
    if name.startswith("ko"):
        return "ko"
    if name.startswith("zh") and locale.script() != QLocale.Script.TraditionalChineseScript:
        return "zh_CN"
    return "en"


def current_language() -> str:
    """The language this run shows: the remembered choice, else the system's."""
    return chosen_language() or system_language()


def installed_language() -> str:
    """The language the interface shows now (what :func:`install` loaded; "en" before it ran)."""
    return _language[0]


def install(app: QCoreApplication, code: str | None = None) -> str:
    """Load the app's and Qt's own translations for ``code`` (default: the current
    language) into ``app``; return the language actually installed.

    Qt's own catalogue (``qtbase_<lang>.qm``, shipped with PySide6) translates the standard
    buttons and dialogs (OK, Cancel, the file dialog). A missing catalogue leaves the
    interface in English rather than failing to start.
    """
    # The core's errors and warnings (annotator.core.messages) follow the same translators.
    messages.install_translator(QCoreApplication.translate)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[0] = "en"
    code = code or current_language()
    if code == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"annotator_{code}.qm")):
        return "en"
    _language[0] = code
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
