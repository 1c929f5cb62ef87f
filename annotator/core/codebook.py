"""The code tree: paths, lookups and YAML load/save.

A code is addressed by its path ``Group/Subgroup/Code``; names may not contain
"/" and are unique among siblings.

Limits, the same wherever codes come in (AddCode, EditCode, MoveCode, MergeCodes,
``codebook add``, YAML, ``.qdc``, ``.qdpx``, merge): at most ``MAX_DEPTH`` levels
(every exporter walks the tree recursively; a 1,000-level path crashed them), and
no control characters, line or paragraph separators, bidi embeddings, overrides
or isolates, surrogates or noncharacters in a name (:func:`name_problem`): they
make a name display as something it is not, or cannot survive an exchange file. The YAML format (``format:
testimony-annotator-codebook``) is what ``annotator codebook export`` writes and
what ``resources/codebooks/`` ships; loading then saving our own file gives the
same bytes. Edits to a project's codebook go through :mod:`annotator.core.changes`.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from annotator.core import yaml_safe
from annotator.core.code_labels import labels_from_mapping, labels_to_mapping
from annotator.core.content_warnings import warning_name
from annotator.core.errors import CodebookError, UnknownCode, UsageError
from annotator.core.field_specs import MAX_FIELDS, OPTIONS, field_guid, normalise_options
from annotator.core.messages import translate
from annotator.core.model import Code, CodeLabel
from annotator.core.values import KINDS, FieldSpec

FORMAT = "testimony-annotator-codebook"
FORMAT_VERSION = 1
MAX_YAML_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32  # levels of a code path: "A/B/C" has 3
MAX_CODES = 50_000
MAX_WARNINGS_PER_CODE = 20
MAX_NAME = 200
MAX_YAML_NESTING = 2 * MAX_DEPTH + 8  # a code level is a list and a mapping; then 'sources' etc.
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# C0/C1 controls (NUL, line breaks, tabs), U+2028/U+2029, bidi embeddings/overrides
# (U+202A-U+202E) and isolates (U+2066-U+2069), surrogates, noncharacters.
_FORBIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
_TEXT_FIELDS = ("short_definition", "definition", "when_to_use", "when_not_to_use", "example", "shortcut")


def split_path(path: str) -> list[str]:
    """``"A/B/C"`` → ``["A", "B", "C"]``; surrounding spaces are ignored.

    Raises:
        UnknownCode: for an empty path or an empty segment (``"A//B"``).
    """
    parts = [p.strip() for p in path.strip().strip("/").split("/")]
    if not path.strip() or any(not p for p in parts):
        raise UnknownCode(
            translate("CoreCodebook", "invalid code path {path!r} (use Group/Code)").format(path=path)
        )
    return parts


def name_problem(name: str) -> str | None:
    """What makes ``name`` unfit for a code name ("a bidi override (U+202E)"), or None."""
    found = _FORBIDDEN.search(name)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        kind = translate("CoreCodebook", "a control character (U+{code})")
    elif code in (0x2028, 0x2029):
        kind = translate("CoreCodebook", "a line or paragraph separator (U+{code})")
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = translate("CoreCodebook", "a bidi control character (U+{code})")
    else:
        kind = translate("CoreCodebook", "a character that is not text (U+{code})")
    return kind.format(code=f"{code:04X}")


def without_forbidden(text: str) -> str:
    """``text`` without the characters :func:`name_problem` objects to."""
    return _FORBIDDEN.sub("", text)


def check_name(name: str) -> str:
    """A valid code name, stripped. Raises CodebookError."""
    problem = name_problem(name.strip())
    name = name.strip()
    if not name:
        raise CodebookError(translate("CoreCodebook", "a code name cannot be empty"))
    if problem is not None:
        raise CodebookError(
            translate("CoreCodebook", "code name {name!r} contains {problem}; use plain text").format(
                name=name, problem=problem
            )
        )
    if "/" in name:
        raise CodebookError(
            translate(
                "CoreCodebook", "code name {name!r} contains '/', which separates levels in a code path"
            ).format(name=name)
        )
    if len(name) > MAX_NAME:
        raise CodebookError(
            translate("CoreCodebook", "a code name is limited to {limit} characters").format(limit=MAX_NAME)
        )
    return name


def check_depth(levels: int) -> None:
    """Raise CodebookError if a code would sit ``levels`` deep (a top-level code: 1)."""
    if levels > MAX_DEPTH:
        raise CodebookError(
            translate("CoreCodebook", "codes nested deeper than {limit} levels are not allowed").format(
                limit=MAX_DEPTH
            )
        )


def check_codes(codes: Iterable[Code] | CodeTree) -> None:
    """Every limit on codes that come from a file or another project (see the module docstring).

    Names must be valid as they are (not merely after trimming). Raises CodebookError.
    """
    tree = codes if isinstance(codes, CodeTree) else CodeTree(codes)
    if len(tree) > MAX_CODES:
        raise CodebookError(_too_many_codes())
    reached = 0
    for depth, code in tree.walk():
        reached += 1
        check_depth(depth + 1)
        if check_name(code.name) != code.name:
            raise CodebookError(
                translate("CoreCodebook", "code name {name!r} starts or ends with spaces").format(
                    name=code.name
                )
            )
    if reached != len(tree):
        raise CodebookError(
            translate("CoreCodebook", "some codes are their own ancestors (a loop of parents)")
        )


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise CodebookError(
            translate("CoreCodebook", "invalid colour {color!r}; use #RRGGBB").format(color=color)
        )
    return color.lower()


def check_field(name: str, kind: str, options: Mapping[str, Any], *, guid: str = "", where: str) -> FieldSpec:
    """A value field a file or another project declares, checked and normalised.

    ``where`` names it for the message ("field 'price' of code 'Transactions and prices/Bride
    price'"). Raises CodebookError (one line): an unknown kind, an option its kind does not
    take or cannot hold, a name that is empty or has characters a name may not hold.
    """
    label = where or translate("CoreCodebook", "field {name!r}").format(name=name)
    stripped = name.strip() if isinstance(name, str) else ""
    if not stripped:
        raise CodebookError(
            translate("CoreCodebook", "{field}: a value field needs a name").format(field=label)
        )
    problem = name_problem(stripped)
    if problem is not None:
        raise CodebookError(
            translate("CoreCodebook", "{field}: its name contains {problem}; use plain text").format(
                field=label, problem=problem
            )
        )
    if len(stripped) > MAX_NAME:
        raise CodebookError(
            translate("CoreCodebook", "{field}: a field name is limited to {limit} characters").format(
                field=label, limit=MAX_NAME
            )
        )
    if not isinstance(kind, str) or not kind.strip():
        raise CodebookError(
            translate("CoreCodebook", "{field}: a value field needs a kind ({kinds})").format(
                field=label, kinds=", ".join(KINDS)
            )
        )
    clean, problem = normalise_options(kind, options)
    if problem is not None:
        raise CodebookError(
            translate("CoreCodebook", "{field}: {problem}").format(field=label, problem=problem)
        )
    return FieldSpec(stripped, kind, clean, guid)


_GUID_PREFIX = uuid.NAMESPACE_URL.bytes + b"testimony-annotator:code:"


def guid_for_path(path: str) -> str:
    """A stable GUID for a code written without one (same path, same GUID).

    ``uuid5(NAMESPACE_URL, "testimony-annotator:code:" + path)``, inlined: a codebook
    of 10,000 codes without GUIDs derives 10,000 of them.
    """
    digest = bytearray(hashlib.sha1(_GUID_PREFIX + path.encode("utf-8")).digest()[:16])  # noqa: S324
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
            raise UnknownCode(translate("CoreCodebook", "no code with id {guid}").format(guid=guid)) from None

    def find(self, path: str) -> Code:
        """The code at ``path`` (case-insensitive). Raises UnknownCode."""
        key = "/".join(split_path(path)).casefold()
        guid = self._by_path.get(key)
        if guid is None:
            raise UnknownCode(translate("CoreCodebook", "no code {path!r} in the codebook").format(path=path))
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
        """Parent, grandparent, ... of ``guid`` (stops at a loop a damaged file may hold)."""
        result: list[str] = []
        current = self.by_guid.get(guid)
        while current is not None and current.parent in self.by_guid and len(result) < len(self.by_guid):
            result.append(current.parent)
            current = self.by_guid[current.parent]
        return result

    def child_named(self, parent: str | None, name: str) -> Code | None:
        folded = name.strip().casefold()
        return next((c for c in self._children.get(parent, ()) if c.name.casefold() == folded), None)

    def level(self, guid: str | None) -> int:
        """How deep ``guid`` sits: 1 for a top-level code, 0 for None (the root)."""
        return 0 if guid is None else len(self.ancestors(guid)) + 1

    def height(self, guid: str) -> int:
        """Levels of the subtree rooted at ``guid``, itself included (a leaf: 1)."""
        return 1 + max((depth + 1 for depth, _ in self.walk(guid)), default=0)


# -- YAML ----------------------------------------------------------------


@dataclass(frozen=True)
class CodebookFile:
    """A codebook as a file holds it: metadata plus codes (flat, with parents and positions)."""

    name: str = "Codebook"
    version: str = ""
    description: str = ""
    sources: dict[str, Any] = field(default_factory=dict)
    codes: tuple[Code, ...] = ()
    fields: Mapping[str, tuple[FieldSpec, ...]] = field(default_factory=dict)
    """Value fields by code GUID, in their order; each with its GUID. Kept beside the codes
    rather than on :class:`Code`, whose equality every code comparison relies on (merge,
    import, the app's models): a field is a row of its own in the project file too."""

    @property
    def tree(self) -> CodeTree:
        return CodeTree(self.codes)

    labels: Mapping[str, tuple[CodeLabel, ...]] = field(default_factory=dict)
    """Labels in other languages by code GUID (``labels: {ko: {name: …}}`` in YAML): kept
    beside the codes for the same reason as ``fields``."""

    warnings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Content warnings by code GUID (``warnings: [sexual violence]`` in YAML): every passage
    coded with the code carries them (see :mod:`annotator.core.content_warnings`)."""

    def fields_of(self, code: str) -> tuple[FieldSpec, ...]:
        return self.fields.get(code, ())

    def labels_of(self, code: str) -> tuple[CodeLabel, ...]:
        return self.labels.get(code, ())

    def all_labels(self) -> list[CodeLabel]:
        """Every label of a code the book holds, in tree order."""
        return [label for _, code in self.tree.walk() for label in self.labels.get(code.guid, ())]


def _field_to_yaml(code: str, spec: FieldSpec) -> dict[str, Any]:
    """A field as YAML holds it: name, its GUID only when not the one derived from the code
    and name (so a hand-written file stays readable and round-trips), kind, options flat."""
    out: dict[str, Any] = {"name": spec.name}
    if spec.guid and spec.guid != field_guid(code, spec.name):
        out["guid"] = spec.guid
    out["kind"] = spec.kind
    for key in OPTIONS.get(spec.kind, ()):
        if key in spec.options:
            value = spec.options[key]
            out[key] = list(value) if isinstance(value, list | tuple) else value
    return out


def _code_to_yaml(code: Code, tree: CodeTree, book: CodebookFile) -> dict[str, Any]:
    fields = book.fields
    out: dict[str, Any] = {"name": code.name, "guid": code.guid}
    if code.ref:
        out["ref"] = code.ref
    out["color"] = code.color
    for name in _TEXT_FIELDS:
        value = getattr(code, name)
        if value:
            out[name] = value
    labels = labels_to_mapping(book.labels_of(code.guid))
    if labels:
        out["labels"] = labels
    if book.warnings.get(code.guid):
        out["warnings"] = list(book.warnings[code.guid])
    if not code.codable:
        out["codable"] = False
    if code.source_refs:
        out["source_refs"] = list(code.source_refs)
    if code.export:
        out["export"] = dict(code.export)
    if fields.get(code.guid):
        out["fields"] = [_field_to_yaml(code.guid, spec) for spec in fields[code.guid]]
    children = tree.children(code.guid)
    if children:
        out["children"] = [_code_to_yaml(c, tree, book) for c in children]
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
    data["codes"] = [_code_to_yaml(c, tree, book) for c in tree.children(None)]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _str(value: Any, what: str, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise CodebookError(
            translate("CoreCodebook", "{key} of {where} must be text").format(key=what, where=where)
        )
    return str(value)


def _fields_from_yaml(items: Any, code: Code, path: str, seen: set[str]) -> tuple[FieldSpec, ...]:
    """The ``fields:`` of one code (see :func:`check_field`); GUIDs unique in the file."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise CodebookError(
            translate("CoreCodebook", "'fields' of {path!r} must be a list").format(path=path)
        )
    if len(items) > MAX_FIELDS:
        raise CodebookError(
            translate("CoreCodebook", "code {path!r} declares more than {limit} value fields").format(
                path=path, limit=MAX_FIELDS
            )
        )
    out: list[FieldSpec] = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise CodebookError(
                translate("CoreCodebook", "field #{number} of code {path!r} is not a mapping").format(
                    number=number, path=path
                )
            )
        numbered = translate("CoreCodebook", "field #{number} of code {path!r}").format(
            number=number, path=path
        )
        name = _str(item.get("name"), "name", numbered)
        where = (
            translate("CoreCodebook", "field {name!r} of code {path!r}").format(name=name.strip(), path=path)
            if name.strip()
            else numbered
        )
        kind = _str(item.get("kind"), "kind", where)
        options = {str(k): v for k, v in item.items() if k not in ("name", "guid", "kind")}
        guid = _str(item.get("guid"), "guid", where).strip().strip("{}").lower()
        spec = check_field(name, kind, options, where=where)
        if any(f.name.casefold() == spec.name.casefold() for f in out):
            raise CodebookError(
                translate("CoreCodebook", "code {path!r} declares two fields named {name!r}").format(
                    path=path, name=spec.name
                )
            )
        guid = guid or field_guid(code.guid, spec.name)
        if guid in seen:
            raise CodebookError(
                translate("CoreCodebook", "{field} repeats the guid {guid}").format(field=where, guid=guid)
            )
        seen.add(guid)
        out.append(replace(spec, guid=guid))
    return tuple(out)


def _codes_from_yaml(
    items: Any,
    parent: Code | None,
    parent_path: str,
    depth: int,
    out: list[Code],
    seen: set[str],
    fields: dict[str, tuple[FieldSpec, ...]],
    labels: dict[str, tuple[CodeLabel, ...]],
    warnings: dict[str, tuple[str, ...]],
) -> None:
    if items is None:
        return
    if not isinstance(items, list):
        if parent_path:
            raise CodebookError(
                translate("CoreCodebook", "'children' of {path} must be a list").format(path=parent_path)
            )
        raise CodebookError(translate("CoreCodebook", "'children' of the codebook must be a list"))
    if items:
        check_depth(depth + 1)
    names: set[str] = set()
    if len(out) + len(items) > MAX_CODES:
        raise CodebookError(_too_many_codes())
    for position, item in enumerate(items):
        if not isinstance(item, dict):
            if parent_path:
                raise CodebookError(
                    translate("CoreCodebook", "code #{number} under {path} is not a mapping").format(
                        number=position + 1, path=parent_path
                    )
                )
            raise CodebookError(
                translate("CoreCodebook", "code #{number} under the top is not a mapping").format(
                    number=position + 1
                )
            )
        name = check_name(
            _str(item.get("name"), "name", parent_path or translate("CoreCodebook", "a top-level code"))
        )
        path = f"{parent_path}/{name}" if parent_path else name
        if name.casefold() in names:
            raise CodebookError(translate("CoreCodebook", "two codes named {path!r}").format(path=path))
        names.add(name.casefold())
        guid = _str(item.get("guid"), "guid", path).strip().strip("{}").lower() or guid_for_path(path)
        if guid in seen:
            raise CodebookError(
                translate("CoreCodebook", "code {path!r} repeats the guid {guid}").format(
                    path=path, guid=guid
                )
            )
        seen.add(guid)
        refs = item.get("source_refs") or []
        export = item.get("export") or {}
        if not isinstance(refs, list) or not isinstance(export, dict):
            raise CodebookError(
                translate("CoreCodebook", "source_refs/export of {path!r} must be a list/mapping").format(
                    path=path
                )
            )
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
            **{f: _str(item[f], f, path) for f in _TEXT_FIELDS if f in item},  # absent: the default ""
        )
        out.append(code)
        declared = _fields_from_yaml(item.get("fields"), code, path, seen)
        if declared:
            fields[code.guid] = declared
        found = labels_from_mapping(code.guid, item.get("labels"), repr(path))
        if found:
            labels[code.guid] = tuple(found)
        named = _warnings_from_yaml(item.get("warnings"), path)
        if named:
            warnings[code.guid] = named
        _codes_from_yaml(item.get("children"), code, path, depth + 1, out, seen, fields, labels, warnings)


def _warnings_from_yaml(value: Any, path: str) -> tuple[str, ...]:
    """A code's ``warnings:``, a list of names (a single name is taken as a list of one)."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or len(items) > MAX_WARNINGS_PER_CODE:
        raise CodebookError(
            translate(
                "CoreCodebook", "'warnings' of {path!r} must be a list of at most {limit} names"
            ).format(path=path, limit=MAX_WARNINGS_PER_CODE)
        )
    try:
        return tuple(dict.fromkeys(warning_name(_str(v, "warnings", path)) for v in items))
    except UsageError as exc:
        raise CodebookError(
            translate("CoreCodebook", "{problem} (in the warnings of {path!r})").format(
                problem=exc, path=path
            )
        ) from None


def _too_many_codes() -> str:
    return translate("CoreCodebook", "more than {limit} codes; not a codebook this program can use").format(
        limit=MAX_CODES
    )


def _yaml_problem(problem: str | None, mark: Any) -> str:
    """ "not valid YAML at line 3 (found a tab)": whichever parts the parser gave."""
    if mark is not None and problem:
        return translate("CoreCodebook", "not valid YAML at line {line} ({problem})").format(
            line=mark.line + 1, problem=problem
        )
    if mark is not None:
        return translate("CoreCodebook", "not valid YAML at line {line}").format(line=mark.line + 1)
    if problem:
        return translate("CoreCodebook", "not valid YAML ({problem})").format(problem=problem)
    return translate("CoreCodebook", "not valid YAML")


def parse_codebook_yaml(text: str, *, source: str | Path | None = None) -> CodebookFile:
    """Parse codebook YAML safely (no Python objects, bounded size).

    Raises:
        CodebookError: naming the file and the problem.
    """
    try:
        if len(text) > MAX_YAML_BYTES:
            raise CodebookError(translate("CoreCodebook", "codebook file is too large"))
        try:
            data = yaml_safe.load(text, max_nesting=MAX_YAML_NESTING)
        except yaml_safe.NestedTooDeeply:
            raise CodebookError(translate("CoreCodebook", "codebook nested too deeply")) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise CodebookError(_yaml_problem(getattr(exc, "problem", None), mark)) from None
        if not isinstance(data, dict) or "codes" not in data:
            raise CodebookError(
                translate("CoreCodebook", "not a codebook: expected a mapping with a 'codes' list")
            )
        if data.get("format", FORMAT) != FORMAT:
            raise CodebookError(
                translate("CoreCodebook", "unknown codebook format {format!r}").format(
                    format=data.get("format")
                )
            )
        codes: list[Code] = []
        fields: dict[str, tuple[FieldSpec, ...]] = {}
        labels: dict[str, tuple[CodeLabel, ...]] = {}
        warnings: dict[str, tuple[str, ...]] = {}
        _codes_from_yaml(data["codes"], None, "", 0, codes, set(), fields, labels, warnings)
        book = translate("CoreCodebook", "the codebook")
        sources = data.get("sources") or {}
        if not isinstance(sources, dict):
            raise CodebookError(translate("CoreCodebook", "'sources' must be a mapping"))
        return CodebookFile(
            name=_str(data.get("name"), "name", book) or "Codebook",
            version=_str(data.get("version"), "version", book),
            description=_str(data.get("description"), "description", book),
            sources=sources,
            codes=tuple(codes),
            fields=fields,
            labels=labels,
            warnings=warnings,
        )
    except CodebookError as exc:
        if source is not None and exc.path is None:
            raise CodebookError(exc.reason, path=source) from None
        raise
    except RecursionError:
        raise CodebookError(translate("CoreCodebook", "codebook nested too deeply"), path=source) from None


def load_codebook_yaml(path: str | Path) -> CodebookFile:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CodebookError(
            translate("CoreCodebook", "cannot read the file ({reason})").format(reason=exc.strerror),
            path=path,
        ) from None
    if len(raw) > MAX_YAML_BYTES:
        raise CodebookError(translate("CoreCodebook", "codebook file is too large"), path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CodebookError(translate("CoreCodebook", "codebook YAML must be UTF-8"), path=path) from None
    return parse_codebook_yaml(text, source=path)


def with_fresh_guids(book: CodebookFile) -> CodebookFile:
    """A copy with new GUIDs (for a codebook that should not merge with its origin)."""
    mapping = {c.guid: str(uuid.uuid4()) for c in book.codes}
    codes = tuple(replace(c, guid=mapping[c.guid], parent=mapping.get(c.parent or "")) for c in book.codes)
    fields = {
        mapping[code]: tuple(replace(f, guid=field_guid(mapping[code], f.name)) for f in specs)
        for code, specs in book.fields.items()
        if code in mapping
    }
    labels = {
        mapping[code]: tuple(replace(label, code=mapping[code]) for label in found)
        for code, found in book.labels.items()
        if code in mapping
    }
    warnings = {mapping[code]: names for code, names in book.warnings.items() if code in mapping}
    return replace(book, codes=codes, fields=fields, labels=labels, warnings=warnings)
