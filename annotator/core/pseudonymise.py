"""Pseudonymisation and coarsening for exports: the stored project is never changed.

A project keeps a list of identifiers (names, places, phone numbers...) with
their replacements, e.g. "Kim Ok-sun" → "Participant 3". Exports apply it to
every text they write, consistently across documents; longer identifiers win
over shorter ones they contain, and for words in Latin script only whole words
are replaced (so "Ann" does not change "Annex"), while Hangul and Han
identifiers are replaced wherever they occur (those scripts attach particles
without spaces: "김옥순은").

Identifiers are found as a reader sees them, not as the bytes happen to be:
- in any Unicode normalisation form: matching runs on the NFC form of the text
  (:class:`~annotator.core.nfc.NfcView`), so decomposed Hangul from a macOS file
  or a PDF is found; only the replaced name itself changes, every other
  character of the text stays exactly as stored (NFD stays NFD);
- across any run of white space: "Kim  Ok-sun" and "Kim" + line break + "Ok-sun"
  are the listed "Kim Ok-sun";
- in any case ("KIM OK-SUN"), as before.

:meth:`Pseudonymiser.rewrite` also maps positions: a coding's span in the stored
text becomes its span in the rewritten text, grown to cover a whole replacement
when it touches part of a name, so no fragment of a name survives in a quote.
Attributes can be coarsened: an exact age becomes a CTDC age band.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.errors import UsageError
from annotator.core.messages import translate
from annotator.core.nfc import NfcView
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


def identifier_key(find: str) -> str:
    """What makes two list entries the same identifier: NFC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", find).casefold().split())


def _is_word_script(text: str) -> bool:
    return all(ord(ch) < 0x1100 for ch in text)


_SPACE = object()  # a run of white space between two words of an identifier


def _tokens(find: str) -> list[object]:
    """An identifier as trie steps: lower-case characters, with one step for each gap between words."""
    out: list[object] = []
    for index, word in enumerate(unicodedata.normalize("NFC", find).split()):
        if index:
            out.append(_SPACE)
        out += [c.lower() if len(c.lower()) == 1 else c for c in word]
    return out


def _trie_pattern(finds: Sequence[str]) -> str:
    """One regex for many identifiers, shaped as a trie so the engine follows one branch per
    character instead of trying every identifier at every position (200 names over 6 MB of
    text: seconds, not minutes). Longer identifiers win: a shorter one is an optional ending."""
    root: dict[object, dict] = {}
    end = object()
    for find in finds:
        node = root
        for token in _tokens(find):
            node = node.setdefault(token, {})
        node[end] = {}

    def emit(node: dict[object, dict]) -> str:
        branches = [
            (r"\s+" if token is _SPACE else re.escape(str(token))) + emit(child)
            for token, child in node.items()
            if token is not end
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if end in node:
            return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
        return body

    return emit(root)


def _pattern(finds: Sequence[str]) -> re.Pattern[str] | None:
    """Identifiers in scripts that attach particles (Hangul, Han) match anywhere, and go first
    (a mixed one is the longer match); Latin-script ones only as whole words."""
    anywhere = [f for f in finds if not _is_word_script(unicodedata.normalize("NFC", f))]
    words = [f for f in finds if _is_word_script(unicodedata.normalize("NFC", f))]
    parts = []
    if anywhere:
        parts.append(f"(?:{_trie_pattern(anywhere)})")
    if words:
        parts.append(rf"(?<!\w)(?:{_trie_pattern(words)})(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A text with its identifiers replaced, and the way back from stored positions.

    ``marks`` holds, for each replacement, its start and end in the stored text
    and in ``text``; positions between replacements shift by the replacements
    before them.
    """

    text: str
    old_starts: tuple[int, ...] = ()
    old_ends: tuple[int, ...] = ()
    new_starts: tuple[int, ...] = ()
    new_ends: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.old_starts)

    def position(self, old: int, *, end: bool = False) -> int:
        """Where stored position ``old`` is in ``text``; inside a replaced name it moves to the
        replacement's start (``end=False``) or end (``end=True``)."""
        i = bisect_right(self.old_starts, old) - 1
        if i < 0:
            return old
        if old >= self.old_ends[i]:
            return self.new_ends[i] + old - self.old_ends[i]
        if old == self.old_starts[i]:
            return self.new_starts[i]
        return self.new_ends[i] if end else self.new_starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A stored ``[start, end)`` in ``text``, grown to whole replacements where it touches one."""
        if not self.old_starts:
            return start, end
        # A span that ends where a name starts (or starts where one ends) does not take it in.
        new_start = self.position(start)
        return new_start, max(new_start, self.position(end, end=True))


class Pseudonymiser:
    """Applies a pseudonym list: call it on a short text, or :meth:`rewrite` a document."""

    def __init__(self, entries: Sequence[Pseudonym]) -> None:
        seen: set[str] = set()
        usable: list[Pseudonym] = []
        for entry in sorted(entries, key=lambda e: len(identifier_key(e.find)), reverse=True):
            key = identifier_key(entry.find)
            if key and key not in seen:
                seen.add(key)
                usable.append(entry)
        self.entries = tuple(usable)
        self._replacements = {identifier_key(e.find): e.replace for e in usable}
        self._pattern = _pattern([e.find for e in usable])

    @property
    def active(self) -> bool:
        """Whether the list has anything to replace."""
        return self._pattern is not None

    def __call__(self, text: str) -> str:
        return self.rewrite(text).text if text else text

    def rewrite(self, text: str) -> Rewrite:
        """``text`` with every identifier replaced in one pass (no replacement is re-replaced)."""
        if self._pattern is None or not text:
            return Rewrite(text)
        view = NfcView(text)
        matches = list(self._pattern.finditer(view.view))
        if not matches:
            return Rewrite(text)
        parts: list[str] = []
        old_starts, old_ends, new_starts, new_ends = [], [], [], []
        last = length = 0
        for match in matches:
            a = view.original(match.start())
            b = view.original(match.end(), end=True)
            replacement = self._replacements.get(identifier_key(match.group()))
            if replacement is None:  # cannot happen: every match is one of the identifiers
                continue
            parts.append(text[last:a])
            length += a - last
            old_starts.append(a)
            old_ends.append(b)
            new_starts.append(length)
            parts.append(replacement)
            length += len(replacement)
            new_ends.append(length)
            last = b
        parts.append(text[last:])
        return Rewrite("".join(parts), tuple(old_starts), tuple(old_ends), tuple(new_starts), tuple(new_ends))


def make_pseudonymiser(entries: Sequence[Pseudonym]) -> Pseudonymiser:
    """A :class:`Pseudonymiser` for ``entries`` (callable on a text, as before)."""
    return Pseudonymiser(entries)


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
        finds = [identifier_key(e.find) for e in entries]
        if any(not f for f in finds):
            raise UsageError(translate("CoreErrors", "a pseudonym entry needs the text to find"))
        if len(set(finds)) != len(finds):
            raise UsageError(translate("CoreErrors", "the same identifier is listed twice"))
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
