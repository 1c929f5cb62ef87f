"""Changes to the codebook: add, edit (rename, recolour, definitions, shortcut),
move/reorder, merge two codes, delete a code with its codings, in-vivo coding."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.changes.codings import ApplyCode
from annotator.core.codebook import CodeTree, check_color, check_depth, check_name, without_forbidden
from annotator.core.errors import CodebookError
from annotator.core.messages import translate
from annotator.core.model import CODE_FIELDS, Code, CodeLabel, Coding, Memo, new_guid
from annotator.core.palette import next_color, recolour
from annotator.core.store import ProjectStore
from annotator.core.store.values import CodeField, CodingValue


def _tree(store: ProjectStore) -> CodeTree:
    return CodeTree(store.codes())


def _check_sibling_name(tree: CodeTree, parent: str | None, name: str, own: str | None = None) -> None:
    clash = tree.child_named(parent, name)
    if clash is not None and clash.guid != own:
        if parent:
            message = translate("CoreChanges", "a code named {name!r} already exists under {where}")
        else:
            message = translate("CoreChanges", "a code named {name!r} already exists under the top level")
        raise CodebookError(message.format(name=name, where=tree.path(parent) if parent else ""))


class AddCode(Change):
    """Add a code under ``parent`` (None = a new top-level group), at the end."""

    action = "add code"

    def __init__(
        self,
        name: str,
        *,
        parent: str | None = None,
        color: str | None = None,
        guid: str | None = None,
        by: str = "",
        **fields: Any,
    ) -> None:
        super().__init__(by=by)
        self.code = Code(guid or new_guid(), check_name(name), parent, **fields)
        self.color = color
        self.label = f"Add code {self.code.name!r}"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        tree = _tree(store)
        parent = self.code.parent
        if parent is not None and parent not in tree:
            raise CodebookError(translate("CoreChanges", "the parent code no longer exists"))
        check_depth(tree.level(parent) + 1)
        _check_sibling_name(tree, parent, self.code.name)
        siblings = tree.children(parent)
        # By default the next colour of the group's family, far from the siblings' and the parent's.
        color = self.color or next_color(tree.by_guid.values(), parent)
        position = max((c.position for c in siblings), default=-1) + 1
        self.code = replace(self.code, color=check_color(color), position=position)
        store.insert_codes([self.code])
        return ChangeSet(codes=frozenset({self.code.guid}), codebook=True), {
            "code": self.code.guid,
            "name": self.code.name,
            "parent": parent,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.delete_codes([self.code.guid])
        return ChangeSet(codes=frozenset({self.code.guid}), codebook=True), {"code": self.code.guid}


class EditCode(Change):
    """Change a code's fields: name, colour, definitions, shortcut, export mappings..."""

    action = "edit code"

    def __init__(self, guid: str, *, by: str = "", **fields: Any) -> None:
        super().__init__(by=by)
        bad = set(fields) - set(CODE_FIELDS)
        if bad:
            raise CodebookError(
                translate("CoreChanges", "cannot edit code fields {bad}").format(bad=sorted(bad))
            )
        if "name" in fields:
            fields["name"] = check_name(fields["name"])
        if "color" in fields:
            fields["color"] = check_color(fields["color"])
        self.guid, self.fields = guid, fields
        self.before: Code | None = None
        self.stolen: list[Code] = []  # codes whose shortcut moved to this one
        names = {"name": "Rename", "color": "Recolour", "shortcut": "Set shortcut of"}
        verb = names.get(next(iter(fields), ""), "Edit") if len(fields) == 1 else "Edit"
        self.label = f"{verb} code"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        tree = _tree(store)
        self.before = store.code(self.guid)
        if "name" in self.fields:
            _check_sibling_name(tree, self.before.parent, self.fields["name"], own=self.guid)
        touched = {self.guid}
        self.stolen = []
        if self.fields.get("shortcut"):
            self.stolen = [
                c
                for c in tree.by_guid.values()
                if c.shortcut == self.fields["shortcut"] and c.guid != self.guid
            ]
            for other in self.stolen:
                store.update_code(other.guid, shortcut="")
                touched.add(other.guid)
        store.update_code(self.guid, **self.fields)
        structural = "name" in self.fields
        before = {k: getattr(self.before, k) for k in self.fields}
        return ChangeSet(codes=frozenset(touched), codebook=structural), {
            "code": self.guid,
            "before": _jsonable(before),
            "after": _jsonable(self.fields),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.before is not None
        store.update_code(self.guid, **{k: getattr(self.before, k) for k in self.fields})
        for other in self.stolen:
            store.update_code(other.guid, shortcut=other.shortcut)
        touched = {self.guid, *(c.guid for c in self.stolen)}
        return ChangeSet(codes=frozenset(touched), codebook="name" in self.fields), {"code": self.guid}


class RecolourSiblings(Change):
    """Give the children of ``parent`` (None: the top-level groups), and every code below them,
    clearly distinct colours from the palette (:mod:`annotator.core.palette`). One step; only
    colours change (GUIDs, names, order and codings stay)."""

    action = "recolour codes"
    label = "Recolour siblings"

    def __init__(self, parent: str | None, *, by: str = "") -> None:
        super().__init__(by=by)
        self.parent = parent
        self.before: dict[str, str] = {}
        self.after: dict[str, str] = {}

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        tree = _tree(store)
        if self.parent is not None and self.parent not in tree:
            raise CodebookError(translate("CoreChanges", "the code no longer exists"))
        proposed = recolour(tree.by_guid.values(), self.parent)
        self.before = {g: tree.by_guid[g].color for g in proposed}
        self.after = {g: c for g, c in proposed.items() if c != self.before[g]}
        for guid, color in self.after.items():
            store.update_code(guid, color=color)
        return ChangeSet(codes=frozenset(self.after)), {
            "parent": self.parent,
            "codes": len(self.after),
            "after": self.after,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        for guid in self.after:
            store.update_code(guid, color=self.before[guid])
        return ChangeSet(codes=frozenset(self.after)), {"parent": self.parent, "codes": len(self.after)}


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


class MoveCode(Change):
    """Re-parent and/or reorder a code: it goes to ``position`` among ``parent``'s children."""

    action = "move code"
    label = "Move code"

    def __init__(self, guid: str, *, parent: str | None, position: int | None = None, by: str = "") -> None:
        super().__init__(by=by)
        self.guid, self.parent, self.position = guid, parent, position
        self.snapshot: list[tuple[str, str | None, int]] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        tree = _tree(store)
        code = store.code(self.guid)
        if self.parent is not None:
            if self.parent not in tree:
                raise CodebookError(translate("CoreChanges", "the target code no longer exists"))
            if self.parent == self.guid or self.parent in tree.descendants(self.guid):
                raise CodebookError(
                    translate("CoreChanges", "cannot move {name!r} inside itself").format(name=code.name)
                )
        check_depth(tree.level(self.parent) + tree.height(self.guid))
        _check_sibling_name(tree, self.parent, code.name, own=self.guid)
        old_siblings = tree.children(code.parent)
        new_siblings = [c for c in tree.children(self.parent) if c.guid != self.guid]
        self.snapshot = [(c.guid, c.parent, c.position) for c in {*old_siblings, *new_siblings, code}]
        index = len(new_siblings) if self.position is None else max(0, min(self.position, len(new_siblings)))
        new_siblings.insert(index, code)
        if code.parent != self.parent:
            store.update_code(self.guid, parent=self.parent)
        for pos, sibling in enumerate(new_siblings):
            store.update_code(sibling.guid, position=pos)
        if code.parent != self.parent:
            for pos, sibling in enumerate(c for c in old_siblings if c.guid != self.guid):
                store.update_code(sibling.guid, position=pos)
        return ChangeSet(codes=frozenset({self.guid}), codebook=True), {
            "code": self.guid,
            "from": code.parent,
            "to": self.parent,
            "position": index,
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        for guid, parent, position in self.snapshot:
            store.update_code(guid, parent=parent, position=position)
        return ChangeSet(codes=frozenset({self.guid}), codebook=True), {"code": self.guid}


class _Snapshot:
    """Rows of a code subtree, its codings and memos, to restore a deleted code exactly."""

    def __init__(self, store: ProjectStore, root: str) -> None:
        tree = _tree(store)
        guids = [root, *tree.descendants(root)]
        self.codes = [tree.by_guid[g] for g in guids]  # parents before children
        self.codings = store.codings(codes=guids)
        self.memos = [m for g in guids if (m := store.memo("code", g)) is not None]
        # Value fields and the values on the codings go with the code (foreign-key cascade).
        self.fields = [f for g in guids for f in store.code_fields(g)]
        self.values = store.coding_values(codings=[c.guid for c in self.codings]) if self.fields else []
        self.case_links = store.case_coding_links(codings=[c.guid for c in self.codings])
        self.labels = [label for g in guids for label in store.code_labels(g)]  # cascade too

    def restore(self, store: ProjectStore) -> None:
        store.insert_codes(self.codes)
        store.insert_code_labels(self.labels)
        store.insert_fields(self.fields)
        store.insert_codings(self.codings)
        store.insert_coding_values(self.values)
        store.insert_case_links(codings=self.case_links)
        for memo in self.memos:
            store.write_memo(memo.target_kind, memo.target, memo.text, memo.updated_by)

    def changes(self) -> ChangeSet:
        return ChangeSet(
            documents=frozenset(c.document for c in self.codings),
            codes=frozenset(c.guid for c in self.codes),
            codings=frozenset(c.guid for c in self.codings),
            codebook=True,
        )


class DeleteCode(Change):
    """Delete a code, its sub-codes and all their codings."""

    action = "delete code"

    def __init__(self, guid: str, *, by: str = "") -> None:
        super().__init__(by=by)
        self.guid = guid
        self.label = "Delete code"
        self.snapshot: _Snapshot | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.snapshot = _Snapshot(store, self.guid)
        store.delete_codes([self.guid])
        return self.snapshot.changes(), {
            "code": self.guid,
            "name": self.snapshot.codes[0].name,
            "codes": len(self.snapshot.codes),
            "codings": len(self.snapshot.codings),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.snapshot is not None
        self.snapshot.restore(store)
        return self.snapshot.changes(), {"code": self.guid}


class MergeCodes(Change):
    """Merge ``source`` into ``target``: codings and sub-codes move to the survivor.

    A coding that would duplicate one the target already has (same document,
    span and coder) is dropped rather than doubled; undo brings it back.
    """

    action = "merge codes"

    def __init__(self, source: str, target: str, *, by: str = "") -> None:
        super().__init__(by=by)
        if source == target:
            raise CodebookError(translate("CoreChanges", "cannot merge a code into itself"))
        self.source, self.target = source, target
        self.label = "Merge codes"
        self.code: Code | None = None
        self.moved: list[Coding] = []
        self.dropped: list[Coding] = []
        self.children: list[tuple[str, str | None, int]] = []
        self.memo: Memo | None = None
        self.target_memo: Memo | None = None
        self.labels: list[CodeLabel] = []  # the source's, gone with it (cascade)
        self.moved_fields: list[tuple[str, int]] = []  # (field, its position on the source)
        self.joined_fields: list[tuple[str, str]] = []  # (source field, target field of that name)
        self.dropped_values: list[CodingValue] = []
        self.source_fields: list[CodeField] = []
        # Case links of dropped duplicates: restored on undo, and carried to the coding that
        # survives in their place (the links it gained are removed again on undo).
        self.dropped_links: list[tuple[str, str]] = []
        self.carried_links: list[tuple[str, str]] = []

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        tree = _tree(store)
        self.code = store.code(self.source)
        self.labels = store.code_labels(self.source)
        target = store.code(self.target)
        if self.target in tree.descendants(self.source):
            raise CodebookError(
                translate("CoreChanges", "cannot merge {name!r} into one of its own sub-codes").format(
                    name=self.code.name
                )
            )
        kids = tree.children(self.source)
        for kid in kids:
            _check_sibling_name(tree, self.target, kid.name)
            check_depth(tree.level(self.target) + tree.height(kid.guid))
        self.children = [(c.guid, c.parent, c.position) for c in kids]
        existing = {(c.document, c.coder, c.start, c.end) for c in store.codings(code=self.target)}
        own = store.codings(code=self.source)
        self.dropped = [c for c in own if (c.document, c.coder, c.start, c.end) in existing]
        self.moved = [c for c in own if (c.document, c.coder, c.start, c.end) not in existing]
        self.dropped_values = store.coding_values(codings=[c.guid for c in self.dropped])
        self._merge_fields(store)
        self._carry_links(store)
        store.delete_codings(c.guid for c in self.dropped)
        for coding in self.moved:
            store.update_coding(coding.guid, code=self.target)
        base = max((c.position for c in tree.children(self.target)), default=-1) + 1
        for offset, kid in enumerate(kids):
            store.update_code(kid.guid, parent=self.target, position=base + offset)
        self.memo = store.memo("code", self.source)
        self.target_memo = store.memo("code", self.target)
        if self.memo is not None:
            joined = "\n\n".join(m.text for m in (self.target_memo, self.memo) if m is not None)
            store.write_memo("code", self.target, joined, self.by)
        store.delete_codes([self.source])
        return self._changes(), {
            "source": self.source,
            "name": self.code.name,
            "target": target.guid,
            "moved": len(self.moved),
            "dropped_duplicates": len(self.dropped),
        }

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        assert self.code is not None
        store.insert_codes([self.code])
        store.insert_code_labels(self.labels)
        for guid, parent, position in self.children:
            store.update_code(guid, parent=parent, position=position)
        for coding in self.moved:
            store.update_coding(coding.guid, code=self.source)
        joined = {source for source, _ in self.joined_fields}
        store.insert_fields([f for f in self.source_fields if f.guid in joined])  # went with the code
        for field_guid, position in self.moved_fields:
            store.move_field(field_guid, self.source, position)
        moved = [c.guid for c in self.moved]
        for source_field, target_field in self.joined_fields:
            store.repoint_values(target_field, source_field, moved)
        store.insert_codings(self.dropped)
        store.insert_coding_values(self.dropped_values)
        store.delete_case_links(codings=self.carried_links)
        store.insert_case_links(codings=self.dropped_links)
        if self.memo is not None:
            store.write_memo("code", self.source, self.memo.text, self.memo.updated_by)
            store.write_memo(
                "code",
                self.target,
                self.target_memo.text if self.target_memo else "",
                self.target_memo.updated_by if self.target_memo else "",
            )
        return self._changes(), {"source": self.source, "target": self.target}

    def _carry_links(self, store: ProjectStore) -> None:
        """A dropped duplicate's cases pass to the target's coding of the same passage and coder,
        so merging codes never takes a passage out of a person's journey."""
        self.dropped_links = store.case_coding_links(codings=[c.guid for c in self.dropped])
        if not self.dropped_links:
            self.carried_links = []
            return
        survivors = {(c.document, c.coder, c.start, c.end): c.guid for c in store.codings(code=self.target)}
        dropped = {c.guid: survivors[(c.document, c.coder, c.start, c.end)] for c in self.dropped}
        wanted = {(case, dropped[coding]) for case, coding in self.dropped_links}
        have = set(store.case_coding_links(codings={s for _, s in wanted}))
        self.carried_links = sorted(wanted - have)
        store.insert_case_links(codings=self.carried_links)

    def _merge_fields(self, store: ProjectStore) -> None:
        """The source's value fields join the target's: one of the same name and kind takes the
        moved codings' values; any other moves over whole. A same-named field of another kind
        would have to drop or reinterpret values, so the merge is refused instead."""
        targets = {f.name.casefold(): f for f in store.code_fields(self.target)}
        position = len(targets)
        self.source_fields = store.code_fields(self.source)
        self.moved_fields, self.joined_fields = [], []
        moved = [c.guid for c in self.moved]
        for field in store.code_fields(self.source):
            match = targets.get(field.name.casefold())
            if match is None:
                self.moved_fields.append((field.guid, field.position))
                store.move_field(field.guid, self.target, position)
                position += 1
            elif match.kind != field.kind:
                raise CodebookError(
                    translate(
                        "CoreChanges",
                        "both codes have a value field {name!r}, of different kinds ({kind}, "
                        "{kind2}); rename one first",
                    ).format(name=field.name, kind=field.kind, kind2=match.kind)
                )
            else:
                self.joined_fields.append((field.guid, match.guid))
                store.repoint_values(field.guid, match.guid, moved)

    def _changes(self) -> ChangeSet:
        codings = [*self.moved, *self.dropped]
        return ChangeSet(
            documents=frozenset(c.document for c in codings),
            codes=frozenset({self.source, self.target}),
            codings=frozenset(c.guid for c in codings),
            codebook=True,
        )


def in_vivo_name(text: str, limit: int = 60) -> str:
    """A code name from selected text: one line, no '/', at most ``limit`` characters.

    The passage is what it is, so it is cleaned rather than refused: every run of
    whitespace (line breaks included) becomes one space, and characters no code
    name may hold (controls, bidi overrides and isolates: ``name_problem``) are dropped.
    """
    name = " ".join(without_forbidden(" ".join(text.split())).split())
    name = name.replace("/", "\u2215").strip(" \"'“”‘’")
    if len(name) > limit:
        name = name[: limit - 1].rstrip() + "…"
    return check_name(name or "in vivo")


class InVivoCode(Change):
    """Create a code named by the selected words (or reuse one of that name) and apply it."""

    action = "in vivo code"

    def __init__(self, *, document: str, start: int, end: int, coder: str, parent: str | None = None) -> None:
        super().__init__(by=coder)
        self.document, self.start, self.end, self.coder, self.parent = document, start, end, coder, parent
        self.steps: list[Change] = []
        self.label = "In-vivo code"

    def apply(self, store: ProjectStore) -> ChangeSet:
        with store.atomic():
            if not self.steps:
                name = in_vivo_name(store.document_text(self.document)[self.start : self.end])
                existing = _tree(store).child_named(self.parent, name)
                if existing is None:
                    add = AddCode(name, parent=self.parent, by=self.coder)
                    self.steps = [add]
                    code_guid = add.code.guid
                else:
                    code_guid = existing.guid
                self.steps.append(
                    ApplyCode(
                        document=self.document,
                        start=self.start,
                        end=self.end,
                        code=code_guid,
                        coder=self.coder,
                    )
                )
            result = ChangeSet()
            for step in self.steps:
                result |= step.apply(store)
        return result

    def revert(self, store: ProjectStore) -> ChangeSet:
        result = ChangeSet()
        with store.atomic():
            for step in reversed(self.steps):
                result |= step.revert(store)
        return result

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError
