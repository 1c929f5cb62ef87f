"""Changes to codes' labels in other languages and to the language a project shows them in.

A label never touches the code itself (its GUID, canonical name, path, codings): these
changes write only ``code_labels`` rows and one project setting, each one undo step in
the audit trail. See :mod:`annotator.core.code_labels`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.code_labels import (
    CODE_LANGUAGE,
    FOLLOW_INTERFACE,
    check_label,
    code_language_choice,
    filled,
    label_language,
)
from annotator.core.codebook import CodebookFile, CodeTree
from annotator.core.errors import CodebookError
from annotator.core.messages import translate
from annotator.core.model import LABEL_FIELDS, CodeLabel
from annotator.core.store import ProjectStore


def code_language(store: ProjectStore) -> str:
    """The project's choice: ``interface`` (the default), ``en``, ``ko`` or ``zh_CN``."""
    value = store.setting(CODE_LANGUAGE) or FOLLOW_INTERFACE
    try:
        return code_language_choice(value)
    except CodebookError:
        return FOLLOW_INTERFACE  # a value a newer version wrote: follow the interface


class SetCodeLabel(Change):
    """Set a code's label fields in one language (``name=…, definition=…``); empty text clears
    a field, and a label left with no text is removed. Other fields of the label stay."""

    action = "edit code label"

    def __init__(self, code: str, language: str, *, by: str = "", **fields: str) -> None:
        super().__init__(by=by)
        bad = set(fields) - set(LABEL_FIELDS)
        if bad:
            raise CodebookError(f"a label has no fields {sorted(bad)}")
        self.code, self.language = code, label_language(language)
        self.fields = fields
        check_label(CodeLabel(code, self.language, **fields))  # refuse bad text before anything runs
        self.before: CodeLabel | None = None
        self.after: CodeLabel | None = None
        self.label = "Edit code label"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        if not store.has_code(self.code):
            raise CodebookError(translate("CoreCodebook", "the code no longer exists"))
        self.before = store.code_label(self.code, self.language)
        base = self.before or CodeLabel(self.code, self.language)
        self.after = check_label(replace(base, **self.fields))
        store.write_code_label(self.after)
        return _changed(self.code), {
            "code": self.code,
            "language": self.language,
            "before": _text(self.before, self.fields),
            "after": _text(self.after, self.fields),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.write_code_label(self.before or CodeLabel(self.code, self.language))
        return _changed(self.code), {"code": self.code, "language": self.language}


def _text(label: CodeLabel | None, fields: dict[str, str]) -> dict[str, str]:
    return {f: getattr(label, f) if label is not None else "" for f in fields}


def _changed(*codes: str) -> ChangeSet:
    # A shown name changed: the tree, paths and every view that names codes redraw.
    return ChangeSet(codes=frozenset(codes), codebook=True)


class AddCodebookLabels(Change):
    """Give the project's codes the labels ``book`` has for them, matched by GUID (a shipped
    codebook keeps its GUIDs), in ``languages`` (all when None). Only empty fields are
    filled: a label a user wrote is never overwritten. One undo step."""

    action = "add code labels"

    def __init__(self, book: CodebookFile, *, languages: list[str] | None = None, by: str = "") -> None:
        super().__init__(by=by)
        self.book = book
        self.languages = {label_language(x) for x in languages} if languages else None
        self.before: list[tuple[str, str, CodeLabel | None]] = []
        self.written: list[CodeLabel] = []
        self.label = "Add codebook labels"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        codes = CodeTree(store.codes())
        current = {(lb.code, lb.language): lb for lb in store.code_labels()}
        self.before, self.written = [], []
        for offered in self.book.all_labels():
            if offered.code not in codes or (self.languages and offered.language not in self.languages):
                continue
            have = current.get((offered.code, offered.language))
            new = filled(have, offered)
            if new is None:
                continue
            self.before.append((offered.code, offered.language, have))
            self.written.append(new)
            store.write_code_label(new)
        return _changed(*(lb.code for lb in self.written)), {
            "codebook": self.book.name,
            "languages": sorted(self.languages or {lb.language for lb in self.written}),
            "labels": len(self.written),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        for code, language, before in self.before:
            store.write_code_label(before or CodeLabel(code, language))
        return _changed(*(code for code, _, _ in self.before)), {"labels": len(self.before)}


class SetCodeLanguage(Change):
    """Which language the project shows codes in: ``interface``, ``en``, ``ko`` or ``zh_CN``."""

    action = "set code language"

    def __init__(self, choice: str, *, by: str = "") -> None:
        super().__init__(by=by)
        self.choice = code_language_choice(choice)
        self.before: str | None = None
        self.label = "Show code labels"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = store.setting(CODE_LANGUAGE)
        store.set_setting(CODE_LANGUAGE, self.choice)
        return self._all(store), {"code_language": self.choice, "before": self.before or FOLLOW_INTERFACE}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.set_setting(CODE_LANGUAGE, self.before or FOLLOW_INTERFACE)
        return self._all(store), {"code_language": self.before or FOLLOW_INTERFACE}

    @staticmethod
    def _all(store: ProjectStore) -> ChangeSet:
        return ChangeSet(
            codes=frozenset(c.guid for c in store.codes()), codebook=True, extra={"settings": True}
        )
