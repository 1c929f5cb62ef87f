"""Text -> words: each word's key (what a search compares) and its span in code points.

A key is the word's base form and a class letter, ``form/CLASS``: for Korean the morpheme's
lemma stem and its part of speech, coarsely (``팔/V`` the verb "sell", ``팔/N`` the noun
"arm": so a search for one never finds the other); for Chinese and for every other script
the case-folded word (``卖/W``, ``sold/W``). Latin words, numbers and Han characters inside
Korean text get the ``W`` class too, so ``Dandong`` is found in every language's documents.

The analyzers load on first use (kiwipiepy's model takes about 2 s and 150 MB) and are
shared by the threads of one process (each guarded by its lock). Nothing is fetched from
the network: the Korean model is the ``kiwipiepy-model`` package, and jieba's dictionary
ships inside jieba. jieba's start-up cache goes to the app's cache folder, never /tmp,
and its log lines are silenced.

When an analyzer cannot load, :class:`AnalyzerUnavailable` says so in one line; literal and
regular-expression search never need one.
"""

from __future__ import annotations

import logging
import re
import threading
from importlib import metadata
from typing import Any, NamedTuple

from annotator.core.errors import UsageError
from annotator.core.language.script import Language
from annotator.core.messages import translate


class Token(NamedTuple):
    key: str  # "팔/V", "卖/W", "sold/W"
    start: int  # code points, in the text that was analysed
    end: int


class AnalyzerUnavailable(UsageError):
    """Word search needs an analyzer (package or model) that could not be loaded.

    It keeps what it says (``language``, ``package``, ``cause``; a cause of None: not
    installed) so that a process other than the one that raised it can say it again in its
    own language (:meth:`retold`): the app's analyzers run in a helper process, which has no
    translator.
    """

    language: Language = "ko"
    package: str = ""
    cause: str | None = None

    def retold(self) -> AnalyzerUnavailable:
        """The same refusal, in this process's language."""
        return unavailable(self.language, self.cause, self.package)


_NEEDS = {"ko": "kiwipiepy-model", "zh": "jieba"}


def unavailable(language: Language, reason: object, package: str | None = None) -> AnalyzerUnavailable:
    """One line: which analyzer word search needs, its package, and why it could not load
    (``reason`` None: the package is not installed)."""
    package = package or _NEEDS[language]
    if language == "ko":
        text = translate("CoreSearch", "word search needs the Korean analyzer ({package}): {reason}")
    else:
        text = translate("CoreSearch", "word search needs the Chinese word segmenter ({package}): {reason}")
    cause = None if reason is None else str(reason)
    shown = translate("CoreSearch", "it is not installed") if cause is None else cause
    error = AnalyzerUnavailable(text.format(package=package, reason=shown))
    error.language, error.package, error.cause = language, package, cause
    return error


def analyzer_version(language: Language) -> str:
    """Which analyzer (and version) reads ``language``, without loading it: an index built by
    another version is rebuilt.

    Raises:
        AnalyzerUnavailable: the analyzer's package is not installed.
    """
    if language == "ko":
        return f"kiwipiepy {_version('ko', 'kiwipiepy')}, model {_version('ko', 'kiwipiepy-model')}"
    if language == "zh":
        return f"jieba {_version('zh', 'jieba')}"
    return "unicode words 1"


def _version(language: Language, package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        raise unavailable(language, None, package) from None


def tokens(text: str, language: Language) -> list[Token]:
    """The words of ``text`` in order, read as ``language``.

    Raises:
        AnalyzerUnavailable: the analyzer for ``language`` cannot be loaded.
    """
    if language == "ko":
        return _korean(text)
    if language == "zh":
        return _chinese(text)
    return _words(text)


# -- Korean: kiwipiepy ---------------------------------------------------------------------------
_kiwi: Any = None
_kiwi_lock = threading.Lock()

# Coarse classes of Sejong tags (kiwipiepy's tag set): what a search tells apart.
_KOREAN_CLASSES = {
    "NNG": "N", "NNP": "N", "NNB": "N", "NR": "N", "NP": "N",
    "VV": "V", "VA": "V", "VX": "V",
    "MAG": "M", "MAJ": "M", "MM": "M",
    "XR": "R",
    "IC": "I",
}  # fmt: skip
_KOREAN_WORDS = ("SL", "SH", "SN", "W_")  # Latin, Han, numbers, URLs...: plain words


def _korean_key(form: str, tag: str) -> str | None:
    """The key of one morpheme, or None for what a search ignores (particles, endings,
    copulas, affixes, punctuation)."""
    base = tag.split("-", 1)[0]  # "VV-R" (regular ㄹ verb) -> "VV"
    cls = _KOREAN_CLASSES.get(base)
    if cls is not None:
        return f"{form.replace(' ', '_')}/{cls}"
    if base.startswith(_KOREAN_WORDS):
        return f"{form.casefold().replace(' ', '_')}/W"
    return None


def kiwi() -> Any:
    """The shared Korean analyzer, loaded on first use from the ``kiwipiepy-model`` package.

    Raises:
        AnalyzerUnavailable: kiwipiepy or its model is missing or does not load.
    """
    global _kiwi
    with _kiwi_lock:
        if _kiwi is None:
            try:
                import kiwipiepy_model  # noqa: PLC0415 (150 MB: only when word search needs it)
            except ImportError as exc:
                raise unavailable("ko", exc, "kiwipiepy-model") from None
            try:
                from kiwipiepy import Kiwi  # noqa: PLC0415
            except ImportError as exc:
                raise unavailable("ko", exc, "kiwipiepy") from None
            try:
                _kiwi = Kiwi(model_path=kiwipiepy_model.get_model_path())
            except Exception as exc:  # noqa: BLE001 (a broken model: any error, one line)
                raise unavailable("ko", exc) from None
        return _kiwi


def _korean(text: str) -> list[Token]:
    analyzer = kiwi()
    with _kiwi_lock:  # one analysis at a time: the Kiwi object is shared
        morphemes = analyzer.tokenize(text)
    found: list[Token] = []
    verb = False  # the last word kept is a verb: its endings join its span (팔 + 았다 = 팔았다)
    for m in morphemes:
        key = _korean_key(m.form, m.tag)
        if key is not None:
            found.append(Token(key, m.start, m.start + m.len))
            verb = key.endswith("/V")
        elif verb and m.tag.startswith("E") and m.start <= found[-1].end:
            last = found[-1]
            found[-1] = Token(last.key, last.start, max(last.end, m.start + m.len))
        else:
            verb = False
    return found


# -- Chinese: jieba ------------------------------------------------------------------------------
_jieba: Any = None
_jieba_lock = threading.Lock()


def jieba_tokenizer() -> Any:
    """The shared Chinese segmenter: quiet, its cache in the app's cache folder.

    Raises:
        AnalyzerUnavailable: jieba is missing or its dictionary does not load.
    """
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            from annotator.core.config import cache_dir  # noqa: PLC0415
            from annotator.core.outputs import make_private_dir  # noqa: PLC0415

            try:
                import jieba  # noqa: PLC0415
            except ImportError as exc:
                raise unavailable("zh", exc) from None
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.setLogLevel(logging.WARNING)  # "Building prefix dict..." on stderr otherwise
            segmenter = jieba.Tokenizer()
            cache = cache_dir()
            try:
                make_private_dir(cache)
                segmenter.tmp_dir = str(cache)  # jieba.cache (its own dictionary only) goes here
            except OSError:
                segmenter.cache_file = None  # no config folder: jieba still works, slower
            try:
                segmenter.initialize()
            except Exception as exc:  # noqa: BLE001 (a broken dictionary: one line)
                raise unavailable("zh", exc) from None
            _jieba = segmenter
        return _jieba


def _chinese(text: str) -> list[Token]:
    segmenter = jieba_tokenizer()
    with _jieba_lock:
        words = list(segmenter.tokenize(text))
    return [Token(f"{word.casefold()}/W", start, end) for word, start, end in words if _WORD.match(word)]


# -- every other script: Unicode words -----------------------------------------------------------
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")


def _words(text: str) -> list[Token]:
    return [Token(f"{m.group().casefold()}/W", m.start(), m.end()) for m in _WORDS.finditer(text)]
