"""Leaving the app on SIGTERM, SIGINT (Ctrl+C) or SIGHUP at any moment: within two seconds,
project closed, lock released, non-zero exit status.

Why more than ``signal.signal``: Python runs a handler only when the main thread
executes bytecode, and a modal dialog (the coder, lock, passphrase or "cannot
open" question) runs Qt's C++ event loop for as long as the user looks at it. A
``quit()`` before ``app.exec()`` did nothing either, so a signal during a
start-up dialog used to leave a windowless app holding the project lock.

Here the C-level handler writes to a pipe (``signal.set_wakeup_fd``); a
``QSocketNotifier`` on the other end wakes whichever event loop is running, and:

1. every visible dialog is rejected, and again every ``TICK_MS`` while stopping
   (a question asked on the way out is cancelled as soon as it appears), which
   unwinds nested event loops: each question's caller sees "Cancel";
2. once no nested loop is left, the windows are closed (memo flushed, project
   closed, lock released) and the main loop exits with 128 + the signal number;
   before the main loop has started, ``run()`` asks :func:`requested` and stops;
3. a watchdog thread forces the exit ``DEADLINE`` seconds after the signal if
   something blocks (a long backup, a worker that does not stop), releasing the
   locks first; a second signal forces it at once.

Forcing is safe for the work: every coding is its own committed SQLite
transaction in WAL mode (the SIGKILL test holds that). Every project lock this
process takes is registered with :func:`track`, so the forced path and
``atexit`` release it whatever way the process ends.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import sys
import threading
import weakref
from types import FrameType

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from annotator.core.store import ProjectLock

log = logging.getLogger(__name__)

DEADLINE = 1.3  # seconds from the first signal to a forced exit (the promise is 2 s)
TICK_MS = 25  # while stopping: how often dialogs are swept and the main loop is tried
STOP_SIGNALS = tuple(
    s for s in (getattr(signal, name, None) for name in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None
)
REPORT_DIALOGS_ENV = "ANNOTATOR_REPORT_DIALOGS"  # tests: "dialog shown: TITLE" on stderr

_locks: weakref.WeakSet[ProjectLock] = weakref.WeakSet()
_signum = 0  # the first stop signal received (0: none)


def track(lock: ProjectLock) -> None:
    """Register a lock this process holds, so every way out releases it."""
    _locks.add(lock)


def release_locks() -> None:
    """Release every tracked lock still held (only our own: ``release`` checks the PID)."""
    for lock in list(_locks):
        with contextlib.suppress(OSError):
            lock.release()


atexit.register(release_locks)


def requested() -> int:
    """The signal that asked the app to stop, or 0: callers stop instead of going on."""
    return _signum


def exit_status() -> int:
    return 128 + _signum if _signum else 0


def force_exit(status: int) -> None:
    """Leave now: locks released, no Python or Qt clean-up (it may be what blocks)."""
    release_locks()
    with contextlib.suppress(Exception):
        sys.stderr.write("annotator: stopped by a signal (committed work is saved)\n")
        sys.stderr.flush()
    os._exit(status)


class _DialogReporter(QObject):
    """Test hook: says on stderr when a dialog appears, so a test knows when to signal."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            sys.stderr.write(f"dialog shown: {watched.windowTitle()}\n")
            sys.stderr.flush()
        return False


class Shutdown(QObject):
    """Owns the signal handlers of the GUI process; see the module docstring."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.main_loop = False  # run() sets it just before app.exec()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._unwind)
        self._notifier: QSocketNotifier | None = None
        self._old_wakeup = -1
        self._pipe: tuple[int, int] | None = None
        if os.name == "posix":
            read, write = os.pipe()
            for fd in (read, write):
                os.set_blocking(fd, False)
            self._pipe = (read, write)
            self._old_wakeup = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._woken)
        else:  # no wakeup pipe for Qt to watch: a timer lets Python look for signals
            self._poll = QTimer(self)
            self._poll.timeout.connect(self._woken)
            self._poll.start(200)
        self._old_handlers = {s: signal.signal(s, self._handler) for s in STOP_SIGNALS}
        self._reporter: _DialogReporter | None = None
        if os.environ.get(REPORT_DIALOGS_ENV):
            self._reporter = _DialogReporter(self)
            app.installEventFilter(self._reporter)

    # -- the Python-level handler (runs in the main thread, between bytecodes) -----
    def _handler(self, signum: int, _frame: FrameType | None) -> None:
        global _signum
        if _signum:
            force_exit(128 + signum)  # a second signal: the user means it
        _signum = signum
        # Nothing else here: the handler runs between any two bytecodes of the main thread, also
        # in the middle of a write to stderr, and logging from it then raises "reentrant call"
        # (seen with Debian's Python: the error became an error dialog, and the app looped).
        threading.Thread(target=self._watchdog, name="annotator-stop-watchdog", daemon=True).start()

    @staticmethod
    def _watchdog() -> None:
        threading.Event().wait(DEADLINE)
        force_exit(exit_status())

    # -- the Qt side ---------------------------------------------------------------
    def _woken(self, *_: object) -> None:
        if self._pipe is not None:
            with contextlib.suppress(BlockingIOError, InterruptedError):
                while os.read(self._pipe[0], 512):
                    pass
        if _signum:
            if not self._tick.isActive():
                log.info("stopping: %s", signal.Signals(_signum).name)
            self._unwind()
            self._tick.start()

    def _unwind(self) -> None:
        """Cancel every dialog; close and quit once no nested event loop is left."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        nested = QThread.currentThread().loopLevel() > 1 or QApplication.activeModalWidget() is not None
        if self.main_loop and not nested:
            self._tick.stop()
            QApplication.closeAllWindows()  # each window closes its project and releases its lock
            self.app.exit(exit_status())

    def uninstall(self) -> None:
        """Give the signals back (the process lives on after ``run``, e.g. in a test)."""
        self._tick.stop()
        for sig, old in self._old_handlers.items():
            signal.signal(sig, old)
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_wakeup)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
        if self._reporter is not None:
            self.app.removeEventFilter(self._reporter)
