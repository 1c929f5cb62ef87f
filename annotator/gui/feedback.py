"""Wording for the status bar: what an action did, with its numbers right.

Every action that changes the project says so in one line ("3 codings removed",
"Coded 1 character with Control/Debt"); these helpers keep the plurals and the
quoting of names the same everywhere.

``count`` gives a translated noun phrase: every noun the interface counts has its
singular and plural source marked below (context "Feedback"), so Korean reads
"코딩 3개" and Chinese "3 个编码" where English reads "3 codings". A noun not in the
table falls back to English (add it here when you count something new).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import translate

IRREGULAR = {"coding": "codings", "passage": "passages", "value": "values", "child": "children"}

# noun -> (singular, plural) sources; Qt fills %n in every language.
NOUNS: dict[str, tuple[str, str]] = {
    "attribute value": (
        QT_TRANSLATE_NOOP("Feedback", "%n attribute value"),
        QT_TRANSLATE_NOOP("Feedback", "%n attribute values"),
    ),
    "case": (QT_TRANSLATE_NOOP("Feedback", "%n case"), QT_TRANSLATE_NOOP("Feedback", "%n cases")),
    "character": (
        QT_TRANSLATE_NOOP("Feedback", "%n character"),
        QT_TRANSLATE_NOOP("Feedback", "%n characters"),
    ),
    "child": (QT_TRANSLATE_NOOP("Feedback", "%n child"), QT_TRANSLATE_NOOP("Feedback", "%n children")),
    "code": (QT_TRANSLATE_NOOP("Feedback", "%n code"), QT_TRANSLATE_NOOP("Feedback", "%n codes")),
    "coded passage": (
        QT_TRANSLATE_NOOP("Feedback", "%n coded passage"),
        QT_TRANSLATE_NOOP("Feedback", "%n coded passages"),
    ),
    "coder": (QT_TRANSLATE_NOOP("Feedback", "%n coder"), QT_TRANSLATE_NOOP("Feedback", "%n coders")),
    "coding": (QT_TRANSLATE_NOOP("Feedback", "%n coding"), QT_TRANSLATE_NOOP("Feedback", "%n codings")),
    "document": (
        QT_TRANSLATE_NOOP("Feedback", "%n document"),
        QT_TRANSLATE_NOOP("Feedback", "%n documents"),
    ),
    "figure": (QT_TRANSLATE_NOOP("Feedback", "%n figure"), QT_TRANSLATE_NOOP("Feedback", "%n figures")),
    "file": (QT_TRANSLATE_NOOP("Feedback", "%n file"), QT_TRANSLATE_NOOP("Feedback", "%n files")),
    "match": (QT_TRANSLATE_NOOP("Feedback", "%n match"), QT_TRANSLATE_NOOP("Feedback", "%n matches")),
    "passage": (
        QT_TRANSLATE_NOOP("Feedback", "%n passage"),
        QT_TRANSLATE_NOOP("Feedback", "%n passages"),
    ),
    "row": (QT_TRANSLATE_NOOP("Feedback", "%n row"), QT_TRANSLATE_NOOP("Feedback", "%n rows")),
    "value": (QT_TRANSLATE_NOOP("Feedback", "%n value"), QT_TRANSLATE_NOOP("Feedback", "%n values")),
}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``count(1, "coding")`` → "1 coding"; ``count(3, "coding")`` → "3 codings" (translated:
    "코딩 3개", "3 个编码"). A noun without a row in ``NOUNS`` stays English."""
    forms = NOUNS.get(noun)
    if forms is not None:
        return translate("Feedback", forms[0] if n == 1 else forms[1], None, n)
    if n == 1:
        return f"1 {noun}"
    return f"{n} {plural or IRREGULAR.get(noun) or noun + 's'}"


def quoted(text: str, limit: int = 40) -> str:
    """A name or passage in quotation marks, one line, shortened to ``limit`` characters."""
    one_line = " ".join(text.split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1].rstrip() + "…"
    return f"“{one_line}”"
