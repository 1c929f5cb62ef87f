"""Codes in REFI-QDA: our definition fields <-> one readable ``<Description>``, and tree reading.

REFI-QDA gives a code one free-text ``Description``; our codebook has a short
definition, a definition, when to use, when not to use, an example, a
reference and source citations. We write them as labelled paragraphs a person
can read in NVivo or ATLAS.ti::

    <short definition>

    Definition: ...

    When to use: ...

and parse the same labels back, so a round trip keeps every field. A foreign
description without our labels becomes the short definition (what our code
tree shows in its tooltip).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypedDict

from lxml import etree

from annotator.core.code_labels import labels_from_mapping, labels_to_mapping
from annotator.core.codebook import MAX_NAME, check_depth, name_problem
from annotator.core.errors import CodebookError
from annotator.core.field_specs import field_guid
from annotator.core.messages import translate
from annotator.core.model import Code, CodeLabel
from annotator.core.refi_qda import xmlwrite
from annotator.core.refi_qda.common import (
    ImportNotes,
    child_text,
    children,
    clean_name,
    norm_color,
    norm_guid,
)
from annotator.core.refi_qda.value_notes import PI_TARGET, fields_instruction, read_fields
from annotator.core.store.values import CodeField
from annotator.core.values import FieldSpec

_TextField = Literal["definition", "when_to_use", "when_not_to_use", "example", "ref", "shortcut"]
_LABELS: tuple[tuple[_TextField, str], ...] = (
    ("definition", "Definition"),
    ("when_to_use", "When to use"),
    ("when_not_to_use", "When not to use"),
    ("example", "Example"),
    ("ref", "Reference"),
    ("shortcut", "Shortcut"),
)
_FIELD_BY_LABEL = {label: name for name, label in _LABELS}
_SECTION = re.compile(
    r"(?:\A|\n\n)(?P<label>Definition|When to use|When not to use|Example|Reference|Shortcut|Source"
    r"|Export \((?P<key>[^()\n]*)\)): "
)
# Distinct, readable colours for imported codes that have none (children inherit their parent's).
PALETTE: tuple[str, ...] = (
    "#337acc", "#d9534f", "#5cb85c", "#f0ad4e", "#8e6cc1", "#2bb0b0",
    "#c2577f", "#7a8b2e", "#e07b39", "#4a5fc1", "#a0522d", "#6c757d",
)  # fmt: skip


def description_of(code: Code) -> str:
    """The readable ``<Description>`` text of a code ("" when it has no definition fields)."""
    parts = [code.short_definition] if code.short_definition else []
    for name, label in _LABELS:
        value = getattr(code, name)
        if value:
            parts.append(f"{label}: {value}")
    parts += [f"Source: {ref}" for ref in code.source_refs]
    parts += [f"Export ({key}): {value}" for key, value in sorted(code.export.items())]
    return "\n\n".join(parts)


class DescriptionFields(TypedDict, total=False):
    """The fields of a ``Code`` a description holds (those it names; the rest keep their defaults)."""

    short_definition: str
    definition: str
    when_to_use: str
    when_not_to_use: str
    example: str
    ref: str
    shortcut: str
    source_refs: tuple[str, ...]
    export: dict[str, str]


def fields_from_description(text: str) -> DescriptionFields:
    """Our definition fields parsed back from a description (see the module docstring)."""
    out: DescriptionFields = {}
    sources: list[str] = []
    export: dict[str, str] = {}
    matches = list(_SECTION.finditer(text))
    head_end = matches[0].start() if matches else len(text)
    if text[:head_end]:
        out["short_definition"] = text[:head_end]
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[match.end() : end]
        label = match.group("label")
        if label == "Source":
            sources.append(value)
        elif match.group("key") is not None:
            export[match.group("key")] = value
        else:
            out[_FIELD_BY_LABEL[label]] = value
    if sources:
        out["source_refs"] = tuple(sources)
    if export:
        out["export"] = export
    return out


LABELS_PI = "annotator-labels"


def labels_instruction(labels: tuple[CodeLabel, ...]) -> str:
    """``<?annotator-labels {…}?>``: a code's labels in other languages in a ``.qdc``.

    The ``<Code name>`` stays the canonical name and the ``<Description>`` the canonical
    definitions, so other programs show the codebook as it always was; like value fields
    (:mod:`.value_notes`), the labels ride in a processing instruction they pass over, as
    ASCII JSON (``\\u`` escapes) with ``>`` escaped so it cannot close the instruction early.
    """
    text = json.dumps({"labels": labels_to_mapping(labels), "version": 1}, ensure_ascii=True, sort_keys=True)
    return f"<?{LABELS_PI} {text.replace('>', chr(92) + 'u003e')}?>"


def write_code(
    out: list[str],
    code: Code,
    tree_children: dict[str | None, list[Code]],
    *,
    note_refs: dict[str, list[str]] | None = None,
    fields: Mapping[str, tuple[FieldSpec, ...]] | None = None,
    labels: Mapping[str, tuple[CodeLabel, ...]] | None = None,
    coded: set[str] | frozenset[str] = frozenset(),
    indent: str = "",
) -> None:
    """Append the XML of ``<Code>`` for ``code`` and, nested inside it, its sub-codes.

    A code that carries codings in this export is written codable even if it is
    marked not codable here, because other tools refuse codings of a folder.
    ``note_refs`` maps code GUIDs to the GUIDs of their notes (memo, value fields; project
    files only). ``fields`` (codebook files only, which have no notes) are written as a
    processing instruction in the code (:mod:`.value_notes`).
    """
    codable = code.codable or code.guid in coded
    pairs = {"guid": norm_guid(code.guid), "name": code.name, "isCodable": "true" if codable else "false"}
    color = norm_color(code.color)
    if color:
        pairs["color"] = color
    inner: list[str] = []
    description = description_of(code)
    if description:
        inner.append(f"{indent}  {xmlwrite.element('Description', {}, description)}\n")
    if fields and fields.get(code.guid):
        inner.append(f"{indent}  {fields_instruction(code.guid, fields[code.guid])}\n")
    if labels and labels.get(code.guid):
        inner.append(f"{indent}  {labels_instruction(labels[code.guid])}\n")
    if note_refs and code.guid in note_refs:
        inner.extend(f'{indent}  <NoteRef targetGUID="{ref}"/>\n' for ref in note_refs[code.guid])
    subs = tree_children.get(code.guid, ())
    if not inner and not subs:
        out.append(f"{indent}<Code{xmlwrite.attrs(pairs)}/>\n")
        return
    out.append(f"{indent}<Code{xmlwrite.attrs(pairs)}>\n")
    out.extend(inner)
    for sub in subs:
        write_code(
            out,
            sub,
            tree_children,
            note_refs=note_refs,
            fields=fields,
            labels=labels,
            coded=coded,
            indent=indent + "  ",
        )
    out.append(f"{indent}</Code>\n")


@dataclass
class CodeReader:
    """Reads nested ``<Code>`` elements into our codes, tolerant of what other tools write.

    Names are made valid for our code paths (no "/", unique among siblings,
    not empty, line breaks and tabs as spaces); GUIDs are normalised and made
    unique; missing colours are filled in; notes referenced by a code are
    collected for the caller. Codes nested deeper than the codebook's limit, or
    a name with a control or bidi character, raise CodebookError (no path: the
    caller names its file).
    """

    notes: ImportNotes
    codes: list[Code] = field(default_factory=list)
    note_refs: dict[str, list[str]] = field(default_factory=dict)  # code guid -> note guids
    seen: set[str] = field(default_factory=set)
    alias: dict[str, str] = field(default_factory=dict)  # file guid -> our guid (when changed)
    fields: dict[str, tuple[FieldSpec, ...]] = field(default_factory=dict)  # from a .qdc's instructions
    field_guids: set[str] = field(default_factory=set)
    labels: dict[str, tuple[CodeLabel, ...]] = field(default_factory=dict)  # from ``<?annotator-labels?>``
    field_instructions: bool = True  # a .qdpx declares fields in notes: its instructions are not read

    def read(self, codes_element: etree._Element) -> None:
        self._level(codes_element, None, "", 0)

    def _level(self, element: etree._Element, parent: Code | None, parent_path: str, depth: int) -> None:
        names: set[str] = set()
        for position, item in enumerate(children(element, "Code")):
            if position == 0:
                check_depth(depth + 1)
            raw_guid = item.get("guid") or ""
            guid = norm_guid(raw_guid) or norm_guid(f"{parent_path}/{item.get('name')}/{position}")
            name = self._name(item.get("name") or "", names, parent_path)
            path = f"{parent_path}/{name}" if parent_path else name
            if guid in self.seen:
                new = norm_guid(f"duplicate:{guid}:{path}")
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda", "code {path!r} repeats the GUID of another code; given a new one"
                    ).format(path=path)
                )
                guid = new
            self.seen.add(guid)
            if raw_guid:
                self.alias.setdefault(norm_guid(raw_guid), guid)
            color = norm_color(item.get("color"))
            if not color:
                color = parent.color if parent is not None else PALETTE[position % len(PALETTE)]
            fields = fields_from_description(child_text(item, "Description"))
            code = Code(
                guid=guid,
                name=name,
                parent=parent.guid if parent is not None else None,
                color=color,
                position=position,
                codable=(item.get("isCodable") or "true").strip().lower() not in ("false", "0"),
                **fields,
            )
            self.codes.append(code)
            self._fields(item, guid, path)
            refs = [norm_guid(n.get("targetGUID")) for n in children(item, "NoteRef")]
            if any(refs):
                self.note_refs[guid] = [r for r in refs if r]
            self._level(item, code, path, depth + 1)

    def _fields(self, item: etree._Element, guid: str, path: str) -> None:
        """Value fields from ``<?annotator-fields …?>`` (a ``.qdc``) and labels from
        ``<?annotator-labels …?>`` (a ``.qdc`` or ``.qdpx``)."""
        for instruction in item.iterchildren(etree.ProcessingInstruction):
            if not isinstance(instruction, etree._ProcessingInstruction):
                continue
            if instruction.target == LABELS_PI:
                self._labels(instruction.text or "", guid, path)
            if instruction.target != PI_TARGET or not self.field_instructions:
                continue
            if guid in self.fields:
                self.notes.warnings.append(
                    translate(
                        "CoreRefiQda", "code {path!r} declares its value fields twice; kept the first"
                    ).format(path=path)
                )
                continue
            found = read_fields(instruction.text or "", guid, path, self.notes.warnings)
            self.fields[guid] = self.unique_fields(found)

    def _labels(self, text: str, guid: str, path: str) -> None:
        """A code's labels from its instruction; one that is not ours is left out with a warning."""
        try:
            data = json.loads(text)
            found = labels_from_mapping(
                guid, data.get("labels") if isinstance(data, dict) else None, repr(path)
            )
        except (ValueError, CodebookError) as exc:
            reason = exc.reason if isinstance(exc, CodebookError) else "not readable JSON"
            self.notes.warnings.append(
                f"code {path!r}: its labels in other languages were left out ({reason})"
            )
            return
        if found and guid not in self.labels:
            self.labels[guid] = tuple(found)

    def unique_fields(self, found: list[CodeField]) -> tuple[FieldSpec, ...]:
        """``found`` as specs, each with a GUID no other field of the file has."""
        specs = []
        for f in found:
            unique = f.guid if f.guid not in self.field_guids else field_guid(f.code, f.name)
            if unique in self.field_guids:
                unique = norm_guid(f"duplicate-field:{f.code}:{f.name}")
            self.field_guids.add(unique)
            specs.append(FieldSpec(f.name, f.kind, f.options, unique))
        return tuple(specs)

    def _name(self, raw: str, taken: set[str], parent_path: str) -> str:
        name = clean_name(raw) or "(unnamed code)"
        problem = name_problem(name)
        if problem is not None:
            if parent_path:
                message = translate(
                    "CoreRefiQda",
                    "code name {name!r} under {parent!r} contains {problem}; fix it where the file was made",
                )
            else:
                message = translate(
                    "CoreRefiQda", "code name {name!r} contains {problem}; fix it where the file was made"
                )
            raise CodebookError(message.format(name=name, parent=parent_path, problem=problem))
        if "/" in name:
            fixed = name.replace("/", "\u2215")
            self.notes.warnings.append(
                translate("CoreRefiQda", "code name {name!r} contains '/', shown as {fixed!r}").format(
                    name=name, fixed=fixed
                )
            )
            name = fixed
        name = name[:MAX_NAME]
        if name.casefold() in taken:
            n = 2
            while f"{name} ({n})".casefold() in taken:
                n += 1
            where = parent_path or "the top level"
            self.notes.warnings.append(
                translate(
                    "CoreRefiQda", "two codes named {name!r} under {where}; the second is {name} ({n})"
                ).format(name=name, where=where, n=n)
            )
            name = f"{name} ({n})"
        taken.add(name.casefold())
        return name


def by_parent(codes: list[Code]) -> dict[str | None, list[Code]]:
    """Children per parent GUID in tree order (position, then name)."""
    known = {c.guid for c in codes}
    out: dict[str | None, list[Code]] = {}
    for code in codes:
        out.setdefault(code.parent if code.parent in known else None, []).append(code)
    for siblings in out.values():
        siblings.sort(key=lambda c: (c.position, c.name.casefold()))
    return out


def walk(tree_children: dict[str | None, list[Code]]) -> Iterator[Code]:
    stack = list(reversed(tree_children.get(None, ())))
    while stack:
        code = stack.pop()
        yield code
        stack.extend(reversed(tree_children.get(code.guid, ())))
