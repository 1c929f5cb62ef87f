"""The core's messages in the app's language: a file that is not a project is refused in
Korean under the Korean catalogue (and in the pseudo-language, so every message the core
shows there went through a translator), while the command line stays English."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from annotator.core import messages, refi_qda
from annotator.core.analysis.agreement import agreement
from annotator.core.analysis.agreement.fields import tolerance_of
from annotator.core.analysis.merge import MergeReport
from annotator.core.changes.base import Change
from annotator.core.exporters.request import ExportRequest, run_export
from annotator.core.refi_qda.common import ImportNotes
from annotator.core.store import ProjectStore
from annotator.core.values import Value
from annotator.gui import i18n
from annotator.gui.cases.timeline import TimelineWindow
from annotator.gui.team.agreement_dialog import AgreementDialog
from annotator.gui.trust.audit_model import ACTIONS, action_label
from tests.core.value_project import build_value_project
from tests.gui.i18n_probe import CLOSE, OPEN, language, project_strings, pseudo_language, untranslated
from tests.gui.team_support import demo, demo_master, no_dialogs, open_dialog, wait_for  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_REFUSAL = "not a Testimony Annotator project (not an SQLite file)"
KOREAN_REFUSAL = "Testimony Annotator 프로젝트가 아닙니다(SQLite 파일이 아님)"


@pytest.fixture
def not_a_project(tmp_path: Path) -> Path:
    path = tmp_path / "interview notes.sqlite"
    path.write_text("an interview, typed into the wrong box\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _english_core_afterwards() -> object:
    yield
    messages.install_translator(None)


def test_opening_a_file_that_is_not_a_project_is_refused_in_korean(
    make_window,
    demo: Path,  # noqa: F811
    not_a_project: Path,
    no_dialogs: dict[str, list],  # noqa: F811
) -> None:
    if not (i18n.translations_dir() / "annotator_ko.qm").exists():
        pytest.skip("run tools/translations.py release first")
    with language("ko") as installed:
        assert installed == "ko"
        window = make_window(demo)
        assert not window.open_project(not_a_project)
        (_title, text), *_ = no_dialogs["errors"]
        assert text == f"{not_a_project}: {KOREAN_REFUSAL}" or f"{not_a_project}: {KOREAN_REFUSAL}" in text
        assert ENGLISH_REFUSAL not in text
        assert window.session is not None and window.session.path == demo  # the demo stays open
        # Another refusal of the same kind: a folder is not a project file.
        assert not window.open_project(not_a_project.parent)
        assert "프로젝트 파일이 아니라 폴더입니다" in no_dialogs["errors"][-1][1]
    # Back in English, the core speaks English again.
    assert not window.open_project(not_a_project)
    assert no_dialogs["errors"][-1][1].endswith(f"{not_a_project}: {ENGLISH_REFUSAL}")


def test_in_the_pseudo_language_the_refusal_is_marked_translated(
    make_window,
    demo: Path,  # noqa: F811
    not_a_project: Path,
    no_dialogs: dict[str, list],  # noqa: F811
) -> None:
    i18n.install(QCoreApplication.instance(), "en")  # what the app does at start-up: hooks the core
    with pseudo_language():
        window = make_window(demo)
        assert not window.open_project(not_a_project)
        text = no_dialogs["errors"][0][1]
    assert f"{OPEN}{ENGLISH_REFUSAL}{CLOSE}" in text
    # The path is the user's file, not a translated string: it is filled into the template.
    assert f"{OPEN}{not_a_project}: " in text


def test_the_command_line_stays_english_under_a_korean_locale(not_a_project: Path) -> None:
    env = {**os.environ, "LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8", "LANGUAGE": "ko"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "info", str(not_a_project)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().endswith(f"{not_a_project}: {ENGLISH_REFUSAL}")
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in result.stderr)  # no Hangul


# -- values, summaries, exports and the audit trail under the Korean catalogue ------------------


def _korean_catalogue() -> None:
    if not (i18n.translations_dir() / "annotator_ko.qm").exists():
        pytest.skip("run tools/translations.py release first")


def test_values_and_an_import_summary_read_in_korean() -> None:
    _korean_catalogue()
    night = Value("money", {"amount": 500, "max": None, "currency": "CNY", "per": "night"})
    years = Value("duration", {"amount": 4, "max": None, "unit": "year", "approx": False})
    summary = refi_qda.summary_line(
        MergeReport(codes_added=3, coders_added=1, codings_added=1), ImportNotes()
    )
    with language("ko"):
        assert night.display() == "1박에 500 CNY"
        assert years.display() == "4년"
        assert tolerance_of("money") == "±5%(같은 통화, 같은 단위당)"
        korean = refi_qda.summary_line(
            MergeReport(codes_added=3, coders_added=1, codings_added=1), ImportNotes()
        )
        # What files get stays English while Korean is installed.
        assert night.display(english=True) == "500 CNY per night"
        assert tolerance_of("money", english=True) == "±5% (same currency and per unit)"
    assert korean.startswith("문서 0개 추가(이미 있음 0개); 코드 3개 추가; 코더 1명 추가; 코딩 1개 추가")
    assert summary.startswith(
        "0 documents added (0 already present); 3 codes added; 1 coder added; 1 coding added"
    )
    assert night.display() == "500 CNY per night"  # English again


@pytest.mark.parametrize("fmt", ["html", "json", "qdpx"])
def test_an_export_written_under_korean_is_the_english_one(qapp, tmp_path: Path, fmt: str) -> None:
    """Exports are data for others (and the audit trail a record): the app's language never
    reaches them, even where they hold typed values ("400–500 CNY per night")."""
    _korean_catalogue()
    project = build_value_project(tmp_path / "values.sqlite")
    with ProjectStore.open(project.path) as store:
        run_export(store, ExportRequest(fmt, tmp_path / f"english.{fmt}"))
        with language("ko"):
            run_export(store, ExportRequest(fmt, tmp_path / f"korean.{fmt}"))
    english, korean = (tmp_path / f"english.{fmt}").read_bytes(), (tmp_path / f"korean.{fmt}").read_bytes()
    if fmt == "qdpx":
        english, korean = _members(tmp_path / "english.qdpx"), _members(tmp_path / "korean.qdpx")
        assert b"per night" in b"".join(english.values())
    elif fmt == "html":
        assert b"per night" in english
        # the report says when it was exported: the two were made a moment apart
        english, korean = (re.sub(rb"exported [0-9T:.+\-Z]+", b"exported -", t) for t in (english, korean))
    assert korean == english


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_audit_view_shows_every_stored_action_in_korean() -> None:
    _korean_catalogue()
    stored = {cls.action for cls in _changes() if isinstance(getattr(cls, "action", None), str)}
    assert stored - ACTIONS == set(), "an action the audit view would show untranslated"
    with language("ko"):
        assert action_label("set attribute") == "속성 설정"
        assert action_label("undo apply code") == "코드 적용 실행 취소"
        assert action_label("something new") == "something new"  # shown as stored
    assert action_label("set attribute") == "set attribute"


def _changes() -> list[type]:
    import annotator.core.changes as changes_package  # noqa: PLC0415

    for module in pkgutil.iter_modules(changes_package.__path__):
        importlib.import_module(f"annotator.core.changes.{module.name}")
    found, todo = [], [Change]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


# -- agreement notes and timeline flags: the app's language on screen, English in files --------


def _unused_code(window) -> str:  # type: ignore[no-untyped-def]
    return next(
        code.guid
        for _, code in window.session.tree.walk()
        if code.codable and not window.session.store.codings(code=code.guid)
    )


def _agreement_on(qtbot, window, codes: list[str]) -> AgreementDialog:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, "team.agreement", AgreementDialog)
    dialog.some_codes.setChecked(True)
    dialog.codes.set_checked(codes)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.task)
    return dialog


def test_an_agreement_note_reads_in_korean_and_the_agreement_json_stays_english(
    qtbot,
    make_window,
    demo: Path,  # noqa: F811
    no_dialogs: dict[str, list],  # noqa: F811
) -> None:
    _korean_catalogue()
    with ProjectStore.open(demo) as store:
        english = json.dumps(agreement(store, ["mina", "jun"]).to_json(), ensure_ascii=False)
    with language("ko"):
        window = make_window(demo)
        unused = _unused_code(window)
        used = next(c.code for c in window.session.store.codings())
        dialog = _agreement_on(qtbot, window, [used, unused])
        row = next(
            r
            for r in range(1, dialog.by_code.rowCount())
            if dialog.by_code.index(r, 2).data() == "해당 없음"
            and "변이 없음" in (dialog.by_code.index(r, 2).data(Qt.ItemDataRole.ToolTipRole) or "")
        )
        tip = dialog.by_code.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("정의되지 않음: 변이 없음: 이 문서들에서 이 코드를 적용한 코더가 없습니다")
        notes = dialog.notes.toPlainText()
        assert "정의되지 않습니다" in notes and "아무도 적용하지 않은 코드 1개" in notes
        assert "undefined" not in notes and "no variation" not in notes
        # The note names the code as the window does (its label), the file keeps the path.
        label = window.session.code_names.shown_path(window.session.tree.path(unused))
        assert f"코드 {label}의" in notes
        with ProjectStore.open(demo) as store:
            assert json.dumps(agreement(store, ["mina", "jun"]).to_json(), ensure_ascii=False) == english
            listed = agreement(store, ["mina", "jun"], codes=[used, unused]).to_json()
        assert any("undefined for code" in n for n in listed["notes"])
        assert not any(_hangul(n) for n in listed["notes"])


def test_a_timeline_flag_reads_in_korean(
    qtbot,
    make_window,
    demo: Path,  # noqa: F811
    no_dialogs: dict[str, list],  # noqa: F811
) -> None:
    _korean_catalogue()
    with language("ko"):
        window = make_window(demo)
        hye = next(c for c in window.session.store.cases() if c.label == "Hye")
        window.select_case(hye.guid)
        window.actions["case.timeline"].trigger()
        timeline = window.findChild(TimelineWindow)
        qtbot.waitUntil(lambda: timeline.journey is not None, timeout=10_000)
        [flag] = timeline.journey.flags
        shown = timeline.flags.item(0).text()
        assert "개월 동안 사건이 없습니다" in shown and "38.0" in shown
        assert "months with no event" not in shown
        assert "Sale or purchase of the person" not in shown  # the code's Korean label, not its path
        assert flag.message.startswith("38.0 months with no event between 2014-05")  # what files get
        row = next(r for r in range(timeline.model.rowCount()) if timeline.model.index(r, 0).data())
        assert "개월 동안 사건이 없습니다" in timeline.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_agreement_notes_and_timeline_flags_go_through_the_translator(
    qtbot,
    make_window,
    demo: Path,  # noqa: F811
    no_dialogs: dict[str, list],  # noqa: F811
) -> None:
    i18n.install(QCoreApplication.instance(), "en")  # hooks the core, as the app does at start-up
    with pseudo_language():
        window = make_window(demo)
        dialog = _agreement_on(qtbot, window, [_unused_code(window)])
        notes = [n for n in dialog.notes.toPlainText().split("\n\n") if n]
        assert notes and all(n.startswith(OPEN) and n.endswith(CLOSE) for n in notes)
        hye = next(c for c in window.session.store.cases() if c.label == "Hye")
        window.select_case(hye.guid)
        window.actions["case.timeline"].trigger()
        timeline = window.findChild(TimelineWindow)
        qtbot.waitUntil(lambda: timeline.journey is not None, timeout=10_000)
        assert untranslated(timeline.flags, project_strings(demo)) == []


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
