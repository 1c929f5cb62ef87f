"""The journey timeline of one case: its dated events in order, flags, and derived figures.

A window beside the main one, like the team's review windows: read an event, click it
(or press Enter) and the passage opens in the main window, come back. The journey is
computed by the core in a worker with its own connection (a case with hundreds of
passages across many testimonies reads every value and text), and again after every
change to the project while the window is open.
"""

from __future__ import annotations

import html
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.journey import Journey
from annotator.core.changes import ChangeSet
from annotator.gui.cases.timeline_model import (
    EVENT_ROLE,
    FLAG_MARKS,
    TimelineModel,
    figures_text,
    flag_word,
    unknown_text,
)
from annotator.gui.i18n import translate
from annotator.gui.models.cases import role_label
from annotator.gui.session import ProjectSession
from annotator.gui.tables import row_table
from annotator.gui.workbench import CaseBench
from annotator.gui.workers import Job

REFRESH_MS = 400  # after a change, recompute once the user pauses


def journey_work(case: str) -> Any:
    def work(store: Any, _progress: Any, _cancelled: Any) -> Journey:
        from annotator.core.analysis.journey import journey  # noqa: PLC0415 (loads on demand)

        return journey(store, case)

    return work


class TimelineWindow(QDialog):
    """``TimelineWindow(session, bench).show_case(guid)``; ``journey`` is the last result shown."""

    def __init__(self, session: ProjectSession, bench: CaseBench, parent: QWidget | None = None) -> None:
        super().__init__(parent or bench.dialog_parent)
        self.setObjectName("caseTimeline")
        self.setWindowTitle(translate("TimelineWindow", "Journey timeline"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(980, 560)
        self.session, self.bench = session, bench
        self.case: str | None = None
        self.journey: Journey | None = None
        self.job: Job | None = None
        self._token = 0
        self.choose = QComboBox()
        self.choose.setObjectName("timelineCase")
        self.choose.setAccessibleName(translate("TimelineWindow", "Case"))
        self.choose.setMinimumContentsLength(18)
        self.choose.activated.connect(lambda _i: self.show_case(self.choose.currentData()))
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.figures = QLabel()
        self.figures.setObjectName("timelineFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.flags = QListWidget()
        self.flags.setObjectName("timelineFlags")
        self.flags.setAccessibleName(translate("TimelineWindow", "Flags"))
        self.flags.setMaximumHeight(96)
        self.flags.itemActivated.connect(self._flag_chosen)
        self.flags.itemClicked.connect(self._flag_chosen)
        self.model = TimelineModel(self)
        self.model.shown_path = lambda path: self.session.code_names.shown_path(path)
        self.table = row_table(
            self.model,
            name="timelineTable",
            accessible=translate("TimelineWindow", "Events in date order"),
            stretch=TimelineModel.QUOTE,
            widths=((0, 34), (1, 120), (2, 120), (3, 210), (5, 170)),
        )
        self.table.clicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        top = QHBoxLayout()
        case_label = QLabel(translate("TimelineWindow", "&Case:"))
        case_label.setBuddy(self.choose)
        top.addWidget(case_label)
        top.addWidget(self.choose)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.flags)
        layout.addWidget(self.table, 1)
        for action in bench.undo_actions():
            self.addAction(action)  # Ctrl+Z works here too
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.recompute)
        session.changed.connect(self._changed)
        self._fill_cases()

    # -- which case ---------------------------------------------------------------
    def _fill_cases(self) -> None:
        self.choose.blockSignals(True)
        self.choose.clear()
        for case in self.session.store.cases():
            self.choose.addItem(
                translate("TimelineWindow", "{case} ({role})").format(
                    case=case.label, role=role_label(case.role)
                ),
                case.guid,
            )
        self.choose.setCurrentIndex(self.choose.findData(self.case))
        self.choose.blockSignals(False)

    def show_case(self, guid: str | None) -> None:
        """Show (and compute) the journey of case ``guid``."""
        if guid != self.case:
            self.case = guid
            self.model.set_journey(None)
            self.journey = None
        self.choose.setCurrentIndex(self.choose.findData(guid))
        self.recompute()

    def _changed(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self):
            return
        if changes.extra.get("cases") or changes.extra.get("reload"):
            self._fill_cases()
            if self.case is not None and self.choose.findData(self.case) < 0:  # deleted or merged away
                self.case = None
                self.model.set_journey(None)
                self.journey = None
                self._show_empty(
                    translate(
                        "TimelineWindow", "This case is gone (deleted or merged; Ctrl+Z brings it back)."
                    )
                )
                return
        if self.isVisible() and self.case is not None:
            self._refresh.start()

    # -- computing ------------------------------------------------------------------
    def recompute(self) -> None:
        if self.case is None:
            self._show_empty(translate("TimelineWindow", "Choose a case."))
            return
        self._token += 1
        token, case = self._token, self.case
        if self.journey is None:  # a refresh keeps what is shown until the new journey is in
            self.status.setText(translate("TimelineWindow", "Reading the journey…"))
        job = self.job = Job(self.session.path, journey_work(case))  # kept by self.job and its runnable
        job.finished.connect(lambda result: self._done(token, result))
        job.failed.connect(lambda message: self._failed(token, message))
        job.start()

    def _done(self, token: int, journey: Journey) -> None:
        if token != self._token or not shiboken6.isValid(self):
            return
        keep = self.selected_event()
        self.journey = journey
        self.model.set_journey(journey)
        self.setWindowTitle(
            translate("TimelineWindow", "Journey timeline — {case}").format(case=journey.case.label)
        )
        n = len(journey.events)
        if n == 1:
            status = translate("TimelineWindow", "%n dated event", None, n)
        elif n:
            status = translate("TimelineWindow", "%n dated events", None, n)
        else:
            status = translate(
                "TimelineWindow", "No dated events yet: code dates (and places) on this person's passages."
            )
        self.status.setText(status)
        self.table.setColumnHidden(TimelineModel.PLACE, not any(e.place for e in journey.events))
        self._show_figures(journey)
        self._show_flags(journey)
        if keep is not None:
            rows = self.model.rows_of([keep])
            if rows:
                self._select_row(rows[0])

    def _failed(self, token: int, message: str) -> None:
        if token == self._token and shiboken6.isValid(self):
            lines = [line for line in message.strip().splitlines() if line.strip()]
            self._show_empty(
                lines[-1] if lines else translate("TimelineWindow", "The journey could not be read.")
            )

    def _show_empty(self, text: str) -> None:
        self.status.setText(text)
        self.figures.setText("")
        self.flags.clear()
        self.flags.hide()

    def _show_figures(self, journey: Journey) -> None:
        parts = []
        figures = figures_text(journey)
        for name, value, why in figures:
            if value is None:
                gray = f"<span style='color:gray' title='{html.escape(why)}'>"
                shown = f"{gray}{html.escape(unknown_text())}</span>"
            else:
                shown = html.escape(value)
            parts.append(f"{html.escape(name)}: <b>{shown}</b>")
        self.figures.setText(" &nbsp;·&nbsp; ".join(parts))
        unknown = [f"{name}: {why}" for name, value, why in figures if value is None]
        self.figures.setToolTip(
            "\n".join(unknown)
            if unknown
            else translate("TimelineWindow", "Derived from the dated events below")
        )

    def _show_flags(self, journey: Journey) -> None:
        self.flags.clear()
        for flag in journey.flags:
            mark = FLAG_MARKS.get(flag.kind, "!")
            message = flag.text(shown_path=self.model.shown_path)
            said = translate("TimelineWindow", "{kind}: {flag}").format(
                kind=flag_word(flag.kind), flag=message
            )
            item = QListWidgetItem(f"{mark}  {said}")
            item.setData(Qt.ItemDataRole.UserRole, list(flag.codings))
            click = "\n" + translate("TimelineWindow", "Click: show its events") if flag.codings else ""
            item.setToolTip(message + click)
            self.flags.addItem(item)
        self.flags.setVisible(bool(journey.flags))

    # -- opening passages ---------------------------------------------------------------
    def selected_event(self) -> str | None:
        event = self.model.event_at(self.table.currentIndex().row())
        return event.coding if event else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 1)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def open_row(self, row: int) -> None:
        """Open the event's passage in the main window, its coding selected."""
        event = self.model.event_at(row)
        if event is None:
            return
        self.bench.open_passage(event.document, event.start, event.end)
        self.bench.set_selected_coding(event.coding)

    def _flag_chosen(self, item: QListWidgetItem) -> None:
        rows = self.model.rows_of(item.data(Qt.ItemDataRole.UserRole) or [])
        if rows:
            self._select_row(rows[0])
            self.open_row(rows[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: Any) -> None:
        self._refresh.stop()
        super().closeEvent(event)


__all__ = ["EVENT_ROLE", "TimelineWindow"]
