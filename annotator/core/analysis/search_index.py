"""The search index: each document's words, analysed once and kept in the project file.

Built lazily: a word search first indexes the documents it covers that have no index yet,
or whose index another analyzer (or version) made (see :func:`stale_documents`). Opening or
reading a document never touches it. Each document is analysed outside any transaction and
written in its own short one, so in the app (a worker with its own connection) coding goes
on while the corpus is indexed, and a cancelled or interrupted build keeps what it finished.

Spans are stored as little-endian uint32 pairs (start, end), zlib-compressed: about a third
of the size of the document's text (see the benchmark in the README).
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Callable, Sequence
from typing import NamedTuple

from annotator.core.errors import Cancelled
from annotator.core.language import Language, analyzer_version, detect_language, tokens
from annotator.core.messages import translate
from annotator.core.nfc import NfcView
from annotator.core.store import ProjectStore

FORMAT = 1  # how words and spans are written: a new format rebuilds every index


class Analysed(NamedTuple):
    language: Language
    analyzer: str
    words: str  # keys in text order, space-separated
    spans: bytes  # packed (start, end) code points in the stored text


def analyzer_name(language: Language) -> str:
    """What an index row records as its analyzer: a different one makes the row stale."""
    return f"{language}: {analyzer_version(language)}; index {FORMAT}"


def analyse(text: str) -> Analysed:
    """The words of a stored text. The analyzers read its NFC form; spans are mapped back to
    the stored text, so they cover exactly the characters shown.

    Raises:
        AnalyzerUnavailable: the text's language needs an analyzer that cannot be loaded.
    """
    view = NfcView(text)
    language = detect_language(view.view)
    name = analyzer_name(language)
    found = tokens(view.view, language)
    flat = array("I")
    if view.view is text:
        for t in found:
            flat.append(t.start)
            flat.append(t.end)
    else:
        for t in found:
            flat.append(view.original(t.start))
            flat.append(view.original(t.end, end=True))
    return Analysed(language, name, " ".join(t.key for t in found), pack(flat))


def pack(flat: array[int]) -> bytes:
    if sys.byteorder == "big":
        flat = array("I", flat)
        flat.byteswap()
    return zlib.compress(flat.tobytes(), 6)


def unpack(blob: bytes) -> array[int]:
    flat = array("I")
    flat.frombytes(zlib.decompress(blob))
    if sys.byteorder == "big":
        flat.byteswap()
    return flat


def stale_documents(store: ProjectStore, documents: Sequence[str] | None = None) -> list[str]:
    """The documents (of ``documents``, else all) whose index is missing or was made by
    another analyzer than the one installed now, in the documents' order.

    Raises:
        AnalyzerUnavailable: an indexed document's analyzer is no longer installed.
    """
    state = store.search_index_state()
    wanted = None if documents is None else set(documents)
    current: dict[str, str] = {}
    stale = []
    for doc in store.documents():
        if wanted is not None and doc.guid not in wanted:
            continue
        indexed = state.get(doc.guid)
        if indexed is None:
            stale.append(doc.guid)
            continue
        language, analyzer = indexed
        if language not in current:
            current[language] = analyzer_name(_language(language))
        if analyzer != current[language]:
            stale.append(doc.guid)
    return stale


def _language(stored: str) -> Language:
    return "ko" if stored == "ko" else "zh" if stored == "zh" else "other"


def build_index(
    store: ProjectStore,
    documents: Sequence[str] | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    analyser: Callable[[str], Analysed] = analyse,
) -> int:
    """Index the stale documents of ``documents`` (else of the project); how many it indexed.

    ``analyser`` is :func:`analyse` or the same run elsewhere: the app runs it in a helper
    process, because loading kiwipiepy's model holds Python's lock for seconds (analysis
    itself releases it).

    Raises:
        AnalyzerUnavailable: a document needs an analyzer that cannot be loaded (the
            documents indexed before it are kept).
        Cancelled: ``cancelled`` said so (likewise).
    """
    todo = stale_documents(store, documents)
    names = {d.guid: d.name for d in store.documents()} if todo else {}
    for done, guid in enumerate(todo):
        if cancelled is not None and cancelled():
            raise Cancelled(translate("CoreSearch", "indexing was cancelled"))
        if progress is not None:
            progress(done, len(todo), names.get(guid, ""))
        analysed = analyser(store.document_text(guid))
        with store.atomic():
            store.put_search_index(
                guid,
                language=analysed.language,
                analyzer=analysed.analyzer,
                words=analysed.words,
                spans=analysed.spans,
            )
    if progress is not None and todo:
        progress(len(todo), len(todo), "")
    return len(todo)
