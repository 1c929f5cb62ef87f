"""The quick-code palette: type a few letters of a code path, press Enter.

Also the chooser for "change code", "move to" and "merge into", so every
code-picking step works the same way from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.core.code_labels import CodeNames
from annotator.core.codebook import CodeTree
from annotator.gui.i18n import translate
from annotator.gui.models.codebook import swatch

TOP_LEVEL = ""  # the guid the palette returns for "(top level)"


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _score(path: str, words: list[str]) -> int | None:
    folded = path.casefold()
    name = folded.rsplit("/", 1)[-1]
    score = 0
    for word in words:
        if word in name:
            score += 0 if name.startswith(word) else 1
        elif word in folded:
            score += 2
        elif _subsequence(word, name):
            score += 4
        else:
            return None
    return score


def rank(paths: dict[str, str], query: str, also: dict[str, str] | None = None) -> list[str]:
    """GUIDs whose path matches every word of ``query``, best first.

    A word matches as a substring of the path, else as letters in order within
    the code's own name ("rjo" finds "Recruited with a job offer"). ``also``: other
    paths of the same codes (the canonical ones, when ``paths`` are Korean labels); a code
    matches by whichever of its paths scores best, so 강제 and "forced" both find it.
    """
    words = query.casefold().split()
    scored: list[tuple[tuple[int, int, str], str]] = []
    for guid, path in paths.items():
        scores = [
            s for s in (_score(path, words), _score((also or {}).get(guid, ""), words)) if s is not None
        ]
        if scores:
            scored.append(((min(scores), len(path), path.casefold()), guid))
    scored.sort()
    return [guid for _, guid in scored]


class ListPalette(QDialog):
    """A query box over a list: typing filters (``_filter``), Up/Down/Page move through the list
    from the box, Enter or a double-click accepts. The code and case choosers are both this."""

    def __init__(self, *, name: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.query = QLineEdit()
        self.query.setObjectName(f"{name}Query")
        self.query.setPlaceholderText(hint)
        self.query.setAccessibleName(hint)
        self.query.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.query)
        self.box.addWidget(self.list)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self.accept)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())

    def _filter(self, text: str) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/Page keys in the query box move through the list."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CodePalette(ListPalette):
    """Pick one code; emits ``chosen(guid)`` on Enter or double-click."""

    chosen = Signal(str)

    def __init__(
        self,
        tree: CodeTree,
        *,
        title: str | None = None,
        hint: str | None = None,
        allow_top: bool = False,
        exclude: set[str] | frozenset[str] = frozenset(),
        parent: QWidget | None = None,
        names: CodeNames | None = None,
    ) -> None:
        title = title or translate("CodePalette", "Quick code")
        hint = hint or translate("CodePalette", "Type part of a code's name, then Enter")
        super().__init__(name="palette", title=title, hint=hint, parent=parent)
        self.setObjectName("quickCodePalette")
        self.resize(560, 380)
        self.tree = tree
        self.names = names if names is not None and names.tree is tree else CodeNames(tree)
        self.paths = {g: self.names.path(g) for g in tree.by_guid if g not in exclude}
        # Canonical paths where a label differs: typing the English name finds a Korean-named code.
        self.canonical = {g: p for g in self.paths if (p := tree.path(g)) != self.paths[g]}
        if allow_top:
            self.paths[TOP_LEVEL] = translate("CodePalette", "(top level)")
        self._filter("")

    def _filter(self, text: str) -> None:
        self.list.clear()
        guids = (
            rank(self.paths, text, self.canonical)
            if text.strip()
            else sorted(self.paths, key=lambda g: self.paths[g])
        )
        for guid in guids:
            item = QListWidgetItem(self.paths[guid])
            item.setData(Qt.ItemDataRole.UserRole, guid)
            code = self.tree.by_guid.get(guid)
            if code is not None:
                item.setIcon(swatch(code.color))
                definition = self.names.text(code, "short_definition")
                if guid in self.canonical or definition:
                    item.setToolTip("\n".join(t for t in (self.canonical.get(guid, ""), definition) if t))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def accept(self) -> None:
        guid = self.current()
        super().accept()
        if guid is not None:
            self.chosen.emit(guid)
