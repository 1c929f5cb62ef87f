"""``annotator facts``: typed values on coded passages, counted, with the quotes behind them.

The work is :func:`annotator.core.analysis.facts.facts`; this module parses options and
prints, as a table (with each value's document, span, coder and quote unless ``--no-quotes``)
or as the documented JSON (README "Facts"; DESIGN.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.core.errors import AnnotatorError

from .context import PROJECT
from .opening import opened

QUOTE_WIDTH = 100


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--code", "code_path", metavar="PATH", help="Only this code and its sub-codes.")
@click.option("--field", metavar="NAME", help="Only the value field of this name.")
@click.option(
    "--by",
    metavar="ATTRIBUTE|CODE",
    help="Group by a document attribute (e.g. province) or by the sub-codes of a code whose codings "
    "overlap each passage (e.g. 'Forms of exploitation'); attribute:NAME or code:PATH if both exist.",
)
@click.option(
    "--coder", "coders", multiple=True, metavar="NAME", help="Only this coder's values (repeatable)."
)
@click.option(
    "--rates",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV of exchange rates (from,to,rate): adds converted money rows, marked as converted.",
)
@click.option("--no-quotes", is_flag=True, help="The table only, without each value's passage.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (documented shape).")
def facts(
    project: Path,
    code_path: str | None,
    field: str | None,
    by: str | None,
    coders: tuple[str, ...],
    rates: Path | None,
    no_quotes: bool,
    as_json: bool,
) -> None:
    """Typed values on coded passages: count, min, median, max per code, field and group, with quotes."""
    from annotator.core.analysis.facts import facts as report_facts  # noqa: PLC0415
    from annotator.core.analysis.facts import read_rates  # noqa: PLC0415

    if by is not None and not by.strip():
        raise click.UsageError("--by needs a document attribute name or a code path")
    table = read_rates(rates) if rates is not None else None
    with opened(project, readonly=True) as store:
        try:
            groups = report_facts(
                store, code=code_path, field=field, by=by, coders=list(coders) or None, rates=table
            )
        except AnnotatorError as exc:
            raise AnnotatorError(exc.reason, path=project) from None
    data = [g.to_json() for g in groups]
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(render(data, quotes=not no_quotes))


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def render(data: list[dict[str, Any]], *, quotes: bool = True) -> str:
    """The report as a text table, each row followed by its values and their passages."""
    if not data:
        return (
            "No values on coded passages here (declare value fields on codes and fill them in while coding)."
        )
    grouped = any(row["by"] for row in data)
    header = [
        "code",
        "field",
        *(["group"] if grouped else []),
        "unit",
        "n",
        "passages",
        "min",
        "median",
        "max",
    ]
    rows = []
    for row in data:
        unit = (row["unit"] or "") + (" (converted)" if row["converted"] else "")
        group = [row["group"] if row["group"] is not None else "(none)"] if grouped else []
        rows.append(
            [
                row["code"],
                row["field"],
                *group,
                unit,
                *(_cell(row[k]) for k in ("count", "passages", "min", "median", "max")),
            ]
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    numeric = {header.index(k) for k in ("n", "passages", "min", "median", "max")}

    def line(cells: list[Any]) -> str:
        return "  ".join(
            str(c).rjust(w) if i in numeric else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    out = []
    if grouped:
        out.append(f"Grouped by {data[0]['by']}; a passage may be in several groups, (none) in none.")
    out += [line(header), line(["-" * w for w in widths])]
    for row, cells in zip(data, rows, strict=True):
        out.append(line(cells))
        if quotes:
            out += [_value_line(v) for v in row["values"]]
    out += _rate_notes(data)
    return "\n".join(out)


def _value_line(value: dict[str, Any]) -> str:
    quote = " ".join(value["quote"].split())
    if len(quote) > QUOTE_WIDTH:
        quote = quote[: QUOTE_WIDTH - 1] + "…"
    shown = value["display"] + (f" (from {value['converted_from']})" if "converted_from" in value else "")
    return f"    {shown} — {value['document']} {value['start']}–{value['end']} ({value['coder']}): “{quote}”"


def _rate_notes(data: list[dict[str, Any]]) -> list[str]:
    converted = [row for row in data if row["converted"]]
    if not converted:
        return []
    table = converted[0]["rates"]
    rates = ", ".join(f"1 {c} = {r:g} {table['to']}" for c, r in table["from"].items())
    left = sum(row["not_converted"] for row in converted)
    note = (
        f"note: rows marked (converted) use the rate table {table['source']} ({rates}); "
        "the other rows are the figures as recorded, one row per currency"
    )
    if left:
        note += f"; {left} value(s) in currencies without a rate are left out of the converted rows"
    return [note]


def register(group: click.Group) -> None:
    group.add_command(facts)
