"""View → Language: the interface language, chosen once per person, used from the next start.

The menu lists "System language" and each shipped language *in its own language*
(English, 한국어, 简体中文), so whoever cannot read the current interface can still find
theirs. The choice is stored with :func:`i18n.choose_language`; the status bar says
when it applies, in the language just chosen (the user may not read the current one).
Every widget is built once in its language (see :mod:`annotator.gui.i18n`), so the
change waits for the next start; there is no "Restart now" (a restart would have to go
through the window's whole close path, and a half-closed project is worse than a click).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui import i18n
from annotator.gui.i18n import translate

SYSTEM = ""  # the "System language" item's code
NEXT_START = QT_TRANSLATE_NOOP("LanguageMenu", "The interface will be in {language} from the next start.")
NEXT_START_SYSTEM = QT_TRANSLATE_NOOP(
    "LanguageMenu", "The interface will follow the system language ({language}) from the next start."
)


def in_language(code: str, context: str, source: str) -> str | None:
    """``source`` translated into ``code`` whatever the interface shows now (None: no catalogue)."""
    if code == "en":
        return source
    translator = QTranslator()
    if not translator.load(str(i18n.translations_dir() / f"annotator_{code}.qm")):
        return None
    return translator.translate(context, source) or None


def next_start_message(choice: str) -> str:
    """What the status bar says after a choice (``SYSTEM`` or a language code): in the language
    chosen, or in the current language and in English when that language's catalogue is missing."""
    code = choice or i18n.system_language()
    source = NEXT_START_SYSTEM if choice == SYSTEM else NEXT_START
    shown = in_language(code, "LanguageMenu", source)
    if shown is None:  # said twice: in the language on screen now, and in English
        shown = f"{translate('LanguageMenu', source)} / {source}"
    return shown.format(language=i18n.LANGUAGES[code])


class LanguageMenu(QMenu):
    """Radio items: System language, then each language named in itself; checked = the choice."""

    def __init__(self, show_status: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.show_status = show_status
        self.group = QActionGroup(self)
        self.items: dict[str, QAction] = {}
        self._add(SYSTEM, translate("LanguageMenu", "System language"))
        self.addSeparator()
        for code, name in i18n.LANGUAGES.items():
            self._add(code, name)  # never translated: each in its own language
        self.aboutToShow.connect(self.sync)
        self.sync()

    def _add(self, code: str, text: str) -> None:
        action = self.addAction(text)
        action.setObjectName(f"language.{code or 'system'}")
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
        self.group.addAction(action)
        self.items[code] = action

    def sync(self) -> None:
        """Check the stored choice (another window may have changed it)."""
        self.items[i18n.chosen_language() or SYSTEM].setChecked(True)

    def choose(self, code: str) -> None:
        i18n.choose_language(code or None)
        self.sync()
        self.show_status(next_start_message(code))
