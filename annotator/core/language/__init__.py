"""Words of Korean, Chinese and other text: which analyzer reads a text, and the words it finds.

- :mod:`script` picks the language of a text from its letters (Hangul -> Korean, Han ->
  Chinese, else any other script);
- :mod:`analyzers` turns a text into :class:`Token` s (a word's key and its code-point span):
  Korean by morphological analysis (kiwipiepy, whose model is a package: loaded offline),
  Chinese by word segmentation (jieba), other scripts by Unicode words, case-folded;
- :mod:`forms` gives, for a query, the keys that count as the same word (팔다 -> 팔/V and its
  passive 팔리/V; 卖 -> 卖 and 卖掉).

Qt-free and store-free: the search index and the corpus search sit above it.
"""

from annotator.core.language.analyzers import (
    AnalyzerUnavailable,
    Token,
    analyzer_version,
    tokens,
)
from annotator.core.language.forms import query_keys
from annotator.core.language.script import Language, detect_language

__all__ = [
    "AnalyzerUnavailable",
    "Language",
    "Token",
    "analyzer_version",
    "detect_language",
    "query_keys",
    "tokens",
]
