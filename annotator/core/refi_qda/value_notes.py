"""Value fields and typed values in REFI-QDA files, which have no place for them.

In a ``.qdpx`` they travel as notes, the one thing every REFI-QDA program keeps or shows
harmlessly: a ``<Note>`` per code that has fields (``<NoteRef>`` from the ``<Code>``) and
per coding that has values (``<NoteRef>`` from the ``<Coding>``). The text is a few lines a
person can read in NVivo or ATLAS.ti, then a tag line and one line of JSON we read back::

    Values (Testimony Annotator)
    price: 25,000 CNY per night

    annotator:values
    {"values": [{"field": "…", "kind": "money", "data": {…}, "original": "…", …}], "version": 1}

A ``.qdc`` has no notes (Codebook.xsd), and a code's ``<Description>`` is shown to users,
so there the fields go in a processing instruction inside the ``<Code>``,
``<?annotator-fields {…}?>``: schema-valid, and passed over by every XML reader that does
not ask for it. The JSON is ASCII (``\\u`` escapes), so no XML writer or reader can change
it and no character XML cannot carry appears; ``>`` is escaped too, so a processing
instruction cannot be closed early.

Reading is for untrusted files: a note that is not our JSON, or a field or value that does
not fit, is left out with one line saying why; nothing here raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from annotator.core.codebook import check_field
from annotator.core.errors import CodebookError
from annotator.core.field_specs import MAX_FIELDS, field_guid, known_options, value_problem
from annotator.core.refi_qda.common import norm_guid, valid_datetime
from annotator.core.store.values import CodeField, CodingValue
from annotator.core.values import FieldSpec, Value

FIELDS_TAG = "annotator:fields"
VALUES_TAG = "annotator:values"
TRANSLATIONS_TAG = "annotator:translations"  # original ↔ translation links (.translation_notes)
PI_TARGET = "annotator-fields"  # a processing instruction's target may not hold ":"
VERSION = 1
APP = "Testimony Annotator"
_TAGGED = re.compile(
    r"(?:\A|\n)(annotator:fields|annotator:values|annotator:translations)\r?\n(?P<payload>.*)\Z", re.S
)


def payload(key: str, items: list[dict[str, Any]]) -> str:
    """The JSON line: sorted keys, ASCII only, ``>`` escaped (see the module docstring)."""
    text = json.dumps({key: items, "version": VERSION}, ensure_ascii=True, sort_keys=True, allow_nan=False)
    return text.replace(">", "\\u003e")


def fields_payload(fields: Iterable[CodeField]) -> str:
    return payload(
        "fields",
        [
            {"guid": f.guid, "name": f.name, "kind": f.kind, "options": known_options(f.kind, f.options)}
            for f in fields
        ],
    )


def fields_instruction(code: str, specs: Sequence[FieldSpec]) -> str:
    """``<?annotator-fields {…}?>``: a code's fields in a ``.qdc`` (see the module docstring)."""
    fields = [
        CodeField(s.guid or field_guid(code, s.name), code, s.name, s.kind, dict(s.options), n)
        for n, s in enumerate(specs)
    ]
    return f"<?{PI_TARGET} {fields_payload(fields)}?>"


def _describe(field: CodeField) -> str:
    options = field.options
    parts = [field.kind]
    if options.get("currency"):
        parts.append(str(options["currency"]))
    if options.get("per"):
        parts.append("per " + "/".join(map(str, options["per"])))
    if options.get("unit"):
        parts.append(f"in {options['unit']}s")
    if options.get("choices"):
        parts.append("one of " + ", ".join(map(str, options["choices"])))
    return ", ".join(parts)


def fields_note(fields: Sequence[CodeField]) -> str:
    """The text of a code's fields note (readable lines, then the tagged JSON)."""
    lines = [f"Value fields ({APP})", *(f"{f.name}: {_describe(f)}" for f in fields)]
    return "\n".join(lines) + f"\n\n{FIELDS_TAG}\n{fields_payload(fields)}"


def values_note(values: Sequence[CodingValue], names: Mapping[str, str]) -> str:
    """The text of a coding's values note; ``names`` gives field names by GUID."""
    lines = [
        f"Values ({APP})",
        *(f"{names.get(v.field, v.field)}: {v.value.display(english=True)}" for v in values),
    ]
    items = [
        {
            "field": v.field,
            "kind": v.value.kind,
            "data": dict(v.value.data),
            "original": v.value.original,
            "entered_by": v.entered_by,
            "entered_at": v.entered_at,
        }
        for v in values
    ]
    return "\n".join(lines) + f"\n\n{VALUES_TAG}\n{payload('values', items)}"


def tagged(text: str) -> tuple[str, str] | None:
    """(tag, JSON text) when ``text`` is one of our notes, else None (an ordinary memo)."""
    found = _TAGGED.search(text)
    return (found.group(1), found.group("payload")) if found else None


def _items(text: str, key: str) -> tuple[list[Any], str]:
    """The list under ``key`` in our JSON, or why there is none."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else "not valid JSON"
        return [], reason
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        return [], f"no list of {key}"
    return data[key], ""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def read_fields(text: str, code: str, path: str, problems: list[str]) -> list[CodeField]:
    """The fields a tagged note (or processing instruction) declares for ``code`` (at ``path``);
    what cannot be used is left out and said in ``problems``."""
    items, why = _items(text, "fields")
    if why:
        problems.append(f"the value fields of code {path!r} were left out ({why})")
        return []
    out: list[CodeField] = []
    for number, item in enumerate(items, 1):
        if len(out) >= MAX_FIELDS:
            problems.append(f"code {path!r}: fields after the {MAX_FIELDS}th were left out")
            break
        if not isinstance(item, dict):
            problems.append(f"field #{number} of code {path!r} was left out (not an object)")
            continue
        raw_name = item.get("name")
        name = raw_name if isinstance(raw_name, str) else ""
        where = f"field {name!r} of code {path!r}" if name else f"field #{number} of code {path!r}"
        options = item.get("options") if isinstance(item.get("options"), dict) else {}
        try:
            spec = check_field(name, item.get("kind", ""), options or {}, where=where)
        except CodebookError as exc:
            problems.append(f"{exc.reason} (left out)")
            continue
        if any(f.name.casefold() == spec.name.casefold() for f in out):
            problems.append(f"{where} is declared twice; the second was left out")
            continue
        raw = item.get("guid")
        guid = norm_guid(raw) if isinstance(raw, str) else ""
        out.append(
            CodeField(
                guid or field_guid(code, spec.name), code, spec.name, spec.kind, dict(spec.options), len(out)
            )
        )
    return out


def read_values(
    text: str, coding: str, fields: Mapping[str, CodeField], where: str, problems: list[str]
) -> list[CodingValue]:
    """The values a tagged note gives ``coding``; ``fields`` are its code's fields by GUID.
    Each value must name one of them, be of its kind and have the shape that kind stores."""
    items, why = _items(text, "values")
    if why:
        problems.append(f"{where}: the values of coding {coding} were left out ({why})")
        return []
    out: dict[str, CodingValue] = {}
    for item in items:
        value, why = _value(item, coding, fields)
        if value is None:
            problems.append(f"{where}: a value of coding {coding} was left out ({why})")
        elif value.field in out:
            problems.append(f"{where}: coding {coding} has two values of one field; kept the first")
        else:
            out[value.field] = value
    return list(out.values())


def _value(item: Any, coding: str, fields: Mapping[str, CodeField]) -> tuple[CodingValue | None, str]:
    if not isinstance(item, dict):
        return None, "not an object"
    raw = item.get("field")
    field = fields.get(norm_guid(raw) if isinstance(raw, str) else "")
    if field is None:
        return None, "its field is not one of its code's fields"
    kind, data, original = item.get("kind"), item.get("data"), item.get("original", "")
    if kind != field.kind:
        return None, f"field {field.name!r} takes {field.kind} values, not {kind!r}"
    problem = value_problem(field.kind, data)
    if problem is not None or not isinstance(data, dict) or not isinstance(original, str):
        return None, f"field {field.name!r}: {problem or 'its wording is not text'}"
    by, at = item.get("entered_by"), item.get("entered_at")
    return (
        CodingValue(
            coding,
            field.guid,
            Value(field.kind, data, original),
            norm_guid(by) if isinstance(by, str) else "",
            valid_datetime(at) if isinstance(at, str) else "",
        ),
        "",
    )
