"""Project-level operations: create a project (a file, or in memory) with a codebook; import codebooks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypedDict

from annotator.core.code_labels import labels_by_code
from annotator.core.codebook import CodebookFile, CodeTree, check_codes, check_depth, load_codebook_yaml
from annotator.core.content_warnings import DEFAULT_WARNINGS, ContentWarning
from annotator.core.errors import CodebookError
from annotator.core.field_specs import MAX_FIELDS, field_guid, known_options
from annotator.core.messages import translate
from annotator.core.model import LABEL_FIELDS, Code, CodeLabel, Coder, new_guid
from annotator.core.resources import default_codebook_path
from annotator.core.store import ProjectStore
from annotator.core.store.in_memory import MemoryStore, memory_store
from annotator.core.store.values import CodeField
from annotator.core.values import FieldSpec

CODEBOOK_META = "codebook_meta"


CodebookSpec = CodebookFile | str | Path | None
"""A codebook already read, ``"default"`` (or None), ``"empty"``, or a ``.yaml`` file."""


def resolve_codebook(spec: CodebookSpec) -> CodebookFile:
    """``"default"`` (or None), ``"empty"``, a ``.yaml`` file, or a codebook already read.

    A ``.qdc`` file is read by :func:`annotator.core.codebook_files.load_codebook`, which sits
    above REFI-QDA (this module is below it: REFI-QDA import builds projects with it).
    """
    if isinstance(spec, CodebookFile):
        return spec
    if spec is None or str(spec) == "default":
        return load_codebook_yaml(default_codebook_path())
    if str(spec) == "empty":
        return CodebookFile(name="Empty codebook")
    path = Path(spec)
    if path.suffix.lower() == ".qdc":
        raise CodebookError(
            translate("CoreErrors", "a .qdc codebook is read by codebook_files.load_codebook first"),
            path=path,
        )
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise CodebookError(
            translate("CoreErrors", "unsupported codebook file; use .yaml or .qdc"), path=path
        )
    return load_codebook_yaml(path)


def create_project(
    path: str | Path,
    *,
    codebook: CodebookSpec = "default",
    name: str | None = None,
    passphrase: str | None = None,
) -> ProjectStore:
    """A new project file holding ``codebook``. The codebook is read first, so a bad
    codebook file leaves no half-made project behind."""
    book = resolve_codebook(codebook)
    store = ProjectStore.create(path, name=name, passphrase=passphrase)
    try:
        _fill(store, book)
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    return store


def create_in_memory(
    name: str, *, codebook: CodebookSpec = "default", contiguous: bool = False, warnings: bool = True
) -> MemoryStore:
    """A new project like :func:`create_project` makes, held in memory (coder packages, the
    demo project); :func:`annotator.core.store.in_memory.write_project` writes it out whole.
    ``contiguous``: see :func:`~annotator.core.store.in_memory.memory_store`. ``warnings=False``:
    no default list of content warnings (a package takes its project's list instead)."""
    book = resolve_codebook(codebook)
    store = memory_store(name, contiguous=contiguous)
    _fill(store, book, warnings=warnings)
    return store


def _fill(store: ProjectStore, book: CodebookFile, *, warnings: bool = True) -> None:
    """The codebook and the "create project" audit entry of a new project, in one transaction;
    with ``warnings``, the default list of content warnings and those the codebook names."""
    fields = book_fields(book)
    with store.atomic():
        store.insert_codes(book.codes)
        store.insert_fields(fields)
        labels = book_labels(book)
        store.insert_code_labels(labels)
        if warnings:
            _fill_warnings(store, book)
        _write_meta(store, book)
        store.audit(
            "create project",
            {"codebook": book.name, "codes": len(book.codes), "fields": len(fields), "labels": len(labels)},
        )


def _fill_warnings(store: ProjectStore, book: CodebookFile) -> None:
    """The default list, then any other warning the codebook's codes name, then the codes'."""
    listed = [ContentWarning(name, about, i) for i, (name, about) in enumerate(DEFAULT_WARNINGS)]
    spelled = {w.name.casefold(): w.name for w in listed}  # a codebook may write "Torture"
    for code_warnings in book.warnings.values():
        for name in code_warnings:
            if name.casefold() not in spelled:
                listed.append(ContentWarning(name, "", len(listed)))
                spelled[name.casefold()] = name
    store.insert_content_warnings(listed)
    codes = {c.guid for c in book.codes}
    for code, named in book.warnings.items():
        if code in codes:
            store.set_code_warnings(code, [spelled[n.casefold()] for n in named])


def book_labels(book: CodebookFile) -> list[CodeLabel]:
    """``book``'s labels of codes it holds, as rows of the project file."""
    codes = {c.guid for c in book.codes}
    return [label for code, found in book.labels.items() if code in codes for label in found]


def book_fields(book: CodebookFile) -> list[CodeField]:
    """``book``'s value fields as rows of the project file (codes the book does not hold are
    left out; a field without a GUID gets the stable one, :func:`field_guid`)."""
    codes = {c.guid for c in book.codes}
    return [
        CodeField(spec.guid or field_guid(code, spec.name), code, spec.name, spec.kind, dict(spec.options), n)
        for code, specs in book.fields.items()
        if code in codes
        for n, spec in enumerate(specs)
    ]


def fields_by_code(fields: Iterable[CodeField]) -> dict[str, tuple[FieldSpec, ...]]:
    """Stored fields as a codebook file holds them: specs by code GUID, in their order."""
    out: dict[str, list[FieldSpec]] = {}
    for f in sorted(fields, key=lambda f: (f.code, f.position, f.name)):
        out.setdefault(f.code, []).append(FieldSpec(f.name, f.kind, known_options(f.kind, f.options), f.guid))
    return {code: tuple(specs) for code, specs in out.items()}


def _write_meta(store: ProjectStore, book: CodebookFile) -> None:
    meta = {
        "name": book.name,
        "version": book.version,
        "description": book.description,
        "sources": book.sources,
    }
    store.set_setting(CODEBOOK_META, json.dumps(meta, ensure_ascii=False))


def project_codebook(store: ProjectStore) -> CodebookFile:
    """The project's codebook as a file would hold it (for export)."""
    meta: dict[str, Any] = json.loads(store.setting(CODEBOOK_META) or "{}")
    return CodebookFile(
        name=meta.get("name") or store.info().name,
        version=meta.get("version", ""),
        description=meta.get("description", ""),
        sources=meta.get("sources") or {},
        codes=tuple(store.codes()),
        fields=fields_by_code(store.code_fields()),
        labels=labels_by_code(store.code_labels()),
        warnings={code: tuple(sorted(names)) for code, names in store.code_warnings().items()},
    )


class CodebookImport(TypedDict):
    """What :func:`import_codebook` did: counts, and the conflicts it left as they were."""

    added: int
    updated: int
    fields_added: int
    fields_updated: int
    labels: int
    conflicts: list[str]


def import_codebook(
    store: ProjectStore, book: CodebookFile, *, by: Coder | str | None = None
) -> CodebookImport:
    """Bring ``book``'s codes and value fields into the project in one transaction.

    Codes are matched by GUID, then by path. Matched codes take the file's
    definitions and colour (a lead distributing a revised codebook); new codes
    are added under their (matched) parent, after its existing children.
    Fields are matched by name on their (matched) code: a missing one is added, a
    matched one of the same kind takes the file's options unless that would leave a
    stored value outside them, and one of another kind is a conflict, listed and left
    as it is (stored values are never reinterpreted by an import).
    Nothing is deleted, and no coding or value changes. Returns the counts and the
    conflicts. ``by`` (a coder's record or GUID) is who imported it, for the audit trail.

    Linear in the size of both codebooks: one pass over the file's tree with a
    name index per parent, and one bulk insert (rebuilding the project's tree
    after each added code made 10,000 codes take minutes).
    """
    incoming = CodeTree(book.codes)
    check_codes(incoming)
    with store.atomic():
        existing = CodeTree(store.codes())
        index = _SiblingIndex(existing)
        mapping: dict[str, str] = {}  # incoming guid -> project guid
        added: list[Code] = []
        updated = 0
        for _, code in incoming.walk():
            parent = mapping.get(code.parent) if code.parent else None
            match = index.by_guid.get(code.guid) or index.named(parent, code.name)
            if match is not None:
                mapping[code.guid] = match.guid
                fields = _definition_fields(code)
                if any(getattr(match, k) != v for k, v in fields.items()):
                    store.update_code(match.guid, **fields)
                    updated += 1
                continue
            if parent is not None:
                check_depth(index.level(parent) + 1)
            new = replace(code, parent=parent, position=index.next_position(parent))
            index.add(new)
            mapping[code.guid] = new.guid
            added.append(new)
        store.insert_codes(added)  # parents come before their children (tree order)
        result = CodebookImport(
            added=len(added), updated=updated, fields_added=0, fields_updated=0, labels=0, conflicts=[]
        )
        _import_fields(store, book, mapping, CodeTree(index.by_guid.values()), result)
        result["labels"] = _import_labels(store, book, mapping)
        if not store.setting(CODEBOOK_META):
            _write_meta(store, book)
        store.audit(
            "import codebook",
            {
                "codebook": book.name,
                "added": len(added),
                "updated": updated,
                "fields_added": result["fields_added"],
                "fields_updated": result["fields_updated"],
                "labels": result["labels"],
                "conflicts": result["conflicts"][:200],
            },
            coder=store.record_coder(by),
        )
    return result


def _import_fields(
    store: ProjectStore,
    book: CodebookFile,
    mapping: Mapping[str, str],
    tree: CodeTree,
    result: CodebookImport,
) -> None:
    """The fields half of :func:`import_codebook` (``mapping``: file code GUID -> project code GUID)."""
    taken = {f.guid for f in store.code_fields()}
    for file_code, specs in book.fields.items():
        code = mapping.get(file_code)
        if code is None:
            continue
        mine = store.code_fields(code)
        by_guid = {f.guid: f for f in mine}
        by_name = {f.name.casefold(): f for f in mine}
        path = tree.path(code)
        new: list[CodeField] = []
        for spec in specs:
            match = by_guid.get(spec.guid) or by_name.get(spec.name.casefold())
            if match is None:
                if len(mine) + len(new) >= MAX_FIELDS:
                    result["conflicts"].append(
                        f"code {path!r}: field {spec.name!r} not added (a code has at most {MAX_FIELDS})"
                    )
                    continue
                guid = next(
                    (g for g in (spec.guid, field_guid(code, spec.name)) if g and g not in taken), new_guid()
                )
                taken.add(guid)
                position = max((f.position for f in mine), default=-1) + 1 + len(new)
                new.append(CodeField(guid, code, spec.name, spec.kind, dict(spec.options), position))
            elif match.kind != spec.kind:
                result["conflicts"].append(
                    f"code {path!r}: field {match.name!r} is {spec.kind} in the file but {match.kind} in the "
                    "project; kept the project's (its values stay as they are)"
                )
            elif dict(spec.options) != known_options(match.kind, match.options):
                unused = _choices_in_use(store, match, spec)
                if unused:
                    result["conflicts"].append(
                        f"code {path!r}: field {match.name!r} would lose the choice {unused[0]!r}, still in "
                        "use; kept the project's choices"
                    )
                    continue
                store.update_field(replace(match, options=dict(spec.options)))
                result["fields_updated"] += 1
        store.insert_fields(new)
        result["fields_added"] += len(new)


def _import_labels(store: ProjectStore, book: CodebookFile, mapping: Mapping[str, str]) -> int:
    """The file's labels on the matched codes: like definitions, a label field the file fills
    takes the file's text (a lead distributing a revised codebook); fields it leaves empty
    keep the project's. Returns how many labels changed."""
    changed = 0
    for file_code, found in book.labels.items():
        code = mapping.get(file_code)
        if code is None:
            continue
        for offered in found:
            have = store.code_label(code, offered.language)
            base = have or CodeLabel(code, offered.language)
            new = replace(base, **{f: getattr(offered, f) for f in LABEL_FIELDS if getattr(offered, f)})
            if new != have:
                store.write_code_label(new)
                changed += 1
    return changed


def _choices_in_use(store: ProjectStore, field: CodeField, spec: FieldSpec) -> list[str]:
    """Choices stored on ``field``'s values that ``spec`` no longer offers (empty if none)."""
    if field.kind != "choice":
        return []
    offered = {c.casefold() for c in spec.choices}
    used = {str(v.value.data.get("value", "")) for v in store.coding_values(field=field.guid)}
    return sorted(u for u in used if u.casefold() not in offered)


class _SiblingIndex:
    """The project's codes by GUID and by (parent, folded name), kept current as codes are added."""

    def __init__(self, tree: CodeTree) -> None:
        self.by_guid = dict(tree.by_guid)
        self.levels: dict[str, int] = {code.guid: depth + 1 for depth, code in tree.walk()}
        self._names: dict[str | None, dict[str, Code]] = {}
        self._next: dict[str | None, int] = {}
        for parent in {None, *tree.by_guid}:
            siblings = tree.children(parent)
            if siblings:
                self._names[parent] = {}
                for sibling in siblings:  # the first of two same-named siblings wins, as before
                    self._names[parent].setdefault(sibling.name.casefold(), sibling)
                self._next[parent] = max(c.position for c in siblings) + 1

    def named(self, parent: str | None, name: str) -> Code | None:
        return self._names.get(parent, {}).get(name.strip().casefold())

    def next_position(self, parent: str | None) -> int:
        return self._next.get(parent, 0)

    def level(self, guid: str) -> int:
        return self.levels.get(guid, 1)

    def add(self, code: Code) -> None:
        self.by_guid[code.guid] = code
        self._names.setdefault(code.parent, {}).setdefault(code.name.casefold(), code)
        self._next[code.parent] = code.position + 1
        self.levels[code.guid] = self.level(code.parent) + 1 if code.parent else 1


def _definition_fields(code: Code) -> dict[str, Any]:
    return {
        "color": code.color,
        "short_definition": code.short_definition,
        "definition": code.definition,
        "when_to_use": code.when_to_use,
        "when_not_to_use": code.when_not_to_use,
        "example": code.example,
        "source_refs": code.source_refs,
        "export": code.export,
    }
