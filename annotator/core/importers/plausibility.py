"""How much a decoded text looks like the product of the wrong codec.

charset-normalizer is good, but on a paragraph or two of CJK text several
codecs decode the same bytes without a single error (GBK read as cp949 gives
Hangul, EUC-JP read as cp949 gives Hangul jamo, Big5 read as cp932 gives
half-width katakana). This module does not detect encodings; it scores a
*candidate decoding* by counting characters that ordinary prose does not
contain, each rule a known trace of misdecoding:

- control, replacement, private-use and unassigned characters;
- Hangul syllables outside KS X 1001 and ideographs outside every national
  basic set (GB 2312, Big5, JIS X 0208, KS X 1001): wrong lead bytes land in
  the rarely used extension areas;
- Hangul compatibility jamo on their own (Korean is written in syllables);
- an ideograph directly after a Hangul syllable (Korean puts Hanja first and
  Hangul particles after them, never the other way round within a word);
- half-width katakana touching a Latin letter;
- a Thai vowel or tone mark not after a Thai consonant (the WTT 2.0
  input-sequence rule that Thai keyboards enforce);
- letters of two scripts inside one word ("arrivรฉe": UTF-8 read as Thai);
  Han, kana and Hangul count as one script here (Japanese words mix them);
- a symbol or non-ASCII digit such as "³", "¶" or "๓" between two letters,
  and an upper-case non-ASCII letter right after a lower-case one (cp1251
  read as koi8_r);
- accented Latin letters that no single language uses together: the Windows
  code pages 1250/1252/1254/1257 differ only in which accented letters their
  upper half holds, so Czech read as cp1252 gives "Pøijela" (ø beside š, ž)
  and Spanish read as cp1250 gives "Mańana" (ń beside á, í). The letters
  outside the best-fitting alphabet below are counted.

A correct decoding of ordinary prose in any language scores 0.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file marker
_SYMBOL_CATEGORIES = frozenset({"No", "Nd", "So", "Sm", "Sc", "Sk"})  # ³ ๓ ° × £ ¯ ...
_WORD_INTERNAL_NEVER = frozenset("¡§¶¿")  # punctuation that never sits inside a word
_BAD_CATEGORIES = frozenset({"Cc", "Co", "Cn", "Cs"})
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


# Accented letters (lower case) of Latin-script languages written in the legacy
# code pages we decode. Loan-word accents are covered by the languages that
# own them (a "café" in English text fits French).
_ALPHABETS: tuple[frozenset[str], ...] = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü",  # Spanish, Filipino
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "äöüß",  # German
        "áéíóúëïöüèàä",  # Dutch
        "àçéèíïòóúü",  # Catalan
        "æøåéó",  # Danish, Norwegian
        "åäöé",  # Swedish
        "äöåšž",  # Finnish
        "áðéíóúýþæö",  # Icelandic
        "çë",  # Albanian
        "çêîşû",  # Kurdish (Kurmanji)
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian (with the cedilla forms of legacy code pages)
        "čćđšž",  # Croatian, Bosnian, Serbian (Latin), Slovene
        "çğıöşüâîû",  # Turkish
        "äõöüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "àáâãèéêìíòóôõùúýăđĩũơư",  # Vietnamese (precomposed forms of cp1258)
    )
)


def implausibility(text: str) -> float:
    """Share of non-space characters that real text practically never contains."""
    odd = 0
    counted = 0
    accented: Counter[str] = Counter()
    for index, char in enumerate(text):
        if char.isspace():
            continue
        counted += 1
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        odd += _is_odd(char, before, after)
        if "\u00c0" <= char <= "\u024f" and char.isalpha():
            accented[char.lower()[0]] += 1
    odd += _letters_outside_one_alphabet(accented)
    return odd / counted if counted else 0.0


def _letters_outside_one_alphabet(accented: Counter[str]) -> int:
    if not accented:
        return 0
    return min(sum(n for letter, n in accented.items() if letter not in alphabet) for alphabet in _ALPHABETS)


def _is_odd(char: str, before: str, after: str) -> bool:
    if char.isascii():
        return unicodedata.category(char) == "Cc" and char not in ALLOWED_CONTROLS
    category = unicodedata.category(char)
    if category in _BAD_CATEGORIES or char == "\ufffd":
        return True
    if _is_hangul_syllable(char):
        return not _in_basic_set(char, ("euc_kr",))
    if "\u4e00" <= char <= "\u9fff":
        return _is_hangul_syllable(before) or not _in_basic_set(
            char, ("gb2312", "big5", "shift_jis", "euc_kr")
        )
    if "\u3131" <= char <= "\u318e":  # Hangul compatibility jamo
        return True
    if "\uff61" <= char <= "\uff9f":  # half-width katakana and punctuation
        return _is_ascii_letter(before) or _is_ascii_letter(after)
    if "\u0e31" <= char <= "\u0e4e" and category == "Mn":
        return not _thai_mark_may_follow(char, before)
    if category in _SYMBOL_CATEGORIES or char in _WORD_INTERNAL_NEVER:
        return before.isalpha() and after.isalpha()
    if char.isalpha() and before.isalpha() and _script(char) != _script(before):
        return True
    return category == "Lu" and before.isalpha() and before.islower()


@functools.lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    """The script a letter belongs to, from its Unicode name ("LATIN", "THAI", ...)."""
    name = unicodedata.name(letter, "")
    first = name.split(" ", 1)[0]
    if first in _EAST_ASIAN or name.startswith("HALFWIDTH KATAKANA"):
        return "EAST ASIAN"
    return first


def _is_hangul_syllable(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _thai_mark_may_follow(mark: str, before: str) -> bool:
    """Thai vowel and tone marks sit on a consonant; tone marks also on a vowel mark."""
    if "\u0e01" <= before <= "\u0e2e":
        return True
    is_tone = "\u0e47" <= mark <= "\u0e4e"
    return is_tone and "\u0e31" <= before <= "\u0e3a" and unicodedata.category(before) == "Mn"


@functools.lru_cache(maxsize=8192)
def _in_basic_set(char: str, encodings: tuple[str, ...]) -> bool:
    """Whether a national basic set has the character as one double-byte code.

    (Python's euc_kr also spells rare syllables as 8-byte jamo sequences,
    which is exactly what this check must not count.)
    """
    for encoding in encodings:
        try:
            if len(char.encode(encoding)) == 2:
                return True
        except UnicodeEncodeError:
            continue
    return False
