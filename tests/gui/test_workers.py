"""Background jobs: their own connection, progress, cancel, errors reported not raised."""

from __future__ import annotations

import threading

from annotator.core.errors import ImportFailed
from annotator.gui.workers import Job


def test_a_job_reports_progress_and_stops_when_cancelled(qtbot, project):
    path, _ = project
    seen: list[tuple[int, int, str]] = []
    threads: list[int] = []

    def work(store, progress, cancelled):
        threads.append(threading.get_ident())
        documents = len(store.documents())  # its own connection works in the worker thread
        step = 0
        while not cancelled():
            progress(step, 0, "waiting")
            step += 1
            threading.Event().wait(0.005)
        return documents, step

    job = Job(path, work)
    job.progressed.connect(lambda *a: seen.append(a))
    job.start()
    qtbot.waitUntil(lambda: len(seen) > 2, timeout=5000)
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        job.cancel()
    documents, steps = finished.args[0]
    assert documents == 2 and steps >= 3 and job.done
    assert threads[0] != threading.get_ident()


def test_a_failing_job_reports_its_error(qtbot, project):
    path, _ = project

    def work(store, progress, cancelled):
        raise ImportFailed("cannot read it", path="x.txt")

    job = Job(path, work)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert failed.args == ["x.txt: cannot read it"]

    def crash(store, progress, cancelled):
        raise ZeroDivisionError

    job = Job(path, crash)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert "ZeroDivisionError" in failed.args[0]
