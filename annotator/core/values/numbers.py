"""Numbers as survivors and interpreters say them: digits, English words, Korean and Chinese numerals.

Why by hand: testimony states figures as "25,000 yuan", "2만 5천 위안", "两万五千元",
"nineteen", "열아홉 살" or "十九岁", and no maintained library reads all of these (the
number-word libraries cover English only and take whole strings). Everything here
is a pure function from text to numbers; nothing is guessed silently: a span that is
not a number is None, and callers show every reading as a proposal the coder accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- English -------------------------------------------------------------------------------------
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_EN_WORD = "|".join(sorted([*_EN_UNITS, *_EN_TENS, *_EN_SCALES], key=len, reverse=True))
EN_NUMBER = re.compile(rf"\b(?:{_EN_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_WORD}))*\b", re.IGNORECASE)

# -- Digits ---------------------------------------------------------------------------------------
# 25,000 / 25 000 / 1,250.50 / 2.5 / 18000; a comma or space groups exactly three digits.
DIGITS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:,|\u202f| )\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])"
)
_DIGIT_SCALE_WORDS = {"k": 1_000, "thousand": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000}

# -- Korean ---------------------------------------------------------------------------------------
_KO_NATIVE_ONES = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "서": 3, "넷": 4, "네": 4, "넉": 4,
    "너": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip
_KO_NATIVE_TENS = {
    "열": 10,
    "스물": 20,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
_KO_NATIVE = re.compile(
    "(?:" + "|".join(sorted(_KO_NATIVE_TENS, key=len, reverse=True)) + ")"
    "(?:" + "|".join(sorted(_KO_NATIVE_ONES, key=len, reverse=True)) + ")?"
    "|(?:" + "|".join(sorted(_KO_NATIVE_ONES, key=len, reverse=True)) + ")"
)
_SINO_DIGITS = {
    "영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7,
    "팔": 8, "구": 9,
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_SMALL_UNITS = {
    "십": 10,
    "백": 100,
    "천": 1_000,
    "十": 10,
    "百": 100,
    "千": 1_000,
    "拾": 10,
    "佰": 100,
    "仟": 1_000,
}
_BIG_UNITS = {
    "만": 10_000,
    "억": 100_000_000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
}
_HAN_DIGITS = "〇零一二两兩三四五六七八九壹贰叁肆伍陆柒捌玖"
_HAN_UNITS = "十百千拾佰仟万萬亿億"
_KO_DIGITS = "영공일이삼사오육륙칠팔구"
_KO_UNITS = "십백천만억"
# A run of Chinese numerals, possibly mixed with Arabic digits: "三十", "两万五千", "2.5万", "二〇一二".
# Arabic digits inside them may be grouped by commas: "1,500만 원" is 15,000,000 won, never 1,500.
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
HAN_NUMBER = re.compile(
    rf"(?:{_ARABIC}\s?[{_HAN_UNITS}]|[{_HAN_DIGITS}{_HAN_UNITS}])"
    rf"(?:{_ARABIC}\s?[{_HAN_UNITS}]?|[{_HAN_DIGITS}{_HAN_UNITS}])*"
)
# Sino-Korean numerals need a unit somewhere ("이만 오천", "2만 5천", "삼십", "25만"): the digit
# syllables alone (이, 일, 사, 오 ...) are everyday words and are never read as numbers.
_KO_PIECE = rf"(?:{_ARABIC}\s?[{_KO_UNITS}]|[{_KO_DIGITS}]?[{_KO_UNITS}])"
KOREAN_SINO = re.compile(rf"{_KO_PIECE}(?:\s?{_KO_PIECE})*(?:\s?[{_KO_DIGITS}](?![가-힣]))?")


@dataclass(frozen=True, slots=True)
class Found:
    """A number found in a text: its value and where it stands (code points, half-open)."""

    value: float
    start: int
    end: int

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def english_words(text: str) -> float | None:
    """``"twenty-five thousand"`` → 25000; None when it is not only number words."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words or (len(words) == 1 and words[0] in ("a", "an")):
        return None
    total = current = 0
    for word in words:
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _EN_SCALES:
            total += max(current, 1) * _EN_SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)


def digits(text: str) -> float | None:
    """``"25,000"`` → 25000, ``"2.5"`` → 2.5; None when it is not a plain number."""
    cleaned = re.sub(r"[,\u202f ](?=\d{3}\b)", "", text.strip())
    try:
        return float(cleaned)
    except ValueError:
        return None


def korean_native(text: str) -> float | None:
    """Native Korean numerals as ages and counts use them: ``열아홉`` → 19, ``스무`` → 20, ``세`` → 3."""
    text = text.strip()
    for tens_word, tens in sorted(_KO_NATIVE_TENS.items(), key=lambda kv: -len(kv[0])):
        if text.startswith(tens_word):
            rest = text[len(tens_word) :]
            if not rest:
                return float(tens)
            return float(tens + _KO_NATIVE_ONES[rest]) if rest in _KO_NATIVE_ONES else None
    return float(_KO_NATIVE_ONES[text]) if text in _KO_NATIVE_ONES else None


def east_asian(text: str) -> float | None:
    """Sino-Korean and Chinese numerals, alone or mixed with digits.

    ``이만 오천`` / ``2만 5천`` / ``两万五千`` / ``2.5万`` → 25000; ``三十`` → 30; ``십구`` → 19.
    """
    text = re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"\s+", "", text))
    if not text:
        return None
    total = 0.0  # finished big-unit groups
    group = 0.0  # the current group below 10,000
    digit: float | None = None  # a pending digit (or Arabic number) before its unit
    index = 0
    seen_any = False
    while index < len(text):
        match = re.match(r"\d+(?:\.\d+)?", text[index:])
        if match:
            if digit is not None:
                return None
            digit = float(match.group(0))
            index += len(match.group(0))
            seen_any = True
            continue
        char = text[index]
        index += 1
        if char in _SINO_DIGITS:
            # 二〇一二 is read digit by digit (a year): a digit after a digit shifts it left.
            digit = float(_SINO_DIGITS[char]) if digit is None else digit * 10 + _SINO_DIGITS[char]
            seen_any = True
        elif char in _SMALL_UNITS:
            group += (1.0 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
            seen_any = True
        elif char in _BIG_UNITS:
            group += digit or 0.0
            total += (group or 1.0) * _BIG_UNITS[char]
            group, digit = 0.0, None
            seen_any = True
        else:
            return None
    if not seen_any:
        return None
    return total + group + (digit or 0.0)


def parse_number(text: str) -> float | None:
    """Any single number the other readers accept, tried from the most to the least specific."""
    text = text.strip()
    if not text:
        return None
    for reader in (digits, english_words, korean_native, east_asian):
        value = reader(text)
        if value is not None:
            return value
    match = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(k|m|mn|thousand|million)", text, re.IGNORECASE)
    if match:
        base = digits(match.group(1).replace(",", "."))
        if base is not None:
            return base * _DIGIT_SCALE_WORDS[match.group(2).lower()]
    return None


def find_numbers(text: str) -> list[Found]:
    """Every number written in ``text``, in order, each with its span; overlapping readings
    keep the longest (``"2만 5천"`` is one number, not 2 and 5). An order of magnitude
    ("몇백", "a few hundred") is no number."""
    return [f for f in _all_numbers(text) if not _vague(text, f)]


def vague_numbers(text: str) -> bool:
    """Whether ``text`` states an order of magnitude instead of a figure ("몇백 위안")."""
    if re.search(r"\b(?:hundreds|thousands|millions)\b", text, re.IGNORECASE):
        return True
    return any(_vague(text, f) for f in _all_numbers(text))


def _all_numbers(text: str) -> list[Found]:
    candidates: list[Found] = []
    readers = (
        (DIGITS, digits),
        (EN_NUMBER, english_words),
        (HAN_NUMBER, east_asian),
        (KOREAN_SINO, east_asian),
    )
    for pattern, reader in readers:
        for match in pattern.finditer(text):
            value = reader(match.group(0))
            if value is not None:
                candidates.append(Found(value, match.start(), match.end()))
    for match in _KO_NATIVE.finditer(text):
        # Only before a counter word (살 years, 번 times, 명 people, 달 months, 해 years):
        # alone, 한/세/네 are ordinary syllables.
        after = text[match.end() : match.end() + 2]
        if re.match(r"\s?(살|번|명|달|해|차례|곳)", after):
            value = korean_native(match.group(0))
            if value is not None:
                candidates.append(Found(value, match.start(), match.end()))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for found in candidates:
        if kept and found.start < kept[-1].end:
            continue
        kept.append(found)
    return kept


# "몇백 위안", "수천 위안", "几百元", "a few hundred yuan": an order of magnitude, not a figure.
# Read as 100 or 1,000 they would put a number in the survivor's mouth; they are no number.
_VAGUE_BEFORE = re.compile(r"(?:[몇수几數数]\s?|\b(?:a\s+few|few|several|some|many)\s+)$", re.IGNORECASE)


def _vague(text: str, found: Found) -> bool:
    before = text[max(0, found.start - 10) : found.start]
    hit = _VAGUE_BEFORE.search(before)
    if hit is not None:
        at = found.start - len(hit.group(0))  # where the vague word begins
        # 수 / 数 ending a longer word ("횟수 3", "人数3") is not "several"
        return not (text[at] in "수数數" and at > 0 and re.match(r"[가-힣一-鿿]", text[at - 1]))
    return False
