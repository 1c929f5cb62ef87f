"""Start the app: QApplication, look, an excepthook that keeps it alive, the first project."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator import __version__
from annotator.core import config, outputs
from annotator.core.errors import AnnotatorError
from annotator.gui import i18n, prompts, shutdown, window_state
from annotator.gui.dialogs.errors import ExceptionDialog
from annotator.gui.i18n import translate
from annotator.gui.main_window import APP_NAME, MainWindow, app_title
from annotator.gui.theme import app_icon, apply_theme

log = logging.getLogger("annotator")


class _Reporter(QObject):
    """Carries exceptions from any thread to a dialog in the GUI thread."""

    raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialogs: list[ExceptionDialog] = []
        self.raised.connect(self._show)

    def _show(self, trace: str) -> None:
        parent = QApplication.activeWindow()
        dialog = ExceptionDialog(trace, parent)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()  # not exec(): never nest event loops inside a failing slot


def install_excepthook() -> _Reporter:
    """Unexpected exceptions: log, show a copyable report, keep running.

    A domain error that escaped a handler is a message for the user, not a bug report.
    """
    reporter = _Reporter()

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(value, AnnotatorError):
            window = QApplication.activeWindow()
            if isinstance(window, MainWindow):
                window.show_status(str(value))
                return
        trace = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", trace)
        reporter.raised.emit(trace)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value or Exception(), args.exc_traceback)
    return reporter


class FileOpener(QObject):
    """macOS hands a double-clicked project (or one dropped on the Dock icon) to the running app
    as a file-open event, not as an argument: open it in the window, as ``annotator gui FILE`` does."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_project(event.file())
            return True
        return super().eventFilter(watched, event)


def first_project() -> Path | None:
    """The most recent project that still exists, else the demo project (built if missing)."""
    for recent in config.recent_projects():
        if Path(recent).is_file():
            return Path(recent)
    from annotator.core.demo import build_demo, default_demo_path  # noqa: PLC0415

    demo = default_demo_path()
    if not demo.exists():
        try:
            build_demo(demo)
        except (AnnotatorError, OSError) as exc:
            log.warning("cannot build the demo project: %s", exc)
            return None
    return demo


def _open_first(window: MainWindow, project: str | Path | None) -> None:
    target = Path(project) if project else first_project()
    if shutdown.requested():
        return
    if target is not None and not window.open_project(target):
        window.show_status(translate("App", "Open or create a project from the File menu."))
    elif target is None:
        prompts.show_error(
            window,
            app_title(),
            translate("App", "No project to open yet: create one with File → New project."),
        )


def run(project: str | Path | None = None, coder: str | None = None) -> int:
    """The ``annotator gui`` entry point; returns the exit status."""
    outputs.private_umask()  # whatever the app creates (projects, copies, exports) is the owner's only
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("testimony-annotator")  # resources/desktop/testimony-annotator.desktop
    app.setWindowIcon(app_icon())
    window_state.keep_in(config.config_dir())
    i18n.install(app)  # before any widget exists: each is built once, in the chosen language
    apply_theme(app)
    stopper = shutdown.Shutdown(app)  # from here on a signal closes the app properly
    reporter = install_excepthook()
    window = MainWindow(coder=coder)
    if sys.platform == "darwin":  # only macOS hands files over by event; elsewhere an app-wide
        app.installEventFilter(FileOpener(window))  # Python filter would run for every event
    window.show()
    status = 0
    try:
        if not shutdown.requested():
            _open_first(window, project)
        if not shutdown.requested():  # a signal during a start-up question: never start the loop
            stopper.main_loop = True
            status = app.exec()
    finally:
        stopper.main_loop = False
        window.close()  # idempotent: memo flushed, project closed, lock released
        window.projects.close()
        stopper.uninstall()
        shutdown.release_locks()
    del reporter
    return shutdown.exit_status() or int(status)
