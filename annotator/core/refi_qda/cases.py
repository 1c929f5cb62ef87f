"""Cases (persons) in REFI-QDA ``<Cases>``: written by the export, read back by the import.

REFI-QDA has one kind of case: a ``<Case>`` with variable values, whole sources
(``SourceRef``) and selections (``SelectionRef``). We already write one per document to
carry document attributes; a person case is told apart by its ``Description``, which
starts "Testimony Annotator case (ROLE)" followed by its memo, so other programs show
the role and memo as the case's description. Its attributes are ``<Variable>``s of their
own, whose Description says "Case attribute." and the attribute's type (so a document
attribute of the same name never mixes with them). A linked coding is the
``SelectionRef`` of the one selection the export writes per coding.

Cases other programs wrote (no marker) keep the import's older meaning: their variables
become attributes of the documents they name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from annotator.core.model import Attribute, Case, CaseAttribute, CaseRole
from annotator.core.project_data import ProjectData
from annotator.core.refi_qda import xmlwrite
from annotator.core.refi_qda.common import derived_guid, norm_guid

CASE_VARIABLE = "Case attribute."
_ROLE = re.compile(r"\ATestimony Annotator case \((victim|perpetrator|other)\)(?:\n\n(.*))?\Z", re.S)


def description(case: Case) -> str:
    head = f"Testimony Annotator case ({case.role})"
    return f"{head}\n\n{case.memo}" if case.memo else head


def read_description(text: str) -> tuple[str, str] | None:
    """(role, memo) of a person case's Description; None for any other case."""
    found = _ROLE.match(text.strip("\n"))
    if found is None:
        return None
    return found.group(1), found.group(2) or ""


def variable_guid(name: str) -> str:
    """One Variable per case attribute name (ignoring case), the same in every export."""
    return derived_guid("case-variable", " ".join(name.split()).casefold())


def variables_xml(
    data: ProjectData, variable_type: Callable[[Attribute, list[str]], tuple[str, str]], type_note: str
) -> tuple[list[str], dict[str, str]]:
    """``<Variable>`` lines for the case attributes, and variable GUID -> value tag."""
    by_guid: dict[str, tuple[str, str, list[str]]] = {}  # guid -> (name, type, values)
    for row in data.case_attributes:
        guid = variable_guid(row.name)
        by_guid.setdefault(guid, (row.name, row.type, []))[2].append(row.value)
    lines, tags = [], {}
    for guid, (name, type_, values) in by_guid.items():
        kind, tag = variable_type(Attribute(guid, name, type_), values)
        tags[guid] = tag
        pairs = {"guid": guid, "name": name, "typeOfVariable": kind}
        note = xmlwrite.element("Description", {}, f"{CASE_VARIABLE} {type_note.format(type_)}")
        lines.append(f"  <Variable{xmlwrite.attrs(pairs)}>{note}</Variable>\n")
    return lines, tags


def cases_xml(data: ProjectData, tags: dict[str, str], selection_guid: Callable[[str], str]) -> list[str]:
    """One ``<Case>`` per person: description, attribute values, whole documents, passages."""
    documents = {d.guid for d, _ in data.documents}
    codings = {c.guid for c in data.codings}
    attributes: dict[str, list[CaseAttribute]] = {}
    for row in data.case_attributes:
        attributes.setdefault(row.case, []).append(row)
    sources: dict[str, list[str]] = {}
    for case_guid, doc in data.case_documents:
        if doc in documents:
            sources.setdefault(case_guid, []).append(doc)
    selections: dict[str, list[str]] = {}
    for case_guid, coding in data.case_codings:
        if coding in codings:
            selections.setdefault(case_guid, []).append(coding)
    out = []
    for case in data.cases:
        body = [f"  <Case{xmlwrite.attrs({'guid': norm_guid(case.guid), 'name': case.label})}>\n"]
        body.append(f"    {xmlwrite.element('Description', {}, description(case))}\n")
        for row in attributes.get(case.guid, ()):
            guid = variable_guid(row.name)
            value = xmlwrite.element(tags[guid], {}, row.value)
            body.append(f'    <VariableValue><VariableRef targetGUID="{guid}"/>{value}</VariableValue>\n')
        body += [f'    <SourceRef targetGUID="{norm_guid(d)}"/>\n' for d in sources.get(case.guid, ())]
        body += [
            f'    <SelectionRef targetGUID="{selection_guid(c)}"/>\n' for c in selections.get(case.guid, ())
        ]
        body.append("  </Case>\n")
        out.append("".join(body))
    return out


@dataclass
class RawCase:
    """A person case as the package has it (GUIDs as in the file)."""

    guid: str
    name: str
    role: str
    memo: str
    values: list[tuple[str, str]]  # (variable guid, value)
    sources: list[str]
    selections: list[str]


@dataclass
class CaseReading:
    """Person cases found while reading a package, and the variables that are case attributes."""

    cases: list[RawCase] = field(default_factory=list)
    variables: set[str] = field(default_factory=set)

    def build(
        self,
        data: ProjectData,
        variables: dict[str, Attribute],
        selection_codings: dict[str, list[str]],
        skipped: list[str],
        clean_label: Callable[[str], str | None],
    ) -> None:
        """Put the person cases into ``data`` (after its documents and codings are built)."""
        documents = {d.guid for d, _ in data.documents}
        seen: set[str] = set()
        for n, raw in enumerate(self.cases, 1):
            label = clean_label(raw.name or f"Case {n}")
            if label is None or raw.guid in seen:
                skipped.append(f"case {raw.name!r}: its name cannot be a case label, or it repeats a case")
                continue
            seen.add(raw.guid)
            data.cases.append(Case(raw.guid, label, cast(CaseRole, raw.role), raw.memo))
            for variable, value in raw.values:
                attribute = variables.get(variable)
                if attribute is not None and value:
                    data.case_attributes.append(
                        CaseAttribute(raw.guid, attribute.name, value, attribute.type)
                    )
            data.case_documents += [(raw.guid, d) for d in raw.sources if d in documents]
            data.case_codings += [(raw.guid, c) for s in raw.selections for c in selection_codings.get(s, ())]
