"""``--min-k K``: no published row is one of fewer than K with the same quasi-identifiers.

Quasi-identifiers are what a neighbour could know: age, gender, citizenship, places and
years (CTDC: ``ageBroad``, ``majorityStatusAtExploit``, ``gender``, ``citizenship``,
``CountryOfExploitation``, ``yearOfRegistration``; CTDC synthetic: the same without
``majorityStatusAtExploit``, with ``traffickMonths``; HTCDS: ``vic_AgeWhenTrafficked``, ``prs_Gender``,
``prs_Citizenship`` and the case's events' countries, states, cities and dates).

Global recoding, then suppression: every row is coarsened to the same level (so a coarse
row cannot be told apart by comparing it with finer ones), and the rows still in a group
smaller than K are left out with their events. The level kept is the one that leaves out
the fewest rows (the finest on a tie). Levels:

0. as coded;
1. years and exact ages out (``yearOfRegistration``, ``vic_AgeWhenTrafficked``), event dates
   to the year, event cities and states out;
2. also ``ageBroad`` and ``traffickMonths`` out (``majorityStatusAtExploit`` stays) and event dates out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from annotator.core.exporters.case_rows import Row

QUASI_IDENTIFIERS = {
    "ctdc-2021": (
        "ageBroad",
        "majorityStatusAtExploit",
        "gender",
        "citizenship",
        "CountryOfExploitation",
        "yearOfRegistration",
    ),
    "ctdc-synthetic": (
        "ageBroad",
        "gender",
        "citizenship",
        "CountryOfExploitation",
        "yearOfRegistration",
        "traffickMonths",
    ),
    "htcds-2.0": ("vic_AgeWhenTrafficked", "prs_Gender", "prs_Citizenship"),
}
EVENT_IDENTIFIERS = ("hte_Country", "hte_State", "hte_City", "hte_Date")
LEVELS = (
    "as coded",
    "years, exact ages, event cities and states left out; event dates to the year",
    "also age bands, duration bands and event dates left out",
)


def _level(row: Row, schema: str, level: int) -> Row:
    cells = dict(row.cells)
    events = [dict(e) for e in row.events]
    if level >= 1:
        for column in ("yearOfRegistration", "vic_AgeWhenTrafficked"):
            if column in cells:
                cells[column] = ""
        for e in events:
            e["hte_City"] = e["hte_State"] = e["hte_Street"] = e["hte_PostalCode"] = ""
            e["hte_Longitude"] = e["hte_Latitude"] = ""
            e["hte_Date"] = e["hte_Date"][:4]
    if level >= 2:
        for column in ("ageBroad", "traffickMonths"):
            if column in cells:
                cells[column] = ""
        for e in events:
            e["hte_Date"] = ""
    return Row(cells, row.meta, events, row.event_meta, row.minor)


def _key(row: Row, schema: str) -> tuple[Any, ...]:
    own = tuple(row.cells.get(c, "") for c in QUASI_IDENTIFIERS[schema])
    places = tuple(sorted({tuple(e.get(c, "") for c in EVENT_IDENTIFIERS) for e in row.events}))
    return (*own, places)


def apply_min_k(rows: list[Row], schema: str, k: int) -> tuple[list[Row], dict[str, Any]]:
    """The rows to publish and a report of what was coarsened and left out."""
    best: tuple[int, int, list[Row], list[Row]] | None = None
    for level in range(len(LEVELS)):
        shaped = [_level(r, schema, level) for r in rows]
        counts: Counter[tuple[Any, ...]] = Counter(_key(r, schema) for r in shaped)
        kept = [r for r in shaped if counts[_key(r, schema)] >= k]
        dropped = [r for r in shaped if counts[_key(r, schema)] < k]
        if best is None or len(dropped) < len(best[3]):
            best = (level, len(dropped), kept, dropped)
    assert best is not None
    level, _, kept, dropped = best
    report = {
        "k": k,
        "quasi_identifiers": [
            *QUASI_IDENTIFIERS[schema],
            *(EVENT_IDENTIFIERS if schema == "htcds-2.0" else ()),
        ],
        "level": level,
        "coarsened": LEVELS[level],
        "suppressed_rows": len(dropped),
        "suppressed_events": sum(len(r.events) for r in dropped),
        "suppressed_cases": [r.meta["case"] for r in dropped],
    }
    return kept, report
