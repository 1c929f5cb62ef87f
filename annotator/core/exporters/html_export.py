"""HTML report: one self-contained file a lead can open offline, read and print.

No JavaScript, no external fonts, images or styles, no network: inline CSS
(with ``@media print`` rules so each code starts cleanly on paper) and an
inline SVG bar chart. Every piece of project text goes through
``html.escape``; a code colour is used only if it is a ``#RRGGBB`` value.
Sections: summary, chart of the most frequent codes, frequency table (codes
with codings), then the codebook with definitions, a summary of each value field
(:mod:`.html_values`) and up to ``quotes`` example quotes per code, drawn from as
many different documents as possible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape
from typing import IO

from annotator.core.analysis.query import FrequencyTable, tabulate
from annotator.core.exporters.html_values import values_table
from annotator.core.exporters.rows import ExportData, IsCancelled, Progress, Ticker
from annotator.core.model import Code, Coding, utc_now
from annotator.core.text import snippet

CHART_BARS = 40
QUOTE_LIMIT = 600
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
CSS = """
body{font-family:system-ui,"Noto Sans","Noto Sans KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;
margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f;line-height:1.5}
h1{font-size:1.7rem;margin-bottom:.2rem}
h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin:0 0 .3rem}.meta{color:#555;font-size:.9rem}
h4{font-size:.9rem;margin:.5rem 0 .2rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{border:1px solid #ccc;padding:.25rem .45rem}
th{background:#f2f2f2;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
article.code{border-left:6px solid #999;padding:.3rem 0 .3rem .9rem;margin:1.2rem 0}
dl{margin:.3rem 0}dt{font-weight:600;font-size:.85rem;color:#444}dd{margin:0 0 .4rem 0}
blockquote{margin:.4rem 0;padding:.3rem .7rem;background:#f7f7f7;border-left:3px solid #bbb;
white-space:pre-wrap}
.cite{font-size:.8rem;color:#555}.none{color:#777;font-style:italic}
svg text{font-size:11px;fill:#1d1d1f}nav ul{columns:2;font-size:.9rem}
@media print{body{max-width:none;margin:0;font-size:10pt}nav{display:none}
a{color:inherit;text-decoration:none}
article.code,tr,blockquote,svg{break-inside:avoid}h2{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _color(code: Code) -> str:
    return code.color if _COLOR.match(code.color or "") else "#999999"


def short_label(path: str, limit: int) -> str:
    """The end of a code path that fits: leading groups become "…/", never half a word."""
    parts = path.split("/")
    while len(parts) > 1 and len("…/" + "/".join(parts)) > limit:
        parts.pop(0)
    label = "/".join(parts) if "/".join(parts) == path else "…/" + "/".join(parts)
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(table: FrequencyTable, colors: dict[str, str]) -> str:
    """An inline SVG of the codes with the most codings (no script, no external reference)."""
    ranked = sorted((n, path) for path, n in table.codings.items() if n > 0)
    ranked = sorted(ranked, key=lambda item: (-item[0], item[1]))[:CHART_BARS]
    if not ranked:
        return '<p class="none">No codings in this selection.</p>'
    label_width, bar_width, row = 330, 380, 20
    most = ranked[0][0]
    height = row * len(ranked) + 10
    view = f"0 0 {label_width + bar_width + 60} {height}"
    parts = [f'<svg role="img" aria-label="Codings per code" viewBox="{view}" width="100%">']
    for i, (n, path) in enumerate(ranked):
        y = 5 + i * row
        width = max(1, round(bar_width * n / most))
        label = short_label(path, 52)
        fill = colors.get(path, "#999999")
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">'
            f"{_e(label)}<title>{_e(path)}</title></text>"
            f'<rect x="{label_width}" y="{y + 2}" width="{width}" height="{row - 6}" fill="{fill}"/>'
            f'<text x="{label_width + width + 4}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def frequency_table(table: FrequencyTable, anchors: dict[str, str]) -> str:
    rows = [p for p in table.codes if table.codings.get(p, 0)]
    if not rows:
        return '<p class="none">No codings in this selection.</p>'
    head = "".join(f"<th>{_e(c)}</th>" for c in table.columns)
    out = [f"<table><thead><tr><th>Code</th>{head}<th>Codings</th><th>Documents</th></tr></thead><tbody>"]
    for path in rows:
        cells = "".join(f'<td class="n">{table.count(path, c)}</td>' for c in table.columns)
        out.append(
            f'<tr><td><a href="#{anchors[path]}">{_e(path)}</a></td>{cells}'
            f'<td class="n">{table.codings.get(path, 0)}</td>'
            f'<td class="n">{table.documents.get(path, 0)}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def pick_quotes(codings: list[Coding], limit: int) -> list[Coding]:
    """Up to ``limit`` codings, one per document first, in reading order."""
    first: list[Coding] = []
    rest: list[Coding] = []
    seen: set[str] = set()
    for c in codings:
        (rest if c.document in seen else first).append(c)
        seen.add(c.document)
    return (first + rest)[:limit]


def code_article(
    data: ExportData, code: Code, table: FrequencyTable, quotes: list[Coding], values: str = ""
) -> str:
    """One code: definitions, counts, the values summary (``values``, HTML) and example quotes."""
    path = data.tree.path(code.guid)
    out = [f'<article class="code" id="code-{_e(code.guid)}" style="border-left-color:{_color(code)}">']
    out.append(f"<h3>{_e(path)}</h3>")
    if code.short_definition:
        out.append(f"<p>{_e(code.short_definition)}</p>")
    fields = (
        ("Definition", code.definition),
        ("When to use", code.when_to_use),
        ("When not to use", code.when_not_to_use),
        ("Example (codebook)", code.example),
    )
    described = "".join(f"<dt>{label}</dt><dd>{_e(text)}</dd>" for label, text in fields if text)
    if described:
        out.append(f"<dl>{described}</dl>")
    n, docs = table.codings.get(path, 0), table.documents.get(path, 0)
    if not n:
        out.append('<p class="none">No codings in this selection.</p></article>')
        return "".join(out)
    out.append(f'<p class="cite">{n} coding{"s" * (n != 1)} in {docs} document{"s" * (docs != 1)}</p>')
    out.append(values)
    for c in quotes:
        coded = data.coded_text(c)  # pseudonymised with its whole document, then shortened
        text = snippet(coded, 0, len(coded), QUOTE_LIMIT)
        start, end = data.stored_span(c)  # the report carries no document text: the project's positions
        who = f"{data.document_name(c.document)} · {data.coder_names.get(c.coder, '')} · {start}–{end}"
        out.append(f'<blockquote>{_e(text)}</blockquote><p class="cite">{_e(who)}</p>')
    out.append("</article>")
    return "".join(out)


def write_html(
    data: ExportData,
    out: IO[bytes],
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    quotes: int = 3,
) -> int:
    """Write the report; returns the number of codings it covers.

    Raises:
        Cancelled: when ``cancelled()`` turns true.
    """
    codes = [c for _, c in data.tree.walk() if data.selection.codes is None or c.guid in data.selection.codes]
    coders = [(c.guid, c.name) for c in data.data.coders]
    table = tabulate(data.codings, data.tree, by="coder", columns=coders, codes=[c.guid for c in codes])
    ticker = Ticker(len(codes), progress, cancelled, "Writing the report", every=20)
    ticker.check()
    by_code: dict[str, list[Coding]] = defaultdict(list)
    for c in data.codings:
        by_code[c.code].append(c)
    paths = {c.guid: data.tree.path(c.guid) for c in codes}
    anchors = {paths[c.guid]: f"code-{c.guid}" for c in codes}
    colors = {paths[c.guid]: _color(c) for c in codes}
    title = f"{data.info.name}: coding report"
    summary = (
        f"{len(data.documents)} documents · {len(data.codings)} codings · "
        f"coders: {', '.join(name for _, name in coders) or 'none'} · exported {utc_now()}"
    )
    veiled, omitted = data.filters.get("veiled_passages", 0), data.filters.get("omitted_passages", 0)
    if veiled:  # a reader must know a quote was veiled, not what it said
        summary += f" · {veiled} warned passage(s) veiled ({', '.join(data.filters['veiled_warnings'])})"
    if omitted:
        summary += f" · {omitted} warned passage(s) left out ({', '.join(data.filters['omitted_warnings'])})"
    parts = [
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f'<header><h1>{_e(title)}</h1><p class="meta">{_e(summary)}</p></header>',
        '<nav><ul><li><a href="#chart">Code frequencies (chart)</a></li>'
        '<li><a href="#frequencies">Frequencies by coder</a></li>'
        '<li><a href="#codebook">Codebook and example quotes</a></li></ul></nav>',
        f'<section id="chart"><h2>Code frequencies</h2><p class="meta">The {CHART_BARS} codes with the most '
        f"codings.</p>{bar_chart(table, colors)}</section>",
        f'<section id="frequencies"><h2>Frequencies by coder</h2>{frequency_table(table, anchors)}</section>',
        '<section id="codebook"><h2>Codebook and example quotes</h2>',
    ]
    for code in codes:
        mine = by_code.get(code.guid, [])
        parts.append(
            code_article(data, code, table, pick_quotes(mine, quotes), values_table(data, code, mine))
        )
        ticker.step()
    parts.append("</section></body></html>\n")
    ticker.check()
    out.write("".join(parts).encode("utf-8"))
    return len(data.codings)
