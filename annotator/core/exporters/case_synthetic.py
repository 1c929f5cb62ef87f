"""One case as one row of the CTDC Global Synthetic Dataset (codebook Version 2, February 2024).

What differs from the CTDC 2021 row (:func:`annotator.core.exporters.case_rows.ctdc_row`):

- the flags are ``1`` or empty: the synthetic dataset has no 0, so *absent* and *missing* are
  both empty in the CSV; the metadata lists per case the flag columns it was reviewed for
  (``reviewed_fields``), and an empty cell among them is absent;
- each flag is derived from the CTDC 2021 fields the codebook's mappings set
  (``resources/standards/ctdc-synthetic-from-2021.json``, applied by
  :func:`annotator.core.exporters.case_indicators.derived`);
- countries are ISO 3166-1 alpha-3 (``PRK``), the age bands are spelled as the published CSV
  spells them (``09--17``), and gender is ``Man``, ``Woman`` or ``Trans/Transgender/NonConforming``;
- ``traffickMonths`` is the band of the case's months in exploitation, as the journey reckons
  them (first sale to the first escape or repatriation after it) from the layer's codings;
  empty when either end is not coded with a date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from annotator.core.analysis.journey import Event, Span, effective_refs, months_in_exploitation
from annotator.core.exporters.case_indicators import Indicators
from annotator.core.exporters.case_layers import CaseLayer
from annotator.core.exporters.case_rows import Row, _age, _attribute, _country, _gender
from annotator.core.exporters.case_units import CaseUnit
from annotator.core.exporters.standards import alpha3, load_standard
from annotator.core.store.values import FactRow

MONTH_TOPS = (12, 24, None)  # the last whole month of each traffickMonths band, in the values' order


def months_band(months: float | None) -> str:
    """The ``traffickMonths`` value of a duration (rounded to whole months), or "" when unknown."""
    if months is None:
        return ""
    whole = round(months)
    bands = zip(MONTH_TOPS, load_standard("ctdc-synthetic").picklists["traffickMonths"], strict=True)
    return next(label for top, label in bands if top is None or whole <= top)


def band_2021_to_synthetic(band: str) -> str:
    """A CTDC 2021 age band (``9--17``) in the synthetic spelling (``09--17``); "" if neither."""
    old = load_standard("ctdc-2021").picklists["ageBroad"]
    new = load_standard("ctdc-synthetic").picklists["ageBroad"]
    return dict(zip(old, new, strict=True)).get(band, band if band in new else "")


def _months(layer: CaseLayer, facts: Mapping[str, list[FactRow]], found: Indicators) -> float | None:
    """Months in exploitation from the layer's dated codings (the journey's reckoning)."""
    refs = effective_refs(found.tree)
    events = []
    for c in layer.codings:
        dated = next((f.value for f in facts.get(c.guid, []) if f.value.kind == "date"), None)
        if dated is None:
            continue
        span = Span.of(dated)
        ref = refs.get(c.code, "")
        events.append(
            Event(c.guid, c.document, "", c.start, c.end, "", c.code, "", ref, span, None, c.coder, "")
        )
    events.sort(key=lambda e: (e.date.middle, e.document, e.start, e.end, e.coding))
    return months_in_exploitation(events)


def _alpha3(code: str, what: str, warnings: list[str]) -> str:
    if not code:
        return ""
    found = alpha3().get(code, "")
    if not found:
        warnings.append(f"{what} {code!r} has no ISO 3166-1 alpha-3 code; left empty")
    return found


def synthetic_row(unit: CaseUnit, layer: CaseLayer, reviewed: frozenset[str],
                  facts: Mapping[str, list[FactRow]], found: Indicators) -> Row:  # fmt: skip
    standard = found.standard
    warnings: list[str] = []
    _, band, majority = _age(unit, layer, facts, found, warnings)
    year = _attribute(unit, "year")
    citizenship = _country(unit, layer, facts, found, "citizenship", "citizenship", warnings)
    country = _country(unit, layer, facts, found, "country", "CountryOfExploitation", warnings)
    cells = dict.fromkeys(standard.columns, "")
    cells |= {
        "yearOfRegistration": year if re.fullmatch(r"\d{4}", year) else "",
        "gender": _gender(unit, standard.name, warnings),
        "ageBroad": band_2021_to_synthetic(band),
        "citizenship": _alpha3(citizenship, "citizenship", warnings),
        "CountryOfExploitation": _alpha3(country, "country of exploitation", warnings),
        "traffickMonths": months_band(_months(layer, facts, found)),
    }
    for column in standard.flags:
        cells[column] = "1" if column in layer.present else ""
    reviewed_fields = [c for c in standard.columns if c in standard.flags and c in reviewed]
    return Row(cells, {"warnings": warnings, "reviewed_fields": reviewed_fields}, minor=majority == "Minor")
