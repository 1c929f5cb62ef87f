"""Readable one-line summaries of audit entries, and which documents each entry concerns.

The audit log stores GUIDs (stable across renames and merges, and free of
testimony text), which is right for provenance but unreadable in a table. Here
GUIDs become the names they have *now*; a GUID that no longer resolves (a code
deleted since) stays visible as a short id rather than vanishing. Plain functions
(the few words of their own go through ``translate``, which needs no application);
the stored keys an entry holds ("label", "role") are shown as stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.gui.i18n import translate

MAX_TEXT = 60


@dataclass
class Names:
    """GUID -> display name for every kind of thing an entry may mention."""

    documents: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # code path, "Group/Code"
    coders: dict[str, str] = field(default_factory=dict)
    coding_document: dict[str, str] = field(default_factory=dict)  # coding GUID -> document GUID
    coding_code: dict[str, str] = field(default_factory=dict)  # coding GUID -> code GUID
    # names that entries written before schema 4 hold in ``coder`` -> that coder's GUID
    coder_ids: dict[str, str] = field(default_factory=dict)

    def coder_id(self, stored: str) -> str:
        """The GUID of the coder an entry's ``coder`` names (entries keep old names as written)."""
        return self.coder_ids.get(stored, stored)

    def coder(self, stored: str) -> str:
        guid = self.coder_id(stored)
        return self.coders.get(guid, short(guid)) if guid else "—"

    def learn(self, what: Any) -> None:
        """Remember coding -> document/code links an entry states (codings since removed too)."""
        for item in _dicts(what):
            coding = item.get("coding") or item.get("guid")
            if isinstance(coding, str) and isinstance(item.get("document"), str):
                self.coding_document.setdefault(coding, item["document"])
                if isinstance(item.get("code"), str):
                    self.coding_code.setdefault(coding, item["code"])


def short(guid: str) -> str:
    return guid[:8] if len(guid) > 8 else guid


def parse(what: str) -> Any:
    try:
        return json.loads(what)
    except (TypeError, ValueError):
        return what


def _dicts(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, Mapping):
        yield value
        for v in value.values():
            yield from _dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def documents_of(what: Any, names: Names) -> set[str]:
    """Documents an entry concerns: GUIDs it names, and the documents of codings it names."""
    found: set[str] = set()
    for s in _strings(what):
        if s in names.documents:
            found.add(s)
        elif s in names.coding_document:
            found.add(names.coding_document[s])
    return found


def clip(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _coding(guid: str, names: Names, span: tuple[Any, Any] | None = None) -> str:
    code = names.coding_code.get(guid, "")
    doc = names.coding_document.get(guid, "")
    if not code and not doc:
        return translate("AuditText", "coding {id}").format(id=short(guid))
    code_name = names.codes.get(code, short(code))
    if doc:
        text = translate("AuditText", "“{code}” in “{document}”").format(
            code=code_name, document=names.documents.get(doc, short(doc))
        )
    else:
        text = f"“{code_name}”"
    at = f" [{span[0]}–{span[1]}]" if span and span[0] is not None else ""
    return f"{text}{at}"


def _value(key: str, value: Any, names: Names) -> str:
    if isinstance(value, str):
        for table in (names.documents, names.codes, names.coders):
            if value in table:
                return f"“{table[value]}”"
        if value in names.coding_document:
            return _coding(value, names)
        return f"“{clip(value)}”" if value else translate("AuditText", "(empty)")
    if isinstance(value, Mapping):
        if "code" in value and "document" in value:  # a coding in brief
            guid = str(value.get("guid") or value.get("coding") or "")
            names.coding_code.setdefault(guid, str(value["code"]))
            names.coding_document.setdefault(guid, str(value["document"]))
            return _coding(guid, names, (value.get("start"), value.get("end")))
        return "{" + _pairs(value, names) + "}"
    if isinstance(value, list):
        shown = [_value(key, v, names) for v in value[:3]]
        rest = len(value) - 3
        more = " " + translate("AuditText", "and %n more", None, rest) if rest > 0 else ""
        return ", ".join(shown) + more
    if value is None:
        return translate("AuditText", "(none)")
    return str(value)


def _pairs(what: Mapping[str, Any], names: Names, skip: Iterable[str] = ()) -> str:
    skipped = set(skip)
    return "; ".join(
        f"{k.replace('_', ' ')} {_value(k, v, names)}" for k, v in what.items() if k not in skipped
    )


def summarise(action: str, what: Any, names: Names) -> str:
    """One line saying what an entry did, in names rather than GUIDs."""
    if not isinstance(what, Mapping):
        return clip(str(what), 200)
    if "coding" in what and isinstance(what["coding"], str) and "code" in what:
        guid = what["coding"]
        names.coding_code.setdefault(guid, str(what["code"]))
        if isinstance(what.get("document"), str):
            names.coding_document.setdefault(guid, what["document"])
        text = _coding(guid, names, (what.get("start"), what.get("end")))
        rest = _pairs(what, names, skip=("coding", "code", "document", "start", "end"))
        return f"{text}; {rest}" if rest else text
    if "before" in what and "after" in what:
        rest = _pairs(what, names, skip=("before", "after"))
        change = f"{_value('before', what['before'], names)} → {_value('after', what['after'], names)}"
        return f"{rest}: {change}" if rest else change
    if isinstance(what.get("codings"), list):
        items = what["codings"]
        rest = _pairs(what, names, skip=("codings",))
        n = len(items)
        counted = (
            translate("AuditText", "%n coding", None, n)
            if n == 1
            else translate("AuditText", "%n codings", None, n)
        )
        text = f"{counted}: {_value('codings', items, names)}"
        return f"{text}; {rest}" if rest else text
    return _pairs(what, names) or "—"
