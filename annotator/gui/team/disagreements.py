"""Team → Disagreements…: walk through the passages where two coders differ, and reconcile them.

Two pages: "Codes" (a code applied by one coder and not the other) and "Values" (the same
code, different values: :mod:`annotator.gui.team.value_disagreements`).

Selecting a row opens the passage in the main window with every coder's
codings shown, and puts both coders' quotes side by side here, what each one
included and the other did not marked. One key decides and moves on to the next
undecided disagreement: 1 or A takes coder A's version, 2 or B coder B's, N
neither, S skips. A decision writes the "consensus" coder's layer as one undo
step (Ctrl+Z here or in the main window reverts it); the coders' own codings
are never changed, so agreement can still be measured on them afterwards.

Differences at a passage's edge shorter than the tolerance (a setting here,
default 3 characters, remembered) are boundary only: the core
(:mod:`annotator.core.analysis.review`) decides which, they count as agreement
and are hidden unless "Show boundary-only" is on. The counts ("12 of 115 left")
follow the code, document and text filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis import consensus
from annotator.core.analysis.agreement import Disagreement
from annotator.core.analysis.review import DEFAULT_TOLERANCE, review_items
from annotator.core.changes import ChangeSet
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.team.disagreement_model import QUOTE, DisagreementModel
from annotator.gui.team.jobs import Task
from annotator.gui.team.review_list import ReviewList
from annotator.gui.team.review_pane import ComparePane, Decisions
from annotator.gui.team.value_disagreements import ValueDisagreementsPage, passage_span
from annotator.gui.team.work import (
    AgreementOptions,
    coders_by_work,
    disagreements_work,
    value_disagreements_work,
)
from annotator.gui.veil import VeilDelegate

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

TOLERANCE_SETTING = "review/boundaryTolerance"
SHOW_BOUNDARY_SETTING = "review/showBoundary"
# One key each: whose version (A/1, B/2), neither (N), skip (S).
KEYS = {"a": ("1", "A"), "b": ("2", "B"), "neither": ("N",), "skip": ("S",), "reveal": ("Space",)}


class DisagreementsDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self._texts: dict[str, str] = {}
        self._passages: list[Disagreement] = []  # every passage of the last run, agreed ones too
        self.decisions = Decisions(session.undo_stack)
        self._asked: tuple[str, str] = ("", "")
        self.pair: tuple[str, str] = ("", "")  # the coders the list compares (those of the last Find)
        self.setObjectName("disagreementsDialog")
        self.setWindowTitle(translate("DisagreementsDialog", "Disagreements"))
        self.resize(1100, 780)
        people = [c.name for c in self.session.store.coders() if c.name != consensus.CONSENSUS]
        busiest = coders_by_work(self.session.store, exclude=[consensus.CONSENSUS])
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        for combo, pick in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.setObjectName(f"disagreementCoder{'AB'[pick]}")
            combo.addItems(people)
            if pick < len(busiest):
                combo.setCurrentText(busiest[pick])
        self.find_button = QPushButton(translate("DisagreementsDialog", "&Find disagreements"))
        self.find_button.setObjectName("disagreementFind")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        settings = QSettings()
        self.tolerance = QSpinBox()
        self.tolerance.setObjectName("disagreementTolerance")
        self.tolerance.setRange(0, 99)
        self.tolerance.setSuffix(translate("DisagreementsDialog", " characters"))
        self.tolerance.setValue(_int(settings.value(TOLERANCE_SETTING), DEFAULT_TOLERANCE))
        self.tolerance.setToolTip(
            translate(
                "DisagreementsDialog",
                "A difference at the edge of a passage both coders coded, shorter than this, "
                "counts as agreement for the review (0: none)",
            )
        )
        self.tolerance.valueChanged.connect(self._tolerance_changed)
        self.show_boundary = QCheckBox(translate("DisagreementsDialog", "Show boundary-&only"))
        self.show_boundary.setObjectName("disagreementShowBoundary")
        self.show_boundary.setChecked(str(settings.value(SHOW_BOUNDARY_SETTING, "false")).lower() == "true")
        self.show_boundary.toggled.connect(self._show_boundary_toggled)
        self.by_coder = QCheckBox(translate("DisagreementsDialog", "Colour the text by coder"))
        self.by_coder.setChecked(bench.color_by_coder)
        self.by_coder.toggled.connect(self._colour_by_coder)
        top = QHBoxLayout()
        labels = (
            QLabel(translate("DisagreementsDialog", "Coder &A:")),
            QLabel(translate("DisagreementsDialog", "Coder &B:")),
            QLabel(translate("DisagreementsDialog", "Boundary differences under:")),
        )
        for label, buddy in zip(labels, (self.coder_a, self.coder_b, self.tolerance), strict=True):
            label.setBuddy(buddy)
        widgets: list[QWidget] = [labels[0], self.coder_a, labels[1], self.coder_b, self.find_button]
        for widget in widgets:
            top.addWidget(widget)
        top.addSpacing(12)
        for widget in (labels[2], self.tolerance, self.show_boundary):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.by_coder)

        self.veil = bench.veil  # the window's: a passage revealed here is revealed there too
        self._extent: tuple[str, int, int] | None = None  # the shown pair's document and span
        self.model = DisagreementModel(self._state, self, text=self._text)
        self.model.set_veil(self.veil)
        self.model.decided = self._decided
        self.model.shown_path = lambda path: self.session.code_names.shown_path(path)
        self.list = ReviewList(self.model)
        self.proxy, self.table, self.count = self.list.proxy, self.list.table, self.list.count
        self.code_filter, self.document_filter = self.list.code_filter, self.list.document_filter
        self.filter = self.list.filter
        self.proxy.set_filter(show_boundary=self.show_boundary.isChecked())
        self.list.current_changed.connect(self.show_current)
        self.table.setItemDelegateForColumn(QUOTE, VeilDelegate(self.table))
        self.list.filters_changed.connect(self.update_count)

        self.compare = ComparePane(self._choose, self.skip)
        self.compare.reveal = self.reveal_current
        self.veil.changed.connect(self.show_compare)
        self.passage, self.sides = self.compare.passage, self.compare.sides
        self.neither_button, self.skip_button = self.compare.neither_button, self.compare.skip_button
        self.hint = QLabel(
            translate(
                "DisagreementsDialog",
                "1 or A takes A's version, 2 or B takes B's, N neither, S skips; each decision goes to the "
                "coder “consensus”, moves to the next one and is one step: Ctrl+Z undoes it.",
            )
        )
        if self.veil.active:  # the keys decide on a veiled pair too: a reviewer need not read it
            self.hint.setText(
                self.hint.text()
                + " "
                + translate(
                    "DisagreementsDialog",
                    "Veiled passages stay veiled: Space or a click reveals the current one.",
                )
            )
        self.hint.setObjectName("disagreementHint")
        self.hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.compare)
        split.setSizes([360, 380])
        self.values = ValueDisagreementsPage(self.open_value_passage)
        self.values.model.shown_path = self.model.shown_path
        self.values.set_veil(self.veil)
        self.value_task: Task | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("disagreementTabs")
        self.tabs.addTab(split, translate("DisagreementsDialog", "Codes"))
        self.tabs.addTab(self.values, translate("DisagreementsDialog", "Values"))
        self.tabs.setTabToolTip(
            1,
            translate(
                "DisagreementsDialog", "Passages where both coders applied the code but gave different values"
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        self.addActions(bench.undo_actions())  # Ctrl+Z works while this window is active
        self.review_actions = self._review_actions(split)
        self.session.changed.connect(self._changed)
        self.session.undo_stack.indexChanged.connect(self._stack_moved)
        self._update_buttons()

    def _review_actions(self, page: QWidget) -> dict[str, QAction]:
        """One key per decision, live while the Codes page has the focus (typing in a filter box
        or the tolerance types there: those widgets take their own keys first)."""
        handlers = {"a": lambda: self.accept_version(0), "b": lambda: self.accept_version(1)}
        handlers |= {"neither": self.accept_neither, "skip": self.skip, "reveal": self.reveal_current}
        actions = {}
        for name, keys in KEYS.items():
            action = QAction(self)
            action.setObjectName(f"review_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handlers[name])
            page.addAction(action)
            actions[name] = action
        return actions

    # -- finding ---------------------------------------------------------------------------
    def coders(self) -> tuple[str, str]:
        """The two coders chosen in the boxes (the list shows ``pair``, those of the last Find)."""
        return self.coder_a.currentText(), self.coder_b.currentText()

    def find(self) -> Task | None:
        a, b = self.coders()
        if not a or not b or a == b:
            prompts.show_error(
                self,
                translate("DisagreementsDialog", "Disagreements"),
                translate("DisagreementsDialog", "Choose two different coders."),
            )
            return None
        self.find_button.setEnabled(False)
        self._asked = (a, b)
        work = disagreements_work(AgreementOptions(coders=(a, b)), include_agreements=True)
        self.task = Task(
            self,
            self.session.path,
            work,
            translate("DisagreementsDialog", "Disagreements"),
            label=translate("DisagreementsDialog", "Comparing…"),
        )
        return self.task.run(self.show_rows, self._failed)

    def _failed(self, message: str) -> None:
        self.find_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            prompts.show_error(self, translate("DisagreementsDialog", "Disagreements"), message)

    def show_rows(self, passages: list[Disagreement]) -> None:
        """A run's passages (agreed ones included): list the disagreements, boundary ones marked."""
        self.find_button.setEnabled(True)
        self.pair = a, b = self._asked
        self._passages = passages
        items = review_items(passages, self.tolerance.value())
        self.model.set_rows([i.disagreement for i in items], [i.boundary for i in items])
        self.compare.set_coders((a, b))
        self.list.fill_filters()
        self.update_count()
        self.find_values()
        self.table.setFocus()
        self.list.next_undecided()

    def _tolerance_changed(self, value: int) -> None:
        QSettings().setValue(TOLERANCE_SETTING, value)
        if self.model.rows:
            keep = self.current()
            items = review_items(self._passages, value)
            self.model.set_boundary([i.boundary for i in items])
            self.proxy.set_filter()  # the same filters over the new verdicts
            self.list.reselect(keep)
            self.update_count()

    def _show_boundary_toggled(self, on: bool) -> None:
        QSettings().setValue(SHOW_BOUNDARY_SETTING, on)
        keep = self.current()
        self.proxy.set_filter(show_boundary=on)
        self.list.reselect(keep)
        self.update_count()

    def tally(self) -> tuple[int, int, int]:
        """(left, disagreements, boundary-only) under the current filters."""
        return self.proxy.tally()

    def update_count(self) -> None:
        if not self.model.rows:
            self.count.setText(
                translate("DisagreementsDialog", "No disagreements.") if self._passages else self.count.text()
            )
            return
        left, total, boundary = self.tally()
        a, b = self.pair
        if left:
            text = translate("DisagreementsDialog", "{left} of {total} left where {a} and {b} differ")
        else:
            text = translate("DisagreementsDialog", "All {total} decided where {a} and {b} differ")
        text = text.format(left=left, total=total, a=a, b=b)
        if boundary:
            text += " · " + translate("DisagreementsDialog", "{n} boundary-only (agreement)").format(
                n=boundary
            )
        self.count.setText(text)
        tab = (
            translate("DisagreementsDialog", "Codes ({n} left)")
            if left
            else translate("DisagreementsDialog", "Codes ({n})")
        )
        self.tabs.setTabText(0, tab.format(n=left or total))

    # -- values ---------------------------------------------------------------------------------
    def find_values(self) -> Task | None:
        """The passages both coders coded alike but gave different values (after the codes)."""
        if self.value_task is not None and not self.value_task.done:
            return None
        a, b = self.pair
        self.values.count.setText(translate("DisagreementsDialog", "Comparing values…"))
        work = value_disagreements_work((a, b))
        self.value_task = Task(
            self,
            self.session.path,
            work,
            translate("DisagreementsDialog", "Value disagreements"),
            label=translate("DisagreementsDialog", "Comparing values…"),
        )
        return self.value_task.run(lambda rows: self.show_value_rows(rows, (a, b)), self._values_failed)

    def show_value_rows(self, rows: list[Any], coders: tuple[str, str]) -> None:
        self.values.set_rows(rows, coders)
        self.tabs.setTabText(1, translate("DisagreementsDialog", "Values ({n})").format(n=len(rows)))

    def _values_failed(self, message: str) -> None:
        self.values.count.setText(
            translate("DisagreementsDialog", "Values could not be compared: {message}").format(
                message=message
            )
        )

    def open_value_passage(self, d: Any) -> None:
        """Show a value disagreement's passage in the main window, every coder's codings visible."""
        if self._usable():
            start, end = passage_span(d)
            self.bench.open_passage(d.document, start, end)

    # -- the current passage --------------------------------------------------------------------
    def current(self) -> Disagreement | None:
        return self.list.current()

    def select_row(self, row: int) -> bool:
        """Select a row of the (unfiltered) list, as a click would."""
        return self.list.select_row(row)

    def next_undecided(self) -> bool:
        return self.list.next_undecided()

    def show_current(self) -> None:
        d = self.current()
        self._update_buttons()
        if d is None:
            self.compare.clear()
            return
        self.open_passage(d)
        self.show_compare()

    def show_compare(self) -> None:
        """Both coders' versions of the current passage, or a bar for each while it is veiled."""
        d = self.current()
        if d is None or self.bench.session is not self.session:
            self._extent = None
            self.compare.clear()
            return
        people = [self.session.store.coder_by_name(name) for name in self.pair]
        versions = consensus.around(self.session.store, d, [p.guid if p else "" for p in people])
        spans = [(d.start, d.end)] + [(c.start, c.end) for side in versions for c in side]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        self._extent = (d.document, start, end)
        regions = self.veil.veiled(d.document, start, end)
        self.compare.show_versions(
            d,
            self._text(d.document),
            self.pair,
            versions,
            code=self.model.shown_path(d.code_path),
            trim=lambda s, e, before, after: self.veil.trim_context(d.document, s, e, before, after),
            veiled=(self.veil.label(regions), self.veil.accessible(regions)) if regions else None,
        )

    def reveal_current(self) -> bool:
        """Reveal the current pair (both versions and the differing words); False if not veiled."""
        return self._extent is not None and self.veil.reveal(*self._extent)

    def _update_buttons(self) -> None:
        self.compare.set_enabled(self.current() is not None and self._usable(), self.model.rowCount() > 0)

    def open_passage(self, d: Disagreement) -> None:
        """Show the passage in the main window, with every coder's codings, selected exactly."""
        if self._usable():
            self.bench.open_passage(d.document, d.start, d.end)

    def _text(self, document: str) -> str:
        if document not in self._texts:
            self._texts[document] = self.session.store.document_text(document)
        return self._texts[document]

    # -- consensus ----------------------------------------------------------------------------------
    def _usable(self) -> bool:
        return self.bench.session is self.session and not self.session.readonly

    def accept_version(self, which: int) -> bool:
        """Make the consensus layer follow coder A's (0) or B's (1) version of the current passage."""
        return self._decide(self.pair[which])

    def _choose(self, which: int | None) -> bool:
        return self._decide(self.pair[which] if which is not None else None)

    def accept_neither(self) -> bool:
        """The consensus layer takes neither version: the code leaves the passage and both versions."""
        return self._decide(None)

    def skip(self) -> bool:
        """Leave the current disagreement undecided and go to the next undecided one."""
        moved = self.next_undecided()
        if not moved:
            self.bench.show_status(
                translate("DisagreementsDialog", "No undecided disagreement is left in this list.")
            )
        return moved

    def _decide(self, name: str | None) -> bool:
        d = self.current()
        if d is None or not self._usable():
            self.bench.show_status(
                translate(
                    "DisagreementsDialog",
                    "This list belongs to a project that is no longer open for writing.",
                )
            )
            return False
        store = self.session.store
        people = [store.coder_by_name(n) for n in self.pair]
        if any(p is None for p in people):
            return False
        guids = {p.name: p.guid for p in people if p is not None}
        chosen = store.coder_by_name(name) if name is not None else None
        layer = store.ensure_coder(consensus.CONSENSUS)
        decision = consensus.decide(
            store,
            d,
            chosen=chosen.guid if chosen is not None else None,
            chosen_name=name or "",
            coders=list(guids.values()),
            consensus=layer.guid,
            by=self.session.coder.guid,
        )
        self.bench.refresh_coders()  # the consensus coder may be new
        if self.session.push(decision) is None:
            return False
        label = (
            translate("DisagreementsDialog", "{coder}'s version").format(coder=name)
            if name
            else translate("DisagreementsDialog", "neither")
        )
        self.decisions.record(d, label)
        self.model.refresh_consensus()
        self.update_count()
        moved = self.next_undecided()
        left = self.tally()[0]
        if name and left:
            said = translate(
                "DisagreementsDialog",
                "Accepted {coder}'s version into the consensus layer (Ctrl+Z undoes it); {n} left.",
            )
        elif name:
            said = translate(
                "DisagreementsDialog",
                "Accepted {coder}'s version into the consensus layer (Ctrl+Z undoes it); "
                "none left in this list.",
            )
        elif left:
            said = translate(
                "DisagreementsDialog",
                "Accepted neither version into the consensus layer (Ctrl+Z undoes it); {n} left.",
            )
        else:
            said = translate(
                "DisagreementsDialog",
                "Accepted neither version into the consensus layer (Ctrl+Z undoes it); "
                "none left in this list.",
            )
        self.bench.show_status(said.format(coder=name, n=left))
        if not moved:
            self.show_current()
        return True

    def _state(self, d: Disagreement) -> str:
        layer = self.session.store.coder_by_name(consensus.CONSENSUS) if self._usable() else None
        return consensus.consensus_state(self.session.store, d, layer.guid if layer else None)

    def _decided(self, d: Disagreement) -> str:
        """The version accepted for this passage in this session, if that step is not undone."""
        return self.decisions.of(d)

    def _stack_moved(self, _index: int) -> None:
        self.decisions.moved()
        self.model.refresh_consensus()
        self.update_count()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.codings:
            self.model.refresh_consensus()

    def _colour_by_coder(self, on: bool) -> None:
        self.bench.set_color_by_coder(on)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.bench.session is self.session:
            self.session.changed.disconnect(self._changed)
            self.session.undo_stack.indexChanged.disconnect(self._stack_moved)
        super().closeEvent(event)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
