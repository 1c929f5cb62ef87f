"""Pseudonymisation and coarsening for exports: the stored project is never changed.

A project keeps a list of identifiers (names, places, phone numbers...) with
their replacements, e.g. "Kim Ok-sun" → "Participant 3". Exports apply it to
every text they write — coded passages, memos, document names — consistently
across documents; longer identifiers win over shorter ones they contain, and
for words in Latin script only whole words are replaced (so "Ann" does not
change "Annex"), while Hangul and Han identifiers are replaced wherever they
occur (those scripts attach particles without spaces: "김옥순은").
Attributes can be coarsened: an exact age becomes a CTDC age band.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.errors import UsageError
from annotator.core.store import ProjectStore

SETTING = "pseudonyms"
# CTDC's ageBroad bands (README of the typology research, section 3.2).
CTDC_AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 8, "0--8"),
    (9, 17, "9--17"),
    (18, 20, "18--20"),
    (21, 23, "21--23"),
    (24, 26, "24--26"),
    (27, 29, "27--29"),
    (30, 38, "30--38"),
    (39, 47, "39--47"),
    (48, None, "48+"),
)


@dataclass(frozen=True, slots=True)
class Pseudonym:
    find: str
    replace: str
    kind: str = "name"  # name | place | other


def load_pseudonyms(store: ProjectStore) -> list[Pseudonym]:
    raw = json.loads(store.setting(SETTING) or "[]")
    return [Pseudonym(**entry) for entry in raw]


def _is_word_script(text: str) -> bool:
    return all(ord(ch) < 0x1100 for ch in text)


def make_pseudonymiser(entries: Sequence[Pseudonym]) -> Callable[[str], str]:
    """A function that applies every replacement in one pass (no replacement is re-replaced)."""
    usable = sorted((e for e in entries if e.find.strip()), key=lambda e: len(e.find), reverse=True)
    if not usable:
        return lambda text: text
    table = {e.find.casefold(): e.replace for e in usable}
    parts = []
    for entry in usable:
        escaped = re.escape(entry.find)
        parts.append(rf"(?<!\w){escaped}(?!\w)" if _is_word_script(entry.find) else escaped)
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    return lambda text: pattern.sub(lambda m: table[m.group(0).casefold()], text)


def age_band(value: str) -> str:
    """The CTDC age band of an age (``"17"`` → ``"9--17"``); non-numbers are returned unchanged."""
    try:
        age = int(float(value))
    except ValueError:
        return value
    for low, high, label in CTDC_AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return value


class SetPseudonyms(Change):
    """Replace the project's pseudonym list (one undoable step)."""

    action = "set pseudonyms"
    label = "Edit pseudonyms"

    def __init__(self, entries: Sequence[Pseudonym], *, by: str = "") -> None:
        super().__init__(by=by)
        finds = [e.find.strip().casefold() for e in entries]
        if any(not f for f in finds):
            raise UsageError("a pseudonym entry needs the text to find")
        if len(set(finds)) != len(finds):
            raise UsageError("the same identifier is listed twice")
        self.entries = [Pseudonym(e.find.strip(), e.replace, e.kind) for e in entries]
        self.before: str | None = None

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = store.setting(SETTING)
        store.set_setting(SETTING, json.dumps([asdict(e) for e in self.entries], ensure_ascii=False))
        # The audit log records that the list changed, not the identifiers themselves.
        return ChangeSet(extra={"pseudonyms": True}), {"entries": len(self.entries)}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.set_setting(SETTING, self.before or "[]")
        return ChangeSet(extra={"pseudonyms": True}), {"entries": len(self.entries)}
