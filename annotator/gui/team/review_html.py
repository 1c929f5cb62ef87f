"""One coder's quote of a disputed passage as HTML, with what they included and the other coder
did not marked, and what the other coder included and they did not struck through.

The comparison is the core's (:func:`annotator.core.analysis.review.compare_versions`); this
module only paints its pieces. No offsets are shown: a reviewer reads words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from annotator.core.analysis.review import Piece, compare_versions
from annotator.core.model import Coding
from annotator.gui.i18n import translate

CONTEXT = 60  # characters of text shown around the quote
LONG = 700  # a shared stretch longer than this is shortened in its middle
KEEP = 280  # characters kept at each end of a shortened shared stretch

# Explicit text colours on the marks, so they read the same on a light or a dark palette.
SHARED = "background:#fff3cf; color:#1a1a1a"
ONLY_MINE = "background:#ffb347; color:#000000; font-weight:600; text-decoration:underline"
ONLY_THEIRS = "color:#8a8a8a; text-decoration:line-through"
QUIET = "color:#8a8a8a"


def _words(text: str) -> str:
    """The text on one line (line breaks and runs of spaces as one space), escaped; a piece keeps
    its edge spaces, so pieces cut inside a word join up again."""
    return html.escape(re.sub(r"\s+", " ", text))


def _piece_html(text: str, piece: Piece) -> str:
    body = text[piece.start : piece.end]
    if piece.mine and piece.theirs:
        if len(body) > LONG:
            skipped = len(body) - 2 * KEEP
            return (
                f"<span style='{SHARED}'>{_words(body[:KEEP])}</span>"
                f"<span style='{QUIET}'> "
                + html.escape(
                    translate("version_html", "[… {n} characters both coded …]").format(n=f"{skipped:,}")
                )
                + " </span>"
                f"<span style='{SHARED}'>{_words(body[-KEEP:])}</span>"
            )
        return f"<span style='{SHARED}'>{_words(body)}</span>"
    if piece.only_mine:
        return f"<span style='{ONLY_MINE}'>{_words(body)}</span>"
    if piece.theirs:
        return f"<span style='{ONLY_THEIRS}'>{_words(body)}</span>"
    return f"<span style='{QUIET}'>{_words(body)}</span>"


Trim = Callable[[int, int, str, str], tuple[str, str]]


def version_html(
    text: str, name: str, other: str, mine: list[Coding], theirs: list[Coding], *, trim: Trim | None = None
) -> str:
    """``name``'s quote (their codings ``mine``) compared with ``other``'s (``theirs``); ``trim``
    shortens the context around it (``(start, end, before, after)``: the words a veil leaves)."""
    if not mine:
        absent = translate("version_html", "{coder} did not apply this code here.").format(
            coder=html.escape(name)
        )
        leaves = translate(
            "version_html",
            "Accepting this version leaves the passage without the code in the consensus layer.",
        )
        return f"<p><i>{absent}</i></p><p>{html.escape(leaves)}</p>"
    pieces = compare_versions([(c.start, c.end) for c in mine], [(c.start, c.end) for c in theirs])
    low, high = pieces[0].start, pieces[-1].end
    extra = sum(p.end - p.start for p in pieces if p.only_mine)
    missing = sum(p.end - p.start for p in pieces if p.theirs and not p.mine)
    before = text[max(0, low - CONTEXT) : low]
    after = text[high : high + CONTEXT]
    if trim is not None:
        before, after = trim(low, high, before, after)
    quote = "".join(_piece_html(text, p) for p in pieces)
    lead = "…" if low - CONTEXT > 0 else ""
    tail = "…" if high + CONTEXT < len(text) else ""
    parts = [
        f"<p><span style='{QUIET}'>{lead}{_words(before).lstrip()}</span>{quote}"
        f"<span style='{QUIET}'>{_words(after).rstrip()}{tail}</span></p>"
    ]
    notes = []
    if extra:
        marked = html.escape(translate("version_html", "marked"))
        notes.append(
            translate("version_html", "{marked}: {characters} {coder} included and {other} did not").format(
                marked=f"<span style='{ONLY_MINE}'>{marked}</span>",
                characters=_count(extra),
                coder=html.escape(name),
                other=html.escape(other),
            )
        )
    if missing:
        struck = html.escape(translate("version_html", "struck through"))
        notes.append(
            translate("version_html", "{struck}: {characters} {other} included and {coder} did not").format(
                struck=f"<span style='{ONLY_THEIRS}'>{struck}</span>",
                characters=_count(missing),
                coder=html.escape(name),
                other=html.escape(other),
            )
        )
    if notes:
        joined = translate("version_html", "{notes}.").format(
            notes=translate("version_html", "; ").join(notes)
        )
        parts.append(f"<p style='{QUIET}'>{joined}</p>")
    return "".join(parts)


def _count(n: int) -> str:
    if n == 1:
        return translate("version_html", "1 character")
    return translate("version_html", "{n} characters").format(n=f"{n:,}")


def veiled_html(label: str, accessible: str, fill: str, ink: str) -> str:
    """A version veiled: the neutral bar (the palette's ``fill`` and ``ink``) and how to reveal it;
    the decision keys still work on it."""
    hint = translate(
        "version_html",
        "Press Space or click here to reveal both versions; 1, 2, N and S decide without revealing.",
    )
    return (
        f"<table width='100%' cellpadding='6' style='background:{fill}'><tr><td style='color:{ink}'>"
        f"{html.escape(label)}<br>{html.escape(accessible)}</td></tr></table>"
        f"<p style='{QUIET}'>{html.escape(hint)}</p>"
    )
