"""Wording for the status bar: what an action did, with its numbers right.

Every action that changes the project says so in one line ("3 codings removed",
"Coded 1 character with Control/Debt"); these helpers keep the plurals and the
quoting of names the same everywhere.
"""

from __future__ import annotations

IRREGULAR = {"coding": "codings", "passage": "passages", "value": "values", "child": "children"}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``count(1, "coding")`` → "1 coding"; ``count(3, "coding")`` → "3 codings"."""
    if n == 1:
        return f"1 {noun}"
    return f"{n} {plural or IRREGULAR.get(noun) or noun + 's'}"


def quoted(text: str, limit: int = 40) -> str:
    """A name or passage in quotation marks, one line, shortened to ``limit`` characters."""
    one_line = " ".join(text.split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1].rstrip() + "…"
    return f"“{one_line}”"
