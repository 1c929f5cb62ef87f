"""Decode the bytes of a plain-text file whose encoding nobody wrote down.

Testimony transcripts arrive from many offices and many decades: UTF-8 from a
recent laptop, UTF-16 from Windows Notepad, cp949 from a Korean shelter's old
PC, GB18030, Big5 or Shift-JIS from partners in the region, cp1252 from a
European NGO. A wrong guess silently corrupts every quotation, so the order is:

1. a byte-order mark decides when present (it is authoritative);
2. bytes without NULs that are valid UTF-8 are UTF-8 (legacy multibyte text
   is almost never valid UTF-8 by accident, and NULs mean UTF-16/32);
3. otherwise charset-normalizer proposes candidates, restricted to encodings
   that documents are really written in (obscure DOS and EBCDIC code pages
   are false positives on short text: German cp1252 came back as cp775);
4. among its candidates we pick by the detector's mess ratio plus our
   :func:`~annotator.core.importers.plausibility.implausibility` of the decoded
   text (a judge of candidates, not a detector: it catches GBK read as cp949,
   EUC-JP read as cp949, Big5 read as cp932 on short text). Remaining ties go
   to the detector's language coherence, then to how common the encoding is
   (Spanish "ñ" decodes cleanly in cp1252 and cp1250; cp1252 is far likelier).

A file damaged by a few stray bytes (a bad copy, a concatenation) is decoded
with U+FFFD in their place rather than refused or misread: see
:func:`_damaged_candidates`. Decoded text that is still full of control
characters is refused as binary.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata
from collections import Counter
from pathlib import Path

from charset_normalizer import CharsetMatch, from_bytes

from annotator.core.errors import ImportFailed
from annotator.core.importers.plausibility import ALLOWED_CONTROLS, implausibility
from annotator.core.messages import translate

# Most common first: the order is the prior used to break exact ties.
COMMON_ENCODINGS: tuple[str, ...] = (
    "utf_8",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp949",
    "euc_kr",
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "cp950",
    "big5hkscs",
    "cp932",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "cp1256",
    "cp1255",
    "cp1257",
    "cp1258",
    "cp874",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
    "utf_32",
    "utf_32_le",
    "utf_32_be",
)
_PRIOR = {name: rank for rank, name in enumerate(COMMON_ENCODINGS)}

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)

_DOUBLE_BYTE = ("cp949", "gb18030", "big5", "cp932", "euc_jp")
_BINARY_CONTROL_RATIO = 0.05
_SAMPLE_BYTES = 16 * 1024  # the tie-break judges a prefix: plenty for a decision, and fast

# charset-normalizer logs its reasoning at DEBUG/INFO; the GUI and CLI must stay quiet.
logging.getLogger("charset_normalizer").setLevel(logging.ERROR)


def decode_text_bytes(data: bytes, *, path: str | Path | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file.

    ``text`` is decoded but not normalised (callers apply ``normalise``); a
    BOM is removed. ``encoding`` is Python's canonical codec name, such as
    ``"utf-8"``, ``"utf-16-le"``, ``"cp949"``, ``"gb18030"`` or ``"cp1252"``.

    Raises:
        ImportFailed: empty input, or bytes that are not text in any common encoding.
    """
    if not data:
        raise ImportFailed(translate("CoreImport", "empty file"), path=path)
    text, encoding = _decode(data, path)
    if looks_binary(text):
        raise ImportFailed(translate("CoreImport", "binary data, not text"), path=path)
    return text, codecs.lookup(encoding).name


def _decode(data: bytes, path: str | Path | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                # A BOM followed by garbage: let the detector have a look instead.
                break
    if b"\x00" not in data and b"\x1b" not in data:  # ESC: ISO-2022 is 7-bit "valid UTF-8"
        try:
            return data.decode("utf_8"), "utf_8"
        except UnicodeDecodeError:
            pass
    ranked = _candidates(data) + _damaged_candidates(data)
    if not ranked:
        raise ImportFailed(translate("CoreImport", "binary data, not text"), path=path)
    _, encoding = min(ranked)
    # The detector samples chunks; a stray bad byte elsewhere costs one
    # character (U+FFFD), not the whole testimony.
    return data.decode(encoding, errors="replace"), encoding


def _candidates(data: bytes) -> list[tuple[tuple[float, ...], str]]:
    """The detector's candidates, with their rank keys."""
    matches = from_bytes(data, cp_isolation=list(COMMON_ENCODINGS))
    return [_rank(data, match, order) for order, match in enumerate(matches)]


def _damaged_candidates(data: bytes) -> list[tuple[tuple[float, ...], str]]:
    """UTF-8 or double-byte text with a few bad bytes (a bad copy, a concatenation).

    The detector only proposes encodings that decode every byte, so one stray
    byte in a Korean or UTF-8 file would leave a single-byte code page (Thai,
    say) as its best guess. Each of these encodings therefore also decodes
    leniently; where only a few bytes had to be replaced, the repaired bytes
    go back to the detector, restricted to that encoding, and the result is
    ranked with the others, its replacement characters counting against it.
    """
    ranked: list[tuple[tuple[float, ...], str]] = []
    for encoding in ("utf_8", *_DOUBLE_BYTE):
        text = data.decode(encoding, errors="replace")
        damage = text.count("\ufffd")
        if damage == 0 or damage > max(2, len(text) // 200):
            continue  # intact (the detector saw it) or too damaged: a wrong guess
        repaired = text.replace("\ufffd", "?").encode(encoding)
        for match in from_bytes(repaired, cp_isolation=[encoding]):
            ranked.append(_rank(data, match, len(ranked)))
    return ranked


def _rank(data: bytes, match: CharsetMatch, order: int) -> tuple[tuple[float, ...], str]:
    """Sort key (lower is better) and reported name of one detector match."""
    names = [match.encoding, *match.could_be_from_charset]  # merged: they decode identically
    encoding = min(names, key=lambda n: _PRIOR.get(n, len(_PRIOR)))
    sample = data[:_SAMPLE_BYTES].decode(match.encoding, errors="replace")
    if len(data) > _SAMPLE_BYTES:
        sample = sample.rstrip("\ufffd")  # a character cut by the prefix
    score = round(match.chaos + implausibility(sample), 4)
    prior = _PRIOR.get(encoding, len(_PRIOR))
    return (score, -round(match.coherence, 4), prior, order), encoding


def has_bom(data: bytes) -> bool:
    """Whether the bytes start with a Unicode byte-order mark."""
    return any(data.startswith(bom) for bom, _ in _BOMS)


def looks_binary(text: str) -> bool:
    """NULs, or many characters no text contains, after decoding: an image, archive, program.

    Counted: control characters (but tab, line breaks, form feed and the DOS
    end-of-file mark), replacement, private-use, unassigned and surrogate code
    points, which is what binary data becomes when read as UTF-16 or a code page.
    """
    if "\x00" in text:
        return True
    sample = text[:_SAMPLE_BYTES]
    # Judge each distinct character once (Counter counts in C): a text has a few hundred.
    strange = sum(n for char, n in Counter(sample).items() if _is_strange(char))
    return strange > _BINARY_CONTROL_RATIO * len(sample)


def _is_strange(char: str) -> bool:
    if char in ALLOWED_CONTROLS:
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs")
