"""File → Export…: the coded dataset for R, SPSS, Excel, another QDA program or a report.

The dialog collects a core :class:`~annotator.core.exporters.ExportRequest` (the
same request the CLI's ``export`` builds) and runs it in a worker with a
cancellable progress dialog; it decides nothing the core does not. Privacy is in
view, not in a sub-menu: an encrypted project says that the file it writes will
not be, and "drop all text" / "apply pseudonym list" sit beside the file name.
Every format honours them, except that a REFI-QDA project cannot drop its text
(the core refuses that, so the box is disabled). The overwrite confirmation is
the request's ``force``.

Each of the project's content warnings has a choice: include its passages as they are, veil
them (``[veiled: torture — code]`` in place of their words) or leave them out (the request's
``veil_warnings`` and ``omit_warnings``); the message at the end says how many were veiled or
left out.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from annotator.core.code_labels import CANONICAL, LABEL_LANGUAGES
from annotator.core.errors import AnnotatorError
from annotator.core.outputs import check_output
from annotator.core.pseudonymise import load_pseudonyms
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.team.common import default_output, notify, tip_label, warning_label, with_suffix
from annotator.gui.team.jobs import Task
from annotator.gui.team.pickers import CheckTree
from annotator.gui.team.work import export_request_work
from annotator.gui.warning_names import display_name

if TYPE_CHECKING:
    from annotator.core.exporters.request import ExportRequest, ExportResult
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench

# (format, label, suffix, file-dialog filter)
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    (
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV — one row per coded passage"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    (
        "xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook — codings, codebook, documents, frequencies"),
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel (*.xlsx)"),
    ),
    (
        "matrix",
        QT_TRANSLATE_NOOP("ExportDialog", "Document × code matrix for R, SPSS, Stata"),
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel (*.xlsx)"),
    ),
    (
        "cases",
        QT_TRANSLATE_NOOP("ExportDialog", "Case table (CTDC / HTCDS shape)"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON (documented schema)"),
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON (*.json)"),
    ),
    (
        "html",
        QT_TRANSLATE_NOOP("ExportDialog", "HTML report (opens offline, prints well)"),
        ".html",
        QT_TRANSLATE_NOOP("ExportDialog", "HTML (*.html *.htm)"),
    ),
    (
        "qdpx",
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA"),
        ".qdpx",
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA projects (*.qdpx)"),
    ),
    (
        "qdc",
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA codebook only"),
        ".qdc",
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA codebooks (*.qdc)"),
    ),
)
_BY_FORMAT = {f[0]: f for f in FORMATS}
INCLUDE, VEIL, OMIT = "include", "veil", "omit"  # what an export does with a warning's passages
WARNING_CHOICES = (
    (INCLUDE, QT_TRANSLATE_NOOP("ExportDialog", "Include")),
    (VEIL, QT_TRANSLATE_NOOP("ExportDialog", "Veil")),
    (OMIT, QT_TRANSLATE_NOOP("ExportDialog", "Leave out")),
)
NO_PASSAGE_TEXT = ("qdc",)  # formats that carry no passage text: nothing to veil


class ExportDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench, parent: QWidget | None = None) -> None:
        super().__init__(parent or bench.dialog_parent)
        self.bench, self.session = bench, session
        self.task: Task | None = None
        self.done_message = None
        self.confirmed: Path | None = None  # a path whose overwrite the save dialog confirmed
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export coded data"))
        self.resize(900, 620)
        store = self.session.store

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt, label, suffix, _ in FORMATS:
            self.format.addItem(translate("ExportDialog", label) + f" ({suffix})", fmt)
        self.path = QLineEdit(str(default_output(session.path, "export", ".csv")))
        self.path.setObjectName("exportPath")
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        pseudonyms = len(load_pseudonyms(store))
        self.pseudonymise = QCheckBox(
            translate("ExportDialog", "Apply the pseudonym list ({n} entries)").format(n=pseudonyms)
        )
        self.pseudonymise.setObjectName("exportPseudonymise")
        self.pseudonymise.setToolTip(
            translate(
                "ExportDialog",
                "Replace names, places and other identifiers in every exported text and name (coders become "
                "Coder 1, 2…); the project is unchanged.",
            )
        )
        self.has_pseudonyms = pseudonyms > 0
        if not self.has_pseudonyms:
            self.pseudonymise.setText(
                translate("ExportDialog", "Apply the pseudonym list (the project has none yet)")
            )
        self.drop_text = QCheckBox(
            translate("ExportDialog", "Drop all text — spans, codes and attributes only")
        )
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

        # Code names in the file: canonical (the default: paths other tools and scripts rely on),
        # or the codes' Korean or Chinese labels where they have one (named in their own language).
        self.code_language = QComboBox()
        self.code_language.setObjectName("exportCodeLanguage")
        self.code_language.addItem(translate("ExportDialog", "Canonical names (English)"), CANONICAL)
        for language, endonym in LABEL_LANGUAGES.items():
            self.code_language.addItem(endonym, language)
        self.code_language.setToolTip(
            translate(
                "ExportDialog",
                "Name and define codes by their labels in this language where they have one; "
                "GUIDs stay, and a code without a label keeps its canonical name.",
            )
        )
        language_label = QLabel(translate("ExportDialog", "Code &names in:"))
        language_label.setBuddy(self.code_language)

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        save_label = QLabel(translate("ExportDialog", "&Save as:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, file_row)
        form.addRow(language_label, self.code_language)
        form.addRow(translate("ExportDialog", "Privacy:"), self.pseudonymise)
        form.addRow("", self.drop_text)
        form.addRow("", self.with_translation)

        self.coders = CheckTree("exportCoders", placeholder=translate("ExportDialog", "Filter coders…"))
        self.coders.set_items([(c.guid, c.name) for c in store.coders()])
        self.codes = CheckTree("exportCodes", placeholder=translate("ExportDialog", "Filter codes…"))
        self.codes.set_codes(self.session.tree, names=self.session.code_names)
        self.subcodes = QCheckBox(translate("ExportDialog", "Include the sub-codes of checked codes"))
        self.subcodes.setObjectName("exportSubcodes")
        self.documents = CheckTree(
            "exportDocuments", placeholder=translate("ExportDialog", "Filter documents…")
        )
        self.documents.set_items([(d.guid, d.name) for d in store.documents()])
        self.filters = QGroupBox(
            translate("ExportDialog", "Which codings (everything is checked: no filter)")
        )
        row = QHBoxLayout(self.filters)
        for title, widget, extra in (
            (translate("ExportDialog", "Coders"), self.coders, None),
            (translate("ExportDialog", "Codes"), self.codes, self.subcodes),
            (translate("ExportDialog", "Documents"), self.documents, None),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.addWidget(widget)
            if extra is not None:
                column.addWidget(extra)
            row.addWidget(box, 3 if widget is self.codes else 2)

        self.warnings = QGroupBox(translate("ExportDialog", "Passages with content warnings"))
        self.warnings.setObjectName("exportWarnings")
        self.warnings.setToolTip(
            translate(
                "ExportDialog",
                "Veil: the passage's words become “[veiled: warning — code]”, its coding stays. "
                "Leave out: the coding is not exported and its words are veiled in the texts.",
            )
        )
        self.warning_choices: dict[str, QComboBox] = {}
        warnings_form = QFormLayout(self.warnings)
        for i, warning in enumerate(store.content_warnings()):
            combo = QComboBox()
            combo.setObjectName(f"exportWarning{i}")
            for value, label in WARNING_CHOICES:
                combo.addItem(translate("ExportDialog", label), value)
            name = display_name(warning.name)
            combo.setAccessibleName(
                translate("ExportDialog", "Passages with the warning {warning}").format(warning=name)
            )
            label = QLabel(name)
            label.setBuddy(combo)
            warnings_form.addRow(label, combo)
            self.warning_choices[warning.name] = combo
        self.warnings.setVisible(bool(self.warning_choices))

        self.note = tip_label("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if store.encrypted:
            warning = warning_label(
                translate(
                    "ExportDialog",
                    "This project is encrypted, but the exported file will NOT be. Keep it on an encrypted "
                    "disk, or export with the pseudonym list or without text.",
                )
            )
            warning.setObjectName("exportEncryptedWarning")
            layout.addWidget(warning)
        layout.addLayout(form)
        middle = QHBoxLayout()
        middle.addWidget(self.filters, 1)
        middle.addWidget(self.warnings, 0)
        layout.addLayout(middle, 1)
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
            translate(
                "ExportDialog", "A REFI-QDA project must carry its texts: apply the pseudonym list instead."
            )
            if fmt == "qdpx"
            else translate(
                "ExportDialog",
                "Coded passages, memos, definitions and document names are left out; "
                "the pseudonym list is applied to the code names that remain.",
            )
        )
        self.filters.setEnabled(fmt != "qdc")
        self.warnings.setEnabled(fmt not in NO_PASSAGE_TEXT)
        notes = {
            "qdc": translate("ExportDialog", "The codebook is written whole; the filters do not apply."),
            "qdpx": translate(
                "ExportDialog",
                "REFI-QDA carries the full text for the other program (pseudonymised when asked). "
                "The codebook is always complete; filters select which codings go out.",
            ),
            "matrix": translate("ExportDialog", "One row per document: 0/1 and count sheets per code."),
            "cases": translate(
                "ExportDialog", "One row per testimony, flags derived from the codebook's export mappings."
            ),
        }
        self.note.setText(
            notes.get(fmt) or translate("ExportDialog", "One row per coding, document attributes as columns.")
        )

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
            code_language=self.code_language.currentData() if self.code_language.currentIndex() > 0 else None,
            force=force,
            veil_warnings=self.chosen_warnings(VEIL),
            omit_warnings=self.chosen_warnings(OMIT),
        )

    def chosen_warnings(self, choice: str) -> tuple[str, ...]:
        """The warnings (stored names) whose passages the export is to ``choice`` (veil, omit)."""
        if not self.warnings.isEnabled():
            return ()
        return tuple(name for name, combo in self.warning_choices.items() if combo.currentData() == choice)

    def set_warning_choice(self, name: str, choice: str) -> None:
        """Include, veil or leave out (``choice``) the passages carrying the warning ``name``."""
        combo = self.warning_choices[name]
        combo.setCurrentIndex(combo.findData(choice))

    # -- actions ------------------------------------------------------------------
    def browse(self) -> None:
        _, _, _, filters = _BY_FORMAT[self.fmt()]
        path = prompts.save_file(
            self,
            translate("ExportDialog", "Export to"),
            translate("ExportDialog", filters) + ";;" + translate("ExportDialog", "All files (*)"),
        )
        if path:
            chosen = with_suffix(path, _BY_FORMAT[self.fmt()][2]) if not Path(path).suffix else path
            self.path.setText(chosen)
            self.confirmed = Path(chosen)  # the save dialog asked about replacing it already

    def _check(self, request: ExportRequest) -> str:
        """Why the export cannot start, or ``""`` (the core's own one-line refusals)."""
        from annotator.core.exporters.request import format_spec  # noqa: PLC0415

        if not self.path.text().strip():
            return translate("ExportDialog", "Choose a file to export to.")
        path = self.target()
        if not path.parent.is_dir():
            return translate("ExportDialog", "The folder {folder} does not exist.").format(folder=path.parent)
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
            prompts.show_error(self, translate("ExportDialog", "Export"), problem)
            return None
        path = self.target()
        if path.exists():
            asked = self.confirmed == path
            question = translate("ExportDialog", "{file} already exists. Replace it?").format(file=path.name)
            if not asked and not prompts.confirm(self, translate("ExportDialog", "Export"), question):
                return None
            request = replace(request, force=True)  # the confirmation is the request's --force
        self.export_button.setEnabled(False)
        self.task = Task(
            self,
            self.session.path,
            export_request_work(request),
            translate("ExportDialog", "Export"),
            label=translate("ExportDialog", "Exporting…"),
        )
        return self.task.run(lambda result: self._done(path, result), self._failed)

    def _done(self, path: Path, result: ExportResult | None) -> None:
        self.export_button.setEnabled(True)
        if result is None:
            text = translate("ExportDialog", "Wrote {path}.").format(path=path)
        else:
            text = translate("ExportDialog", "Wrote {path} ({summary}).").format(
                path=path, summary=summary(result)
            )
        self.done_message = notify(self.bench, translate("ExportDialog", "Export finished"), text)
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        if self.task is not None and self.task.cancelled:
            self.bench.show_status(translate("ExportDialog", "Export cancelled; no file was written."))
            return
        prompts.show_error(self, translate("ExportDialog", "Export failed"), message)


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each a translated "%n …" phrase) for ``n``."""
    return one if n == 1 else many


def summary(result: ExportResult) -> str:
    """What an export wrote, in the interface language ("24 codings in 7 documents, pseudonymised");
    the same facts as the core's :meth:`ExportResult.summary`, which the CLI prints in English."""
    n, docs, codings = result.rows, result.documents, result.codings
    documents = _count(
        docs,
        translate("ExportDialog", "%n document", None, docs),
        translate("ExportDialog", "%n documents", None, docs),
    )
    if result.files:  # a standard case export
        if result.noun == "cases":
            text = _count(
                n,
                translate("ExportDialog", "%n row, one per victim case", None, n),
                translate("ExportDialog", "%n rows, one per victim case", None, n),
            )
        else:
            text = _count(
                n,
                translate("ExportDialog", "%n row, one per document taken as a case", None, n),
                translate("ExportDialog", "%n rows, one per document taken as a case", None, n),
            )
    elif result.noun == "codes":
        codes = result.codes
        text = _count(
            codes,
            translate("ExportDialog", "%n code", None, codes),
            translate("ExportDialog", "%n codes", None, codes),
        )
    else:
        coded = _count(
            codings,
            translate("ExportDialog", "%n coding", None, codings),
            translate("ExportDialog", "%n codings", None, codings),
        )
        if result.noun == "documents":
            text = translate("ExportDialog", "{documents} ({codings})").format(
                documents=documents, codings=coded
            )
        else:
            text = translate("ExportDialog", "{codings} in {documents}").format(
                codings=coded, documents=documents
            )
    if result.pseudonymised:
        text = translate("ExportDialog", "{summary}, pseudonymised").format(summary=text)
    if result.text_dropped:
        text = translate("ExportDialog", "{summary}, without text").format(summary=text)
    veiled_n, omitted_n = result.veiled, result.omitted
    if veiled_n:
        veiled = _count(
            veiled_n,
            translate("ExportDialog", "%n passage veiled", None, veiled_n),
            translate("ExportDialog", "%n passages veiled", None, veiled_n),
        )
        text = translate("ExportDialog", "{summary}, {veiled}").format(summary=text, veiled=veiled)
    if omitted_n:
        omitted = _count(
            omitted_n,
            translate("ExportDialog", "%n warned passage left out", None, omitted_n),
            translate("ExportDialog", "%n warned passages left out", None, omitted_n),
        )
        text = translate("ExportDialog", "{summary}, {omitted}").format(summary=text, omitted=omitted)
    return text
