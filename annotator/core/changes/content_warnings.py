"""Changes to content warnings: the project's list, and which documents and codes carry one.

Each is one undo step in the audit trail, like every other change. None touches a
testimony, a coding or a count (see :mod:`annotator.core.content_warnings`).
``ChangeSet.extra["warnings"]`` tells views that show warnings (the documents list's badge,
veiled passages) to look again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.content_warnings import (
    ContentWarning,
    find_warning,
    warning_description,
    warning_name,
)
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.store import ProjectStore


def _listed(store: ProjectStore, names: Iterable[str]) -> list[str]:
    """``names`` as the project spells them; an unknown one is refused, naming it."""
    listed = store.content_warnings()
    found = []
    for name in names:
        warning = find_warning(listed, name)
        if warning is None:
            if not listed:
                raise UsageError(
                    translate(
                        "CoreWarnings", "no content warning named {name!r} (the project has: none)"
                    ).format(name=name)
                )
            raise UsageError(
                translate(
                    "CoreWarnings", "no content warning named {name!r} (the project has: {known})"
                ).format(name=name, known=", ".join(w.name for w in listed))
            )
        found.append(warning.name)
    return sorted(set(found))


def _changed(*, documents: Iterable[str] = (), codes: Iterable[str] = ()) -> ChangeSet:
    return ChangeSet(
        documents=frozenset(documents),
        codes=frozenset(codes),
        extra={"warnings": True},
    )


class AddContentWarning(Change):
    """Add a warning to the project's list (at its end)."""

    action = "add content warning"
    label = "Add content warning"

    def __init__(self, name: str, description: str = "", *, by: str = "") -> None:
        super().__init__(by=by)
        self.name, self.description = warning_name(name), warning_description(description)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        listed = store.content_warnings()
        if find_warning(listed, self.name) is not None:
            raise UsageError(
                translate("CoreWarnings", "the project already has a content warning named {name!r}").format(
                    name=self.name
                )
            )
        position = max((w.position for w in listed), default=-1) + 1
        store.insert_content_warnings([ContentWarning(self.name, self.description, position)])
        return _changed(), {"name": self.name}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_content_warning(self.name)
        return _changed(), {"name": self.name}


class EditContentWarning(Change):
    """Rename a warning or change its description; documents and codes keep carrying it."""

    action = "edit content warning"
    label = "Edit content warning"

    def __init__(
        self, name: str, *, new_name: str | None = None, description: str | None = None, by: str = ""
    ) -> None:
        super().__init__(by=by)
        self.name = name
        self.new_name = warning_name(new_name) if new_name is not None else None
        self.description = warning_description(description) if description is not None else None
        self.before: ContentWarning | None = None
        self.after: ContentWarning | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        listed = store.content_warnings()
        self.before = find_warning(listed, self.name)
        if self.before is None:
            raise NotFound(
                translate("CoreWarnings", "no content warning named {name!r}").format(name=self.name)
            )
        name = self.new_name or self.before.name
        other = find_warning(listed, name)
        if other is not None and other.name != self.before.name:
            raise UsageError(
                translate("CoreWarnings", "the project already has a content warning named {name!r}").format(
                    name=name
                )
            )
        description = self.description if self.description is not None else self.before.description
        self.after = ContentWarning(name, description, self.before.position)
        store.update_content_warning(self.before.name, self.after)
        return self._touched(store), {"name": self.before.name, "new_name": name, "description": description}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None and self.after is not None
        store.update_content_warning(self.after.name, self.before)
        return self._touched(store), {"name": self.after.name, "new_name": self.before.name}

    @staticmethod
    def _touched(store: ProjectStore) -> ChangeSet:
        return _changed(documents=store.document_warnings(), codes=store.code_warnings())


class RemoveContentWarning(Change):
    """Take a warning off the list, and off every document and code carrying it (undo puts
    it back on each of them)."""

    action = "remove content warning"
    label = "Remove content warning"

    def __init__(self, name: str, *, by: str = "") -> None:
        super().__init__(by=by)
        self.name = name
        self.removed: ContentWarning | None = None
        self.documents: list[str] = []
        self.codes: list[str] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.removed = find_warning(store.content_warnings(), self.name)
        if self.removed is None:
            raise NotFound(
                translate("CoreWarnings", "no content warning named {name!r}").format(name=self.name)
            )
        name = self.removed.name
        self.documents = sorted(d for d, names in store.document_warnings().items() if name in names)
        self.codes = sorted(c for c, names in store.code_warnings().items() if name in names)
        store.delete_content_warning(name)  # and its links (ON DELETE CASCADE)
        what = {"name": name, "documents": len(self.documents), "codes": len(self.codes)}
        return _changed(documents=self.documents, codes=self.codes), what

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.removed is not None
        name = self.removed.name
        store.insert_content_warnings([self.removed])
        for document in self.documents:
            store.set_document_warnings(
                document, store.document_warnings(document).get(document, set()) | {name}
            )
        for code in self.codes:
            store.set_code_warnings(code, store.code_warnings(code).get(code, set()) | {name})
        return _changed(documents=self.documents, codes=self.codes), {"name": name}


class _SetWarnings(Change):
    """Replace the warnings one document or code carries."""

    kind = ""

    def __init__(self, target: str, names: Iterable[str], *, by: str = "") -> None:
        super().__init__(by=by)
        self.target = target
        self.names = list(names)
        self.before: frozenset[str] = frozenset()
        self.after: list[str] = []

    def _current(self, store: ProjectStore) -> frozenset[str]:
        found = (
            store.document_warnings(self.target)
            if self.kind == "document"
            else store.code_warnings(self.target)
        )
        return found.get(self.target, frozenset())

    def _write(self, store: ProjectStore, names: Iterable[str]) -> None:
        if self.kind == "document":
            store.set_document_warnings(self.target, names)
        else:
            store.set_code_warnings(self.target, names)

    def _exists(self, store: ProjectStore) -> bool:
        if self.kind == "code":
            return store.has_code(self.target)
        try:
            store.document(self.target)
        except NotFound:
            return False
        return True

    def _set(self) -> ChangeSet:
        return _changed(**{"documents" if self.kind == "document" else "codes": [self.target]})

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        if not self._exists(store):
            if self.kind == "document":
                raise NotFound(
                    translate("CoreWarnings", "no document with id {guid}").format(guid=self.target)
                )
            raise NotFound(translate("CoreWarnings", "no code with id {guid}").format(guid=self.target))
        self.after = _listed(store, self.names)
        self.before = self._current(store)
        self._write(store, self.after)
        return self._set(), {self.kind: self.target, "before": sorted(self.before), "after": self.after}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self._write(store, self.before)
        return self._set(), {self.kind: self.target, "warnings": sorted(self.before)}


class SetDocumentWarnings(_SetWarnings):
    """The warnings a document carries (the app asks before opening it)."""

    kind = "document"
    action = "set document warnings"
    label = "Set document warnings"


class SetCodeWarnings(_SetWarnings):
    """The warnings a code carries: every passage coded with it carries them too."""

    kind = "code"
    action = "set code warnings"
    label = "Set code warnings"
