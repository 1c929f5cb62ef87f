"""Original ↔ translation links in a ``.qdpx``, which REFI-QDA has no place for.

They travel as one project note (``<NoteRef>`` from the ``<Project>``), like value fields and
values (:mod:`.value_notes`): a few lines a person can read in NVivo or ATLAS.ti, then a tag
line and one line of JSON we read back::

    Original and translation links (Testimony Annotator)
    kim-ko.txt (ko) → kim-en.txt (en): 31 aligned passages, 2 unaligned parts

    annotator:translations
    {"bead_fields": ["original_start", …], "translations": [{"original": GUID, …}], "version": 1}

Each link names its two sources by GUID, their languages, who linked them and when, the length
and SHA-256 of each text the positions count in, and its beads in text order, each a list in
the order ``bead_fields`` gives: code-point offsets into the package's ``sources/<guid>.txt``
(the pseudonymised texts when the export is pseudonymised: the offsets are carried into them
like the selections'), then ``"aligned"``/``"unaligned"`` and ``"manual"``/``"auto"``. No text
is in the note, only offsets. The JSON is ASCII with ``>`` escaped (see :mod:`.value_notes`).

Reading is for untrusted files: a link whose sources are missing or whose texts are not the
ones its offsets count in (another program changed them), or a bead that does not fit, leaves
that link out with one line; a note that is not our JSON is left out with one line; nothing
here raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from annotator.core.alignment import Bead
from annotator.core.messages import translate
from annotator.core.refi_qda.common import norm_guid
from annotator.core.refi_qda.value_notes import APP, TRANSLATIONS_TAG, VERSION
from annotator.core.store.translations import TranslationLink
from annotator.core.text import sha256_text

NOTE_NAME = f"Original and translation links ({APP})"
BEAD_FIELDS = (
    "original_start",
    "original_end",
    "translation_start",
    "translation_end",
    "status",
    "source",
)
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}")


def translations_note(
    links: Sequence[tuple[TranslationLink, Sequence[Bead]]],
    texts: Mapping[str, tuple[str, int, str]],
) -> str:
    """The note's text; ``texts`` gives each document's (name, length, sha256) as exported."""
    lines = [NOTE_NAME]
    items = []
    for link, beads in links:
        aligned = sum(b.aligned for b in beads)
        o_name, o_len, o_sha = texts[link.original]
        t_name, t_len, t_sha = texts[link.translation]
        o_lang = f" ({link.original_language})" if link.original_language else ""
        t_lang = f" ({link.translation_language})" if link.translation_language else ""
        lines.append(
            f"{o_name}{o_lang} \u2192 {t_name}{t_lang}: "
            f"{aligned} aligned passages, {len(beads) - aligned} unaligned parts"
        )
        items.append(
            {
                "original": link.original,
                "translation": link.translation,
                "original_language": link.original_language,
                "translation_language": link.translation_language,
                "linked_by": link.linked_by,
                "linked_at": link.linked_at,
                "original_length": o_len,
                "translation_length": t_len,
                "original_sha256": o_sha,
                "translation_sha256": t_sha,
                "beads": [
                    [
                        b.original_start,
                        b.original_end,
                        b.translation_start,
                        b.translation_end,
                        "aligned" if b.aligned else "unaligned",
                        "manual" if b.manual else "auto",
                    ]
                    for b in beads
                ],
            }
        )
    data = {"bead_fields": list(BEAD_FIELDS), "translations": items, "version": VERSION}
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, allow_nan=False).replace(">", "\\u003e")
    return "\n".join(lines) + f"\n\n{TRANSLATIONS_TAG}\n{text}"


def read_translations(
    payload: str, texts: Mapping[str, tuple[str, str]], problems: list[str]
) -> list[tuple[TranslationLink, list[Bead]]]:
    """The links our note gives, checked against ``texts`` (each imported source's GUID →
    (name, text)); what cannot be used is left out with one line in ``problems``."""
    try:
        data = json.loads(payload, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        problems.append(
            translate(
                "CoreRefiQda",
                "the original and translation links were left out (their note is not valid JSON)",
            )
        )
        return []
    items = data.get("translations") if isinstance(data, dict) else None
    if not isinstance(items, list) or data.get("bead_fields", list(BEAD_FIELDS)) != list(BEAD_FIELDS):
        problems.append(
            translate(
                "CoreRefiQda",
                "the original and translation links were left out (their note is not in our form)",
            )
        )
        return []
    out: list[tuple[TranslationLink, list[Bead]]] = []
    originals: set[str] = set()
    translations: set[str] = set()
    for number, item in enumerate(items, 1):
        found, why = _link(item, texts)
        if found is None:
            problems.append(
                translate(
                    "CoreRefiQda", "original and translation link #{number} was left out ({why})"
                ).format(number=number, why=why)
            )
            continue
        link, beads = found
        if link.translation in translations or link.translation in originals or link.original in translations:
            problems.append(
                translate(
                    "CoreRefiQda",
                    "original and translation link #{number} was left out (a translation has one original, "
                    "and is not itself an original)",
                ).format(number=number)
            )
            continue
        originals.add(link.original)
        translations.add(link.translation)
        out.append((link, beads))
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _link(
    item: Any, texts: Mapping[str, tuple[str, str]]
) -> tuple[tuple[TranslationLink, list[Bead]] | None, str]:
    if not isinstance(item, dict):
        return None, translate("CoreRefiQda", "not an object")
    original, translation = norm_guid(_text(item.get("original"))), norm_guid(_text(item.get("translation")))
    if not original or not translation or original == translation:
        return None, translate("CoreRefiQda", "it does not name two sources")
    if original not in texts or translation not in texts:
        return None, translate("CoreRefiQda", "a source it names is not in the package or has no text")
    sides = {}
    for side, guid in (("original", original), ("translation", translation)):
        name, text = texts[guid]
        length, digest = item.get(f"{side}_length"), item.get(f"{side}_sha256")
        if (length is not None and length != len(text)) or (
            digest is not None and not _same_digest(digest, text)
        ):
            return None, translate(
                "CoreRefiQda", "the text of {name!r} is not the one its positions count in"
            ).format(name=name)
        sides[side] = len(text)
    raw = item.get("beads")
    if not isinstance(raw, list) or not raw:
        return None, translate("CoreRefiQda", "it has no beads")
    beads = []
    for bead in raw:
        made = _bead(bead, sides["original"], sides["translation"])
        if made is None:
            return None, translate("CoreRefiQda", "a bead does not fit the two texts: {bead}").format(
                bead=json.dumps(bead)[:60]
            )
        beads.append(made)
    o_lang, t_lang = (_language(item.get(k)) for k in ("original_language", "translation_language"))
    link = TranslationLink(
        original,
        translation,
        o_lang,
        t_lang,
        linked_by=norm_guid(_text(item.get("linked_by"))),
        linked_at=_text(item.get("linked_at"))[:40],
    )
    return (link, beads), ""


def _language(value: Any) -> str:
    """A BCP 47-like tag, or "" for anything else."""
    tag = _text(value)
    return tag if _LANGUAGE.fullmatch(tag) else ""


def _same_digest(digest: Any, text: str) -> bool:
    return isinstance(digest, str) and digest.lower() == sha256_text(text)


def _bead(raw: Any, o_len: int, t_len: int) -> Bead | None:
    """One bead, if it has the shape and fits: offsets inside each text, an aligned bead text on
    both sides, an unaligned one text on at most one side and something on one."""
    if not isinstance(raw, list) or len(raw) != len(BEAD_FIELDS):
        return None
    *offsets, status, source = raw
    if not all(type(n) is int for n in offsets) or status not in ("aligned", "unaligned"):
        return None
    if source not in ("manual", "auto"):
        return None
    os_, oe, ts, te = offsets
    if not (0 <= os_ <= oe <= o_len and 0 <= ts <= te <= t_len):
        return None
    o_text, t_text = oe > os_, te > ts
    if not (o_text and t_text if status == "aligned" else o_text or t_text):
        return None
    return Bead(os_, oe, ts, te, aligned=status == "aligned", manual=source == "manual")
