"""The dialogs area speaks the interface language: every shared dialog, the table models' headers,
the cases panel, case chooser and journey timeline, and the trust dialogs (audit, backups,
pseudonyms) show no text that escaped ``translate()`` (pseudo-translation), and under Korean no
English source string is left, while project data (case labels, coder and document names) and
the stored keys behind translated words (a case's role "victim") stay as they are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.importers.importing import ImportReport
from annotator.gui import i18n
from annotator.gui.cases import ACTIONS as CASE_ACTIONS
from annotator.gui.cases.palette import CasePalette
from annotator.gui.cases.timeline import TimelineWindow
from annotator.gui.dialogs.coder_choice import CoderDialog
from annotator.gui.dialogs.errors import ExceptionDialog
from annotator.gui.dialogs.fields import FieldsDialog
from annotator.gui.dialogs.import_report import ImportReportDialog
from annotator.gui.dialogs.palette import CodePalette
from annotator.gui.dialogs.shortcuts import ShortcutsDialog
from annotator.gui.i18n import translate
from annotator.gui.models.documents import CODED
from annotator.gui.trust import ACTIONS as TRUST_ACTIONS
from annotator.gui.trust.audit_dialog import AuditDialog
from annotator.gui.trust.backup_dialogs import BackupSettingsDialog, RestoreDialog
from annotator.gui.trust.pseudonym_dialog import PseudonymDialog
from tests.gui.i18n_probe import (
    _LETTERS,
    _plain,
    english_left,
    language,
    project_strings,
    pseudo_language,
    source_strings,
    untranslated,
)
from tests.gui.team_support import demo, demo_master  # noqa: F401  (fixtures)

TS = i18n.translations_dir()
_INNERMOST = re.compile("⟪[^⟪⟫]*⟫")

compiled = pytest.mark.skipif(
    not (TS / "annotator_ko.qm").exists(), reason="run tools/translations.py release first"
)


def _unmarked(text: str, data: list[str]) -> bool:
    """Letters left outside ⟪ ⟫ once marks are removed from the innermost out (a translated
    phrase put into a translated template nests: ⟪⟪Linked …⟫ (Ctrl+Z undoes).⟫)."""
    rest = _plain(text)
    while True:
        stripped = _INNERMOST.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for item in data:
        rest = rest.replace(item, " ")
    return bool(_LETTERS.search(rest))


# The core's own findings, shown as `annotator audit verify` prints them (the core is Qt-free and
# its messages are English, like the command line): the verdict's tooltip lists them.
CORE_WORDS = ("auditVerdict tooltip",)


def escaped(widget: QWidget, data: set[str], *, skip_actions: bool = False) -> list[tuple[str, str]]:
    """``untranslated`` that understands nested marks; ``skip_actions``: the window's own menu
    actions added to a widget (translated by the window's build_actions, another area)."""
    known = sorted((d for d in data if d), key=len, reverse=True)
    found = [(where, text) for where, text in untranslated(widget, data) if _unmarked(text, known)]
    return [(w, t) for w, t in found if not (skip_actions and " action" in w) and w not in CORE_WORDS]


def status(window: object) -> str:
    return window.statusBar().currentMessage()  # type: ignore[attr-defined]


def open_everything(qtbot, window, path: Path) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """Every dialog and panel of the dialogs area, opened as a user (or the window) opens them."""
    session = window.session
    store = session.store
    shown: dict[str, QWidget] = {}

    panel = window.cases_panel
    victim = next(c for c in store.cases() if c.role == "victim")
    window.select_case(victim.guid)
    panel.show_details.setChecked(True)
    shown["cases panel"] = panel

    window.actions["case.choose"].trigger()
    shown["case chooser"] = next(d for d in window.findChildren(CasePalette) if d.isVisible())

    window.actions["case.timeline"].trigger()
    timeline = window.findChild(TimelineWindow)
    qtbot.waitUntil(lambda: timeline.journey is not None, timeout=10_000)
    shown["timeline"] = timeline

    window.actions["team.audit"].trigger()
    audit = window.findChild(AuditDialog)
    audit.verify()
    shown["audit"] = audit

    window.actions["file.restore_backup"].trigger()
    shown["restore"] = next(d for d in window.findChildren(RestoreDialog) if d.isVisible())
    window.actions["file.backup_settings"].trigger()
    shown["backup settings"] = next(d for d in window.findChildren(BackupSettingsDialog) if d.isVisible())
    window.actions["team.pseudonyms"].trigger()
    shown["pseudonyms"] = next(d for d in window.findChildren(PseudonymDialog) if d.isVisible())

    window.actions["edit.attributes"].trigger()
    shown["attributes"] = window.projects.attributes_dialog
    code = next(c.guid for c in session.tree.by_guid.values() if store.code_fields(c.guid))
    window.codebook.select_codes([code])
    window.actions["code.fields"].trigger()
    shown["value fields"] = window.findChild(FieldsDialog)
    window.actions["help.shortcuts"].trigger()
    shown["shortcuts"] = window.findChild(ShortcutsDialog)

    # The dialogs a flow opens modally are built as their flows build them.
    shown["coder choice"] = CoderDialog(store.coders(), session.coder, store.find_coder, window)
    shown["exception"] = ExceptionDialog("Traceback (most recent call last):\n  boom\n", window)
    report = ImportReport(
        imported=store.documents()[:1],
        failed=[("/tmp/broken.docx", "not a Word file")],
        skipped=[("/tmp/a.txt", "already in the project")],
    )
    shown["import report"] = ImportReportDialog(report, window)
    shown["quick code"] = CodePalette(session.tree, allow_top=True, parent=window)
    for widget in shown.values():
        widget.show()
    QApplication.processEvents()
    return shown


def test_no_text_of_the_dialogs_area_escapes_translation(qtbot, make_window, demo):  # noqa: F811
    data = project_strings(demo)
    with pseudo_language():
        window = make_window(demo)
        widgets = open_everything(qtbot, window, demo)
        for name, widget in widgets.items():
            assert escaped(widget, data, skip_actions=name == "cases panel") == [], name
        # the headers of this area's table models (shown in the window's own tables)
        for model in (window.documents.model, window.segments.model, window.cases_panel.model):
            titles = [model.headerData(s, Qt.Orientation.Horizontal) for s in range(2)]
            assert all(t.startswith("⟪") for t in titles), titles
        # the case controller's status-bar messages, numbers and case labels filled in
        window.case_ops.timeline_window = None
        window.select_case(None)
        window.case_ops.delete()
        assert not _unmarked(status(window), sorted(data, key=len, reverse=True)), status(window)
        case = window.session.store.cases()[0]
        window.select_case(case.guid)
        window.case_ops.link_document()
        assert case.label in status(window)
        assert not _unmarked(status(window), sorted(data, key=len, reverse=True)), status(window)


@compiled
def test_under_korean_no_english_is_left_and_data_stays(qtbot, make_window, demo):  # noqa: F811
    sources = source_strings()
    with language("ko") as installed:
        assert installed == "ko"
        window = make_window(demo)
        widgets = open_everything(qtbot, window, demo)
        for name, widget in widgets.items():
            left = english_left(widget, sources)
            if name == "cases panel":  # the window adds its (Actions) menu rows to the case list
                left = [(w, t) for w, t in left if " action" not in w]
            assert left == [], name

        panel = window.cases_panel
        assert panel.show_passages.text() == "구절" and panel.show_details.text() == "상세"
        assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "사례"
        assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "역할"
        # a role is shown in Korean and stored as its key
        editor = panel.editor
        assert editor.role.currentText() == "피해자" and editor.role.currentData() == "victim"
        editor.role.setCurrentIndex(editor.role.findData("perpetrator"))
        assert editor.changes() == {"role": "perpetrator"}
        role_column = panel.model.index(0, 1).data()
        assert role_column in ("피해자", "가해자", "기타")
        assert window.segments.model.headerData(1, Qt.Orientation.Horizontal) == "코드"
        assert window.documents.model.headerData(CODED, Qt.Orientation.Horizontal) == "코딩됨"

        assert widgets["audit"].windowTitle().startswith("감사 기록 — ")
        assert widgets["audit"].verdict.text().startswith("✔ 체인 온전함")
        assert widgets["restore"].windowTitle() == "백업에서 복원"
        assert widgets["backup settings"].keep.specialValueText() == "끔"
        assert widgets["timeline"].windowTitle().startswith("여정 타임라인 — ")
        assert (
            widgets["import report"].summary.text() == "1개 가져옴, 1개 건너뜀, 1개 실패. 가져오지 못한 항목:"
        )
        assert widgets["coder choice"].pick_button.text() == "이 코더로 코딩(&C)"
        assert widgets["exception"].windowTitle() == "문제가 발생했습니다"
        pseudonyms = widgets["pseudonyms"]
        pseudonyms.set_row(0, "Yanji", "City A", "place")
        assert pseudonyms.table.item(0, 2).text() == "장소"
        assert [p.kind for p in pseudonyms.entries()][0] == "place"  # stored as the key

        # a status-bar message with its case label, in Korean; the label untouched
        case = window.session.store.cases()[0]
        window.select_case(case.guid)
        window.case_ops.link_document()
        assert status(window) == f"문서를 {case.label!r}에 연결했습니다 (Ctrl+Z로 실행 취소)"
        assert window.session.store.case(case.guid).role in ("victim", "perpetrator", "other")


@compiled
def test_every_case_and_trust_menu_row_is_marked_for_translation(qtbot):
    """The window translates ActionSpec rows with context "Actions": every text and tip of the
    Case menu and the trust features has a Korean and a Chinese translation."""
    for code in ("ko", "zh_CN"):
        with language(code):
            for spec in (*CASE_ACTIONS, *TRUST_ACTIONS):
                for text in (spec.text, spec.tip):
                    if text:
                        assert translate("Actions", text) != text, (code, text)
