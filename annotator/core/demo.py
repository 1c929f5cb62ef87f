"""Build the demo project from ``resources/demo`` reproducibly.

The documents are fictional composites. Codings are anchored by quotation
(``codings.yaml``), so they stay right if a testimony's wording is edited, and
every GUID is derived from names, so two builds hold the same rows.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import yaml

from annotator.core.changes import SetAttribute
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError
from annotator.core.importers import read_document
from annotator.core.importing import add_document
from annotator.core.model import Coder, Coding
from annotator.core.project import create_project
from annotator.core.resources import demo_dir, repository_projects_dir

DEMO_TIME = "2024-05-01T09:00:00Z"
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "testimony-annotator:demo")


def _guid(*parts: object) -> str:
    return str(uuid.uuid5(_NS, "|".join(str(p) for p in parts)))


def default_demo_path() -> Path:
    projects = repository_projects_dir()
    if projects is not None:
        return projects / "demo.sqlite"
    from annotator.core.config import config_dir  # noqa: PLC0415

    return config_dir() / "demo.sqlite"


def _load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def build_demo(output: Path, *, replace: bool = False) -> dict[str, int]:
    """Write the demo project to ``output``; returns counts. Built beside, then moved in."""
    source = demo_dir()
    files = sorted(p for p in source.iterdir() if p.suffix.lower() in (".txt", ".md", ".docx"))
    attributes = _load_yaml(source / "attributes.yaml") or {}
    plan = _load_yaml(source / "codings.yaml") or {}
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    store = create_project(tmp, name="Demo: fictional testimonies")
    try:
        docs = {}
        for path in files:
            doc = add_document(store, read_document(path), name=path.name, guid=_guid("doc", path.name))
            docs[path.name] = doc
            for name, value in (attributes.get(path.name) or {}).items():
                kind = "number" if isinstance(value, int | float) else "text"
                SetAttribute(document=doc.guid, name=str(name), value=str(value), type=kind).apply(store)
        coders = {}
        with store.atomic():
            for entry in plan.get("coders", []):
                coder = Coder(_guid("coder", entry["name"]), entry["name"], entry.get("color", ""))
                store.insert_coder(coder)
                coders[coder.name] = coder
        tree = CodeTree(store.codes())
        codings = []
        for entry in plan.get("codings", []):
            doc = docs[entry["document"]]
            text = store.document_text(doc.guid)
            start = _find(text, entry["quote"], int(entry.get("occurrence", 1)), entry["document"])
            code = tree.find(entry["code"])
            coder = coders[entry["coder"]]
            end = start + len(entry["quote"])
            codings.append(
                Coding(
                    _guid("coding", doc.guid, code.guid, coder.guid, start, end),
                    doc.guid,
                    code.guid,
                    coder.guid,
                    start,
                    end,
                    DEMO_TIME,
                    entry.get("memo", ""),
                )
            )
        with store.atomic():
            store.insert_codings(codings)
            store.audit("build demo", {"codings": len(codings)})
        counts = store.counts()
    finally:
        store.close()
    if output.exists() and not replace:
        tmp.unlink()
        raise AnnotatorError("already exists", path=output)
    for suffix in ("-wal", "-shm"):
        Path(f"{output}{suffix}").unlink(missing_ok=True)
    tmp.replace(output)
    return counts


def _find(text: str, quote: str, occurrence: int, document: str) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise AnnotatorError(f"demo quote not found in {document}: {quote[:40]!r}")
    return start
