"""The core's messages in the app's language: a file that is not a project is refused in
Korean under the Korean catalogue (and in the pseudo-language, so every message the core
shows there went through a translator), while the command line stays English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from annotator.core import messages
from annotator.gui import i18n
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
