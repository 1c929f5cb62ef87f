"""The code tree: paths, lookups and YAML load/save.

A code is addressed by its path ``Group/Subgroup/Code``; names may not contain
"/" and are unique among siblings. The YAML format (``format:
testimony-annotator-codebook``) is what ``annotator codebook export`` writes and
what ``resources/codebooks/`` ships; loading then saving our own file gives the
same bytes. Edits to a project's codebook go through :mod:`annotator.core.changes`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from annotator.core.errors import CodebookError, UnknownCode
from annotator.core.model import Code


class _NoAliasLoader(yaml.SafeLoader):
    """Safe loading without anchors/aliases: a codebook never needs them, and aliases
    let a small file expand into billions of nodes ("billion laughs")."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


FORMAT = "testimony-annotator-codebook"
FORMAT_VERSION = 1
MAX_YAML_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32
MAX_CODES = 50_000
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TEXT_FIELDS = ("short_definition", "definition", "when_to_use", "when_not_to_use", "example", "shortcut")


def split_path(path: str) -> list[str]:
    """``"A/B/C"`` → ``["A", "B", "C"]``; surrounding spaces are ignored.

    Raises:
        UnknownCode: for an empty path or an empty segment (``"A//B"``).
    """
    parts = [p.strip() for p in path.strip().strip("/").split("/")]
    if not path.strip() or any(not p for p in parts):
        raise UnknownCode(f"invalid code path {path!r} (use Group/Code)")
    return parts


def check_name(name: str) -> str:
    """A valid code name, stripped. Raises CodebookError."""
    name = name.strip()
    if not name:
        raise CodebookError("a code name cannot be empty")
    if "/" in name:
        raise CodebookError(f"code name {name!r} contains '/', which separates levels in a code path")
    if len(name) > 200:
        raise CodebookError("a code name is limited to 200 characters")
    return name


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise CodebookError(f"invalid colour {color!r}; use #RRGGBB")
    return color.lower()


def guid_for_path(path: str) -> str:
    """A stable GUID for a code written without one (same path, same GUID)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "testimony-annotator:code:" + path))


class CodeTree:
    """A read-only view over a list of codes: children in order, paths, lookups."""

    def __init__(self, codes: Iterable[Code]) -> None:
        self.by_guid: dict[str, Code] = {c.guid: c for c in codes}
        self._children: dict[str | None, list[Code]] = {}
        for code in self.by_guid.values():
            parent = code.parent if code.parent in self.by_guid else None
            self._children.setdefault(parent, []).append(code)
        for siblings in self._children.values():
            siblings.sort(key=lambda c: (c.position, c.name.casefold()))
        self._paths: dict[str, str] = {}
        for _, code in self.walk():
            parent_path = self._paths.get(code.parent or "", "")
            self._paths[code.guid] = f"{parent_path}/{code.name}" if parent_path else code.name
        self._by_path = {p.casefold(): g for g, p in self._paths.items()}

    def __len__(self) -> int:
        return len(self.by_guid)

    def __contains__(self, guid: object) -> bool:
        return guid in self.by_guid

    def children(self, guid: str | None) -> list[Code]:
        return list(self._children.get(guid, ()))

    def walk(self, root: str | None = None) -> Iterator[tuple[int, Code]]:
        """Pre-order (depth, code) below ``root`` (the whole tree when None)."""
        stack = [(0, c) for c in reversed(self._children.get(root, ()))]
        while stack:
            depth, code = stack.pop()
            yield depth, code
            stack.extend((depth + 1, c) for c in reversed(self._children.get(code.guid, ())))

    def path(self, guid: str) -> str:
        try:
            return self._paths[guid]
        except KeyError:
            raise UnknownCode(f"no code with id {guid}") from None

    def find(self, path: str) -> Code:
        """The code at ``path`` (case-insensitive). Raises UnknownCode."""
        key = "/".join(split_path(path)).casefold()
        guid = self._by_path.get(key)
        if guid is None:
            raise UnknownCode(f"no code {path!r} in the codebook")
        return self.by_guid[guid]

    def find_or_none(self, path: str) -> Code | None:
        try:
            return self.find(path)
        except UnknownCode:
            return None

    def resolve(self, path_or_guid: str) -> Code:
        """A code by GUID or by path."""
        return self.by_guid.get(path_or_guid) or self.find(path_or_guid)

    def descendants(self, guid: str) -> list[str]:
        """GUIDs below ``guid`` (not including it)."""
        return [c.guid for _, c in self.walk(guid)]

    def ancestors(self, guid: str) -> list[str]:
        result, current = [], self.by_guid.get(guid)
        while current is not None and current.parent in self.by_guid:
            result.append(current.parent)
            current = self.by_guid[current.parent]
        return result  # type: ignore[return-value]

    def child_named(self, parent: str | None, name: str) -> Code | None:
        folded = name.strip().casefold()
        return next((c for c in self._children.get(parent, ()) if c.name.casefold() == folded), None)


# -- YAML ----------------------------------------------------------------


@dataclass(frozen=True)
class CodebookFile:
    """A codebook as a file holds it: metadata plus codes (flat, with parents and positions)."""

    name: str = "Codebook"
    version: str = ""
    description: str = ""
    sources: dict[str, Any] = field(default_factory=dict)
    codes: tuple[Code, ...] = ()

    @property
    def tree(self) -> CodeTree:
        return CodeTree(self.codes)


def _code_to_yaml(code: Code, tree: CodeTree) -> dict[str, Any]:
    out: dict[str, Any] = {"name": code.name, "guid": code.guid}
    if code.ref:
        out["ref"] = code.ref
    out["color"] = code.color
    for name in _TEXT_FIELDS:
        value = getattr(code, name)
        if value:
            out[name] = value
    if not code.codable:
        out["codable"] = False
    if code.source_refs:
        out["source_refs"] = list(code.source_refs)
    if code.export:
        out["export"] = dict(code.export)
    children = tree.children(code.guid)
    if children:
        out["children"] = [_code_to_yaml(c, tree) for c in children]
    return out


def dump_codebook_yaml(book: CodebookFile) -> str:
    """The canonical YAML text of ``book`` (stable key order, UTF-8 friendly)."""
    tree = book.tree
    data: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "name": book.name}
    if book.version:
        data["version"] = book.version
    if book.description:
        data["description"] = book.description
    if book.sources:
        data["sources"] = book.sources
    data["codes"] = [_code_to_yaml(c, tree) for c in tree.children(None)]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _str(value: Any, what: str, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise CodebookError(f"{what} of {where} must be text")
    return str(value)


def _codes_from_yaml(
    items: Any, parent: Code | None, parent_path: str, depth: int, out: list[Code], seen: set[str]
) -> None:
    if items is None:
        return
    if not isinstance(items, list):
        raise CodebookError(f"'children' of {parent_path or 'the codebook'} must be a list")
    if depth > MAX_DEPTH:
        raise CodebookError(f"codes nested deeper than {MAX_DEPTH} levels")
    names: set[str] = set()
    if len(out) + len(items) > MAX_CODES:
        raise CodebookError(f"more than {MAX_CODES} codes; not a codebook this program can use")
    for position, item in enumerate(items):
        if not isinstance(item, dict):
            raise CodebookError(f"code #{position + 1} under {parent_path or 'the top'} is not a mapping")
        name = check_name(_str(item.get("name"), "name", parent_path or "a top-level code"))
        path = f"{parent_path}/{name}" if parent_path else name
        if name.casefold() in names:
            raise CodebookError(f"two codes named {path!r}")
        names.add(name.casefold())
        guid = _str(item.get("guid"), "guid", path).strip().strip("{}").lower() or guid_for_path(path)
        if guid in seen:
            raise CodebookError(f"code {path!r} repeats the guid {guid}")
        seen.add(guid)
        refs = item.get("source_refs") or []
        export = item.get("export") or {}
        if not isinstance(refs, list) or not isinstance(export, dict):
            raise CodebookError(f"source_refs/export of {path!r} must be a list/mapping")
        code = Code(
            guid=guid,
            name=name,
            parent=parent.guid if parent else None,
            color=check_color(_str(item.get("color"), "color", path) or "#999999"),
            position=position,
            ref=_str(item.get("ref"), "ref", path),
            codable=bool(item.get("codable", True)),
            source_refs=tuple(_str(r, "source_refs", path) for r in refs),
            export={_str(k, "export key", path): _str(v, "export", path) for k, v in export.items()},
            **{f: _str(item.get(f), f, path) for f in _TEXT_FIELDS},
        )
        out.append(code)
        _codes_from_yaml(item.get("children"), code, path, depth + 1, out, seen)


def parse_codebook_yaml(text: str, *, source: str | Path | None = None) -> CodebookFile:
    """Parse codebook YAML safely (no Python objects, bounded size).

    Raises:
        CodebookError: naming the file and the problem.
    """
    try:
        if len(text) > MAX_YAML_BYTES:
            raise CodebookError("codebook file is too large")
        try:
            data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark else ""
            problem = getattr(exc, "problem", None)
            raise CodebookError(f"not valid YAML{where}" + (f" ({problem})" if problem else "")) from None
        if not isinstance(data, dict) or "codes" not in data:
            raise CodebookError("not a codebook: expected a mapping with a 'codes' list")
        if data.get("format", FORMAT) != FORMAT:
            raise CodebookError(f"unknown codebook format {data.get('format')!r}")
        codes: list[Code] = []
        _codes_from_yaml(data["codes"], None, "", 0, codes, set())
        sources = data.get("sources") or {}
        if not isinstance(sources, dict):
            raise CodebookError("'sources' must be a mapping")
        return CodebookFile(
            name=_str(data.get("name"), "name", "the codebook") or "Codebook",
            version=_str(data.get("version"), "version", "the codebook"),
            description=_str(data.get("description"), "description", "the codebook"),
            sources=sources,
            codes=tuple(codes),
        )
    except CodebookError as exc:
        if source is not None and exc.path is None:
            raise CodebookError(exc.reason, path=source) from None
        raise
    except RecursionError:
        raise CodebookError("codebook nested too deeply", path=source) from None


def load_codebook_yaml(path: str | Path) -> CodebookFile:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CodebookError(f"cannot read the file ({exc.strerror})", path=path) from None
    if len(raw) > MAX_YAML_BYTES:
        raise CodebookError("codebook file is too large", path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CodebookError("codebook YAML must be UTF-8", path=path) from None
    return parse_codebook_yaml(text, source=path)


def with_fresh_guids(book: CodebookFile) -> CodebookFile:
    """A copy with new GUIDs (for a codebook that should not merge with its origin)."""
    mapping = {c.guid: str(uuid.uuid4()) for c in book.codes}
    codes = tuple(replace(c, guid=mapping[c.guid], parent=mapping.get(c.parent or "")) for c in book.codes)
    return replace(book, codes=codes)
