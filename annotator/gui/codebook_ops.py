"""Codebook operations from menus and the tree's context menu.

Each asks what it needs through :mod:`annotator.gui.prompts` (or the code
palette) and pushes one core change; the codebook model follows the
resulting ChangeSet. They see the window only as a
:class:`~annotator.gui.workbench.CodebookBench` (the current code, the status
bar) and ask for a code through a :class:`~annotator.gui.workbench.CodePicker`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.core.changes import (
    AddCode,
    AddCodebookLabels,
    Autocode,
    Change,
    DeleteCode,
    EditCode,
    MergeCodes,
    MoveCode,
    RecolourSiblings,
    SetCodeLanguage,
    code_language,
)
from annotator.core.code_labels import CANONICAL, CODE_LANGUAGE_CHOICES, FOLLOW_INTERFACE, LABEL_LANGUAGES
from annotator.core.errors import AnnotatorError
from annotator.core.patterns import INTERACTIVE_TIMEOUT_S, INTERACTIVE_TOTAL_TIMEOUT_S
from annotator.gui import prompts
from annotator.gui.code_labels_dialog import CodeLabelsDialog
from annotator.gui.dialogs.fields import FieldsDialog
from annotator.gui.dialogs.palette import TOP_LEVEL
from annotator.gui.feedback import quoted
from annotator.gui.i18n import translate
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
        self.labels_dialog: CodeLabelsDialog | None = None

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
            self.bench.show_status(translate("CodebookOps", "{what} (Ctrl+Z undoes it).").format(what=done()))
        return True

    def _path(self, guid: str) -> str:
        session = self.bench.session
        if session is not None and guid in session.tree:
            return session.code_names.path(guid)
        return translate("CodebookOps", "the code")

    def _code(self) -> str | None:
        guid = self.bench.current_code()
        if guid is None:
            self.bench.show_status(translate("CodebookOps", "Select a code in the codebook first."))
        return guid

    @property
    def _by(self) -> str:
        return self.bench.session.coder.guid if self.bench.session else ""

    def add(self, parent: str | None = None) -> None:
        session = self.bench.session
        if parent and session is not None:
            prompt = translate("CodebookOps", "Name of the new code under {path}:").format(
                path=self._path(parent)
            )
        else:
            prompt = translate("CodebookOps", "Name of the new code:")
        name = prompts.ask_text(self.bench.dialog_parent, translate("CodebookOps", "Add code"), prompt)
        if name is None:
            return
        holder: list[AddCode] = []

        def build() -> Change:
            holder.append(AddCode(name, parent=parent, by=self._by))
            return holder[0]

        def said() -> str:
            return translate("CodebookOps", "Added the code {path}").format(
                path=self._path(holder[0].code.guid)
            )

        if self._push(build, said):
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
        name = prompts.ask_text(
            self.bench.dialog_parent,
            translate("CodebookOps", "Rename code"),
            translate("CodebookOps", "New name (the canonical one; labels in other languages stay):"),
            old,
        )
        if name is not None and name.strip() != old:
            self._push(
                lambda: EditCode(guid, name=name, by=self._by),
                lambda: translate("CodebookOps", "Renamed {old} to {new}").format(
                    old=quoted(old), new=quoted(name.strip())
                ),
            )

    def recolor(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        color = prompts.ask_color(
            self.bench.dialog_parent,
            translate("CodebookOps", "Code colour"),
            self.bench.session.tree.by_guid[guid].color,
        )
        if color is not None:
            self._push(
                lambda: EditCode(guid, color=color, by=self._by),
                lambda: translate("CodebookOps", "Recoloured {path}").format(path=self._path(guid)),
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
            self.bench.show_status(self._recoloured(len(holder[0].after), parent))

    def _recoloured(self, n: int, parent: str | None) -> str:
        if parent is None:
            if not n:
                return translate("CodebookOps", "The codes in every group already have distinct colours.")
            if n == 1:
                return translate(
                    "CodebookOps",
                    "Recoloured %n code in every group; Ctrl+Z restores their colours.",
                    None,
                    n,
                )
            return translate(
                "CodebookOps", "Recoloured %n codes in every group; Ctrl+Z restores their colours.", None, n
            )
        path = self._path(parent)
        if not n:
            text = translate("CodebookOps", "The codes under {path} already have distinct colours.")
        elif n == 1:
            text = translate(
                "CodebookOps", "Recoloured %n code under {path}; Ctrl+Z restores their colours.", None, n
            )
        else:
            text = translate(
                "CodebookOps", "Recoloured %n codes under {path}; Ctrl+Z restores their colours.", None, n
            )
        return text.format(path=path)

    def set_shortcut(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        text = prompts.ask_text(
            self.bench.dialog_parent,
            translate("CodebookOps", "Code shortcut"),
            translate(
                "CodebookOps",
                "Key that applies this code while you read (1–9, a letter, or e.g. Ctrl+Alt+T).\n"
                "Leave empty to remove the shortcut; a key used by another code moves to this one.",
            ),
            self.bench.session.tree.by_guid[guid].shortcut,
        )
        if text is None:
            return
        key = normalise_key(text)
        if key is None:
            self.bench.show_status(
                translate("CodebookOps", "“{text}” is not a key Qt understands.").format(text=text)
            )
            return
        self._push(
            lambda: EditCode(guid, shortcut=key, by=self._by),
            lambda: (
                translate("CodebookOps", "Key {key} now applies {path}").format(
                    key=key, path=self._path(guid)
                )
                if key
                else translate("CodebookOps", "{path} has no key any more").format(path=self._path(guid))
            ),
        )

    def fields(self) -> FieldsDialog | None:
        """Code → Value fields…: the typed values the current code asks for (one dialog at a time)."""
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return None
        if session.readonly:
            self.bench.show_status(
                translate("CodebookOps", "This project is open read-only; fields cannot be changed.")
            )
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

        title = translate("CodebookOps", "Move {path} under…").format(path=self._path(guid))
        self.picker.choose_code(title, to, allow_top=True, exclude=exclude)

    def move_to(self, guid: str, parent: str | None, position: int) -> None:
        """Also the target of drag-and-drop in the tree (position -1 = at the end)."""
        if parent == TOP_LEVEL:
            parent = None
        self._push(
            lambda: MoveCode(guid, parent=parent, position=None if position < 0 else position, by=self._by),
            lambda: translate("CodebookOps", "Moved the code to {path}").format(path=self._path(guid)),
        )
        self.bench.select_codes([guid])

    def merge(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        path = self._path(guid)

        moved = len(self.bench.session.store.codings(codes=[guid]))

        def into(target: str) -> None:
            def said() -> str:
                if moved == 1:
                    text = translate(
                        "CodebookOps", "Merged {path} into {target}; %n coding moved", None, moved
                    )
                else:
                    text = translate(
                        "CodebookOps", "Merged {path} into {target}; %n codings moved", None, moved
                    )
                return text.format(path=path, target=self._path(target))

            if self._push(lambda: MergeCodes(guid, target, by=self._by), said):
                self.bench.select_codes([target])

        self.picker.choose_code(
            translate("CodebookOps", "Merge {path} into…").format(path=path), into, exclude={guid}
        )

    def delete(self) -> None:
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return
        tree = session.tree
        below = len(tree.descendants(guid))
        codings = len(session.store.codings(codes=[guid, *tree.descendants(guid)]))
        path = self._path(guid)
        if not below:
            question = translate("CodebookOps", "Delete the code “{path}”?")
        elif below == 1:
            question = translate("CodebookOps", "Delete the code “{path}” and its sub-code?")
        else:
            question = translate("CodebookOps", "Delete the code “{path}” and its %n sub-codes?", None, below)
        if codings == 1:
            what = translate("CodebookOps", "%n coding will be deleted with it.", None, codings)
        else:
            what = translate("CodebookOps", "%n codings will be deleted with it.", None, codings)
        undo_hint = translate("CodebookOps", "You can undo this with Ctrl+Z.")
        text = "\n\n".join(
            (
                question.format(path=path),
                f"{what} {undo_hint}",
            )
        )
        if prompts.confirm(self.bench.dialog_parent, translate("CodebookOps", "Delete code"), text):
            self._push(lambda: DeleteCode(guid, by=self._by), lambda: _deleted(path, below, codings))

    def autocode(self) -> None:
        guid = self._code()
        if guid is None or self.bench.session is None:
            return
        pattern = prompts.ask_text(
            self.bench.dialog_parent,
            translate("CodebookOps", "Auto-code"),
            translate(
                "CodebookOps",
                "Code every match of this regular expression in every document with\n{path} (one undo step):",
            ).format(path=self._path(guid)),
        )
        if pattern:
            coder = self._by
            limits = {"timeout": INTERACTIVE_TIMEOUT_S, "total_timeout": INTERACTIVE_TOTAL_TIMEOUT_S}
            holder: list[Autocode] = []

            def build() -> Change:
                holder.append(Autocode(code=guid, pattern=pattern, coder=coder, **limits))
                return holder[0]

            self._push(build, lambda: self._autocoded(holder, self._path(guid)))

    def _autocoded(self, holder: list[Autocode], path: str) -> str:
        made = getattr(holder[0], "added", None) if holder else None
        if made is None:
            return translate("CodebookOps", "Auto-coded the matches with {path}").format(path=path)
        n = len(made)
        if n == 1:
            return translate("CodebookOps", "Auto-coded %n passage with {path}", None, n).format(path=path)
        return translate("CodebookOps", "Auto-coded %n passages with {path}", None, n).format(path=path)

    # -- labels in other languages ------------------------------------------------------------
    def edit_labels(self) -> CodeLabelsDialog | None:
        """Code → Labels in other languages…: the code's Korean and Chinese name and definitions."""
        guid = self._code()
        session = self.bench.session
        if guid is None or session is None:
            return None
        if session.readonly:
            self.bench.show_status(
                translate("CodebookOps", "This project is open read-only; labels cannot be changed.")
            )
            return None
        self.close_labels()
        self.labels_dialog = CodeLabelsDialog(session, guid, self.bench.dialog_parent)
        self.labels_dialog.show()
        return self.labels_dialog

    def close_labels(self) -> None:
        if self.labels_dialog is not None:
            self.labels_dialog.close()
            self.labels_dialog.deleteLater()
            self.labels_dialog = None

    def add_default_labels(self) -> None:
        """Fill in the labels the default codebook ships for the project's codes (by GUID)."""
        from annotator.core.codebook_files import load_codebook  # noqa: PLC0415

        holder: list[AddCodebookLabels] = []

        def build() -> Change:
            holder.append(AddCodebookLabels(load_codebook("default"), by=self._by))
            return holder[0]

        def said() -> str:
            n = len(holder[0].written)
            if n == 1:
                return translate(
                    "CodebookOps", "Added or completed %n label from the default codebook", None, n
                )
            return translate("CodebookOps", "Added or completed %n labels from the default codebook", None, n)

        self._push(build, said)

    def language_choices(self) -> list[tuple[str, str]]:
        """(choice, menu text) for Code → Show code names in."""
        names = {
            FOLLOW_INTERFACE: translate("CodebookOps", "The interface language"),
            CANONICAL: translate("CodebookOps", "English (canonical names)"),
        }
        return [(c, names.get(c) or LABEL_LANGUAGES[c]) for c in CODE_LANGUAGE_CHOICES]

    def fill_language_menu(self, menu: QMenu) -> None:
        menu.clear()
        session = self.bench.session
        current = code_language(session.store) if session is not None else FOLLOW_INTERFACE
        group = QActionGroup(menu)
        for choice, text in self.language_choices():
            action = menu.addAction(text)
            action.setObjectName(f"codeLanguage_{choice}")
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.setEnabled(session is not None and not session.readonly)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_code_language(c))

    def set_code_language(self, choice: str) -> None:
        """Name codes in ``choice`` in this project (one undo step)."""
        session = self.bench.session
        if session is None or code_language(session.store) == choice:
            return
        text = dict(self.language_choices())[choice]
        self._push(
            lambda: SetCodeLanguage(choice, by=self._by),
            lambda: translate("CodebookOps", "Code names are shown in: {language}").format(language=text),
        )


def _deleted(path: str, below: int, codings: int) -> str:
    if not below:
        if codings == 1:
            text = translate("CodebookOps", "Deleted the code {path} and %n coding", None, codings)
        else:
            text = translate("CodebookOps", "Deleted the code {path} and %n codings", None, codings)
    elif codings == 1:
        text = translate("CodebookOps", "Deleted the code {path}, its sub-codes and %n coding", None, codings)
    else:
        text = translate(
            "CodebookOps", "Deleted the code {path}, its sub-codes and %n codings", None, codings
        )
    return text.format(path=path)
