"""File → Export…: the coded dataset for R, SPSS, Excel, another QDA program or a report.

The dialog collects a core :class:`~annotator.core.exporters.ExportRequest` (the
same request the CLI's ``export`` builds) and runs it in a worker with a
cancellable progress dialog; it decides nothing the core does not. Privacy is in
view, not in a sub-menu: an encrypted project says that the file it writes will
not be, and "drop all text" / "apply pseudonym list" sit beside the file name.
Every format honours them, except that a REFI-QDA project cannot drop its text
(the core refuses that, so the box is disabled). The overwrite confirmation is
the request's ``force``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.outputs import check_output
from annotator.core.pseudonymise import load_pseudonyms
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.team.common import default_output, notify, tip_label, warning_label, with_suffix
from annotator.gui.team.jobs import Task
from annotator.gui.team.pickers import CheckTree
from annotator.gui.team.work import export_request_work

if TYPE_CHECKING:
    from annotator.core.exporters.request import ExportRequest, ExportResult
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

# (format, label, suffix, file-dialog filter)
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    ("csv", "CSV — one row per coded passage", ".csv", "CSV files (*.csv)"),
    ("xlsx", "Excel workbook — codings, codebook, documents, frequencies", ".xlsx", "Excel (*.xlsx)"),
    ("matrix", "Document × code matrix for R, SPSS, Stata", ".xlsx", "Excel (*.xlsx)"),
    ("cases", "Case table (CTDC / HTCDS shape)", ".csv", "CSV files (*.csv)"),
    ("json", "JSON (documented schema)", ".json", "JSON (*.json)"),
    ("html", "HTML report (opens offline, prints well)", ".html", "HTML (*.html *.htm)"),
    ("qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA", ".qdpx", "REFI-QDA projects (*.qdpx)"),
    ("qdc", "REFI-QDA codebook only", ".qdc", "REFI-QDA codebooks (*.qdc)"),
)
_BY_FORMAT = {f[0]: f for f in FORMATS}


class ExportDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench, parent: QWidget | None = None) -> None:
        super().__init__(parent or bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self.done_message = None
        self.confirmed: Path | None = None  # a path whose overwrite the save dialog confirmed
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export coded data")
        self.resize(900, 620)
        store = self.session.store

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt, label, suffix, _ in FORMATS:
            self.format.addItem(f"{label} ({suffix})", fmt)
        self.path = QLineEdit(str(default_output(session.path, "export", ".csv")))
        self.path.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        pseudonyms = len(load_pseudonyms(store))
        self.pseudonymise = QCheckBox(f"Apply the pseudonym list ({pseudonyms} entries)")
        self.pseudonymise.setObjectName("exportPseudonymise")
        self.pseudonymise.setToolTip(
            "Replace names, places and other identifiers in every exported text and name (coders become "
            "Coder 1, 2…); the project is unchanged."
        )
        self.has_pseudonyms = pseudonyms > 0
        if not self.has_pseudonyms:
            self.pseudonymise.setText("Apply the pseudonym list (the project has none yet)")
        self.drop_text = QCheckBox("Drop all text — spans, codes and attributes only")
        self.drop_text.setObjectName("exportDropText")
        self.drop_text.toggled.connect(self._update)
        self.with_translation = QCheckBox(
            translate("ExportDialog", "With &translation: each passage's aligned passage")
        )
        self.with_translation.setObjectName("exportWithTranslation")
        self.with_translation.setToolTip(
            translate(
                "ExportDialog",
                "CSV, XLSX and JSON: the linked original or translation beside each coded passage",
            )
        )

        form = QFormLayout()
        form.addRow("&Format:", self.format)
        save_label = QLabel("&Save as:")
        save_label.setBuddy(self.path)
        form.addRow(save_label, file_row)
        form.addRow("Privacy:", self.pseudonymise)
        form.addRow("", self.drop_text)
        form.addRow("", self.with_translation)

        self.coders = CheckTree("exportCoders", placeholder="Filter coders…")
        self.coders.set_items([(c.guid, c.name) for c in store.coders()])
        self.codes = CheckTree("exportCodes", placeholder="Filter codes…")
        self.codes.set_codes(self.session.tree)
        self.subcodes = QCheckBox("Include the sub-codes of checked codes")
        self.subcodes.setObjectName("exportSubcodes")
        self.documents = CheckTree("exportDocuments", placeholder="Filter documents…")
        self.documents.set_items([(d.guid, d.name) for d in store.documents()])
        self.filters = QGroupBox("Which codings (everything is checked: no filter)")
        row = QHBoxLayout(self.filters)
        for title, widget, extra in (
            ("Coders", self.coders, None),
            ("Codes", self.codes, self.subcodes),
            ("Documents", self.documents, None),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.addWidget(widget)
            if extra is not None:
                column.addWidget(extra)
            row.addWidget(box, 3 if widget is self.codes else 2)

        self.note = tip_label("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if store.encrypted:
            warning = warning_label(
                "This project is encrypted, but the exported file will NOT be. Keep it on an encrypted "
                "disk, or export with the pseudonym list or without text."
            )
            warning.setObjectName("exportEncryptedWarning")
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.filters, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._update()

    # -- state ------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _format_changed(self) -> None:
        self.path.setText(with_suffix(self.path.text(), _BY_FORMAT[self.fmt()][2]))
        self._update()

    def _update(self) -> None:
        fmt = self.fmt()
        dropping = self.drop_text.isChecked() and fmt != "qdpx"
        self.pseudonymise.setEnabled(self.has_pseudonyms and not dropping)
        self.drop_text.setEnabled(fmt != "qdpx")
        self.with_translation.setEnabled(fmt in ("csv", "xlsx", "json"))
        self.drop_text.setToolTip(
            "A REFI-QDA project must carry its texts: apply the pseudonym list instead."
            if fmt == "qdpx"
            else "Coded passages, memos, definitions and document names are left out; "
            "the pseudonym list is applied to the code names that remain."
        )
        self.filters.setEnabled(fmt != "qdc")
        notes = {
            "qdc": "The codebook is written whole; the filters do not apply.",
            "qdpx": "REFI-QDA carries the full text for the other program (pseudonymised when asked). "
            "The codebook is always complete; filters select which codings go out.",
            "matrix": "One row per document: 0/1 and count sheets per code.",
            "cases": "One row per testimony, flags derived from the codebook's export mappings.",
        }
        self.note.setText(notes.get(fmt, "One row per coding, document attributes as columns."))

    def target(self) -> Path:
        """The file the dialog shows, with the format's suffix when it has none."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(_BY_FORMAT[self.fmt()][2])

    def request(self, *, force: bool = False) -> ExportRequest:
        """The core export request for what the dialog shows (filters by GUID)."""
        from annotator.core.exporters.request import ExportRequest  # noqa: PLC0415 (loads on demand)

        fmt, path = self.fmt(), self.target()
        filtered = fmt != "qdc"
        codes = self.codes.selection() if filtered else None
        return ExportRequest(
            fmt,
            path,
            coders=self.coders.selection() if filtered else None,
            codes=codes,
            include_subcodes=self.subcodes.isChecked() and codes is not None,
            documents=self.documents.selection() if filtered else None,
            pseudonymise=self.pseudonymise.isEnabled() and self.pseudonymise.isChecked(),
            no_text=self.drop_text.isEnabled() and self.drop_text.isChecked(),
            with_translation=self.with_translation.isEnabled() and self.with_translation.isChecked(),
            force=force,
        )

    # -- actions ------------------------------------------------------------------
    def browse(self) -> None:
        _, _, _, filters = _BY_FORMAT[self.fmt()]
        path = prompts.save_file(self, "Export to", f"{filters};;All files (*)")
        if path:
            chosen = with_suffix(path, _BY_FORMAT[self.fmt()][2]) if not Path(path).suffix else path
            self.path.setText(chosen)
            self.confirmed = Path(chosen)  # the save dialog asked about replacing it already

    def _check(self, request: ExportRequest) -> str:
        """Why the export cannot start, or ``""`` (the core's own one-line refusals)."""
        from annotator.core.exporters.request import format_spec  # noqa: PLC0415

        if not self.path.text().strip():
            return "Choose a file to export to."
        path = self.target()
        if not path.parent.is_dir():
            return f"The folder {path.parent} does not exist."
        try:
            format_spec(request)
            check_output(path, force=True, projects=[self.session.path])  # an existing file is asked below
        except AnnotatorError as exc:
            return str(exc)
        return ""

    def start(self) -> Task | None:
        request = self.request()
        problem = self._check(request)
        if problem:
            prompts.show_error(self, "Export", problem)
            return None
        path = self.target()
        if path.exists():
            asked = self.confirmed == path
            if not asked and not prompts.confirm(self, "Export", f"{path.name} already exists. Replace it?"):
                return None
            request = replace(request, force=True)  # the confirmation is the request's --force
        self.export_button.setEnabled(False)
        self.task = Task(self, self.session.path, export_request_work(request), "Export", label="Exporting…")
        return self.task.run(lambda result: self._done(path, result), self._failed)

    def _done(self, path: Path, result: ExportResult | None) -> None:
        self.export_button.setEnabled(True)
        what = "" if result is None else f" ({result.summary()})"
        self.done_message = notify(self.bench, "Export finished", f"Wrote {path}{what}.")
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        if self.task is not None and self.task.cancelled:
            self.bench.show_status("Export cancelled; no file was written.")
            return
        prompts.show_error(self, "Export failed", message)
