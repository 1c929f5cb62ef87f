"""A journey's flags, kept as what they say (which check, and its dates, codes and years)
rather than as English sentences, so the timeline shows them in the app's language while
``case journey --json`` keeps the same English (:attr:`Flag.message`).

The checks themselves are in :mod:`annotator.core.analysis.journey_checks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.core import messages
from annotator.core.values import Value


def _same(path: str) -> str:
    return path


@dataclass(frozen=True, slots=True)
class BirthClaim:
    """One statement of the person's year of birth, direct or implied by an age.

    ``source``: ``attribute`` (the case's year of birth, ``born``), ``age`` (the case's age
    attribute at the interview: ``age``, ``interview``) or ``coded`` (an age value ``value``
    of field ``field`` coded on a passage that overlaps an event dated ``date``).
    """

    year: float
    source: str
    codings: tuple[str, ...] = ()
    born: int = 0
    age: float = 0.0
    interview: int = 0
    field: str = ""
    value: Value | None = None
    date: str = ""

    def text(self, *, english: bool = False) -> str:
        """Where the claim comes from, e.g. "year of birth 1993 (case attribute)"."""
        translate = messages.translator(english_only=english)
        if self.source == "attribute":
            return translate("CoreJourney", "year of birth {year} (case attribute)").format(year=self.born)
        if self.source == "age":
            return translate("CoreJourney", "age {age} at the interview in {year} (case attributes)").format(
                age=f"{self.age:g}", year=self.interview
            )
        shown = self.value.display(english=english) if self.value is not None else ""
        # The field's name is project data: it stays as the team wrote it.
        return translate("CoreJourney", "{field} {value} at {date}").format(
            field=self.field, value=shown, date=self.date
        )


@dataclass(frozen=True, slots=True)
class Flag:
    """Something in the journey that cannot be right (``contradiction``) or is missing (``gap``).

    ``check`` says which: ``birth-years`` (``claims``: the earliest and the latest),
    ``after-interview`` (``codes[0]`` dated ``dates[0]``, after the interview ``years[0]``),
    ``before-birth`` (the same, before the year of birth ``years[0]``),
    ``repatriation-first`` (``dates``: the repatriation's, the first crossing's), ``gap``
    (``months`` between ``dates[0]`` of ``codes[0]`` and ``dates[1]`` of ``codes[1]``).
    Dates are as displayed (ISO, "≈", ranges): the same in every language.
    """

    kind: str
    check: str
    codings: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # code paths
    dates: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    months: float = 0.0
    claims: tuple[BirthClaim, ...] = ()

    @property
    def message(self) -> str:
        """The flag in English, as files and the command line give it."""
        return self.text(english=True)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "codings": list(self.codings)}

    def text(self, *, english: bool = False, shown_path: Callable[[str], str] | None = None) -> str:
        """The flag as a sentence: the app's language, or English (``english``) for files;
        ``shown_path`` names codes as the app shows them (files keep paths)."""
        translate = messages.translator(english_only=english)
        codes = [(shown_path or _same)(path) for path in self.codes]
        if self.check == "birth-years":
            low, high = self.claims
            return translate(
                "CoreJourney", "years of birth disagree: {first} means about {year}, {second} about {year2}"
            ).format(
                first=low.text(english=english),
                year=f"{low.year:.0f}",
                second=high.text(english=english),
                year2=f"{high.year:.0f}",
            )
        if self.check == "after-interview":
            return translate("CoreJourney", "{code} is dated {date}, after the interview in {year}").format(
                code=codes[0], date=self.dates[0], year=self.years[0]
            )
        if self.check == "before-birth":
            return translate("CoreJourney", "{code} is dated {date}, before the year of birth {year}").format(
                code=codes[0], date=self.dates[0], year=self.years[0]
            )
        if self.check == "repatriation-first":
            return translate(
                "CoreJourney", "forced repatriation ({date}) before the first border crossing ({date2})"
            ).format(date=self.dates[0], date2=self.dates[1])
        if self.check == "gap":
            return translate(
                "CoreJourney", "{months} months with no event between {date} ({code}) and {date2} ({code2})"
            ).format(
                months=f"{self.months:.1f}",
                date=self.dates[0],
                code=codes[0],
                date2=self.dates[1],
                code2=codes[1],
            )
        raise ValueError(f"unknown journey check {self.check!r}")
