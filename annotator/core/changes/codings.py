"""Changes to codings: apply, remove, resize, re-code, memo, auto-code."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.changes.ownership import check_owner
from annotator.core.errors import AlreadyCoded, InvalidSpan, NotFound, UsageError, ValuesWouldBeLost
from annotator.core.messages import translate
from annotator.core.model import Coding, new_guid, utc_now
from annotator.core.patterns import TIMEOUT_S, TOTAL_TIMEOUT_S, PatternTooSlow, compile_pattern, matches
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodingValue
from annotator.core.values import Value, ValueInvalid

__all__ = ["ApplyCode", "Autocode", "EditCoding", "PatternTooSlow", "RemoveCodings", "check_span"]


def check_span(store: ProjectStore, document: str, start: int, end: int) -> None:
    """Raise InvalidSpan unless ``[start, end)`` is a non-empty span inside the document."""
    doc = store.document(document)
    if start < 0 or end > doc.length:
        raise InvalidSpan(
            translate("CoreChanges", "span {start}–{end} is outside {name!r} (length {length})").format(
                start=start, end=end, name=doc.name, length=doc.length
            )
        )
    if end <= start:
        raise InvalidSpan(
            translate("CoreChanges", "an empty selection cannot be coded; select some text first")
        )


class ApplyCode(Change):
    """Code ``text[start:end]`` of a document with one code, for one coder."""

    label = "Apply code"
    action = "apply code"

    def __init__(
        self,
        *,
        document: str,
        start: int,
        end: int,
        code: str,
        coder: str,
        memo: str = "",
        guid: str | None = None,
        by: str | None = None,
    ) -> None:
        # ``coder`` (a GUID) owns the coding; ``by`` is who acted when someone else did
        # (the lead accepting a version into the consensus layer).
        super().__init__(by=coder if by is None else by)
        self.coding = Coding(guid or new_guid(), document, code, coder, start, end, utc_now(), memo)

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        c = self.coding
        check_span(store, c.document, c.start, c.end)
        code = store.code(c.code)
        if not code.codable:
            raise UsageError(
                translate("CoreChanges", "{name!r} is a folder, not a code that can be applied").format(
                    name=code.name
                )
            )
        store.coder(c.coder)
        if store.find_coding(c.document, c.code, c.coder, c.start, c.end):
            raise AlreadyCoded(
                translate("CoreChanges", "this passage already has the code {name!r} from this coder").format(
                    name=code.name
                )
            )
        store.insert_codings([c])
        return _touched([c], +1), {
            "coding": c.guid,
            "document": c.document,
            "code": c.code,
            "start": c.start,
            "end": c.end,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_codings([self.coding.guid])
        return _touched([self.coding], -1), {"coding": self.coding.guid}


class RemoveCodings(Change):
    """Remove one or more codings (restored exactly on undo)."""

    action = "remove codings"

    def __init__(self, guids: list[str], *, by: str = "") -> None:
        super().__init__(by=by)
        self.guids = list(guids)
        self.label = "Remove coding" if len(self.guids) == 1 else f"Remove {len(self.guids)} codings"
        self.removed: list[Coding] = []
        self.values: list[CodingValue] = []
        self.case_links: list[tuple[str, str]] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.removed = [store.coding(g) for g in self.guids]
        check_owner(store, self.removed, self.by)
        # Values and case links go with the codings (cascade); kept here for undo.
        self.values = store.coding_values(codings=self.guids)
        self.case_links = store.case_coding_links(codings=self.guids)
        store.delete_codings(self.guids)
        return _touched(self.removed, -1), {"codings": [_brief(c) for c in self.removed]}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.insert_codings(self.removed)
        store.insert_coding_values(self.values)
        store.insert_case_links(codings=self.case_links)
        return _touched(self.removed, +1), {"codings": self.guids}


class EditCoding(Change):
    """Resize a coding, change its code, or edit its memo."""

    action = "edit coding"

    def __init__(
        self,
        guid: str,
        *,
        start: int | None = None,
        end: int | None = None,
        code: str | None = None,
        memo: str | None = None,
        confirm_loss: bool = False,
        by: str = "",
    ) -> None:
        super().__init__(by=by)
        self.guid = guid
        self.confirm_loss = confirm_loss  # re-coding may drop values the new code has no field for
        self.values: list[CodingValue] = []
        self.carried: list[tuple[str, str]] = []
        self.fields: dict[str, Any] = {
            k: v for k, v in (("start", start), ("end", end), ("code", code), ("memo", memo)) if v is not None
        }
        if code is not None:
            self.label = "Re-code coding"
        elif memo is not None and len(self.fields) == 1:
            self.label = "Edit coding memo"
        else:
            self.label = "Resize coding"
        self.before: Coding | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = before = store.coding(self.guid)
        check_owner(store, [before], self.by)
        after = replace(before, **self.fields)
        check_span(store, after.document, after.start, after.end)
        if "code" in self.fields:
            store.code(after.code)
        same = store.find_coding(after.document, after.code, after.coder, after.start, after.end)
        if same is not None and same.guid != self.guid:
            raise AlreadyCoded(translate("CoreChanges", "an identical coding already exists"))
        self.values = store.coding_values(coding=self.guid)
        self.carried = []
        if after.code != before.code and self.values:
            self.carried = _carry_values(store, self.values, after.code, confirm_loss=self.confirm_loss)
        store.update_coding(self.guid, **self.fields)
        for old_field, new_field in self.carried:
            store.repoint_values(old_field, new_field, [self.guid])
        for stored in self.values:
            if stored.field not in {o for o, _ in self.carried}:
                store.set_coding_value(self.guid, stored.field, None)
        return _touched([before, after], moved=(before, after)), {
            "coding": self.guid,
            "before": _brief(before),
            "after": _brief(after),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None
        b = self.before
        store.update_coding(self.guid, start=b.start, end=b.end, code=b.code, memo=b.memo)
        for stored in store.coding_values(coding=self.guid):
            store.set_coding_value(self.guid, stored.field, None)
        store.insert_coding_values(self.values)
        after = replace(b, **self.fields)
        return _touched([b, after], moved=(after, b)), {"coding": self.guid}


class Autocode(Change):
    """Code every match of a regular expression in every (or the given) document(s).

    The pattern runs with a time limit (see :mod:`annotator.core.patterns`):
    ``timeout`` seconds per document and ``total_timeout`` over all of them. Past
    either, PatternTooSlow names the document and nothing is stored.

    ``values`` (field GUID -> checked :class:`~annotator.core.values.Value`, fields of
    ``code``) are set on every coding this creates, in the same change: one undo step,
    one audit entry (``annotator autocode --value``). Codings that already existed keep
    theirs.
    """

    action = "autocode"

    def __init__(
        self,
        *,
        code: str,
        pattern: str,
        coder: str,
        documents: list[str] | None = None,
        timeout: float = TIMEOUT_S,
        total_timeout: float = TOTAL_TIMEOUT_S,
        values: Mapping[str, Value] | None = None,
    ) -> None:
        super().__init__(by=coder)
        self.regex = compile_pattern(pattern)
        self.code, self.coder, self.documents = code, coder, documents
        self.values = dict(values or {})
        self.timeout, self.total_timeout = timeout, total_timeout
        self.label = f"Auto-code /{pattern}/"
        self.added: list[Coding] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.code(self.code)
        store.coder(self.coder)
        names = self._check_values(store)
        if not self.added:  # first run: find the matches; redo reuses the same GUIDs
            self.added = self._find(store)
        store.insert_codings(self.added)
        what: dict[str, Any] = {"code": self.code, "pattern": self.regex.pattern, "codings": len(self.added)}
        changes = _touched(self.added, +1)
        if self.values:
            now = utc_now()
            store.insert_coding_values(
                CodingValue(c.guid, field, value, self.coder, now)
                for c in self.added
                for field, value in self.values.items()
            )
            what["values"] = {
                names[f]: v.display(english=True) for f, v in self.values.items()
            }  # stored: English
            changes |= ChangeSet(extra={"values": True})
        return changes, what

    def _check_values(self, store: ProjectStore) -> dict[str, str]:
        """Field GUID -> name, after checking each value belongs to a field of the code, of its kind."""
        fields = {f.guid: f for f in store.code_fields(self.code)}
        for guid, value in self.values.items():
            field = fields.get(guid)
            if field is None:
                raise NotFound(
                    translate("CoreChanges", "that value field does not belong to the auto-coded code")
                )
            if value.kind != field.kind:
                raise ValueInvalid(
                    translate("CoreChanges", "{name}: a {kind} value is needed, not {kind2}").format(
                        name=field.name, kind=field.kind, kind2=value.kind
                    )
                )
        return {guid: fields[guid].name for guid in self.values}

    def _find(self, store: ProjectStore) -> list[Coding]:
        docs = self.documents or [d.guid for d in store.documents()]
        now, found = utc_now(), []
        deadline = time.monotonic() + self.total_timeout
        overall = translate(
            "CoreChanges", "the pattern took longer than {timeout:g} s over all documents; simplify it"
        ).format(timeout=self.total_timeout)
        for doc in docs:
            mine = store.codings(document=doc, code=self.code, coder=self.coder)
            existing = {(c.start, c.end) for c in mine}
            left = deadline - time.monotonic()
            if left <= 0:
                raise PatternTooSlow(overall)
            label, text = repr(store.document(doc).name), store.document_text(doc)
            try:
                spans = list(matches(self.regex, text, timeout=min(self.timeout, left), label=label))
            except PatternTooSlow:
                if left < self.timeout:
                    raise PatternTooSlow(overall) from None
                raise
            found += [
                Coding(new_guid(), doc, self.code, self.coder, start, end, now)
                for start, end in spans
                if end > start and (start, end) not in existing
            ]
        return found

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_codings(c.guid for c in self.added)
        return _touched(self.added, -1), {"code": self.code, "codings": len(self.added)}


def _carry_values(
    store: ProjectStore, values: list[CodingValue], code: str, *, confirm_loss: bool
) -> list[tuple[str, str]]:
    """Which values a coding re-coded to ``code`` keeps: those whose field the new code also has
    (same name, same kind) move to it; the others would be lost, which needs ``confirm_loss``."""
    targets = {(f.name.casefold(), f.kind): f.guid for f in store.code_fields(code)}
    fields = {f.guid: f for f in store.code_fields(store.code_field(values[0].field).code)}
    carried, lost = [], []
    for stored in values:
        field = fields[stored.field]
        target = targets.get((field.name.casefold(), field.kind))
        if target is None:
            lost.append(stored)
        else:
            carried.append((stored.field, target))
    if lost and not confirm_loss:
        sample = ", ".join(repr(v.value.original or v.value.display()) for v in lost[:3])
        raise ValuesWouldBeLost(
            translate(
                "CoreChanges",
                "the new code has no field for {count} value(s) of this coding "
                "({sample}); confirm to drop them",
            ).format(count=len(lost), sample=sample),
            lost,
        )
    return carried


def _touched(
    codings: list[Coding], sign: int = 0, *, moved: tuple[Coding, Coding] | None = None
) -> ChangeSet:
    """What adding (``sign`` +1), removing (-1) or editing codings changed, with the tally.

    For an edit, ``moved`` is (before, after): it counts out of one code and into another
    only when the code changed (a resize moves no count).
    """
    tally: tuple[tuple[str, str, str, int], ...] = tuple((c.document, c.code, c.coder, sign) for c in codings)
    if moved is not None:
        before, after = moved
        same = (before.document, before.code, before.coder) == (after.document, after.code, after.coder)
        tally = (
            ()
            if same
            else (
                (before.document, before.code, before.coder, -1),
                (after.document, after.code, after.coder, +1),
            )
        )
    return ChangeSet(
        documents=frozenset(c.document for c in codings),
        codings=frozenset(c.guid for c in codings),
        tally=tally,
    )


def _brief(c: Coding) -> dict[str, Any]:
    return {
        "guid": c.guid,
        "document": c.document,
        "code": c.code,
        "coder": c.coder,
        "start": c.start,
        "end": c.end,
    }
