"""The analyzers in a helper process, so that the window never waits for them.

Why: loading kiwipiepy's model holds Python's global lock for seconds (measured 2-4 s),
which would freeze the window even from a worker thread; analysing releases it, but the
load cannot be moved. One spawned process loads the analyzers once and reads the texts a
worker sends it over a pipe (nothing is written to disk). If no process can be started,
analysis runs in the worker thread instead.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from annotator.core.analysis.search_index import Analysed, analyse
from annotator.core.language import Language, query_keys
from annotator.core.language.analyzers import AnalyzerUnavailable

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _pool is None:
            try:
                _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError):
                return None
        return _pool


def analyse_elsewhere(text: str) -> Analysed:
    """:func:`~annotator.core.analysis.search_index.analyse`, in the helper process."""
    pool = _executor()
    if pool is None:
        return analyse(text)
    try:
        return pool.submit(analyse, text).result()
    except AnalyzerUnavailable as exc:  # said in the helper's English: say it in the app's language
        raise exc.retold() from None
    except BrokenProcessPool:
        shutdown()
        return analyse(text)


def query_elsewhere(query: str) -> tuple[Language, list[list[str]]]:
    """:func:`~annotator.core.language.query_keys`, in the helper process."""
    pool = _executor()
    if pool is None:
        return query_keys(query)
    try:
        return pool.submit(query_keys, query).result()
    except AnalyzerUnavailable as exc:  # said in the helper's English: say it in the app's language
        raise exc.retold() from None
    except BrokenProcessPool:
        shutdown()
        return query_keys(query)


def shutdown() -> None:
    """Stop the helper process (at quit); the next search starts a new one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
