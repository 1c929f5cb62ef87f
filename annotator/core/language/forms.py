"""What counts as "the same word" as a query, in each language.

Korean: the query is analysed like a document, so 팔다, 팔아 or 팔았다 all give the verb stem
``팔/V``, and any inflected form in a text (팔아, 팔았다, 팔고) has that stem. The passive and
causative verbs derived from it count too: 팔려, 팔렸습니다 are forms of 팔리다 ("be sold"),
which kiwipiepy reads as its own stem ``팔리/V``; a search for 팔다 includes it. A derived
stem is the query stem plus the suffix Korean uses after that stem's final consonant
(-리- after ㄹ: 팔리다, 열리다; -히- after ㄱ ㄷ ㅂ ㅈ: 먹히다, 잡히다; -기- after ㄴ ㅁ ㅅ:
안기다, 감기다; -이-: 보이다, 놓이다; -우-/-추-: 깨우다, 맞추다), so 가다 does not find 가리다.
A search for 팔리다 finds only 팔리다's forms. Nouns stay nouns: 팔 "arm" (``팔/N``) is
never 팔다.

Chinese: words as jieba segments them. 卖 finds the word 卖 (被卖, 卖了, 卖给) and the verb
with a resultative or directional complement written as one word (卖掉, 卖出, 卖到), but not
longer words that merely contain the character: 买卖 "trade", 卖淫 "prostitution" (a
literal search finds the character anywhere).

Other scripts: case-folded Unicode words (Sold = sold; sells is another word).

A query of several words matches them in sequence (particles and endings between them are
ignored: 중국으로 팔려 finds 중국에 팔렸다).
"""

from __future__ import annotations

import unicodedata

from annotator.core.errors import UsageError
from annotator.core.language.analyzers import tokens
from annotator.core.language.script import Language, detect_language
from annotator.core.messages import translate

# Final consonants (jongseong index 0-27 of a precomposed syllable) after which each suffix
# derives a passive or causative verb; 0 is "no final consonant".
_G, _GG, _N, _NJ, _D, _L, _LG, _LM, _LB, _LH = 1, 2, 4, 5, 7, 8, 9, 10, 11, 15
_M, _B, _S, _J, _CH, _H = 16, 17, 19, 22, 23, 27
_DERIVING = {
    "리": {_L, _LH},  # 팔리다, 열리다, 뚫리다, 살리다
    "히": {_G, _NJ, _D, _LG, _LB, _B, _J},  # 먹히다, 앉히다, 닫히다, 잡히다, 맞히다
    "기": {_N, _D, _LM, _M, _S, _CH},  # 안기다, 뜯기다, 감기다, 씻기다, 쫓기다
    "이": {0, _G, _GG, _H, _M, _S, _B},  # 보이다, 먹이다, 섞이다, 놓이다
    "우": {0},  # 깨우다, 비우다
    "추": {_J},  # 맞추다, 낮추다
}
_CHINESE_COMPLEMENTS = "掉出到给走进去来完过上下回起开"


def _final(syllable: str) -> int | None:
    cp = ord(syllable)
    return (cp - 0xAC00) % 28 if 0xAC00 <= cp <= 0xD7A3 else None


def korean_forms(key: str) -> list[str]:
    """``key`` and the keys of the verbs derived from it (``팔/V`` -> ``팔/V``, ``팔리/V``)."""
    form, _, cls = key.rpartition("/")
    if cls != "V" or not form:
        return [key]
    final = _final(form[-1])
    if final is None:
        return [key]
    return [key] + [f"{form}{suffix}/V" for suffix, finals in _DERIVING.items() if final in finals]


def chinese_forms(key: str) -> list[str]:
    """``key`` and, for a one-character verb-like word, it with a complement (卖 -> 卖掉...)."""
    form, _, cls = key.rpartition("/")
    if len(form) != 1 or cls != "W" or not form.isalpha() or form.isascii():
        return [key]
    return [key] + [f"{form}{c}/W" for c in _CHINESE_COMPLEMENTS]


def query_keys(query: str) -> tuple[Language, list[list[str]]]:
    """The query's language and, for each of its words in order, the keys that match it.

    Raises:
        UsageError: the query has no word to search for (only particles or punctuation).
        AnalyzerUnavailable: its language's analyzer cannot be loaded.
    """
    text = unicodedata.normalize("NFC", " ".join(query.split()))
    language = detect_language(text)
    words = tokens(text, language)
    if not words:
        raise UsageError(translate("CoreSearch", "{query!r} has no word to search for").format(query=query))
    if language == "ko":
        return language, [korean_forms(t.key) for t in words]
    if language == "zh":
        return language, [chinese_forms(t.key) for t in words]
    return language, [[t.key] for t in words]
