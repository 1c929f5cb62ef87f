"""Exchange rates the user supplies, for the facts report's optional money conversion.

Why only user-supplied: a price a survivor paid in 2009 in KPW has no single "right" rate
(official and market rates of the won differed a hundredfold), so the program never picks
one. A report that converts says so, with the table and where it came from, beside
the unconverted figures, which stay as they were.

The file is CSV with the header ``from,to,rate``: one row per currency, "1 ``from`` =
``rate`` ``to``", every row to the same target currency (its own rate, 1, is implied)::

    from,to,rate
    CNY,USD,0.14
    KPW,USD,0.0011
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.messages import translate

_CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_RATES = 1000


@dataclass(frozen=True)
class RateTable:
    """``rates[c]``: what one unit of currency ``c`` is worth in ``target``."""

    target: str
    rates: Mapping[str, float] = field(default_factory=dict)
    source: str = ""  # where the table came from (a file name), said in every converted row

    def rate(self, currency: str) -> float | None:
        """The rate for ``currency`` (1 for the target itself), or None when the table has none."""
        if currency == self.target:
            return 1.0
        return self.rates.get(currency)

    def to_json(self) -> dict[str, object]:
        return {"to": self.target, "from": dict(self.rates), "source": self.source}


def read_rates(path: str | Path) -> RateTable:
    """Read a rate table (see the module docstring).

    Raises:
        AnnotatorError: one line naming the file: unreadable, no ``from,to,rate`` header,
            a rate that is not a positive number, a currency that is not a 3-letter code,
            two targets, or no rate at all.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(
            translate("CoreAnalysis", "cannot read the rate table ({exc})").format(exc=exc), path=path
        ) from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if header[:3] != ["from", "to", "rate"]:
        raise AnnotatorError(
            translate("CoreAnalysis", "a rate table starts with the header from,to,rate"), path=path
        )
    target = None
    rates: dict[str, float] = {}
    for line, row in enumerate(reader, 2):
        values = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        source, to, rate_text = values.get("from", "").upper(), values.get("to", "").upper(), values["rate"]
        if not source and not to and not rate_text:
            continue
        for currency in (source, to):
            if not _CURRENCY.match(currency):
                raise AnnotatorError(
                    translate(
                        "CoreAnalysis", "line {line}: {currency!r} is not a 3-letter currency code"
                    ).format(line=line, currency=currency),
                    path=path,
                )
        try:
            rate = float(rate_text)
        except ValueError:
            rate = math.nan
        if not (math.isfinite(rate) and rate > 0):
            raise AnnotatorError(
                translate("CoreAnalysis", "line {line}: the rate {rate!r} is not a positive number").format(
                    line=line, rate=rate_text
                ),
                path=path,
            )
        if target is not None and to != target:
            raise AnnotatorError(
                translate(
                    "CoreAnalysis",
                    "line {line}: every rate must convert to one target currency ({target}, not {to})",
                ).format(line=line, target=target, to=to),
                path=path,
            )
        if source in rates and rates[source] != rate:
            raise AnnotatorError(
                translate("CoreAnalysis", "line {line}: {source} has two rates").format(
                    line=line, source=source
                ),
                path=path,
            )
        target = to
        rates[source] = rate
        if len(rates) > MAX_RATES:
            raise AnnotatorError(
                translate("CoreAnalysis", "more than {limit} rates").format(limit=MAX_RATES),
                path=path,
            )
    if target is None:
        raise AnnotatorError(translate("CoreAnalysis", "the rate table has no rate in it"), path=path)
    rates.pop(target, None)
    return RateTable(target, rates, str(path))
