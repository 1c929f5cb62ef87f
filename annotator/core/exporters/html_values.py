"""The HTML report's values summary: per value field of a code, per unit, count, min, median, max.

The same figures as ``annotator facts`` (:func:`annotator.core.analysis.facts.summarise_by_unit`)
over the codings this report covers, from the export's cleaned values (so pseudonymised or
without text like the rest of the report). Money is summarised per currency and "per" unit,
never converted; kinds without an order (places, choices, texts) list their most frequent values.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from annotator.core.analysis.facts import ValueSummary, summarise_by_unit
from annotator.core.exporters.rows import ExportData
from annotator.core.model import Code, Coding
from annotator.core.values import Value

MOST_FREQUENT = 5


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _fmt(number: float) -> str:
    return f"{int(number):,}" if float(number).is_integer() else f"{number:,.2f}"


def _median(summary: ValueSummary, values: list[Value]) -> str:
    """The median in the summary's unit: ``25,000 CNY``, ``19``, ``90 days``, ``2012-03``."""
    m = summary.median
    if m is None:
        return ""
    if summary.kind == "date":
        middle = next((v for v in values if v.number() == m), None)
        return str(middle.data["from"]) if middle is not None else ""
    if summary.kind == "money" and summary.minimum is not None:
        data = summary.minimum.data
        return f"{_fmt(m)} {data['currency']}" + (f" per {data['per']}" if data.get("per") else "")
    if summary.kind == "duration":
        return f"{_fmt(m)} days"
    return _fmt(m)


def _frequent(values: list[Value]) -> str:
    counts = Counter(str(v.data.get("name") or v.data.get("value") or "—") for v in values)
    return ", ".join(f"{name} ({n})" for name, n in counts.most_common(MOST_FREQUENT))


def values_table(data: ExportData, code: Code, codings: list[Coding]) -> str:
    """A table of the code's value fields over ``codings`` (its codings in this report); "" if none."""
    fields = [f for f in data.fields if f.code == code.guid]
    if not fields:
        return ""
    rows = []
    for f in fields:
        values = [v for c in codings if (v := data.coding_values.get(c.guid, {}).get(f.guid)) is not None]
        if not values:
            rows.append(f'<tr><td>{_e(f.name)}</td><td colspan="5" class="none">no values</td></tr>')
            continue
        for summary in summarise_by_unit(values):
            mine = [v for v in values if v.kind == summary.kind and v.unit == summary.unit]
            if summary.minimum is None or summary.maximum is None:
                cells = f'<td colspan="3">most frequent: {_e(_frequent(mine))}</td>'
            else:
                cells = "".join(
                    f"<td>{_e(text)}</td>"
                    for text in (
                        summary.minimum.display(english=True),
                        _median(summary, mine),
                        summary.maximum.display(english=True),
                    )
                )
            rows.append(
                f"<tr><td>{_e(f.name)}</td><td>{_e(summary.unit or '')}</td>"
                f'<td class="n">{summary.count}</td>{cells}</tr>'
            )
    head = "<tr><th>Field</th><th>Unit</th><th>Values</th><th>Min</th><th>Median</th><th>Max</th></tr>"
    note = (
        '<p class="cite">Values: money per currency, never converted; a range counts at its middle, '
        "a date at its first day.</p>"
    )
    body = "".join(rows)
    table = f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"
    return f'<div class="values"><h4>Values</h4>{table}{note}</div>'
