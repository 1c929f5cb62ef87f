"""Changes to cases (persons): add, edit, delete, link, unlink, merge.

Each is one transaction, one audit entry and one undo step, and its undo restores the
rows exactly (attributes and links included). What a user may type is checked here, not
in the store: a label must be plain text, unique ignoring case and width; a role is one
of :data:`~annotator.core.model.CASE_ROLES`; an attribute value fits its type. Merging
two cases never drops a value quietly: conflicting attributes (or roles) refuse the merge
with :class:`CaseConflict`, unless the caller confirms, and then the target keeps its
value and the source's is written into the target's memo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.codebook import name_problem
from annotator.core.errors import NotFound, UsageError
from annotator.core.messages import translate
from annotator.core.model import (
    ATTRIBUTE_TYPES,
    CASE_ROLES,
    Case,
    CaseAttribute,
    CaseRole,
    new_guid,
    utc_now,
)
from annotator.core.store import ProjectStore
from annotator.core.store.cases import case_label_key

MAX_LABEL = 120
MAX_ATTRIBUTE_NAME = 120
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_BOOLEAN = {"true", "false", "yes", "no", "1", "0"}


class CaseConflict(UsageError):
    """Two cases disagree on what merging them must keep; ``conflicts`` lists
    ``(what, target value, source value)`` so a front end can show them."""

    def __init__(self, message: str, conflicts: list[tuple[str, str, str]]) -> None:
        super().__init__(message)
        self.conflicts = conflicts


def check_label(label: str) -> str:
    """A valid case label, trimmed (one line of plain text). Raises UsageError."""
    cleaned = " ".join(label.split())
    if not cleaned:
        raise UsageError(translate("CoreChanges", "a case needs a label (it was empty)"))
    problem = name_problem(cleaned)
    if problem is not None:
        raise UsageError(
            translate("CoreChanges", "case label {cleaned!r} contains {problem}; use plain text").format(
                cleaned=cleaned, problem=problem
            )
        )
    if len(cleaned) > MAX_LABEL:
        raise UsageError(
            translate("CoreChanges", "a case label is limited to {limit} characters").format(limit=MAX_LABEL)
        )
    return cleaned


def check_role(role: str) -> CaseRole:
    for known in CASE_ROLES:
        if role.strip().casefold() == known:
            return known
    raise UsageError(
        translate("CoreChanges", "unknown case role {role!r} (use {roles})").format(
            role=role, roles=", ".join(CASE_ROLES)
        )
    )


def check_attribute(name: str, value: str, type: str = "text") -> CaseAttribute:
    """An attribute as stored (name trimmed, value trimmed), or UsageError naming what is wrong.

    Why check types: a number or year that does not read as one would be silently left out
    of every export and figure that counts it (the journey's year of birth, an age band).
    """
    clean_name = " ".join(name.split())
    if not clean_name or len(clean_name) > MAX_ATTRIBUTE_NAME or name_problem(clean_name):
        raise UsageError(
            translate(
                "CoreChanges", "{name!r} is not a usable attribute name (plain text, 1–{limit} characters)"
            ).format(name=name, limit=MAX_ATTRIBUTE_NAME)
        )
    if type not in ATTRIBUTE_TYPES:
        raise UsageError(
            translate("CoreChanges", "unknown attribute type {type!r} (use {types})").format(
                type=type, types=", ".join(ATTRIBUTE_TYPES)
            )
        )
    text = value.strip()
    if not text:
        raise UsageError(
            translate("CoreChanges", "attribute {name!r} needs a value (to remove it, leave it out)").format(
                name=clean_name
            )
        )
    if type == "number" and not _NUMBER.fullmatch(text):
        raise UsageError(
            translate("CoreChanges", "attribute {name!r} is a number; {value!r} is not one").format(
                name=clean_name, value=value
            )
        )
    if type == "date" and not _DATE.fullmatch(text):
        raise UsageError(
            translate(
                "CoreChanges", "attribute {name!r} is a date (YYYY, YYYY-MM or YYYY-MM-DD); not {value!r}"
            ).format(name=clean_name, value=value)
        )
    if type == "boolean" and text.casefold() not in _BOOLEAN:
        raise UsageError(
            translate("CoreChanges", "attribute {name!r} is yes or no; not {value!r}").format(
                name=clean_name, value=value
            )
        )
    return CaseAttribute("", clean_name, text, type)


def _unique_label(store: ProjectStore, label: str, own: str | None = None) -> None:
    found = store.case_by_label(label)
    if found is not None and found.guid != own:
        raise UsageError(
            translate("CoreChanges", "there is already a case labelled {label!r}").format(label=found.label)
        )


def _case_changed(*guids: str, links: bool = False) -> ChangeSet:
    extra: dict[str, Any] = {"cases": frozenset(guids)}
    if links:
        extra["case_links"] = True
    return ChangeSet(extra=extra)


@dataclass(frozen=True)
class _Snapshot:
    """Everything of one case, to restore it exactly."""

    case: Case
    attributes: list[CaseAttribute]
    documents: list[tuple[str, str]]
    codings: list[tuple[str, str]]

    @classmethod
    def take(cls, store: ProjectStore, guid: str) -> _Snapshot:
        return cls(
            store.case(guid),
            store.case_attribute_rows(guid),
            store.case_document_links(case=guid),
            store.case_coding_links(case=guid),
        )

    def restore(self, store: ProjectStore) -> None:
        store.insert_case(self.case)
        store.insert_case_attributes(self.attributes)
        store.insert_case_links(documents=self.documents, codings=self.codings)


def _replace_attributes(store: ProjectStore, guid: str, rows: list[CaseAttribute]) -> None:
    for row in store.case_attribute_rows(guid):
        store.set_case_attribute(guid, row.name, None)
    store.insert_case_attributes(rows)


class AddCase(Change):
    """Create a case with its label, role, memo and attributes (``name -> value``, with
    ``types`` naming the type of each that is not text)."""

    action = "add case"
    label = "Add case"

    def __init__(
        self,
        label: str,
        *,
        role: str = "victim",
        memo: str = "",
        attributes: Mapping[str, str] | None = None,
        types: Mapping[str, str] | None = None,
        guid: str | None = None,
        by: str = "",
    ) -> None:
        super().__init__(by=by)
        self.case = Case(guid or new_guid(), check_label(label), check_role(role), memo, by, utc_now())
        types = types or {}
        self.attributes = _attribute_rows(self.case.guid, attributes or {}, types)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        _unique_label(store, self.case.label)
        store.insert_case(self.case)
        store.insert_case_attributes(self.attributes)
        return _case_changed(self.case.guid), {
            "case": self.case.guid,
            "label": self.case.label,
            "role": self.case.role,
            "attributes": {a.name: a.value for a in self.attributes},
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_case(self.case.guid)
        return _case_changed(self.case.guid), {"case": self.case.guid}


def _attribute_rows(guid: str, values: Mapping[str, str], types: Mapping[str, str]) -> list[CaseAttribute]:
    type_of = {case_label_key(k): v for k, v in types.items()}
    rows: dict[str, CaseAttribute] = {}
    for name, value in values.items():
        row = check_attribute(name, value, type_of.get(case_label_key(name), "text"))
        key = case_label_key(row.name)
        if key in rows:
            raise UsageError(
                translate("CoreChanges", "attribute {name!r} is given twice").format(name=row.name)
            )
        rows[key] = replace(row, case=guid)
    return list(rows.values())


class EditCase(Change):
    """Change a case's label, role, memo and attributes (a value of None removes one)."""

    action = "edit case"
    label = "Edit case"

    def __init__(
        self,
        guid: str,
        *,
        label: str | None = None,
        role: str | None = None,
        memo: str | None = None,
        attributes: Mapping[str, str | None] | None = None,
        types: Mapping[str, str] | None = None,
        by: str = "",
    ) -> None:
        super().__init__(by=by)
        self.guid = guid
        self.new_label = check_label(label) if label is not None else None
        self.role = check_role(role) if role is not None else None
        self.memo = memo
        self.attributes = dict(attributes or {})
        self.types = dict(types or {})
        for name, value in self.attributes.items():
            if value is not None:
                check_attribute(name, value, self._type(name, "text"))
        self.before: _Snapshot | None = None

    def _type(self, name: str, default: str) -> str:
        type_of = {case_label_key(k): v for k, v in self.types.items()}
        return type_of.get(case_label_key(name), default)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = _Snapshot.take(store, self.guid)
        if self.new_label is not None:
            _unique_label(store, self.new_label, own=self.guid)
        if self.new_label is None and self.role is None and self.memo is None and not self.attributes:
            raise UsageError(
                translate("CoreChanges", "nothing to change: give a new label, role, memo or attribute")
            )
        store.update_case(self.guid, label=self.new_label, role=self.role, memo=self.memo)
        stored = {case_label_key(a.name): a for a in self.before.attributes}
        for name, value in self.attributes.items():
            old = stored.get(case_label_key(name))
            if value is None:
                if old is None:
                    raise UsageError(
                        translate("CoreChanges", "the case has no attribute {name!r} to remove").format(
                            name=name
                        )
                    )
                store.set_case_attribute(self.guid, name, None)
                continue
            row = check_attribute(name, value, self._type(name, old.type if old else "text"))
            store.set_case_attribute(self.guid, row.name, row.value, row.type)
        what: dict[str, Any] = {"case": self.guid}
        for key, value in (("label", self.new_label), ("role", self.role), ("memo", self.memo)):
            if value is not None:
                what[key] = value
        if self.attributes:
            what["attributes"] = self.attributes
        return _case_changed(self.guid), what

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None
        case = self.before.case
        store.update_case(self.guid, label=case.label, role=case.role, memo=case.memo)
        _replace_attributes(store, self.guid, self.before.attributes)
        return _case_changed(self.guid), {"case": self.guid}


class DeleteCase(Change):
    """Delete a case; its attributes and links go with it and come back on undo. The
    documents and codings it was linked to stay."""

    action = "delete case"
    label = "Delete case"

    def __init__(self, guid: str, *, by: str = "") -> None:
        super().__init__(by=by)
        self.guid = guid
        self.snapshot: _Snapshot | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.snapshot = _Snapshot.take(store, self.guid)
        store.delete_case(self.guid)
        return _case_changed(self.guid, links=True), {
            "case": self.guid,
            "label": self.snapshot.case.label,
            "documents": len(self.snapshot.documents),
            "codings": len(self.snapshot.codings),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.snapshot is not None
        self.snapshot.restore(store)
        return _case_changed(self.guid, links=True), {"case": self.guid}


class _Links(Change):
    """Link (``linking``) or unlink documents or codings of one case; only the rows that
    really changed are recorded, so undo leaves links made before untouched."""

    kind = "documents"  # or "codings"
    linking = True

    def __init__(self, case: str, targets: Iterable[str], *, by: str = "") -> None:
        super().__init__(by=by)
        self.case = case
        self.targets = list(dict.fromkeys(targets))
        if not self.targets:
            if self.kind == "documents":
                raise UsageError(translate("CoreChanges", "no documents given"))
            raise UsageError(translate("CoreChanges", "no codings given"))
        self.changed: list[tuple[str, str]] = []

    def _check(self, store: ProjectStore) -> None:
        store.case(self.case)
        for target in self.targets:
            if self.kind == "documents":
                store.document(target)
            else:
                store.coding(target)

    def _current(self, store: ProjectStore) -> set[tuple[str, str]]:
        if self.kind == "documents":
            return set(store.case_document_links(case=self.case, documents=self.targets))
        return set(store.case_coding_links(case=self.case, codings=self.targets))

    def _write(self, store: ProjectStore, rows: list[tuple[str, str]], *, insert: bool) -> None:
        key = "documents" if self.kind == "documents" else "codings"
        if insert:
            store.insert_case_links(**{key: rows})
        else:
            store.delete_case_links(**{key: rows})

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self._check(store)
        current = self._current(store)
        wanted = [(self.case, t) for t in self.targets]
        self.changed = [row for row in wanted if (row in current) != self.linking]
        if not self.changed:
            if self.kind == "documents" and self.linking:
                message = translate(
                    "CoreChanges", "every one of those documents is already linked to {label!r}"
                )
            elif self.kind == "documents":
                message = translate("CoreChanges", "every one of those documents is not linked to {label!r}")
            elif self.linking:
                message = translate(
                    "CoreChanges", "every one of those codings is already linked to {label!r}"
                )
            else:
                message = translate("CoreChanges", "every one of those codings is not linked to {label!r}")
            raise UsageError(message.format(label=store.case(self.case).label))
        self._write(store, self.changed, insert=self.linking)
        return self._changes(store), {"case": self.case, self.kind: [t for _, t in self.changed]}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self._write(store, self.changed, insert=not self.linking)
        return self._changes(store), {"case": self.case, self.kind: [t for _, t in self.changed]}

    def _changes(self, store: ProjectStore) -> ChangeSet:
        targets = [t for _, t in self.changed]
        if self.kind == "documents":
            documents = frozenset(targets)
        else:
            documents = frozenset(store.coding(t).document for t in targets)
        return _case_changed(self.case, links=True) | ChangeSet(documents=documents)


class LinkDocuments(_Links):
    """Link whole documents to a case (the case's journey then holds their unassigned codings)."""

    action = "link documents to case"
    label = "Link documents to case"


class UnlinkDocuments(_Links):
    action = "unlink documents from case"
    label = "Unlink documents from case"
    linking = False


class LinkCodings(_Links):
    """Link codings (passages under a code) to a case; a coding may belong to several cases."""

    action = "link passages to case"
    label = "Link passages to case"
    kind = "codings"


class UnlinkCodings(_Links):
    action = "unlink passages from case"
    label = "Unlink passages from case"
    kind = "codings"
    linking = False


class MergeCases(Change):
    """Merge ``source`` into ``target``: its links and attributes join the target, its memo is
    appended, and the source is deleted; undo restores both cases exactly.

    An attribute both have with different values, or different roles, is a conflict: refused
    with :class:`CaseConflict` listing them, unless ``confirm`` is given, in which case the
    target keeps its value and each source value it replaces is recorded in the target's memo.
    """

    action = "merge cases"
    label = "Merge cases"

    def __init__(self, source: str, target: str, *, confirm: bool = False, by: str = "") -> None:
        super().__init__(by=by)
        if source == target:
            raise UsageError(translate("CoreChanges", "cannot merge a case into itself"))
        self.source, self.target, self.confirm = source, target, confirm
        self.source_snapshot: _Snapshot | None = None
        self.target_before: _Snapshot | None = None
        self.added_documents: list[tuple[str, str]] = []
        self.added_codings: list[tuple[str, str]] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.source_snapshot = src = _Snapshot.take(store, self.source)
        self.target_before = dst = _Snapshot.take(store, self.target)
        conflicts = _conflicts(src, dst)
        if conflicts and not self.confirm:
            listed = "; ".join(f"{what}: {a!r} here, {b!r} in {src.case.label!r}" for what, a, b in conflicts)
            raise CaseConflict(
                translate("CoreChanges", "{label!r} and {label2!r} disagree ({listed})").format(
                    label=dst.case.label, label2=src.case.label, listed=listed
                ),
                conflicts,
            )
        have = {case_label_key(a.name) for a in dst.attributes}
        store.insert_case_attributes(
            replace(a, case=self.target) for a in src.attributes if case_label_key(a.name) not in have
        )
        store.update_case(self.target, memo=_merged_memo(src.case, dst.case, conflicts))
        documents = {d for _, d in dst.documents}
        codings = {c for _, c in dst.codings}
        self.added_documents = [(self.target, d) for _, d in src.documents if d not in documents]
        self.added_codings = [(self.target, c) for _, c in src.codings if c not in codings]
        store.insert_case_links(documents=self.added_documents, codings=self.added_codings)
        store.delete_case(self.source)
        return _case_changed(self.source, self.target, links=True), {
            "source": self.source,
            "source label": src.case.label,
            "target": self.target,
            "documents": len(self.added_documents),
            "codings": len(self.added_codings),
            "conflicts kept in memo": [list(c) for c in conflicts],
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.source_snapshot is not None and self.target_before is not None
        store.delete_case_links(documents=self.added_documents, codings=self.added_codings)
        before = self.target_before.case
        store.update_case(self.target, label=before.label, role=before.role, memo=before.memo)
        _replace_attributes(store, self.target, self.target_before.attributes)
        self.source_snapshot.restore(store)
        return _case_changed(self.source, self.target, links=True), {
            "source": self.source,
            "target": self.target,
        }


def _conflicts(src: _Snapshot, dst: _Snapshot) -> list[tuple[str, str, str]]:
    """(what, target's value, source's value) for each thing the two cases disagree on."""
    out: list[tuple[str, str, str]] = []
    if src.case.role != dst.case.role:
        out.append(("role", dst.case.role, src.case.role))
    theirs = {case_label_key(a.name): a for a in dst.attributes}
    for mine in src.attributes:
        other = theirs.get(case_label_key(mine.name))
        if other is not None and other.value.strip().casefold() != mine.value.strip().casefold():
            out.append((other.name, other.value, mine.value))
    return out


def _merged_memo(src: Case, dst: Case, conflicts: list[tuple[str, str, str]]) -> str:
    parts = [dst.memo] if dst.memo else []
    if src.memo:
        parts.append(f"From {src.label}: {src.memo}")
    if conflicts:
        kept = "; ".join(f"{what} was {theirs!r} (kept {ours!r})" for what, ours, theirs in conflicts)
        parts.append(f"Merged from {src.label}, where {kept}.")
    return "\n\n".join(parts)


def find_case(store: ProjectStore, label: str) -> Case:
    """The case a typed label means. Raises NotFound naming the labels there are."""
    found = store.case_by_label(label)
    if found is None:
        known = ", ".join(repr(c.label) for c in store.cases()[:10]) or "none yet"
        raise NotFound(
            translate("CoreChanges", "no case labelled {name!r} (cases: {known})").format(
                name=label.strip(), known=known
            )
        )
    return found


__all__ = [
    "AddCase",
    "CaseConflict",
    "DeleteCase",
    "EditCase",
    "LinkCodings",
    "LinkDocuments",
    "MergeCases",
    "UnlinkCodings",
    "UnlinkDocuments",
    "check_attribute",
    "check_label",
    "check_role",
    "find_case",
]
