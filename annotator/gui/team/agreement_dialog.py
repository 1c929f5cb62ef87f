"""Team → Agreement…: how far the coders agree, per code, per document and pooled.

The lead picks the coders, the codes and the sub-corpus; the core's
``agreement`` runs in a worker and the report fills two tables. Undefined
statistics read "n/a" with the reason beside them, and a short text says what
each measure is and what NVivo, MAXQDA and ATLAS.ti call it, so a number can
be reported without guessing what it measured.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.analysis.agreement import AgreementReport
from annotator.gui import prompts, save_target
from annotator.gui.i18n import translate
from annotator.gui.tables import row_table
from annotator.gui.team.agreement_model import AgreementModel, rows_by_code, rows_by_document
from annotator.gui.team.common import notify, tip_label
from annotator.gui.team.jobs import Task
from annotator.gui.team.pickers import CheckTree, group_box
from annotator.gui.team.work import (
    AgreementOptions,
    ExportOptions,
    agreement_work,
    coders_by_work,
    export_work,
)

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

CONSENSUS = "consensus"
MEASURES = QT_TRANSLATE_NOOP(
    "AgreementDialog",
    """
<p><b>Agreement %</b> — the share of characters on which the coders agree: both applied the
code, or neither did. NVivo's Coding Comparison reports it as "Agreement (%)". Long uncoded
stretches push it towards 100%, so read it with κ or α.</p>
<p><b>Cohen's κ</b> (two coders) and <b>Fleiss' κ</b> (three or more) — agreement on the same
characters corrected for what chance alone would give. NVivo's "Kappa" uses the same formula;
NVivo averages per document weighted by length, while this pools the characters of all chosen
documents.</p>
<p><b>Krippendorff's α</b> (nominal) — the same character units, with Krippendorff's
correction; it equals what the <i>krippendorff</i> package computes.</p>
<p><b>Unitized α</b> — Krippendorff's |uα for continuous text: a coded segment counts as one
judgement. ATLAS.ti's α-binary for a one-code domain.</p>
<p><b>Segments</b> — the share of each coder's segments that the other coder matches with the
same code, overlapping by at least the threshold (intersection over union). MAXQDA's
"segments overlap by at least x %".</p>
<p><b>Overall</b> — every (character, code) pair of the codes some coder applied, pooled into
one table: a summary of this program, not a published coefficient. A code nobody applied is
left out of it, so listing such a code never changes it.</p>
<p><b>n/a</b> — the statistic is undefined here: nobody applied the code in these documents
(even Agreement %, which would only count untouched characters), or every coder coded every
character (κ and α). The reason is in the tooltip and under Notes. It is never shown as 1.0.</p>
<p>Krippendorff's guide for κ and α: 0.80 or more is reliable, 0.667–0.80 allows tentative
conclusions, below that the code needs work. Cells are tinted accordingly.</p>
""",
)


class AgreementDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self.report: AgreementReport | None = None
        self.done_message = None
        self.setObjectName("agreementDialog")
        self.setWindowTitle(translate("AgreementDialog", "Inter-coder agreement"))
        self.resize(1280, 760)
        store = self.session.store
        people = [c.name for c in store.coders() if c.name != CONSENSUS]
        busiest = coders_by_work(store, exclude=[CONSENSUS])

        self.coders = CheckTree("agreementCoders", placeholder=translate("AgreementDialog", "Filter coders…"))
        self.coders.set_items([(name, name) for name in people], checked=busiest[:2])
        self.all_codes = QRadioButton(translate("AgreementDialog", "All codes the coders used"))
        self.some_codes = QRadioButton(translate("AgreementDialog", "Only the checked codes"))
        self.all_codes.setChecked(True)
        self.codes = CheckTree("agreementCodes", placeholder=translate("AgreementDialog", "Filter codes…"))
        self.codes.set_codes(self.session.tree, checked=bench.selected_codes(), names=self.session.code_names)
        self.codes.setEnabled(False)
        self.some_codes.toggled.connect(self.codes.setEnabled)
        self.subcodes = QCheckBox(translate("AgreementDialog", "A code includes its sub-codes"))
        self.subcodes.setObjectName("agreementSubcodes")
        self.default_docs = QCheckBox(translate("AgreementDialog", "Documents coded by any chosen coder"))
        self.default_docs.setObjectName("agreementDefaultDocuments")
        self.default_docs.setChecked(True)
        self.documents = CheckTree(
            "agreementDocuments", placeholder=translate("AgreementDialog", "Filter documents…")
        )
        self.documents.set_items([(d.guid, d.name) for d in store.documents()])
        self.documents.setEnabled(False)
        self.default_docs.toggled.connect(self._documents_mode)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("agreementThreshold")
        self.threshold.setRange(1, 100)
        self.threshold.setValue(90)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(
            translate(
                "AgreementDialog", "Segment agreement: overlap (intersection over union) needed for a match"
            )
        )
        self.compute_button = QPushButton(translate("AgreementDialog", "&Compute"))
        self.compute_button.setObjectName("agreementCompute")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)

        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 6, 0)
        side.addWidget(group_box(translate("AgreementDialog", "Coders (two or more)"), self.coders), 2)
        side.addWidget(
            group_box(
                translate("AgreementDialog", "Codes"),
                self.all_codes,
                self.some_codes,
                self.codes,
                self.subcodes,
            ),
            5,
        )
        side.addWidget(
            group_box(translate("AgreementDialog", "Documents"), self.default_docs, self.documents), 3
        )
        form = QFormLayout()
        form.addRow(translate("AgreementDialog", "Segment &overlap:"), self.threshold)
        side.addLayout(form)
        side.addWidget(self.compute_button)

        self.summary = QLabel(translate("AgreementDialog", "Choose two or more coders and press Compute."))
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.by_code = AgreementModel(translate("AgreementDialog", "Code"), self)
        self.by_document = AgreementModel(translate("AgreementDialog", "Document"), self)
        self.code_table = self._table(self.by_code, "agreementTable")
        self.document_table = self._table(self.by_document, "agreementDocumentTable")
        self.notes = QTextBrowser()
        self.notes.setObjectName("agreementNotes")
        about = QTextBrowser()
        about.setObjectName("agreementMeasures")
        about.setHtml(translate("AgreementDialog", MEASURES))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.code_table, translate("AgreementDialog", "By code"))
        self.tabs.addTab(self.document_table, translate("AgreementDialog", "By document"))
        self.tabs.addTab(self.notes, translate("AgreementDialog", "Notes"))
        self.tabs.addTab(about, translate("AgreementDialog", "About the measures"))
        self.export_button = QPushButton(translate("AgreementDialog", "Export to XLSX…"))
        self.export_button.setObjectName("agreementExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_xlsx)
        close = QPushButton(translate("AgreementDialog", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(
            tip_label(
                translate("AgreementDialog", "Hover a value for its meaning; n/a says why in its tooltip.")
            ),
            1,
        )
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        right = QWidget()
        main = QVBoxLayout(right)
        main.setContentsMargins(6, 0, 0, 0)
        main.addWidget(self.summary)
        main.addWidget(self.tabs, 1)
        main.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Focus Compute, not the first filter box: Enter then computes with the defaults."""
        super().showEvent(event)
        QTimer.singleShot(0, self.compute_button.setFocus)

    @staticmethod
    def _table(model: AgreementModel, name: str) -> QTableView:
        table = row_table(model, name=name, multi=True, stretch=0)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # codebook order first
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setDefaultSectionSize(104)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorShown(True)
        return table

    def _documents_mode(self, default: bool) -> None:
        """Leaving the default shows which documents it meant: those the chosen coders coded."""
        self.documents.setEnabled(not default)
        if not default:
            names = set(self.coders.checked())
            coders = {c.guid for c in self.session.store.coders() if c.name in names}
            coded = {c.document for c in self.session.store.codings() if c.coder in coders}
            self.documents.set_checked(coded)

    # -- computing ---------------------------------------------------------------------
    def options(self) -> AgreementOptions:
        return AgreementOptions(
            coders=tuple(self.coders.checked()),
            codes=tuple(self.codes.checked()) if self.some_codes.isChecked() else None,
            documents=None if self.default_docs.isChecked() else tuple(self.documents.checked()),
            threshold=self.threshold.value() / 100,
            include_subcodes=self.subcodes.isChecked(),
        )

    def compute(self) -> Task | None:
        options = self.options()
        problem = ""
        if len(options.coders) < 2:
            problem = translate("AgreementDialog", "Check two or more coders to compare.")
        elif options.codes is not None and not options.codes:
            problem = translate("AgreementDialog", "Check at least one code, or choose all codes.")
        elif options.documents is not None and not options.documents:
            problem = translate(
                "AgreementDialog", "Check at least one document, or use the documents the coders coded."
            )
        if problem:
            prompts.show_error(self, translate("AgreementDialog", "Agreement"), problem)
            return None
        self.compute_button.setEnabled(False)
        self.task = Task(
            self,
            self.session.path,
            agreement_work(options),
            translate("AgreementDialog", "Agreement"),
            label=translate("AgreementDialog", "Comparing…"),
        )
        return self.task.run(self.show_report, self._failed)

    def _failed(self, message: str) -> None:
        self.compute_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            prompts.show_error(self, translate("AgreementDialog", "Agreement"), message)

    def show_report(self, report: AgreementReport) -> None:
        self.compute_button.setEnabled(True)
        self.report = report
        self.by_code.set_rows(rows_by_code(report, self.session.code_names.shown_path), report.coders)
        self.by_document.set_rows(rows_by_document(report), report.coders)
        o = report.overall
        if len(report.coders) > 2:
            kappa = translate("AgreementDialog", "Fleiss' κ {value}").format(
                value=_bold(_num(o.fleiss_kappa))
            )
        else:
            kappa = translate("AgreementDialog", "Cohen's κ {value}").format(value=_bold(_num(o.cohen_kappa)))
        figures = [
            kappa,
            translate("AgreementDialog", "α {value}").format(value=_bold(_num(o.krippendorff_alpha))),
            translate("AgreementDialog", "agreement {value}").format(value=_bold(_pct(o.percent_agreement))),
            translate("AgreementDialog", "segments {value}").format(value=_bold(_pct(o.segment_agreement))),
        ]
        numbers = {
            "coders": _bold(html.escape(" · ".join(report.coders))),
            "documents": len(report.documents),
            "characters": f"{report.characters:,}",
            "codes": len(report.codes),
            "threshold": f"{report.threshold:.0%}",
        }
        if report.include_subcodes:
            scope = translate(
                "AgreementDialog",
                "{coders} — {documents} documents, {characters} characters, {codes} codes, segment "
                "overlap {threshold}, sub-codes included.",
            )
        else:
            scope = translate(
                "AgreementDialog",
                "{coders} — {documents} documents, {characters} characters, {codes} codes, segment "
                "overlap {threshold}.",
            )
        overall = translate("AgreementDialog", "Overall: {figures}.").format(
            figures=translate("AgreementDialog", ", ").join(figures)
        )
        self.summary.setText(f"{scope.format(**numbers)}<br>{overall}")
        notes = [note.text(shown_path=self.session.code_names.shown_path) for note in report.notes]
        self.notes.setPlainText(
            "\n\n".join(notes)
            if notes
            else translate("AgreementDialog", "No notes: every statistic is defined.")
        )
        self.tabs.setTabText(
            2,
            translate("AgreementDialog", "Notes ({n})").format(n=len(notes))
            if notes
            else translate("AgreementDialog", "Notes"),
        )
        self.export_button.setEnabled(True)

    # -- export -----------------------------------------------------------------------------
    def export_xlsx(self) -> Task | None:
        report = self.report
        if report is None:
            return None
        path = prompts.save_file(
            self,
            translate("AgreementDialog", "Export agreement and codings"),
            translate("AgreementDialog", "Excel (*.xlsx);;All files (*)"),
        )
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path + ".xlsx")
        dest = save_target.choose(
            self, translate("AgreementDialog", "Export agreement"), path, target, projects=[self.session.path]
        )
        if dest is None:
            return None
        options = ExportOptions(
            fmt="xlsx",
            path=dest.path,
            coders=list(report.coders),
            documents=[d.guid for d in report.documents] or None,
            extra={"agreement": report.to_json()},
        )
        self.export_button.setEnabled(False)
        self.task = Task(
            self,
            self.session.path,
            export_work(options),
            translate("AgreementDialog", "Export"),
            label=translate("AgreementDialog", "Exporting…"),
        )
        return self.task.run(lambda count: self._exported(dest.path, count), self._export_failed)

    def _exported(self, target: Path, count: int | None) -> None:
        self.export_button.setEnabled(True)
        self.done_message = notify(
            self.bench,
            translate("AgreementDialog", "Export finished"),
            translate("AgreementDialog", "Wrote {path} ({n} codings and the agreement sheet).").format(
                path=target, n=count
            ),
        )

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        if not (self.task is not None and self.task.cancelled):
            prompts.show_error(self, translate("AgreementDialog", "Export failed"), message)


def _num(value: float | None) -> str:
    return translate("AgreementModel", "n/a") if value is None else f"{value:.3f}"


def _pct(value: float | None) -> str:
    return translate("AgreementModel", "n/a") if value is None else f"{value:.1%}"


def _bold(text: object) -> str:
    return f"<b>{text}</b>"
