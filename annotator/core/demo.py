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

from annotator.core import held_projects, outputs
from annotator.core.changes import LinkTranslation, SetAttribute
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError, ProjectOutdated
from annotator.core.importers import read_document
from annotator.core.importers.importing import add_document
from annotator.core.messages import translate
from annotator.core.model import Case, CaseAttribute, Coder, Coding, Document
from annotator.core.project import create_in_memory
from annotator.core.resources import demo_dir, repository_projects_dir
from annotator.core.store import ProjectStore, read_holder
from annotator.core.store.in_memory import write_project
from annotator.core.store.values import CodingValue
from annotator.core.values import parse_value

DEMO_TIME = "2024-05-01T09:00:00Z"
DEMO_NAME = "Demo: fictional testimonies"
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "testimony-annotator:demo")


def _guid(*parts: object) -> str:
    return str(uuid.uuid5(_NS, "|".join(str(p) for p in parts)))


def default_demo_path() -> Path:
    projects = repository_projects_dir()
    if projects is not None:
        return projects / "demo.sqlite"
    from annotator.core.config import data_dir  # noqa: PLC0415

    return data_dir() / "demo.sqlite"


def _load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def build_demo(output: Path, *, replace: bool = False) -> dict[str, int]:
    """Write the demo project to ``output``; returns counts.

    Built in memory and written in one piece (owner-only; a kill leaves nothing). An
    existing file is replaced only with ``replace`` and only when it is a demo project
    holding nothing but demo material (:func:`replaceable_demo` says why not otherwise).
    """
    output = Path(output)
    outputs.make_private_dir(output.parent)
    if output.exists() or output.is_symlink():
        if not replace:
            raise outputs.OutputRefused(
                translate("CoreErrors", "already exists; pass --force to rebuild the demo project"),
                path=output,
                overridable=True,
            )
        replaceable_demo(output)
    else:
        outputs.check_output(output)
    source = demo_dir()
    files = sorted(p for p in source.iterdir() if p.suffix.lower() in (".txt", ".md", ".docx"))
    attributes = _load_yaml(source / "attributes.yaml") or {}
    plan = _load_yaml(source / "codings.yaml") or {}
    store = create_in_memory(DEMO_NAME)
    try:
        docs = {}
        for path in files:
            doc = add_document(store, read_document(path), name=path.name, guid=_guid("doc", path.name))
            docs[path.name] = doc
            for name, value in (attributes.get(path.name) or {}).items():
                kind = "number" if isinstance(value, int | float) else "text"
                SetAttribute(document=doc.guid, name=str(name), value=str(value), type=kind).apply(store)
        for pair in _load_yaml(source / "translations.yaml") or []:
            LinkTranslation(
                original=docs[pair["original"]].guid, translation=docs[pair["translation"]].guid
            ).apply(store)
        coders = {}
        with store.atomic():
            for entry in plan.get("coders", []):
                coder = Coder(_guid("coder", entry["name"]), entry["name"], entry.get("color", ""))
                store.insert_coder(coder)
                coders[coder.name] = coder
        tree = CodeTree(store.codes())
        fields = {(f.code, f.name.casefold()): f for f in store.code_fields()}
        codings, values = [], []
        for entry in plan.get("codings", []):
            doc = docs[entry["document"]]
            text = store.document_text(doc.guid)
            start = _find(text, entry["quote"], int(entry.get("occurrence", 1)), entry["document"])
            code = tree.find(entry["code"])
            coder = coders[entry["coder"]]
            end = start + len(entry["quote"])
            guid = _guid("coding", doc.guid, code.guid, coder.guid, start, end)
            for name, typed in (entry.get("values") or {}).items():
                field = fields.get((code.guid, str(name).casefold()))
                if field is None:
                    raise AnnotatorError(
                        translate("CoreErrors", "demo coding of {entry} has no value field {name!r}").format(
                            entry=entry["code"], name=name
                        )
                    )
                value = parse_value(field.spec, str(typed))
                values.append(CodingValue(guid, field.guid, value, coder.guid, DEMO_TIME))
            codings.append(
                Coding(
                    guid,
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
            store.insert_coding_values(values)
            people = _add_cases(store, _load_yaml(source / "cases.yaml") or {}, docs, codings, coders)
            store.audit("build demo", {"codings": len(codings), "values": len(values), "cases": people})
        counts = store.counts()
        if output.exists() or output.is_symlink():
            replaceable_demo(output)  # still true now that the new one is ready
            for old in (Path(f"{output}-wal"), Path(f"{output}-shm"), output):
                old.unlink(missing_ok=True)  # its journals first: never replayed into the new file
        write_project(store, output)
    finally:
        store.close()
    return counts


def _add_cases(
    store: ProjectStore,
    plan: dict[str, Any],
    docs: dict[str, Document],
    codings: list[Coding],
    coders: dict[str, Coder],
) -> int:
    """The demo's persons (``cases.yaml``): whole documents, and passages by quote (every
    coding of exactly that span). Returns how many cases were added."""
    by_span: dict[tuple[str, int, int], list[str]] = {}
    for coding in codings:
        by_span.setdefault((coding.document, coding.start, coding.end), []).append(coding.guid)
    creator = next(iter(coders.values())).guid
    entries = plan.get("cases", [])
    for entry in entries:
        guid = _guid("case", entry["label"])
        store.insert_case(
            Case(guid, entry["label"], entry.get("role", "victim"), entry.get("memo", ""), creator, DEMO_TIME)
        )
        store.insert_case_attributes(
            CaseAttribute(guid, str(name), str(value))
            for name, value in (entry.get("attributes") or {}).items()
        )
        for name in entry.get("documents") or []:
            store.link_document(guid, docs[name].guid)
        for passage in entry.get("passages") or []:
            doc = docs[passage["document"]]
            start = _find(store.document_text(doc.guid), passage["quote"], 1, passage["document"])
            linked = by_span.get((doc.guid, start, start + len(passage["quote"])))
            if not linked:
                raise AnnotatorError(
                    translate("CoreErrors", "demo case {entry}: no coding of {passage!r}").format(
                        entry=entry["label"], passage=passage["quote"][:40]
                    )
                )
            for coding_guid in linked:
                store.link_coding(guid, coding_guid)
    return len(entries)


def replaceable_demo(path: Path) -> None:
    """Return if ``path`` is a demo project that may be rebuilt; else OutputRefused saying why.

    A demo project is ours, named as the demo, and holds only the demo's documents and
    coders: a project of real testimony, or a demo someone coded in under their own name,
    is never replaced.
    """
    if not outputs.is_our_project(path):
        raise outputs.OutputRefused(
            translate(
                "CoreErrors",
                "is not a demo project; it will not be replaced "
                "(choose another file, or move it away yourself)",
            ),
            path=path,
        )
    if held_projects.held_open(path) is not None or read_holder(path) is not None:
        raise outputs.OutputRefused(
            translate("CoreErrors", "is open in the app; close it before rebuilding the demo"), path=path
        )
    try:
        try:
            store = ProjectStore.open(path, readonly=True)
        except ProjectOutdated:  # a demo from an older version: upgraded as any project (backup kept)
            ProjectStore.open(path).close()
            store = ProjectStore.open(path, readonly=True)
        with store:
            name = store.info().name
            documents = {d.guid for d in store.documents()}
            coders = {c.name for c in store.coders()}
    except AnnotatorError:
        raise outputs.OutputRefused(
            translate(
                "CoreErrors",
                "cannot be read as a demo project; it will not be replaced "
                "(choose another file, or move it away yourself)",
            ),
            path=path,
        ) from None
    plan = _load_yaml(demo_dir() / "codings.yaml") or {}
    demo_documents = {_guid("doc", p.name) for p in demo_dir().iterdir()}
    demo_coders = {entry["name"] for entry in plan.get("coders", [])}
    if name != DEMO_NAME or not documents <= demo_documents:
        raise outputs.OutputRefused(
            translate(
                "CoreErrors",
                "is not a demo project; it will not be replaced "
                "(choose another file, or move it away yourself)",
            ),
            path=path,
        )
    if not coders <= demo_coders:
        others = ", ".join(sorted(coders - demo_coders))
        raise outputs.OutputRefused(
            translate(
                "CoreErrors",
                "is a demo project with codings by {others}; it will not be replaced "
                "(choose another file, or move it away yourself)",
            ).format(others=others),
            path=path,
        )


def _find(text: str, quote: str, occurrence: int, document: str) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise AnnotatorError(
                translate("CoreErrors", "demo quote not found in {document}: {quote!r}").format(
                    document=document, quote=quote[:40]
                )
            )
    return start
