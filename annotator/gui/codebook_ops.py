"""Codebook operations from menus and the tree's context menu.

Each asks what it needs through :mod:`annotator.gui.prompts` (or the code
palette) and pushes one core change; the codebook model follows the
resulting ChangeSet. They see the window only as a
:class:`~annotator.gui.workbench.CodebookBench` (the current code, the status
bar) and ask for a code through a :class:`~annotator.gui.workbench.CodePicker`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence

from annotator.core.changes import (
    AddCode,
    Autocode,
    Change,
    DeleteCode,
    EditCode,
    MergeCodes,
    MoveCode,
    RecolourSiblings,
)
from annotator.core.errors import AnnotatorError
from annotator.core.patterns import INTERACTIVE_TIMEOUT_S, INTERACTIVE_TOTAL_TIMEOUT_S
from annotator.gui import prompts
from annotator.gui.dialogs.fields import FieldsDialog
from annotator.gui.dialogs.palette import TOP_LEVEL
from annotator.gui.feedback import count, quoted
from annotator.gui.workbench import CodebookBench, CodePicker


def normalise_key(text: str) -> str | None:
    """A user's shortcut text in Qt's portable spelling; "" clears; None when unreadable."""
    text = text.strip()
    if not text:
        return ""
    sequence = QKeySequence(text)
    if sequence.isEmpty() or sequence.count() != 1:
        return None
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class CodebookOps:
    def __init__(self, bench: CodebookBench, picker: CodePicker) -> None:
        self.bench = bench
        self.picker = picker
        self.fields_dialog: FieldsDialog | None = None

    def _push(self, build: Callable[[], Change], done: Callable[[], str] | None = None) -> bool:
        """Build and push a change; a bad argument (say, an empty name) goes to the status bar.

        ``done()`` words what happened, read after the change (names and counts are current then).
        """
        session = self.bench.session
        if session is None:
            return False
        try:
            change = build()
        except AnnotatorError as exc:
            self.bench.show_status(str(exc))
            return False
        if session.push(change) is None:
            return False
        if done is not None:
            self.bench.show_status(f"{done()} (Ctrl+Z undoes it).")
        return True

    def _path(self, guid: str) -> str:
        session = self.bench.session
        return session.tree.path(guid) if session is not None and guid in session.tree else "the code"

    def _code(self) -> str | None:
        guid = self.bench.current_code()
        if guid is None:
            self.bench.show_status("Select a code in the codebook first.")
        return guid

    @property
    def _by(self) -> str:
        return self.bench.session.coder.guid if self.bench.session else ""

    def add(self, parent: str | None = None) -> None:
        where = f" under {self.bench.session.tree.path(parent)}" if parent and self.bench.session else ""
        name = prompts.ask_text(self.bench.dialog_parent, "Add code", f"Name of the new code{where}:")
        if name is None:
            return
        holder: list[AddCode] = []

        def build() -> Change:
            holder.append(AddCode(name, parent=parent, by=self._by))
            return holder[0]

        if self._push(build, lambda: f"Added the code {self._path(holder[0].code.guid)}"):
            self.bench.select_codes([holder[0].code.guid])

    def add_child(self) -> None:
        parent = self._code()
        if parent is not None:
            self.add(parent)

    def rename(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        old = self.bench.session.tree.by_guid[guid].name
        name = prompts.ask_text(self.bench.dialog_parent, "Rename code", "New name:", old)
        if name is not None and name.strip() != old:
            self._push(
                lambda: EditCode(guid, name=name, by=self._by),
                lambda: f"Renamed {quoted(old)} to {quoted(name.strip())}",
            )

    def recolor(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        color = prompts.ask_color(
            self.bench.dialog_parent, "Code colour", self.bench.session.tree.by_guid[guid].color
        )
        if color is not None:
            self._push(
                lambda: EditCode(guid, color=color, by=self._by), lambda: f"Recoloured {self._path(guid)}"
            )

    def recolor_siblings(self) -> None:
        """Code → Recolour siblings: the current code and its siblings (and all codes below them)
        get clearly distinct colours of their group's family; one undo step."""
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return
        parent = session.tree.by_guid[guid].parent
        holder: list[RecolourSiblings] = []

        def build() -> Change:
            holder.append(RecolourSiblings(parent, by=self._by))
            return holder[0]

        if self._push(build):
            n = len(holder[0].after)
            where = f"under {session.tree.path(parent)}" if parent else "in every group"
            if n:
                self.bench.show_status(
                    f"Recoloured {n} code{'s' if n != 1 else ''} {where}; Ctrl+Z restores their colours."
                )
            else:
                self.bench.show_status(f"The codes {where} already have distinct colours.")

    def set_shortcut(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        text = prompts.ask_text(
            self.bench.dialog_parent,
            "Code shortcut",
            "Key that applies this code while you read (1–9, a letter, or e.g. Ctrl+Alt+T).\n"
            "Leave empty to remove the shortcut; a key used by another code moves to this one.",
            self.bench.session.tree.by_guid[guid].shortcut,
        )
        if text is None:
            return
        key = normalise_key(text)
        if key is None:
            self.bench.show_status(f"{text!r} is not a key Qt understands.")
            return
        self._push(
            lambda: EditCode(guid, shortcut=key, by=self._by),
            lambda: (
                f"Key {key} now applies {self._path(guid)}"
                if key
                else f"{self._path(guid)} has no key any more"
            ),
        )

    def fields(self) -> FieldsDialog | None:
        """Code → Value fields…: the typed values the current code asks for (one dialog at a time)."""
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return None
        if session.readonly:
            self.bench.show_status("This project is open read-only; fields cannot be changed.")
            return None
        self.close_fields()
        self.fields_dialog = FieldsDialog(session, guid, self.bench.dialog_parent)
        self.fields_dialog.show()
        return self.fields_dialog

    def close_fields(self) -> None:
        """Close the fields dialog (another code's, or the project is closing)."""
        if self.fields_dialog is not None:
            self.fields_dialog.close()
            self.fields_dialog.deleteLater()
            self.fields_dialog = None

    def move(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        tree = self.bench.session.tree
        exclude = {guid, *tree.descendants(guid)}

        def to(parent: str) -> None:
            self.move_to(guid, parent or None, -1)

        self.picker.choose_code(f"Move {tree.path(guid)} under…", to, allow_top=True, exclude=exclude)

    def move_to(self, guid: str, parent: str | None, position: int) -> None:
        """Also the target of drag-and-drop in the tree (position -1 = at the end)."""
        if parent == TOP_LEVEL:
            parent = None
        self._push(
            lambda: MoveCode(guid, parent=parent, position=None if position < 0 else position, by=self._by),
            lambda: f"Moved the code to {self._path(guid)}",
        )
        self.bench.select_codes([guid])

    def merge(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        path = self.bench.session.tree.path(guid)

        moved = len(self.bench.session.store.codings(codes=[guid]))

        def into(target: str) -> None:
            def said() -> str:
                return f"Merged {path} into {self._path(target)}; {count(moved, 'coding')} moved"

            if self._push(lambda: MergeCodes(guid, target, by=self._by), said):
                self.bench.select_codes([target])

        self.picker.choose_code(f"Merge {path} into…", into, exclude={guid})

    def delete(self) -> None:
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return
        tree = session.tree
        below = tree.descendants(guid)
        codings = len(session.store.codings(codes=[guid, *below]))
        subs = f" and its {len(below)} sub-code{'s' if len(below) != 1 else ''}" if below else ""
        text = (
            f"Delete the code “{tree.path(guid)}”{subs}?\n\n"
            f"{codings} coding{'s' if codings != 1 else ''} will be deleted with it. "
            "You can undo this with Ctrl+Z."
        )
        if prompts.confirm(self.bench.dialog_parent, "Delete code", text):
            path = tree.path(guid)
            self._push(
                lambda: DeleteCode(guid, by=self._by),
                lambda: f"Deleted the code {path}{subs} and {count(codings, 'coding')}",
            )

    def autocode(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        pattern = prompts.ask_text(
            self.bench.dialog_parent,
            "Auto-code",
            f"Code every match of this regular expression in every document with\n"
            f"{self.bench.session.tree.path(guid)} (one undo step):",
        )
        if pattern:
            coder = self._by
            limits = {"timeout": INTERACTIVE_TIMEOUT_S, "total_timeout": INTERACTIVE_TOTAL_TIMEOUT_S}
            holder: list[Autocode] = []

            def build() -> Change:
                holder.append(Autocode(code=guid, pattern=pattern, coder=coder, **limits))
                return holder[0]

            self._push(build, lambda: f"Auto-coded {self._autocoded(holder)} with {self._path(guid)}")

    def _autocoded(self, holder: list[Autocode]) -> str:
        made = getattr(holder[0], "added", None) if holder else None
        return count(len(made), "passage") if made is not None else "the matches"
