"""Team → Disagreements…: walk through the passages where two coders differ, and reconcile them.

Two pages: "Codes" (a code applied by one coder and not the other) and "Values" (the same
code, different values: :mod:`annotator.gui.team.value_disagreements`).

Selecting a row opens the passage in the main window with every coder's
codings shown, and puts both coders' versions side by side here. "Accept A's
version" writes that version into the "consensus" coder's layer as one undo
step (Ctrl+Z here or in the main window reverts it); the coders' own codings
are never changed, so agreement can still be measured on them afterwards.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis import consensus
from annotator.core.analysis.agreement import Disagreement
from annotator.core.changes import ChangeSet
from annotator.core.model import Coding
from annotator.gui import prompts
from annotator.gui.team.disagreement_model import DISAGREEMENT_ROLE, DisagreementModel, Key, key_of
from annotator.gui.team.jobs import Task
from annotator.gui.team.value_disagreements import ValueDisagreementsPage, passage_span
from annotator.gui.team.work import (
    AgreementOptions,
    coders_by_work,
    disagreements_work,
    value_disagreements_work,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

CONTEXT = 60  # characters shown around a coder's version


class DisagreementsDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self._texts: dict[str, str] = {}
        self._decisions: dict[Key, list[tuple[QUndoCommand, str]]] = {}
        self.setObjectName("disagreementsDialog")
        self.setWindowTitle("Disagreements")
        self.resize(1100, 760)
        people = [c.name for c in self.session.store.coders() if c.name != consensus.CONSENSUS]
        busiest = coders_by_work(self.session.store, exclude=[consensus.CONSENSUS])
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        for combo, pick in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.setObjectName(f"disagreementCoder{'AB'[pick]}")
            combo.addItems(people)
            if pick < len(busiest):
                combo.setCurrentText(busiest[pick])
        self.find_button = QPushButton("&Find disagreements")
        self.find_button.setObjectName("disagreementFind")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        self.by_coder = QCheckBox("Colour the text by coder")
        self.by_coder.setChecked(bench.color_by_coder)
        self.by_coder.toggled.connect(self._colour_by_coder)
        top = QHBoxLayout()
        for widget in (
            QLabel("Coder &A:"),
            self.coder_a,
            QLabel("Coder &B:"),
            self.coder_b,
            self.find_button,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.by_coder)
        for label, buddy in ((top.itemAt(0).widget(), self.coder_a), (top.itemAt(2).widget(), self.coder_b)):
            label.setBuddy(buddy)  # type: ignore[union-attr]

        self.model = DisagreementModel(self._state, self)
        self.model.decided = self._decided
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by document, code or coder…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel("Choose two coders and press Find.")
        self.count.setObjectName("disagreementCount")
        self.table = QTableView()
        self.table.setObjectName("disagreementTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 210), (2, 130), (3, 100), (4, 100), (5, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        list_box = QWidget()
        column = QVBoxLayout(list_box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.filter, 1)
        column.addLayout(bar)
        column.addWidget(self.table)

        self.passage = QLabel()
        self.passage.setObjectName("disagreementPassage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.sides: list[tuple[QGroupBox, QTextBrowser, QPushButton]] = []
        sides = QHBoxLayout()
        for index, letter in enumerate("AB"):
            box = QGroupBox(f"Coder {letter}")
            text = QTextBrowser()
            text.setObjectName(f"disagreementVersion{letter}")
            button = QPushButton(f"Accept {letter}'s version")
            button.setObjectName(f"accept{letter}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, i=index: self.accept_version(i))
            inner = QVBoxLayout(box)
            inner.addWidget(text, 1)
            inner.addWidget(button)
            sides.addWidget(box)
            self.sides.append((box, text, button))
        compare = QWidget()
        lower = QVBoxLayout(compare)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.passage)
        lower.addLayout(sides, 1)
        self.hint = QLabel(
            "Accepted versions go to the coder “consensus”; each acceptance is one step: Ctrl+Z undoes it."
        )
        self.hint.setObjectName("disagreementHint")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(list_box)
        split.addWidget(compare)
        split.setSizes([380, 340])
        self.values = ValueDisagreementsPage(self.open_value_passage)
        self.value_task: Task | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("disagreementTabs")
        self.tabs.addTab(split, "Codes")
        self.tabs.addTab(self.values, "Values")
        self.tabs.setTabToolTip(1, "Passages where both coders applied the code but gave different values")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        self.addActions(bench.undo_actions())  # Ctrl+Z works while this window is active
        self.session.changed.connect(self._changed)
        self.session.undo_stack.indexChanged.connect(lambda _i: self.model.refresh_consensus())

    # -- finding ---------------------------------------------------------------------------
    def coders(self) -> tuple[str, str]:
        return self.coder_a.currentText(), self.coder_b.currentText()

    def find(self) -> Task | None:
        a, b = self.coders()
        if not a or not b or a == b:
            prompts.show_error(self, "Disagreements", "Choose two different coders.")
            return None
        self.find_button.setEnabled(False)
        work = disagreements_work(AgreementOptions(coders=(a, b)))
        self.task = Task(self, self.session.path, work, "Disagreements", label="Comparing…")
        return self.task.run(self.show_rows, self._failed)

    def _failed(self, message: str) -> None:
        self.find_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            prompts.show_error(self, "Disagreements", message)

    def show_rows(self, rows: list[Disagreement]) -> None:
        self.find_button.setEnabled(True)
        a, b = self.coders()
        self.model.set_rows(rows)
        for (box, _, button), name in zip(self.sides, (a, b), strict=True):
            box.setTitle(f"{name}'s version")
            button.setText(f"Accept {name}'s version")
        self.count.setText(f"{len(rows)} passages where {a} and {b} differ" if rows else "No disagreements.")
        self.tabs.setTabText(0, f"Codes ({len(rows)})")
        self.show_current()
        self.find_values()

    # -- values ---------------------------------------------------------------------------------
    def find_values(self) -> Task | None:
        """The passages both coders coded alike but gave different values (after the codes)."""
        if self.value_task is not None and not self.value_task.done:
            return None
        a, b = self.coders()
        self.values.count.setText("Comparing values…")
        work = value_disagreements_work((a, b))
        self.value_task = Task(
            self, self.session.path, work, "Value disagreements", label="Comparing values…"
        )
        return self.value_task.run(lambda rows: self.show_value_rows(rows, (a, b)), self._values_failed)

    def show_value_rows(self, rows: list[Any], coders: tuple[str, str]) -> None:
        self.values.set_rows(rows, coders)
        self.tabs.setTabText(1, f"Values ({len(rows)})")

    def _values_failed(self, message: str) -> None:
        self.values.count.setText(f"Values could not be compared: {message}")

    def open_value_passage(self, d: Any) -> None:
        """Show a value disagreement's passage in the main window, every coder's codings visible."""
        if self._usable():
            start, end = passage_span(d)
            self.bench.open_passage(d.document, start, end)

    # -- the current passage --------------------------------------------------------------------
    def current(self) -> Disagreement | None:
        index = self.table.currentIndex()
        return index.data(DISAGREEMENT_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Select a row of the (unfiltered) list, as a click would."""
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    def show_current(self) -> None:
        d = self.current()
        for _, text, button in self.sides:
            button.setEnabled(d is not None and self._usable())
            if d is None:
                text.clear()
        if d is None:
            self.passage.setText("Select a passage to see both versions.")
            return
        self.open_passage(d)
        self._fill_versions(d)

    def open_passage(self, d: Disagreement) -> None:
        """Show the passage in the main window, with every coder's codings, selected exactly."""
        if self._usable():
            self.bench.open_passage(d.document, d.start, d.end)

    def _text(self, document: str) -> str:
        if document not in self._texts:
            self._texts[document] = self.session.store.document_text(document)
        return self._texts[document]

    def _fill_versions(self, d: Disagreement) -> None:
        text = self._text(d.document)
        self.passage.setText(
            f"<b>{html.escape(d.code_path)}</b> in {html.escape(d.document_name)}, characters "
            f"{d.start}–{d.end}: “{html.escape(_clip(text[d.start : d.end], 240))}”"
        )
        for (_, browser, _), name in zip(self.sides, self.coders(), strict=True):
            coder = self.session.store.coder_by_name(name)
            spans = consensus.version(self.session.store, d, coder.guid) if coder else []
            browser.setHtml(_version_html(name, spans, text, d))

    # -- consensus ----------------------------------------------------------------------------------
    def _usable(self) -> bool:
        return self.bench.session is self.session and not self.session.readonly

    def accept_version(self, which: int) -> bool:
        """Make the consensus layer follow coder A's (0) or B's (1) version of the current passage."""
        d = self.current()
        if d is None or not self._usable():
            self.bench.show_status("This list belongs to a project that is no longer open for writing.")
            return False
        name = self.coders()[which]
        store = self.session.store
        source = store.coder_by_name(name)
        if source is None:
            return False
        layer = store.ensure_coder(consensus.CONSENSUS)
        change = consensus.accept_version(
            store, d, source=source.guid, source_name=name, consensus=layer.guid, by=self.session.coder.guid
        )
        if change is None:
            self.bench.show_status(f"The consensus already follows {name}'s version here.")
            return False
        self.bench.refresh_coders()  # the consensus coder may be new
        if self.session.push(change) is None:
            return False
        stack = self.session.undo_stack
        self._decisions.setdefault(key_of(d), []).append((stack.command(stack.index() - 1), name))
        self.model.refresh_consensus()
        self.bench.show_status(f"Accepted {name}'s version into the consensus layer (Ctrl+Z undoes it).")
        return True

    def _state(self, d: Disagreement) -> str:
        layer = self.session.store.coder_by_name(consensus.CONSENSUS) if self._usable() else None
        return consensus.consensus_state(self.session.store, d, layer.guid if layer else None)

    def _decided(self, d: Disagreement) -> str:
        """The version accepted for this passage in this session, if that step is not undone."""
        stack = self.session.undo_stack
        done = {id(stack.command(i)) for i in range(stack.index())}
        for command, name in reversed(self._decisions.get(key_of(d), [])):
            if id(command) in done:
                return f"{name}'s version"
        return ""

    def _changed(self, changes: ChangeSet) -> None:
        if changes.codings:
            self.model.refresh_consensus()

    def _colour_by_coder(self, on: bool) -> None:
        self.bench.set_color_by_coder(on)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.bench.session is self.session:
            self.session.changed.disconnect(self._changed)
        super().closeEvent(event)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _version_html(name: str, codings: list[Coding], text: str, d: Disagreement) -> str:
    """One coder's codings of the code around the passage; the part in dispute is marked stronger."""
    if not codings:
        return (
            f"<p><i>{html.escape(name)} did not apply this code here.</i></p>"
            "<p>Accepting this version leaves the passage without the code in the consensus layer.</p>"
        )

    def piece(a: int, b: int, style: str) -> str:
        words = html.escape(" ".join(text[a:b].split()))
        return f"<span style='{style}'>{words}</span>" if words else ""

    parts = [f"<p><b>{html.escape(name)}</b> coded {len(codings)} segment(s) here:</p>"]
    for c in codings:
        low, high = max(c.start, d.start), min(c.end, d.end)
        before = _clip(text[max(0, c.start - CONTEXT) : c.start], CONTEXT)
        after = _clip(text[c.end : c.end + CONTEXT], CONTEXT)
        parts.append(
            f"<p><span style='color:gray'>characters {c.start}–{c.end} ({c.end - c.start})</span><br>"
            f"<span style='color:gray'>…{html.escape(before)}</span> "
            + piece(c.start, low, "background:#fff0c2")
            + piece(low, high, "background:#ffc94a")
            + piece(high, c.end, "background:#fff0c2")
            + f" <span style='color:gray'>{html.escape(after)}…</span></p>"
        )
    return "".join(parts)
