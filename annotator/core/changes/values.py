"""Changes to value fields and to the typed values on codings.

Values rest on survivors' words and must never vanish quietly: changing a field's
kind or choices, or deleting a field, first works out which stored values would no
longer fit; unless the caller confirms (``confirm_loss=True``, after showing the list)
the change is refused with :class:`ValuesWouldBeLost`. Every change is undoable and
restores the values exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.changes.ownership import check_owner
from annotator.core.errors import NotFound, UsageError, ValuesWouldBeLost
from annotator.core.field_specs import MAX_FIELDS, normalise_options
from annotator.core.messages import translate
from annotator.core.model import new_guid
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField, CodingValue
from annotator.core.values import FieldSpec, Value, ValueInvalid, parse_value


def _fields_changed(store: ProjectStore, code: str) -> ChangeSet:
    return ChangeSet(codes=frozenset({code}), extra={"fields": True})


class AddField(Change):
    """Declare a value field on a code (e.g. ``price``, money, per night/client)."""

    action = "add value field"
    label = "Add value field"

    def __init__(
        self,
        *,
        code: str,
        name: str,
        kind: str,
        options: Mapping[str, Any] | None = None,
        guid: str | None = None,
        by: str = "",
    ) -> None:
        super().__init__(by=by)
        spec = FieldSpec(name.strip(), kind, dict(options or {}))  # checks kind, name, choices
        clean = _checked_options(spec)  # what a codebook file would refuse, refused here too
        self.field = CodeField(guid or new_guid(), code, spec.name, spec.kind, clean)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.code(self.field.code)
        existing = store.code_fields(self.field.code)
        if any(f.name.casefold() == self.field.name.casefold() for f in existing):
            raise UsageError(
                translate("CoreChanges", "the code already has a field named {name!r}").format(
                    name=self.field.name
                )
            )
        if len(existing) >= MAX_FIELDS:
            raise UsageError(
                translate("CoreChanges", "a code can have at most {limit} value fields").format(
                    limit=MAX_FIELDS
                )
            )
        field = replace(self.field, position=len(existing))
        store.insert_fields([field])
        return _fields_changed(store, field.code), {
            "field": field.guid,
            "name": field.name,
            "kind": field.kind,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_field(self.field.guid)
        return _fields_changed(store, self.field.code), {"field": self.field.guid}


def _checked_options(spec: FieldSpec) -> dict[str, Any]:
    """``spec``'s options as codebook files keep them; ValueInvalid for what they would refuse
    (a currency no one uses, a "per" that is not a list, an option of another kind)."""
    clean, problem = normalise_options(spec.kind, spec.options)
    if problem is not None:
        raise ValueInvalid(
            translate("CoreChanges", "{name}: {problem}").format(name=spec.name, problem=problem)
        )
    return clean


def _reread(values: list[CodingValue], spec: FieldSpec) -> tuple[list[CodingValue], list[CodingValue]]:
    """Values read again under ``spec`` from their original wording: (kept, lost)."""
    kept, lost = [], []
    for stored in values:
        if stored.value.kind == spec.kind and spec.kind != "choice":
            kept.append(stored)
            continue
        try:
            value = parse_value(spec, stored.value.original or stored.value.display(english=True))
        except ValueInvalid:
            lost.append(stored)
            continue
        kept.append(replace(stored, value=Value(value.kind, value.data, stored.value.original)))
    return kept, lost


def _lost_message(lost: list[CodingValue], field: str, *, deleting: bool) -> str:
    sample = ", ".join(repr(v.value.original or v.value.display()) for v in lost[:3])
    if len(lost) > 3:
        sample = translate("CoreChanges", "{sample} and {count} more").format(
            sample=sample, count=len(lost) - 3
        )
    if deleting:
        message = translate(
            "CoreChanges",
            "deleting {field!r} would drop {count} stored value(s) that no longer fit ({sample}); "
            "confirm to go on",
        )
    else:
        message = translate(
            "CoreChanges",
            "changing {field!r} would drop {count} stored value(s) that no longer fit ({sample}); "
            "confirm to go on",
        )
    return message.format(field=field, count=len(lost), sample=sample)


class EditField(Change):
    """Rename a field, change its options or its kind; values are read again under the new kind."""

    action = "edit value field"
    label = "Edit value field"

    def __init__(
        self,
        guid: str,
        *,
        name: str | None = None,
        kind: str | None = None,
        options: Mapping[str, Any] | None = None,
        confirm_loss: bool = False,
        by: str = "",
    ) -> None:
        super().__init__(by=by)
        self.guid, self.name, self.kind, self.options = guid, name, kind, options
        self.confirm_loss = confirm_loss
        self.before: CodeField | None = None
        self.old_values: list[CodingValue] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = before = store.code_field(self.guid)
        after = replace(
            before,
            name=(self.name or before.name).strip(),
            kind=self.kind or before.kind,
            options=dict(self.options) if self.options is not None else before.options,
        )
        spec = after.spec  # checks the new kind, name and choices
        if self.options is not None:
            after = replace(after, options=_checked_options(spec))
            spec = after.spec
        if after.name.casefold() != before.name.casefold() and any(
            f.name.casefold() == after.name.casefold() for f in store.code_fields(before.code)
        ):
            raise UsageError(
                translate("CoreChanges", "the code already has a field named {name!r}").format(
                    name=after.name
                )
            )
        self.old_values = store.coding_values(field=self.guid)
        reshaped = (after.kind, after.options) != (before.kind, before.options)
        kept, lost = _reread(self.old_values, spec) if reshaped else (self.old_values, [])
        if lost and not self.confirm_loss:
            raise ValuesWouldBeLost(_lost_message(lost, before.name, deleting=False), lost)
        store.update_field(after)
        for stored in lost:
            store.set_coding_value(stored.coding, stored.field, None)
        store.insert_coding_values(kept)
        changes = _fields_changed(store, before.code) | _codings_of(store, self.old_values)
        return changes, {"field": self.guid, "kind": after.kind, "values dropped": len(lost)}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None
        store.update_field(self.before)
        for stored in store.coding_values(field=self.guid):
            store.set_coding_value(stored.coding, stored.field, None)
        store.insert_coding_values(self.old_values)
        return _fields_changed(store, self.before.code) | _codings_of(store, self.old_values), {
            "field": self.guid
        }


class DeleteField(Change):
    """Remove a field; its stored values go with it only when the caller confirms."""

    action = "delete value field"
    label = "Delete value field"

    def __init__(self, guid: str, *, confirm_loss: bool = False, by: str = "") -> None:
        super().__init__(by=by)
        self.guid, self.confirm_loss = guid, confirm_loss
        self.before: CodeField | None = None
        self.old_values: list[CodingValue] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = store.code_field(self.guid)
        self.old_values = store.coding_values(field=self.guid)
        if self.old_values and not self.confirm_loss:
            raise ValuesWouldBeLost(
                _lost_message(self.old_values, self.before.name, deleting=True), self.old_values
            )
        for stored in self.old_values:
            store.set_coding_value(stored.coding, stored.field, None)
        store.delete_field(self.guid)
        changes = _fields_changed(store, self.before.code) | _codings_of(store, self.old_values)
        return changes, {"field": self.guid, "name": self.before.name, "values dropped": len(self.old_values)}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None
        store.insert_fields([self.before])
        store.insert_coding_values(self.old_values)
        return _fields_changed(store, self.before.code) | _codings_of(store, self.old_values), {
            "field": self.guid
        }


class SetValues(Change):
    """Set (or clear, with None) values of one coding's fields: one undo step, one audit entry."""

    action = "set values"
    label = "Set values"

    def __init__(self, coding: str, values: Mapping[str, Value | None], *, by: str = "") -> None:
        super().__init__(by=by)
        self.coding, self.values = coding, dict(values)
        self.before: dict[str, CodingValue | None] = {}

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        coding = store.coding(self.coding)
        check_owner(store, [coding], self.by)
        fields = {f.guid: f for f in store.code_fields(coding.code)}
        current = {v.field: v for v in store.coding_values(coding=self.coding)}
        self.before = {guid: current.get(guid) for guid in self.values}
        for guid, value in self.values.items():
            field = fields.get(guid)
            if field is None:
                raise NotFound(
                    translate("CoreChanges", "that value field does not belong to this coding's code")
                )
            if value is not None and value.kind != field.kind:
                raise ValueInvalid(
                    translate("CoreChanges", "{name}: a {kind} value is needed, not {kind2}").format(
                        name=field.name, kind=field.kind, kind2=value.kind
                    )
                )
            store.set_coding_value(self.coding, guid, value, by=self.by)
        audit = {
            "coding": self.coding,
            "values": {
                fields[g].name: (v.display(english=True) if v else None) for g, v in self.values.items()
            },
        }
        return _codings_of(store, [coding.guid]), audit

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        for guid, old in self.before.items():
            if old is None:
                store.set_coding_value(self.coding, guid, None)
            else:
                store.insert_coding_values([old])
        return _codings_of(store, [self.coding]), {"coding": self.coding}


def _codings_of(store: ProjectStore, items: list[CodingValue] | list[str]) -> ChangeSet:
    guids = [i if isinstance(i, str) else i.coding for i in items]
    if not guids:
        return ChangeSet()
    documents = {c.document for c in (store.coding(g) for g in set(guids))}
    return ChangeSet(documents=frozenset(documents), codings=frozenset(guids), extra={"values": True})


def values_from_text(store: ProjectStore, coding: str, typed: Mapping[str, str]) -> dict[str, Value | None]:
    """Read what a coder typed per field name (CLI ``--value FIELD=VALUE``) for one coding.

    Raises:
        ValueInvalid: a value that does not fit, or a field the code does not have.
    """
    code = store.coding(coding).code
    by_name = {f.name.casefold(): f for f in store.code_fields(code)}
    out: dict[str, Value | None] = {}
    for name, text in typed.items():
        field = by_name.get(name.casefold())
        if field is None:
            known = ", ".join(f.name for f in by_name.values()) or "none"
            raise ValueInvalid(
                translate("CoreChanges", "the code has no value field {name!r} (its fields: {known})").format(
                    name=name, known=known
                )
            )
        out[field.guid] = parse_value(field.spec, text) if text.strip() else None
    return out


def values_for_code(
    store: ProjectStore, code: str, typed: Mapping[str, str] | Iterable[tuple[str, str]]
) -> dict[str, Value]:
    """Read what was typed per field name for codings of ``code`` not yet made (``autocode
    --value``): every value is checked before anything is stored.

    Raises:
        ValueInvalid: a value that does not fit its field, an empty one, or a field the code
            does not have.
    """
    by_name = {f.name.casefold(): f for f in store.code_fields(code)}
    out: dict[str, Value] = {}
    pairs = typed.items() if isinstance(typed, Mapping) else typed
    for name, text in pairs:
        field = by_name.get(name.strip().casefold())
        if field is None:
            known = ", ".join(f.name for f in by_name.values()) or "none"
            raise ValueInvalid(
                translate("CoreChanges", "the code has no value field {name!r} (its fields: {known})").format(
                    name=name, known=known
                )
            )
        if field.guid in out:
            raise ValueInvalid(translate("CoreChanges", "{name}: given twice").format(name=field.name))
        out[field.guid] = parse_value(field.spec, text)
    return out


__all__ = [
    "AddField",
    "DeleteField",
    "EditField",
    "SetValues",
    "ValuesWouldBeLost",
    "values_for_code",
    "values_from_text",
]
