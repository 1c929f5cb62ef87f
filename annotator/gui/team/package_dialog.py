"""File → Make coder package…: a copy for one coder, for blind double-coding.

The package holds the documents (all, or a reproducible random sample) and
the whole codebook, and only that coder's own codings: nobody sees anyone
else's work before the agreement is measured. ``make_package`` does it; this
dialog names the coder and the file, and which content warnings' documents
to leave out (the material stays with the coders who agreed to read it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from annotator.core.analysis.package import documents_with_warnings
from annotator.core.errors import AnnotatorError
from annotator.gui import prompts, save_target
from annotator.gui.i18n import translate
from annotator.gui.team.common import default_output, notify, tip_label
from annotator.gui.team.jobs import Task
from annotator.gui.team.work import package_work
from annotator.gui.warning_names import display_description, display_name

if TYPE_CHECKING:
    from annotator.gui.session import ProjectSession
    from annotator.gui.workbench import TeamBench


class PackageDialog(QDialog):
    def __init__(self, session: ProjectSession, bench: TeamBench) -> None:
        super().__init__(bench.dialog_parent)
        self.bench = bench
        self.source = session.path
        self.task: Task | None = None
        self.done_message = None
        self.chosen: str | None = None  # the file picked in the save dialog (its "replace?" was asked)
        self.setObjectName("packageDialog")
        self.setWindowTitle(translate("PackageDialog", "Make a coder package"))
        self.resize(560, 260)
        store = session.store
        self.store = store
        self.documents = len(store.documents())

        self.coder = QComboBox()
        self.coder.setObjectName("packageCoder")
        self.coder.setEditable(True)
        self.coder.addItems([c.name for c in store.coders() if c.name != "consensus"])
        self.coder.setCurrentText("")
        self.coder.lineEdit().setPlaceholderText(translate("PackageDialog", "The coder's name, e.g. mina"))
        self.coder.editTextChanged.connect(self._suggest_path)
        self.path = QLineEdit()
        self.path.setObjectName("packagePath")
        self.path.setPlaceholderText(
            str(default_output(self.source, translate("PackageDialog", "<coder>"), ".sqlite"))
        )
        browse = QPushButton(translate("PackageDialog", "Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.sample = QCheckBox(translate("PackageDialog", "Only a random sample of"))
        self.sample.setObjectName("packageSample")
        self.size = QSpinBox()
        self.size.setObjectName("packageSampleSize")
        self.size.setRange(1, max(1, self.documents))
        self.size.setValue(max(1, self.documents // 2))
        self.size.setSuffix(translate("PackageDialog", " of {n} documents").format(n=self.documents))
        self.seed = QSpinBox()
        self.seed.setObjectName("packageSeed")
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(1)
        self.seed.setToolTip(
            translate(
                "PackageDialog",
                "The same seed picks the same documents again (give both coders the same one).",
            )
        )
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample)
        sample_row.addWidget(self.size, 1)
        sample_row.addWidget(QLabel(translate("PackageDialog", "seed")))
        sample_row.addWidget(self.seed)
        self.sample.toggled.connect(self._sampling)
        self._sampling(False)
        # Content warnings: documents carrying a ticked one are left out of the package.
        self.exclusions: dict[str, QCheckBox] = {}
        exclude_box = QVBoxLayout()
        exclude_box.setSpacing(2)
        for i, warning in enumerate(store.content_warnings()):
            box = QCheckBox(display_name(warning.name))
            box.setObjectName(f"packageExclude{i}")
            box.setAccessibleName(
                translate("PackageDialog", "Leave out documents with: {warning}").format(
                    warning=display_name(warning.name)
                )
            )
            if warning.description:
                box.setToolTip(display_description(warning.description))
            box.toggled.connect(self._excluded_changed)
            self.exclusions[warning.name] = box
            exclude_box.addWidget(box)
        self.excluded_count = QLabel()
        self.excluded_count.setObjectName("packageExcludedCount")
        self.excluded_count.setWordWrap(True)
        exclude_box.addWidget(self.excluded_count)
        self._excluded_changed()

        form = QFormLayout()
        form.addRow(translate("PackageDialog", "&Coder:"), self.coder)
        save_label = QLabel(translate("PackageDialog", "&Save as:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, file_row)
        form.addRow(translate("PackageDialog", "Documents:"), sample_row)
        if self.exclusions:
            form.addRow(translate("PackageDialog", "Leave out documents with:"), exclude_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(
            translate("PackageDialog", "Make package"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("packageButton")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            tip_label(
                translate(
                    "PackageDialog",
                    "The package holds the documents, the whole codebook, document memos and attributes, "
                    "and only this coder's own codings. Send it; merge it back with File → Merge projects.",
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(buttons)

    def excluded_warnings(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.exclusions.items() if box.isChecked())

    def _excluded_changed(self, _on: bool = False) -> None:
        """Say how many documents the ticked warnings leave out; a sample is drawn from the rest."""
        left_out = len(documents_with_warnings(self.store, self.excluded_warnings()))
        text = translate("PackageDialog", "%n of {total} documents left out.", None, left_out)
        self.excluded_count.setText(text.format(total=self.documents))
        self.excluded_count.setAccessibleName(self.excluded_count.text())
        eligible = max(1, self.documents - left_out)
        self.size.setRange(1, eligible)
        self.size.setSuffix(
            translate("PackageDialog", " of {n} documents").format(n=self.documents - left_out)
        )

    def _sampling(self, on: bool) -> None:
        self.size.setEnabled(on)
        self.seed.setEnabled(on)

    def _suggest_path(self, name: str) -> None:
        """``<project>-<coder>.sqlite`` beside the project, following the coder's name (as the
        project spells it: "MINA" is mina) until the user types a path of their own."""
        if self.path.isModified():
            return
        session = self.bench.session
        try:
            found = session.store.find_coder(name) if session is not None and name.strip() else None
        except AnnotatorError:  # a name several coders could be: the typed spelling
            found = None
        name = found.name if found is not None else name
        tag = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.strip())
        self.path.setText(str(default_output(self.source, tag, ".sqlite")) if tag else "")

    def browse(self) -> None:
        path = prompts.save_file(self, translate("PackageDialog", "Save the package as"))
        if path:
            self.chosen = path  # the dialog asked before replacing exactly this file
            self.path.setText(path if Path(path).suffix else path + ".sqlite")
            self.path.setModified(True)

    def start(self) -> Task | None:
        coder = self.coder.currentText().strip()
        text = self.path.text().strip()
        output = Path(text).expanduser() if text else None
        problem = ""
        if not coder:
            problem = translate("PackageDialog", "Name the coder the package is for.")
        elif output is None:
            problem = translate("PackageDialog", "Choose the package file.")
        if problem or output is None:
            prompts.show_error(self, translate("PackageDialog", "Coder package"), problem)
            return None
        # Never the project, another project, or a journal, lock or backup of one.
        dest = save_target.choose(
            self,
            translate("PackageDialog", "Coder package"),
            self.chosen,
            output,
            projects=[self.source],
            sources=[self.source],
        )
        if dest is None:
            return None
        sample = self.size.value() if self.sample.isChecked() else None
        seed = self.seed.value() if self.sample.isChecked() else None
        self.make_button.setEnabled(False)
        self.task = Task(
            self,
            self.source,
            package_work(
                self.source,
                coder,
                dest.path,
                sample,
                seed,
                exclude_warnings=self.excluded_warnings(),
                force=dest.force,
            ),
            translate("PackageDialog", "Coder package"),
            label=translate("PackageDialog", "Writing the package for {coder}…").format(coder=coder),
            cancellable=False,
        )
        return self.task.run(lambda counts: self._done(coder, output, counts), self._failed)

    def _done(self, coder: str, output: Path, counts: dict[str, int]) -> None:
        self.make_button.setEnabled(True)
        left_out = counts.get("excluded", 0)
        extra = ""
        if self.excluded_warnings():
            extra = "\n" + (
                translate("PackageDialog", "Left out for its content warnings: %n document.", None, 1)
                if left_out == 1
                else translate(
                    "PackageDialog", "Left out for their content warnings: %n documents.", None, left_out
                )
            )
        self.done_message = notify(
            self.bench,
            translate("PackageDialog", "Coder package"),
            translate(
                "PackageDialog",
                "Wrote {path} for {coder}: {documents} documents, {codes} codes, "
                "{codings} of their own codings.",
            ).format(
                path=output,
                coder=coder,
                documents=counts["documents"],
                codes=counts["codes"],
                codings=counts["codings"],
            )
            + extra,
        )
        self.accept()

    def _failed(self, message: str) -> None:
        self.make_button.setEnabled(True)
        prompts.show_error(self, translate("PackageDialog", "Coder package"), message)
