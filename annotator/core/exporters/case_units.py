"""The victim cases a standard export writes one row for, with the codings behind each.

A trafficking dataset describes people, not files. Where the project has cases (persons
linked to documents and passages), every case whose role is ``victim`` is one unit, its
attributes are its own (falling back, one by one, to those of its linked documents), and its
codings are those the store links to it. A project without any case keeps the older reading:
each document is one victim case, and its document attributes are the case's. The export
says which reading it used (``CaseUnits.source``), so a data steward never mistakes a
document count for a person count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.model import Coding
from annotator.core.store import ProjectStore

DOCUMENTS_AS_CASES = "documents-as-cases"
CASES = "cases"


@dataclass(frozen=True)
class CaseUnit:
    """One victim case: a stable GUID, a pseudonymous label, its attributes and its codings
    (all coders'; the export chooses the layer). ``documents`` are the GUIDs it rests on."""

    guid: str
    label: str
    role: str
    attributes: dict[str, str]
    codings: list[Coding]
    documents: tuple[str, ...] = ()
    conflicts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # linked documents disagree


@dataclass(frozen=True)
class CaseUnits:
    """The units and how they were found: ``source`` is :data:`CASES` or :data:`DOCUMENTS_AS_CASES`."""

    units: list[CaseUnit]
    source: str
    skipped: dict[str, int] = field(default_factory=dict)  # role -> cases left out (not victims)


def _attribute_names(store: ProjectStore) -> dict[str, str]:
    return {a.guid: a.name for a in store.attributes()}


def _document_attributes(store: ProjectStore) -> dict[str, dict[str, str]]:
    names = _attribute_names(store)
    return {
        doc: {names.get(attr, attr): value for attr, value in values.items() if value != ""}
        for doc, values in store.document_attributes().items()
    }


def case_units(store: ProjectStore, *, documents: Iterable[str] | None = None) -> CaseUnits:
    """The project's victim cases (or its documents as cases), limited to ``documents`` when given:
    a case is kept when any of its documents is among them."""
    wanted = None if documents is None else frozenset(documents)
    by_document = _document_attributes(store)
    if not store.cases():
        codings: dict[str, list[Coding]] = {}
        for c in store.codings():
            codings.setdefault(c.document, []).append(c)
        units = [
            CaseUnit(
                d.guid,
                d.name,
                "victim",
                dict(by_document.get(d.guid, {})),
                codings.get(d.guid, []),
                (d.guid,),
            )
            for d in store.documents()
            if wanted is None or d.guid in wanted
        ]
        return CaseUnits(units, DOCUMENTS_AS_CASES)
    return _real_cases(store, wanted, by_document)


def _real_cases(
    store: ProjectStore, wanted: frozenset[str] | None, by_document: dict[str, dict[str, str]]
) -> CaseUnits:
    """Victim cases from the store: attributes from ``case_attributes`` (falling back to their
    documents' where those agree), codings from ``codings_of_case`` (all at once)."""
    units: list[CaseUnit] = []
    skipped: dict[str, int] = {}
    codings_of = store.codings_by_case()
    for case in store.cases():
        if case.role != "victim":
            skipped[case.role] = skipped.get(case.role, 0) + 1
            continue
        codings = codings_of.get(case.guid, [])
        linked = tuple(dict.fromkeys([*store.case_documents(case.guid), *(c.document for c in codings)]))
        if wanted is not None and not wanted.intersection(linked):
            continue
        seen: dict[str, list[str]] = {}
        for doc in linked:  # the documents' attributes: used only where they agree
            for name, value in by_document.get(doc, {}).items():
                if value not in seen.setdefault(name, []):
                    seen[name].append(value)
        attributes = {name: values[0] for name, values in seen.items() if len(values) == 1}
        own = {k: v for k, v in store.case_attributes(case.guid).items() if v not in (None, "")}
        attributes |= own  # the case's own values win
        conflicts = {n: tuple(v) for n, v in seen.items() if len(v) > 1 and n not in own}
        units.append(CaseUnit(case.guid, case.label, case.role, attributes, codings, linked, conflicts))
    return CaseUnits(units, CASES, skipped)
