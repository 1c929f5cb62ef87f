"""The core's messages in the app's language: a file that is not a project is refused in
Korean under the Korean catalogue (and in the pseudo-language, so every message the core
shows there went through a translator), while the command line stays English."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from annotator.core import messages, refi_qda
from annotator.core.analysis.agreement.fields import tolerance_of
from annotator.core.analysis.merge import MergeReport
from annotator.core.changes.base import Change
from annotator.core.exporters.request import ExportRequest, run_export
from annotator.core.refi_qda.common import ImportNotes
from annotator.core.store import ProjectStore
from annotator.core.values import Value
from annotator.gui import i18n
from annotator.gui.trust.audit_model import ACTIONS, action_label
from tests.core.value_project import build_value_project
from tests.gui.i18n_probe import CLOSE, OPEN, language, pseudo_language
from tests.gui.team_support import demo, demo_master, no_dialogs  # noqa: F401 (fixtures)

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
def test_an_export_written_under_korean_is_the_english_one(tmp_path: Path, fmt: str) -> None:
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
