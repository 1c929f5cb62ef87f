"""One case as one row of a standard, its dated events, and its Palermo check.

Cells are three-state, never two (see README, Exports):

- present: the layer's codings set the indicator (CTDC ``1``; HTCDS: the value is listed);
- absent: nothing sets it, and the case was reviewed for it (CTDC ``0``);
- missing: nobody looked (empty).

HTCDS multiselect picklists cannot say "absent" (an empty list is both), so for HTCDS the
review state goes to the metadata file (``reviewed_fields``). Columns the project cannot
know (names, contact details, organisation look-ups, case management) stay empty; a value
that is not in the standard's vocabulary is never written (the metadata names it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.exporters.case_indicators import MINOR, Indicators, _key
from annotator.core.exporters.case_layers import CaseLayer
from annotator.core.exporters.case_units import CaseUnit
from annotator.core.pseudonymise import age_band
from annotator.core.store.values import FactRow
from annotator.core.values import vocabulary as vocab

MINOR_BANDS = frozenset({"0--8", "9--17", "09--17"})  # 09--17: the synthetic CSV's spelling
ALPHA3 = {
    "PRK": "KP", "CHN": "CN", "KOR": "KR", "RUS": "RU", "MNG": "MN", "LAO": "LA", "THA": "TH",
    "VNM": "VN", "KHM": "KH", "MMR": "MM", "JPN": "JP", "USA": "US", "PHL": "PH",
}  # fmt: skip
GENDER_WORDS = {
    "female": "F", "woman": "F", "women": "F", "girl": "F", "f": "F", "feminine": "F", "여성": "F",
    "여자": "F", "女": "F", "女性": "F", "male": "M", "man": "M", "men": "M", "boy": "M", "m": "M",
    "masculine": "M", "남성": "M", "남자": "M", "男": "M", "男性": "M", "trans": "T", "transgender": "T",
    "non-binary": "T", "nonbinary": "T", "nonconforming": "T", "gender non-conforming": "T",
    "trans/transgender/nonconforming": "T",
}  # fmt: skip
GENDER = {  # a letter a standard has no value for is left empty, with a warning
    "ctdc-2021": {"F": "Female", "M": "Male"},
    "ctdc-synthetic": {"F": "Woman", "M": "Man", "T": "Trans/Transgender/NonConforming"},
    "htcds-2.0": {"F": "Feminine", "M": "Masculine"},
}
ATTRIBUTES = {  # what an attribute feeds -> its names, compared without case, spaces and punctuation
    "gender": ("gender", "sex", "prsgender"),
    "citizenship": ("citizenship", "nationality", "prscitizenship"),
    "age": ("ageatexploitation", "agewhentrafficked", "vicagewhentrafficked", "age"),
    "band": ("agebroad", "ageband"),
    "year": ("yearofregistration", "interviewyear"),
    "country": ("countryofexploitation",),
    "status": ("traffickingstatus", "victraffickingstatus"),
}


@dataclass
class Row:
    """A case as a row: ``cells`` by column, and what the metadata says about it; ``minor``: the
    case was a minor when exploited, where the row has no cell that says so (Palermo check)."""

    cells: dict[str, str]
    meta: dict[str, Any]
    events: list[dict[str, str]] = field(default_factory=list)
    event_meta: list[dict[str, Any]] = field(default_factory=list)
    minor: bool = False


def _attribute(unit: CaseUnit, what: str) -> str:
    keys = ATTRIBUTES[what]
    by_key = {_key(k): v.strip() for k, v in unit.attributes.items()}
    return next((by_key[k] for k in keys if by_key.get(k)), "")


def country_code(text: str) -> str:
    """ISO 3166-1 alpha-2 of a country as written (``KP``, ``PRK``, ``North Korea``, ``북한``), else ""."""
    t = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", t):
        return t.upper()
    if re.fullmatch(r"[A-Za-z]{3}", t) and t.upper() in ALPHA3:
        return ALPHA3[t.upper()]
    return vocab.COUNTRIES.get(t.lower(), "")


def _values(
    layer: CaseLayer, facts: Mapping[str, list[FactRow]], found: Indicators, column: str
) -> list[Any]:
    out = []
    for c in layer.codings:
        if column in found.value_columns.get(c.code, frozenset()):
            out += [f.value for f in facts.get(c.guid, [])]
    return out


def _one(values: list[str], what: str, warnings: list[str]) -> str:
    distinct = sorted(set(v for v in values if v))
    if len(distinct) > 1:
        warnings.append(f"{what}: the codings disagree ({', '.join(distinct)}); left empty")
        return ""
    return distinct[0] if distinct else ""


def _age(unit: CaseUnit, layer: CaseLayer, facts: Mapping[str, list[FactRow]], found: Indicators,
         warnings: list[str]) -> tuple[float | None, str, str]:  # fmt: skip
    """(age, band, majority): the case's attribute first, else the coded ages."""
    text = _attribute(unit, "age")
    age: float | None = None
    try:
        age = float(text) if text else None
    except ValueError:
        warnings.append(f"age {text!r} is not a number; left empty")
    if age is None:
        coded = [v.number() for v in _values(layer, facts, found, "age") if v.kind == "age"]
        picked = _one([f"{n:g}" for n in coded if n is not None], "age when trafficked", warnings)
        age = float(picked) if picked else None
    band = _attribute(unit, "band") or (age_band(f"{age:g}") if age is not None else "")
    majority = "" if not band else ("Minor" if band in MINOR_BANDS else "Adult")
    if age is not None:
        majority = "Minor" if age < 18 else "Adult"
    elif not majority and MINOR in layer.present:
        majority = "Minor"  # coded "Under 18 at the time" without an age
    return age, band, majority


def _country(unit: CaseUnit, layer: CaseLayer, facts: Mapping[str, list[FactRow]], found: Indicators,
             what: str, column: str, warnings: list[str]) -> str:  # fmt: skip
    written = _attribute(unit, what)
    if written:
        code = country_code(written)
        if not code:
            warnings.append(f"{what} {written!r} is not a country we can code (ISO 3166); left empty")
        return code
    coded = [
        str(v.data.get("country") or "") for v in _values(layer, facts, found, column) if v.kind == "place"
    ]
    return _one(coded, what, warnings)


def _gender(unit: CaseUnit, schema: str, warnings: list[str]) -> str:
    written = _attribute(unit, "gender")
    if not written:
        return ""
    value = GENDER[schema].get(GENDER_WORDS.get(written.lower(), ""), "")
    if not value:
        warnings.append(f"gender {written!r} has no value in the standard; left empty")
    return value


def palermo(present: frozenset[str], reviewed: frozenset[str], minor: bool) -> dict[str, Any]:
    """Act + means + purpose (act + purpose for a minor): "met", "not met" or "unknown"."""
    needed = ("act", "purpose") if minor else ("act", "means", "purpose")
    shown = {e: f"palermo:{e}" in present for e in ("act", "means", "purpose")}
    if all(shown[e] for e in needed):
        verdict = "met"
    elif all(shown[e] or f"palermo:{e}" in reviewed for e in needed):
        verdict = "not met"
    else:
        verdict = "unknown"
    return {**shown, "minor": minor, "check": verdict}


def ctdc_row(unit: CaseUnit, layer: CaseLayer, reviewed: frozenset[str], facts: Mapping[str, list[FactRow]],
             found: Indicators) -> Row:  # fmt: skip
    standard = found.standard
    warnings: list[str] = []
    _, band, majority = _age(unit, layer, facts, found, warnings)
    year = _attribute(unit, "year")
    cells = dict.fromkeys(standard.columns, "")
    cells |= {
        "yearOfRegistration": year if re.fullmatch(r"\d{4}", year) else "",
        "gender": _gender(unit, standard.name, warnings),
        "ageBroad": band if band in standard.picklists["ageBroad"] else "",
        "majorityStatusAtExploit": majority,
        "citizenship": _country(unit, layer, facts, found, "citizenship", "citizenship", warnings),
        "CountryOfExploitation": _country(
            unit, layer, facts, found, "country", "CountryOfExploitation", warnings
        ),
    }
    for column in standard.flags:
        cells[column] = "1" if column in layer.present else "0" if column in reviewed else ""
    _ctdc_derived(cells)
    return Row(cells, {"warnings": warnings})


def _ctdc_derived(cells: dict[str, str]) -> None:
    """CTDC's summary flags, from the others: "not specified" is 1 only when the family's
    head is present with no detail, 0 when a detail is present, else unknown (empty)."""

    def family(prefix: str, leave_out: str) -> list[str]:
        return [v for k, v in cells.items() if k.startswith(prefix) and k != leave_out and "Concat" not in k]

    for prefix, unknown in (("meansOfControl", "meansOfControlNotSpecified"),
                            ("recruiterRelation", "recruiterRelationUnknown")):  # fmt: skip
        cells[unknown] = "0" if "1" in family(prefix, unknown) else ""
    labour = family("typeOfLabour", "typeOfLabourNotSpecified")
    cells["typeOfLabourNotSpecified"] = (
        "0"
        if "1" in labour
        else "1"
        if cells["isForcedLabour"] == "1" and all(v == "0" for v in labour)
        else ""
    )
    sex, work = cells["isSexualExploit"], cells["isForcedLabour"]
    cells["isSexAndLabour"] = "1" if sex == work == "1" else "0" if "0" in (sex, work) else ""


def htcds_row(unit: CaseUnit, layer: CaseLayer, reviewed: frozenset[str], facts: Mapping[str, list[FactRow]],
              found: Indicators) -> Row:  # fmt: skip
    standard = found.standard
    warnings: list[str] = []
    age, _, _ = _age(unit, layer, facts, found, warnings)
    cells = dict.fromkeys(standard.columns, "")
    citizenship = _country(unit, layer, facts, found, "citizenship", "citizenship", warnings)
    status = _attribute(unit, "status")
    cells |= {
        "prs_Gender": _gender(unit, standard.name, warnings),
        "prs_Citizenship": citizenship,
        "vic_AgeWhenTrafficked": f"{age:g}" if age is not None else "",
        "vic_TraffickingStatus": status if status in standard.picklists["vic_TraffickingStatus"] else "",
    }
    reviewed_fields = []
    for column, allowed in standard.picklists.items():
        if column not in cells:
            continue
        chosen = [v for v in allowed if f"{column}={v}" in layer.present]
        if any(f"{column}={v}" in reviewed for v in allowed):
            reviewed_fields.append(column)
        if not chosen:
            continue
        if column not in standard.multiselect and len(chosen) > 1:
            warnings.append(f"{column} takes one value; coded {', '.join(chosen)}; wrote {chosen[0]}")
            chosen = chosen[:1]
        cells[column] = ";".join(chosen)
    return Row(cells, {"warnings": warnings, "reviewed_fields": reviewed_fields})


Event = tuple[dict[str, str], str]  # the hte_ cells, and the GUID of the coding they come from


def htcds_events(layer: CaseLayer, facts: Mapping[str, list[FactRow]], found: Indicators) -> list[Event]:
    """One ``hte_`` row per dated coding of the layer (the same event coded twice is one row), with
    the coding it comes from; the place is the coding's own place value, else that of an
    overlapping coding with a place in the same document."""
    places = [(c, f.value) for c in layer.codings for f in facts.get(c.guid, []) if f.value.kind == "place"]
    seen: set[tuple[str, ...]] = set()
    out = []
    for c in sorted(layer.codings, key=lambda c: (c.document, c.start, c.end, c.guid)):
        for f in facts.get(c.guid, []):
            if f.value.kind != "date":
                continue
            date = str(f.value.data.get("from") or "")
            place = next((v for p, v in places if p.guid == c.guid), None) or next(
                (v for p, v in places if p.document == c.document and p.start < c.end and p.end > c.start),
                None,
            )
            cells = dict.fromkeys(found.standard.event_columns, "")
            cells |= {"hte_Date": date, "hte_Type": found.event_type.get(c.code, "")}
            if place is not None:
                cells |= {
                    "hte_City": str(place.data.get("name") or ""),
                    "hte_State": str(place.data.get("admin") or ""),
                    "hte_Country": str(place.data.get("country") or ""),
                }
            key = tuple(cells.values())
            if key in seen:
                continue
            seen.add(key)
            out.append((cells, c.guid))
    return out
