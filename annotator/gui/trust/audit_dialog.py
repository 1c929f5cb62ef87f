"""Team → Audit trail: who changed what and when, filtered, verified and exported.

A review board asks "who changed this coding, and can we trust the record?".
The table answers the first (filter by coder, document, dates); "Verify chain"
answers the second with the same check as ``annotator audit verify`` (hash chain,
head, protecting triggers, this computer's record), marking any altered entry.
The dialog is not modal: a lead can keep it beside the text while working,
and it follows the project's changes.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.store import audit_anchor
from annotator.gui import prompts as gui_prompts
from annotator.gui import save_target
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession
from annotator.gui.trust import audit_export, prompts
from annotator.gui.trust.audit_model import AuditFilter, AuditModel, build_rows, project_names

_ENTRY_ID = re.compile(r"\bentry (\d+)\b")
MAX_PROBLEMS_SHOWN = 4


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AuditDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(
            translate("AuditDialog", "Audit trail — {project}").format(project=session.store.info().name)
        )
        self.resize(1100, 640)
        self.session = session
        self._bounds: tuple[date, date] | None = None  # the dates the trail spans
        self.model = AuditModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.reload)
        session.changed.connect(self._project_changed)
        session.destroyed.connect(self.close)  # the project was closed: nothing left to show
        self.reload()

    # -- construction ---------------------------------------------------------------
    def _build(self) -> None:
        self.coder = QComboBox()
        self.coder.setObjectName("auditCoder")
        self.document = QComboBox()
        self.document.setObjectName("auditDocument")
        self.document.setMinimumContentsLength(18)
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.first = QDateEdit()
        self.first.setObjectName("auditFrom")
        self.last = QDateEdit()
        self.last.setObjectName("auditTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.apply_filters)
        self.coder.currentIndexChanged.connect(self.apply_filters)
        self.document.currentIndexChanged.connect(self.apply_filters)
        reset = QPushButton(translate("AuditDialog", "Re&set filters"))
        reset.clicked.connect(self.reset_filters)
        filters = QHBoxLayout()
        for text, widget in (
            (translate("AuditDialog", "&Coder:"), self.coder),
            (translate("AuditDialog", "&Document:"), self.document),
            (translate("AuditDialog", "&From:"), self.first),
            (translate("AuditDialog", "&To:"), self.last),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.document else 0)
        filters.addWidget(reset)
        filters.addStretch(0)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(translate("AuditDialog", "Audit entries"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first; click a header to re-sort
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((56, 150, 120, 140)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.verdict = QLabel(translate("AuditDialog", "The hash chain has not been checked yet."))
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(translate("AuditDialog", "&Verify chain"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(
            translate(
                "AuditDialog", "Check that no entry was altered, removed or inserted since it was written"
            )
        )
        self.export_button = QPushButton(translate("AuditDialog", "&Export…"))
        self.export_button.setObjectName("exportAudit")
        self.export_button.setToolTip(
            translate("AuditDialog", "Write the entries shown to a CSV or JSON file")
        )
        refresh = QPushButton(translate("AuditDialog", "Re&fresh"))
        refresh.setToolTip(translate("AuditDialog", "Read the audit trail again"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        refresh.clicked.connect(self.reload)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        status = QHBoxLayout()
        status.addWidget(self.verdict, 1)
        status.addWidget(self.count)
        layout.addLayout(status)
        layout.addWidget(buttons)

    # -- data -----------------------------------------------------------------------
    def _project_changed(self, _changes: object) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def reload(self) -> None:
        """Read the trail again (keeps the chosen filters where they still make sense)."""
        store = self.session.store
        if store.closed:  # a refresh due just as the project closed: nothing left to read
            self.close()
            return
        names = project_names(store, self.session.code_names)
        rows = build_rows(store.audit_entries(), names)
        keep_coder, keep_doc = self.coder.currentData(), self.document.currentData()
        untouched = self._bounds is None or self._date_range() == self._bounds
        self.model.set_rows(rows)
        self._fill_combo(
            self.coder,
            translate("AuditDialog", "All coders"),
            sorted({(r.coder_name, r.coder) for r in rows}, key=lambda pair: pair[0].casefold()),
            keep_coder,
        )
        docs = sorted(((n, g) for g, n in names.documents.items()), key=lambda pair: pair[0].casefold())
        self._fill_combo(self.document, translate("AuditDialog", "All documents"), docs, keep_doc)
        days = [r.when.date() for r in rows if r.when.year > 1]
        today = date.today()
        first, last = (min(days), max(max(days), today)) if days else (today, today)
        for edit in (self.first, self.last):
            edit.blockSignals(True)
            edit.setDateRange(_qdate(first), _qdate(last))
        if untouched:  # the user had not narrowed the dates: show the whole (grown) range
            self.first.setDate(_qdate(first))
            self.last.setDate(_qdate(last))
        self._bounds = (first, last)
        for edit in (self.first, self.last):
            edit.blockSignals(False)
        self.apply_filters()
        self.verdict.setText(
            translate("AuditDialog", "The hash chain has not been checked since the list was read.")
        )

    def _date_range(self) -> tuple[date, date]:
        return _pydate(self.first.date()), _pydate(self.last.date())

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]], keep: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for name, guid in items:
            combo.addItem(name, guid)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- filters --------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.proxy.set_filters(
            coder=self.coder.currentData(),
            document=self.document.currentData(),
            first=_pydate(self.first.date()),
            last=_pydate(self.last.date()),
        )
        self.count.setText(
            translate("AuditDialog", "Showing {shown} of {total} entries").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def reset_filters(self) -> None:
        for combo in (self.coder, self.document):
            combo.setCurrentIndex(0)
        if self._bounds is not None:
            self.first.setDate(_qdate(self._bounds[0]))
            self.last.setDate(_qdate(self._bounds[1]))
        self.apply_filters()

    def filter_coder(self, name: str) -> None:
        """Show one coder's entries (for scripts and tests)."""
        self.coder.setCurrentIndex(self.coder.findText(name))

    def filter_document(self, name: str) -> None:
        self.document.setCurrentIndex(self.document.findText(name))

    # -- verify and export ----------------------------------------------------------------
    def verify(self) -> list[str]:
        """Re-read the trail and run the same check as ``annotator audit verify``: hash chain,
        head, protecting triggers and this computer's record; marks altered entries and
        returns the problems."""
        self.reload()
        notes: list[str] = []
        tip = ""
        try:
            verdict = audit_anchor.verify(self.session.store)
            problems, notes = verdict.problems, verdict.notes
            tip = (
                " "
                + translate("AuditDialog", "Last entry {id}: {hash}…").format(
                    id=verdict.tip[0], hash=verdict.tip[1][:16]
                )
                if verdict.tip[0]
                else ""
            )
        except (AnnotatorError, sqlite3.Error) as exc:
            problems = [
                translate("AuditDialog", "the audit trail cannot be read ({reason})").format(reason=exc)
            ]
        marked: dict[int, str] = {}
        for problem in problems:
            match = _ENTRY_ID.search(problem)
            if match:
                marked.setdefault(int(match.group(1)), problem)
        self.model.set_problems(marked)
        if not problems:
            self.verdict.setText(
                translate(
                    "AuditDialog",
                    "✔ Chain intact: all {n} entries are as they were written; "
                    "head and protecting triggers as written.",
                ).format(n=self.model.rowCount())
                + tip
            )
            self.verdict.setToolTip("\n".join(notes))
        else:
            # the problems themselves are the core's one-line findings (as `annotator audit verify`)
            shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
            extra = len(problems) - MAX_PROBLEMS_SHOWN
            more = "; " + translate("AuditDialog", "and %n more", None, extra) if extra > 0 else ""
            n = len(problems)
            self.verdict.setText(
                (
                    translate(
                        "AuditDialog",
                        "⚠ The audit trail was tampered with (%n problem): {problems}.",
                        None,
                        n,
                    )
                    if n == 1
                    else translate(
                        "AuditDialog",
                        "⚠ The audit trail was tampered with (%n problems): {problems}.",
                        None,
                        n,
                    )
                ).format(problems=shown + more)
            )
            self.verdict.setToolTip("\n".join(problems + notes))
        return problems

    def export(self) -> None:
        rows = self.proxy.visible_rows()
        title = translate("AuditDialog", "Export audit trail")
        path, chosen = prompts.save_file(self, title, audit_export.FILTERS)
        if not path:
            return
        if self.session.store.encrypted and not gui_prompts.confirm(
            self,
            title,
            translate(
                "AuditDialog",
                "This project is encrypted, but the exported file will not be: "
                "it names coders and documents. Export anyway?",
            ),
        ):
            return
        target = audit_export.target_path(path, chosen)
        dest = save_target.choose(self, title, path, target, projects=[self.session.path])
        if dest is None:
            return
        target = dest.path
        try:
            audit_export.write(rows, target, force=dest.force, projects=dest.projects)
        except AnnotatorError as exc:
            gui_prompts.show_error(self, title, str(exc))
            return
        self.verdict.setText(
            translate("AuditDialog", "Wrote {shown} of {total} entries to {file}.").format(
                shown=len(rows), total=self.model.rowCount(), file=target
            )
        )
