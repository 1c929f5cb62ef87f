"""Changes to memos and document attributes (case variables)."""

from __future__ import annotations

from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.model import Attribute, new_guid
from annotator.core.store import ProjectStore

ATTRIBUTE_TYPES = ("text", "number", "date", "boolean")


class SetMemo(Change):
    """Set the memo on the project, a document or a code (empty text removes it)."""

    action = "set memo"
    label = "Edit memo"

    def __init__(self, kind: str, target: str, text: str, *, by: str = "") -> None:
        super().__init__(by=by)
        if kind not in ("project", "document", "code"):
            raise UsageError(
                translate("CoreChanges", "memos attach to a project, document or code, not {kind!r}").format(
                    kind=kind
                )
            )
        self.kind, self.target, self.text = kind, target, text
        self.before = ""
        self.before_by = ""

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        old = store.memo(self.kind, self.target)
        self.before, self.before_by = (old.text, old.updated_by) if old else ("", "")
        store.write_memo(self.kind, self.target, self.text, self.by)
        return self._changes(), {
            "kind": self.kind,
            "target": self.target,
            "before": self.before,
            "after": self.text,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.write_memo(self.kind, self.target, self.before, self.before_by)
        return self._changes(), {"kind": self.kind, "target": self.target}

    def _changes(self) -> ChangeSet:
        return ChangeSet(memos=frozenset({(self.kind, self.target)}))


def check_value(kind: str, value: str) -> str:
    """Validate an attribute value against its type; returns it stripped."""
    value = value.strip()
    if not value:
        return value
    if kind == "number":
        try:
            float(value)
        except ValueError:
            raise UsageError(
                translate("CoreChanges", "{value!r} is not a number").format(value=value)
            ) from None
    elif kind == "boolean" and value.lower() not in ("true", "false", "yes", "no", "1", "0"):
        raise UsageError(translate("CoreChanges", "{value!r} is not yes/no").format(value=value))
    elif kind == "date" and not (len(value) >= 4 and value[:4].isdigit()):
        raise UsageError(
            translate("CoreChanges", "{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)").format(
                value=value
            )
        )
    return value


class SetAttribute(Change):
    """Set a document's value for an attribute, creating the attribute on first use."""

    action = "set attribute"
    label = "Set attribute"

    def __init__(self, *, document: str, name: str, value: str, type: str = "text", by: str = "") -> None:
        super().__init__(by=by)
        if type not in ATTRIBUTE_TYPES:
            raise UsageError(
                translate("CoreChanges", "attribute type must be one of {types}").format(
                    types=", ".join(ATTRIBUTE_TYPES)
                )
            )
        if not name.strip():
            raise UsageError(translate("CoreChanges", "an attribute needs a name"))
        self.document, self.name, self.type = document, name.strip(), type
        self.value = value
        self.created: Attribute | None = None
        self.before: str | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.document(self.document)
        attribute = store.attribute_by_name(self.name)
        if attribute is None:
            attribute = self.created = Attribute(new_guid(), self.name, self.type)
            store.insert_attribute(attribute)
        value = check_value(attribute.type, self.value)
        self.before = store.attribute_values(attribute.guid).get(self.document)
        store.set_attribute_value(self.document, attribute.guid, value or None)
        return ChangeSet(attributes=True), {
            "document": self.document,
            "attribute": self.name,
            "before": self.before,
            "after": value,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        attribute = store.attribute_by_name(self.name)
        if attribute is not None:
            store.set_attribute_value(self.document, attribute.guid, self.before)
            if self.created is not None:
                store.delete_attribute(self.created.guid)
        return ChangeSet(attributes=True), {"document": self.document, "attribute": self.name}
