"""Find interface text that does not go through the translation system.

``pseudo_language()`` installs a translator that wraps every translated string in
⟪ ⟫; ``untranslated(widget, data)`` then lists every visible text of the widget (and
its children, actions, menus, headers, tool tips, accessible names) that still holds
letters outside those marks and is not project data (document, code, coder names...).
A string that escaped ``translate()`` cannot be translated, so it shows up here.

``korean()`` installs the real Korean catalogue; ``english_left(widget, sources)``
lists visible texts that are still an English source string.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from annotator.gui import i18n

OPEN, CLOSE = "⟪", "⟫"
# Qt's own strings used to parse, not to show: wrapping them would break shortcuts.
_PARSED_CONTEXTS = {"QShortcut", "QKeySequence"}
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # innermost first: marks nest
_LETTERS = re.compile(r"[^\W\d_]{2,}")


class PseudoTranslator(QTranslator):
    """Every string, whatever its context, comes back as ⟪string⟫."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 (Qt override)
        if not source or context in _PARSED_CONTEXTS:
            return ""
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


@contextlib.contextmanager
def pseudo_language() -> Iterator[None]:
    """Every translated string marked ⟪ ⟫, the core's messages too (``i18n.install`` hooks the
    core to Qt's translators, as the app does at start-up)."""
    app = QCoreApplication.instance()
    i18n.install(app, "en")
    translator = PseudoTranslator()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@contextlib.contextmanager
def language(code: str) -> Iterator[str]:
    """The app's real catalogue for ``code`` (and Qt's), removed afterwards."""
    app = QCoreApplication.instance()
    installed = i18n.install(app, code)
    try:
        yield installed
    finally:
        i18n.install(app, "en")


def _model_headers(view: QAbstractItemView) -> Iterable[str]:
    """The column titles a table or tree shows (list views have none)."""
    model = view.model()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    else:
        header = view.header() if isinstance(view, QTreeView) else None
    if model is None or header is None or header.isHidden():
        return []
    texts = []
    for section in range(header.count()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``root``."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            found.append((where, text))

    def actions_of(owner: QWidget, where: str) -> None:
        for action in QWidget.actions(owner):
            if action.isSeparator():
                continue
            add(f"{where} action", action.text())
            if action.toolTip() != action.text().replace("&", ""):
                add(f"{where} action tip", action.toolTip())
            add(f"{where} action status tip", action.statusTip())
            menu = action.menu()
            if isinstance(menu, QMenu):
                add(f"{where} menu", menu.title())
                actions_of(menu, f"{where} › {menu.title()}")

    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        if widget.isWindow():
            add(f"{name} title", widget.windowTitle())
        add(f"{name} tooltip", widget.toolTip())
        add(f"{name} status tip", widget.statusTip())
        add(f"{name} what's this", widget.whatsThis())
        add(f"{name} accessible name", widget.accessibleName())
        add(f"{name} accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(f"{name} label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(f"{name} button", widget.text())
        elif isinstance(widget, QMenu):
            add(f"{name} menu", widget.title())
        elif isinstance(widget, QGroupBox):
            add(f"{name} group", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab", widget.tabText(i))
                add(f"{name} tab tip", widget.tabToolTip(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} choice", widget.itemText(i))
        if isinstance(widget, QAbstractItemView):
            for text in _model_headers(widget):
                add(f"{name} header", text)
        if not isinstance(widget, QMenu):
            actions_of(widget, name)
    return found


def unmarked(text: str) -> str:
    """``text`` without its translated parts (a translated phrase inside a translated template
    nests its marks: removed from the inside out)."""
    while True:
        rest = _MARKED.sub(" ", text)
        if rest == text:
            return rest
        text = rest


def _plain(text: str) -> str:
    return _TAGS.sub(" ", text).replace("&&", "").replace("&", "")


def untranslated(root: QWidget, data: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Texts under ``root`` with letters outside ⟪ ⟫ that are not in ``data``."""
    known = sorted({d for d in data if d}, key=len, reverse=True)
    bad = []
    for where, text in visible_texts(root):
        rest = unmarked(_plain(text))
        for item in known:
            rest = rest.replace(item, " ")
        if _LETTERS.search(rest):
            bad.append((where, text))
    return bad


def source_strings(folder: Path | None = None) -> set[str]:
    """Every English source string of the shipped .ts files."""
    folder = folder or i18n.translations_dir()
    sources = set()
    for ts in folder.glob("*_ko.ts"):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source", "")
            if _LETTERS.search(source):
                sources.add(source)
    return sources


def english_left(root: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    """Visible texts that are still one of the English source strings."""
    plain_sources = {_plain(s).strip() for s in sources}
    return [(where, text) for where, text in visible_texts(root) if _plain(text).strip() in plain_sources]


def project_strings(path: Path) -> set[str]:
    """The project's own words (names of documents, codes, coders, cases, attributes, their
    values and fields): data the interface shows but must never translate."""
    import sqlite3  # noqa: PLC0415

    queries = (
        "SELECT name FROM documents",
        "SELECT original_name FROM documents",
        "SELECT name FROM codes",
        "SELECT name FROM coders",
        "SELECT label FROM cases",
        "SELECT name FROM attributes",
        "SELECT value FROM document_attributes",
        "SELECT name FROM case_attributes",
        "SELECT value FROM case_attributes",
        "SELECT name FROM code_fields",
        "SELECT name FROM project",
    )
    found: set[str] = set()
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        for query in queries:
            found.update(str(row[0]) for row in db.execute(query) if row[0])
    return found
