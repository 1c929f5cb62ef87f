"""What each code says about a case in one standard: its indicators, Palermo elements and events.

Coding is passage-level; the standards are case-level. A code's ``export`` mapping in the
codebook names what it stands for (``ctdc: isAbduction``; ``htcds: vic_MethodsOfControl=
SexualAbuse``), and a code inherits the mappings of its ancestors (a coding of *Forced
prostitution/Brothel* also says *Sexual exploitation*). Only names the chosen standard
publishes become indicators: a CTDC flag column, or an HTCDS ``field=Value`` whose value is
in that field's picklist. Anything else in a mapping is reported, never written.

A standard derived from another (the CTDC synthetic dataset, ``Standard.derived_from``) takes
the CTDC 2021 fields of the mappings and turns them into its own columns (:func:`derived`), so
the codebook names each code's meaning once; a synthetic name a mapping also writes must agree.

The Palermo elements come from the codes' ``PAL:`` source references (``PAL:act/…``,
``PAL:means/…``, ``PAL:purpose/…``), inherited the same way, and are indicators too
(``palermo:act`` …), so disagreement and review treat them like any cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from annotator.core.codebook import CodeTree
from annotator.core.exporters.case_table import parse_mapping  # the codebook's export mappings, one reader
from annotator.core.exporters.standards import Standard, load_standard

PALERMO = ("act", "means", "purpose")
VALUE_SOURCES = {  # a column filled from typed values: the mapping names that feed it
    "citizenship": ("citizenship", "prs_Citizenship"),
    "CountryOfExploitation": ("CountryOfExploitation",),
    "age": ("vic_AgeWhenTrafficked", "ageBroad"),
}
OTHER_ENTITIES = ("per_", "hte_", "spl_", "org_", "cas_")  # HTCDS fields of other records than the person
MINOR = "majority:Minor"  # a code mapped ``majorityStatusAtExploit=Minor`` ("Under 18 at the time")


def palermo_elements(refs: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for ref in refs:
        if ref.startswith("PAL:"):
            element = ref[4:].split("/", 1)[0].split(";", 1)[0]
            if element in PALERMO:
                out.add(f"palermo:{element}")
    return out


@dataclass
class Indicators:
    """Per code GUID (own mappings and inherited ones) what it sets in one standard."""

    standard: Standard
    tree: CodeTree
    of_code: dict[str, frozenset[str]] = field(default_factory=dict)  # cells and palermo:*
    event_type: dict[str, str] = field(default_factory=dict)  # code -> hte_Type value
    value_columns: dict[str, frozenset[str]] = field(default_factory=dict)  # code -> VALUE_SOURCES keys
    problems: list[str] = field(default_factory=list)  # mapping items the standard does not publish

    def codes_feeding(self, indicator: str) -> set[str]:
        return {code for code, found in self.of_code.items() if indicator in found}


def _own(standard: Standard, scheme: str, text: str, path: str, problems: list[str]) -> set[str]:
    found: set[str] = set()
    for name, value in parse_mapping(text):
        if name == "majorityStatusAtExploit" and value == "Minor":
            found.add(MINOR)
        elif scheme == "ctdc" and value is None and name in standard.flags:
            found.add(name)
        elif scheme == "htcds" and value is not None and name in standard.columns:
            if value in standard.picklists.get(name, ()):
                found.add(f"{name}={value}")
            else:
                problems.append(f"{path}: {name}={value} is not in the standard's picklist")
        elif scheme == "htcds" and not name.startswith(OTHER_ENTITIES) and name not in standard.columns:
            problems.append(f"{path}: {name} is not a field of the standard")
    return found


def derived(standard: Standard, ctdc_2021: set[str]) -> set[str]:
    """The columns of a derived standard that CTDC 2021 indicators set: a column is set when any
    of its 2021 fields is (``standard.derived_from``); :data:`MINOR` stays, other fields go."""
    out = {column for column, fields in standard.derived_from.items() if ctdc_2021.intersection(fields)}
    return out | (ctdc_2021 & {MINOR})


def indicators(standard: Standard, tree: CodeTree) -> Indicators:
    """Every code's indicators in ``standard`` (see the module docstring)."""
    scheme = "htcds" if standard.name.startswith("htcds") else "ctdc"
    base = load_standard("ctdc-2021") if standard.derived_from else standard
    out = Indicators(standard, tree)
    own: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # a derived standard's columns a mapping names itself
    events: dict[str, str] = {}
    values: dict[str, set[str]] = {}
    for _, code in tree.walk():
        path = tree.path(code.guid)
        text = code.export.get(scheme, "")
        mine = _own(base, scheme, text, path, out.problems)
        names = {n for n, _ in parse_mapping(text)}
        if standard.derived_from:
            mine = derived(standard, mine)
            named[code.guid] = names & standard.flags
        own[code.guid] = mine | palermo_elements(code.source_refs)
        values[code.guid] = {col for col, feeds in VALUE_SOURCES.items() if names.intersection(feeds)}
        for name, value in parse_mapping(code.export.get("htcds", "")):
            if name == "hte_Type" and value in standard.picklists.get("hte_Type", ()):
                events[code.guid] = value
    for guid in own:
        line = [guid, *tree.ancestors(guid)]
        out.of_code[guid] = frozenset().union(*(own[g] for g in line))
        out.value_columns[guid] = frozenset().union(*(values[g] for g in line))
        kind = next((events[g] for g in line if g in events), None)
        if kind is not None:
            out.event_type[guid] = kind
        for name in sorted(named.get(guid, set()) - out.of_code[guid]):
            out.problems.append(f"{tree.path(guid)}: names {name}, which its CTDC 2021 fields do not give")
    return out


def reviewed_indicators(
    attributes: Mapping[str, str], found: Indicators, every: frozenset[str]
) -> frozenset[str]:
    """The indicators a case was reviewed for: all of them when its ``reviewed`` attribute is
    yes; those fed by the code branches listed in ``reviewed for`` (``;``-separated paths)."""
    keyed = {_key(k): v for k, v in attributes.items()}
    if _yes(keyed.get("reviewed", "")):
        return every
    out: set[str] = set()
    for path in (p.strip() for p in keyed.get("reviewedfor", "").split(";")):
        code = found.tree.find_or_none(path) if path else None
        if code is None:
            continue
        for guid in (code.guid, *found.tree.descendants(code.guid)):
            out |= found.of_code.get(guid, frozenset())
    return frozenset(out)


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _yes(text: str) -> bool:
    return text.strip().lower() in {"yes", "y", "true", "1", "reviewed", "예", "네"}
