"""Merging cases (persons) from another project: part of :func:`~annotator.core.analysis.merge.merge_into`.

Identity: a case matches by GUID, then by label (ignoring case and width), so two coders
who each added "Victim A" to their copy end with one Victim A. Where the two sides differ
(label, role, an attribute's value, the memo) the target's version is kept and the
source's is reported as a conflict, and a differing memo is appended: nothing the source
holds is lost without a line saying so. Links follow the documents and codings they point
at (mapped as the merge mapped those); a link whose document or coding was not merged is
not carried, and is counted in the report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from annotator.core.changes.cases import check_attribute, check_label, check_role
from annotator.core.errors import NotFound, UsageError
from annotator.core.model import Case
from annotator.core.project_data import ProjectData
from annotator.core.store import ProjectStore
from annotator.core.store.cases import case_label_key


@dataclass
class CaseMergeResult:
    cases_added: int = 0
    links_added: int = 0
    links_skipped: int = 0  # their document or coding was not merged
    conflicts: list[str] = field(default_factory=list)


def check_cases(data: ProjectData) -> str:
    """What is wrong with the first unusable case of an untrusted project ("" if none): a
    label, role or attribute that the app itself would refuse, or two cases one label."""
    seen: set[str] = set()
    for case in data.cases:
        try:
            label = check_label(case.label)
            check_role(case.role)
        except UsageError as exc:
            return f"a case is unusable ({exc.reason})"
        if case_label_key(label) in seen:
            return f"two cases are labelled {label!r}"
        seen.add(case_label_key(label))
    for row in data.case_attributes:
        try:
            check_attribute(row.name, row.value, row.type)
        except UsageError as exc:
            return f"a case attribute is unusable ({exc.reason})"
    return ""


def merge_cases(
    store: ProjectStore,
    data: ProjectData,
    *,
    documents: Mapping[str, str],
    codings: Mapping[str, str],
    who: Callable[[str], str],
    source: str,
) -> CaseMergeResult:
    """Merge ``data``'s cases, attributes and links into ``store`` (inside the merge's
    transaction). ``documents`` and ``codings`` map the source's GUIDs to the target's."""
    result = CaseMergeResult()
    case_map = _cases(store, data, who, source, result)
    _attributes(store, data, case_map, result)
    doc_links = _mapped(data.case_documents, case_map, documents, result)
    coding_links = _mapped(data.case_codings, case_map, codings, result)
    before = len(store.case_document_links()) + len(store.case_coding_links())
    store.insert_case_links(documents=doc_links, codings=coding_links)
    result.links_added = len(store.case_document_links()) + len(store.case_coding_links()) - before
    return result


def _cases(
    store: ProjectStore, data: ProjectData, who: Callable[[str], str], source: str, result: CaseMergeResult
) -> dict[str, str]:
    case_map: dict[str, str] = {}
    for case in data.cases:
        mine = _match(store, case)
        if mine is None:
            store.insert_case(replace(case, label=check_label(case.label), created_by=who(case.created_by)))
            case_map[case.guid] = case.guid
            result.cases_added += 1
            continue
        case_map[case.guid] = mine.guid
        if mine.label != case.label:
            result.conflicts.append(
                f"case {mine.label!r} is labelled {case.label!r} in the source; kept {mine.label!r}"
            )
        if mine.role != case.role:
            result.conflicts.append(f"case {mine.label!r} is a {case.role} in the source; kept {mine.role}")
        if case.memo.strip() and case.memo.strip() not in mine.memo:
            joined = "\n\n".join(
                p for p in (mine.memo, f"— merged from {source or 'another project'} —\n{case.memo}") if p
            )
            store.update_case(mine.guid, memo=joined)
    return case_map


def _match(store: ProjectStore, case: Case) -> Case | None:
    try:
        return store.case(case.guid)
    except NotFound:
        return store.case_by_label(case.label)


def _attributes(
    store: ProjectStore, data: ProjectData, case_map: Mapping[str, str], result: CaseMergeResult
) -> None:
    labels = {c.guid: c.label for c in store.cases()}
    for row in data.case_attributes:
        target = case_map.get(row.case)
        if target is None:
            continue
        current = {case_label_key(k): (k, v) for k, v in store.case_attributes(target).items()}
        found = current.get(case_label_key(row.name))
        if found is None:
            store.set_case_attribute(target, row.name, row.value, row.type)
        elif found[1].strip().casefold() != row.value.strip().casefold():
            result.conflicts.append(
                f"attribute {found[0]!r} of case {labels[target]!r} is {row.value!r} in the source; "
                f"kept {found[1]!r}"
            )


def _mapped(
    links: list[tuple[str, str]],
    case_map: Mapping[str, str],
    targets: Mapping[str, str],
    result: CaseMergeResult,
) -> list[tuple[str, str]]:
    out = []
    for case, target in links:
        mapped_case, mapped = case_map.get(case), targets.get(target)
        if mapped_case and mapped:
            out.append((mapped_case, mapped))
        else:
            result.links_skipped += 1
    return out
