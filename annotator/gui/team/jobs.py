"""Run a team-lead task (merge, agreement, export...) in a worker with a progress dialog.

The core functions take ``progress``/``cancelled`` and know nothing of threads;
:class:`~annotator.gui.workers.Job` gives each task its own store connection.
This adds what every team dialog needs on top: a progress dialog whose Cancel
reaches the task, one-line errors, and a reference that keeps the job alive
until it ends (a collected QObject would drop its signals).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.workers import Job, Work

_RUNNING: set[Job] = set()  # jobs in flight, kept alive until they report

# The stages the core and the team's work functions report (``progress(done, total, what)``), so
# the progress dialog speaks the interface language; anything else (a document's name) is shown as is.
STAGES = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("Task", "retrieving segments"),
        QT_TRANSLATE_NOOP("Task", "counting codes"),
        QT_TRANSLATE_NOOP("Task", "counting co-occurrences"),
        QT_TRANSLATE_NOOP("Task", "counting values"),
        QT_TRANSLATE_NOOP("Task", "merging each coder's codings"),
        QT_TRANSLATE_NOOP("Task", "counting characters"),
        QT_TRANSLATE_NOOP("Task", "matching segments"),
        QT_TRANSLATE_NOOP("Task", "computing coefficients"),
        QT_TRANSLATE_NOOP("Task", "listing passages"),
        QT_TRANSLATE_NOOP("Task", "comparing typed values"),
        QT_TRANSLATE_NOOP("Task", "done"),
        QT_TRANSLATE_NOOP("Task", "Building the case rows"),
        QT_TRANSLATE_NOOP("Task", "Writing cases"),
        QT_TRANSLATE_NOOP("Task", "Writing codings"),
        QT_TRANSLATE_NOOP("Task", "Writing the matrix"),
        QT_TRANSLATE_NOOP("Task", "Writing the report"),
    )
}
_CODINGS_OF = re.compile(r"reading (?P<name>.+)'s codings")
_READING = re.compile(r"reading (?P<name>.+)")


def stage_text(what: str) -> str:
    """A progress stage in the interface language (a name inside it kept as it is)."""
    if what in STAGES:
        return translate("Task", STAGES[what])
    if match := _CODINGS_OF.fullmatch(what):
        return translate("Task", "reading {coder}'s codings").format(coder=match["name"])
    if match := _READING.fullmatch(what):
        return translate("Task", "reading {file}").format(file=match["name"])
    return what


def first_line(message: str) -> str:
    """A domain error is one line already; a traceback is cut to its last line (the exception)."""
    lines = [line for line in message.strip().splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].startswith("Traceback"):
        return lines[-1].strip()
    return lines[0].strip() if lines else "failed"


class Task(QObject):
    """One job with its progress dialog: ``Task(parent, path, work, title).run(done)``."""

    def __init__(
        self,
        parent: QWidget,
        path: Path,
        work: Work,
        title: str,
        *,
        label: str = "",
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.title = parent, title
        self.job = Job(path, work)
        self.dialog = QProgressDialog(
            label or translate("Task", "Working…"),
            translate("Task", "Cancel") if cancellable else "",
            0,
            0,
            parent,
        )
        self.dialog.setObjectName("teamProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)  # a quick task never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.canceled.connect(self.job.cancel)
        self.destroyed.connect(self.job.cancel)  # its dialog closed with the window: stop the work
        self.job.progressed.connect(self._progressed)
        self.result: Any = None
        self.error = ""
        self.reported = False  # True once done() or failed() has run

    @property
    def done(self) -> bool:
        return self.job.done

    def run(self, done: Callable[[Any], None], failed: Callable[[str], None] | None = None) -> Task:
        """Start; ``done(result)`` or ``failed(one line)`` runs in the GUI thread when it ends.

        Without ``failed`` an error is shown in a message box titled like the task; a task
        the user cancelled ends quietly (``cancelled`` is then True).
        """

        def finished(result: Any) -> None:
            if not shiboken6.isValid(self):  # the dialog that asked is gone: nobody to tell
                _RUNNING.discard(self.job)
                return
            self.result = result
            self._end()
            try:
                done(result)
            finally:
                self.reported = True

        def broke(message: str) -> None:
            if not shiboken6.isValid(self):
                _RUNNING.discard(self.job)
                return
            self.error = first_line(message)
            self._end()
            try:
                if failed is not None:
                    failed(self.error)
                elif not self.cancelled:
                    prompts.show_error(self.parent_widget, self.title, self.error)
            finally:
                self.reported = True

        self.job.finished.connect(finished)
        self.job.failed.connect(broke)
        _RUNNING.add(self.job)
        self.job.start()
        return self

    def cancel(self) -> None:
        self.job.cancel()

    @property
    def cancelled(self) -> bool:
        return self.job.cancelled

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if what:
            text = stage_text(what)
            self.dialog.setLabelText(
                translate("Task", "{stage}…").format(stage=f"{text[:1].upper()}{text[1:]}")
            )

    def _end(self) -> None:
        _RUNNING.discard(self.job)
        try:
            self.dialog.canceled.disconnect(self.job.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        except RuntimeError:  # the dialog went with its parent window; nothing left to close
            pass
