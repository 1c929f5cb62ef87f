"""Run long core work off the GUI thread, each job with its own SQLite connection.

The core functions take ``progress``/``cancelled`` callbacks and know nothing
of threads; a job opens its *own* ``ProjectStore`` on the project's path
(a sqlite3 connection must never cross threads) and reports back by signal.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.model import Coder
from annotator.core.store import ProjectStore

Work = Callable[[ProjectStore, Callable[[int, int, str], None], Callable[[], bool]], Any]


class Job(QObject):
    """One background job: its signals and cancel flag (the object lives in the GUI thread).

    Connect to the signals, then :meth:`start`: a signal emitted before a slot is connected
    would be lost, and a quick job can finish before the next line of the caller runs.
    """

    progressed = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one-line message (domain error) or a traceback

    def __init__(self, path: Path, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.work = Path(path), work
        self._cancel = threading.Event()
        self.ended = threading.Event()  # set by the worker thread itself, whatever the outcome
        self.done = False
        self.runnable: QRunnable | None = None
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def _mark_done(self, *_: object) -> None:
        self.done = True

    def start(self) -> Job:
        # The job keeps the runnable alive and the pool must not delete it: a Python wrapper
        # collected before the pool runs it would leave a thread with nothing to run.
        runnable = self.runnable = _Runnable(self, self.path, self.work)
        runnable.setAutoDelete(False)
        QThreadPool.globalInstance().start(runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float = 60.0) -> bool:
        """Block until the worker thread has finished (its connection is closed)."""
        return self.ended.wait(seconds)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, path: Path, work: Work) -> None:
        super().__init__()
        self.job, self.path, self.work = job, path, work

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:  # the job's QObject was deleted (the app is quitting): nobody listens
            pass
        finally:
            self.job.ended.set()

    def _run(self) -> None:
        job = self.job
        try:
            with ProjectStore.open(self.path) as store:
                result = self.work(store, job.progressed.emit, lambda: job.cancelled)
        except AnnotatorError as exc:
            job.failed.emit(str(exc))
        except Exception:  # noqa: BLE001 — report, never kill the worker thread silently
            job.failed.emit(traceback.format_exc())
        else:
            job.finished.emit(result)


def import_work(paths: list[str], coder: Coder, *, allow_partial: bool = False) -> Work:
    """The import of ``paths`` as a job's work: documents by core ``import_files``, ``.qdpx``/``.qdc``
    by ``refi_qda.import_into_report`` (a package that would lose selections is refused unless
    ``allow_partial``). ``coder`` is the session's coder record: the importer, and the coder of
    codings whose package names none."""

    def work(
        store: ProjectStore, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> Any:
        from annotator.core.importers.importing import import_files  # noqa: PLC0415 (importers load on demand)

        refi = [p for p in paths if p.lower().endswith((".qdpx", ".qdc"))]
        docs = [p for p in paths if p not in refi]
        report = import_files(store, docs, coder=coder, progress=progress, cancelled=cancelled)
        if refi and not report.cancelled:
            from annotator.core.refi_qda import import_into_report  # noqa: PLC0415

            import_into_report(
                store, refi, report, coder=coder, allow_partial=allow_partial, cancelled=cancelled
            )
        return report

    return work
