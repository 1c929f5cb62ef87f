"""Flags on a case's journey (see :mod:`annotator.core.analysis.journey`).

- **contradiction**: two years of birth more than a year apart, from the case's ``year of
  birth`` attribute, its ``age`` attribute with the interview year, and ages coded on
  passages (``age`` fields, e.g. ``VICTIM.AGE_AT_EXPLOITATION``) that overlap a dated
  event (the event's year minus the age); an event whose earliest possible day is after
  the interview year (the document's or the case's ``interview year`` attribute); an
  event whose latest possible day is before the year of birth; a forced repatriation
  (``OUTCOME.REPATRIATION``) before the first border crossing (``MOVE.BORDER_CROSSING``).
- **gap**: more than ``gap_months`` between the middles of two consecutive events.

Why ±1 year for birth years: an age and a date a few months apart straddle a birthday, so
"19 in 2012" and "born 1994" agree; only a difference beyond that is worth a coder's look.
"""

from __future__ import annotations

import re

from annotator.core.analysis.journey import (
    BORDER_CROSSING,
    DAYS_PER_MONTH,
    REPATRIATION,
    CaseFacts,
    Event,
    first,
)
from annotator.core.analysis.journey_flags import BirthClaim, Flag

BIRTH_NAMES = ("year of birth", "birth year", "born")
AGE_NAMES = ("age",)
INTERVIEW_NAMES = ("interview year", "year of interview")
_YEAR = re.compile(r"\d{4}")


def _attribute(values: dict[str, str], names: tuple[str, ...]) -> str | None:
    folded = {" ".join(k.split()).casefold(): v for k, v in values.items()}
    for name in names:
        if name in folded and folded[name].strip():
            return folded[name].strip()
    return None


def _year(text: str | None) -> int | None:
    found = _YEAR.search(text or "")
    return int(found.group()) if found else None


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def interview_year(facts: CaseFacts, document: str) -> int | None:
    """The interview year for an event in ``document``: the document's attribute, else the case's."""
    own = _year(_attribute(facts.document_attributes.get(document, {}), INTERVIEW_NAMES))
    return own if own is not None else _year(_attribute(facts.case_attributes, INTERVIEW_NAMES))


def birth_claims(facts: CaseFacts, events: list[Event]) -> list[BirthClaim]:
    """Every statement of the person's year of birth, direct or implied by an age."""
    claims = []
    born = _year(_attribute(facts.case_attributes, BIRTH_NAMES))
    if born is not None:
        claims.append(BirthClaim(born, "attribute", born=born))
    age = _number(_attribute(facts.case_attributes, AGE_NAMES))
    interview = _year(_attribute(facts.case_attributes, INTERVIEW_NAMES))
    if age is not None and interview is not None:
        claims.append(BirthClaim(interview - age, "age", age=age, interview=interview))
    for coding in facts.codings:
        for name, value in facts.values.get(coding.guid, {}).items():
            if value.kind != "age":
                continue
            years = (float(value.data["min"]) + float(value.data["max"])) / 2
            dated = [
                e
                for e in events
                if e.document == coding.document and e.start < coding.end and coding.start < e.end
            ]
            if dated:
                event = dated[0]
                when = event.date.start.year + (event.date.middle - event.date.start.toordinal()) / 365.25
                claims.append(
                    BirthClaim(
                        when - years,
                        "coded",
                        (coding.guid, event.coding),
                        field=name,
                        value=value,
                        date=event.date.display(),
                    )
                )
    return claims


def flags(facts: CaseFacts, events: list[Event], *, gap_months: float) -> list[Flag]:
    out: list[Flag] = []
    claims = birth_claims(facts, events)
    if claims:
        low = min(claims, key=lambda c: c.year)
        high = max(claims, key=lambda c: c.year)
        if high.year - low.year > 1:
            out.append(Flag("contradiction", "birth-years", low.codings + high.codings, claims=(low, high)))
    born = _year(_attribute(facts.case_attributes, BIRTH_NAMES))
    for event in events:
        interview = interview_year(facts, event.document)
        if interview is not None and event.date.start.year > interview:
            out.append(
                Flag(
                    "contradiction",
                    "after-interview",
                    (event.coding,),
                    codes=(event.code_path,),
                    dates=(event.date.display(),),
                    years=(interview,),
                )
            )
        if born is not None and event.date.end.year < born:
            out.append(
                Flag(
                    "contradiction",
                    "before-birth",
                    (event.coding,),
                    codes=(event.code_path,),
                    dates=(event.date.display(),),
                    years=(born,),
                )
            )
    crossing = first(events, (BORDER_CROSSING,))
    returned = first(events, (REPATRIATION,))
    if crossing is not None and returned is not None and returned.date.end < crossing.date.start:
        out.append(
            Flag(
                "contradiction",
                "repatriation-first",
                (returned.coding, crossing.coding),
                dates=(returned.date.display(), crossing.date.display()),
            )
        )
    for before, after in zip(events, events[1:], strict=False):
        months = (after.date.middle - before.date.middle) / DAYS_PER_MONTH
        if months > gap_months:
            out.append(
                Flag(
                    "gap",
                    "gap",
                    (before.coding, after.coding),
                    codes=(before.code_path, after.code_path),
                    dates=(before.date.display(), after.date.display()),
                    months=months,
                )
            )
    return out
