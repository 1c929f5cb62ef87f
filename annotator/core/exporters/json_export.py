"""JSON: the whole filtered project in one documented document (``docs/export-json-schema.md``).

Written piece by piece (one ``json.dumps`` per coding) so a large export shows
progress and can be cancelled; the result is one ordinary JSON object, UTF-8
without BOM, non-ASCII kept as is. References between objects are GUIDs; names
and paths are repeated beside them for readers who do not want to join.

``start``/``end`` are always the project's own positions (the documented
contract). When pseudonymised, ``documents[].text`` is the pseudonymised text and
a coding's ``text_start``/``text_end`` locate its ``text`` in it exactly; without
text (``text_dropped``) neither document texts nor those two fields are written.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from annotator.core.analysis.query import typed_value
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker
from annotator.core.model import Attribute, Code, utc_now

FORMAT = "testimony-annotator-export"
VERSION = 1


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _code_node(data: ExportData, code: Code) -> dict[str, Any]:
    return {
        "guid": code.guid,
        "name": code.name,
        "path": data.tree.path(code.guid),
        "ref": code.ref,
        "color": code.color,
        "short_definition": code.short_definition,
        "definition": code.definition,
        "when_to_use": code.when_to_use,
        "when_not_to_use": code.when_not_to_use,
        "example": code.example,
        "shortcut": code.shortcut,
        "codable": code.codable,
        "source_refs": list(code.source_refs),
        "export": dict(code.export),
        "fields": [
            {"guid": f.guid, "name": f.name, "kind": f.kind, "options": dict(f.options)}
            for f in data.fields
            if f.code == code.guid
        ],
        "children": [_code_node(data, child) for child in data.tree.children(code.guid)],
    }


def _attribute_value(attribute: Attribute, value: str) -> Any:
    typed = typed_value(attribute.type, value)
    if isinstance(typed, float) and typed.is_integer() and abs(typed) < 2**53:
        return int(typed)
    return typed


def _head(data: ExportData) -> dict[str, Any]:
    info = data.info
    meta = data.data.codebook_meta
    return {
        "format": FORMAT,
        "version": VERSION,
        "project": {
            "guid": info.guid,
            "name": info.name,
            "created": info.created,
            "app_version": info.app_version,
            "schema_version": info.schema_version,
            "exported_at": utc_now(),
            "filters": data.filters,
            "pseudonymised": data.pseudonymised,
            "text_dropped": data.text_dropped,
            "offsets": "unicode code points, half-open [start, end)",
        },
        "coders": [{"guid": c.guid, "name": c.name, "color": c.color} for c in data.data.coders],
        "attributes": [{"guid": a.guid, "name": a.name, "type": a.type} for a in data.attributes],
        "codebook": {
            "name": meta.get("name") or info.name,
            "version": meta.get("version", ""),
            "description": meta.get("description", ""),
            "sources": meta.get("sources") or {},
            "codes": [_code_node(data, code) for code in data.tree.children(None)],
        },
    }


def _documents(data: ExportData) -> Iterator[dict[str, Any]]:
    """One item per document, made as it is written (each carries its whole text)."""
    by_guid = {a.guid: a for a in data.attributes}
    for doc in data.documents:
        item: dict[str, Any] = {
            "guid": doc.guid,
            "name": data.document_name(doc.guid),
            "sha256": doc.sha256,
            "length": doc.length,
            "source_format": doc.source_format,
            "imported_at": doc.imported_at,
            "imported_by": doc.imported_by,
            "attributes": {
                by_guid[a].name: _attribute_value(by_guid[a], v)
                for a, v in data.values.get(doc.guid, {}).items()
                if a in by_guid
            },
        }
        if not data.text_dropped:
            item["text"] = data.texts[doc.guid]
        yield item


def _memos(data: ExportData) -> list[dict[str, Any]]:
    return [
        {
            "kind": m.target_kind,
            "target": m.target,
            "text": m.text,
            "updated_at": m.updated_at,
            "updated_by": m.updated_by,
        }
        for m in data.data.memos
    ]


def _write(data: ExportData, f: IO[str], ticker: Ticker) -> None:
    head = _head(data)
    f.write("{\n")
    for key, value in head.items():
        f.write(f"{_dumps(key)}: {_dumps(value)},\n")
    f.write('"documents": [\n')
    for index, document in enumerate(_documents(data)):
        f.write(("" if index == 0 else ",\n") + _dumps(document))
    f.write("\n],\n")
    f.write(f'"memos": {_dumps(_memos(data))},\n"codings": [\n')
    paths = {guid: data.tree.path(guid) for guid in data.tree.by_guid}
    for index, c in enumerate(data.codings):
        start, end = data.stored_span(c)
        item: dict[str, Any] = {
            "guid": c.guid,
            "document": c.document,
            "document_name": data.document_name(c.document),
            "code": c.code,
            "code_path": paths[c.code],
            "coder": c.coder,
            "coder_name": data.coder_names.get(c.coder, ""),
            "start": start,
            "end": end,
            "text": data.coded_text(c),
            "memo": c.memo,
            "created_at": c.created_at,
            "values": data.values_json(c.guid),
        }
        if not data.text_dropped:
            item["text_start"], item["text_end"] = c.start, c.end
        if data.aligned is not None:
            item["aligned"] = [
                {"document": name, "language": language, "text": text}
                for name, language, text in data.aligned.get(c.guid, [])
            ]
        f.write(("" if index == 0 else ",\n") + _dumps(item))
        ticker.step()
    f.write("\n]\n}\n")


def write_json(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the JSON export; returns the number of codings.

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    ticker = Ticker(len(data.codings), progress, cancelled, "Writing codings")
    ticker.check()
    f = io.TextIOWrapper(out, encoding="utf-8", write_through=False)
    try:
        _write(data, f, ticker)
        f.flush()
    finally:
        f.detach()  # the caller owns ``out``
    ticker.check()
    return len(data.codings)
