"""Help → About: version, licence, the data-protection summary, and the version details a bug
report needs, copied with one button; in English, Korean and Simplified Chinese."""

from __future__ import annotations

import platform
import tomllib
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

import annotator
from annotator.core import config
from annotator.gui import i18n
from annotator.gui.dialogs.about import AboutDialog, version_details
from tests.gui.i18n_probe import english_left, language, pseudo_language, source_strings, untranslated

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
compiled = pytest.mark.skipif(
    not (i18n.translations_dir() / "annotator_ko.qm").exists(),
    reason="run tools/translations.py release first",
)


def texts(dialog: AboutDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_licence_and_version_are_the_ones_pyproject_declares() -> None:
    """The About box cannot ask the package metadata (a bundle has none): the constants must agree."""
    assert PYPROJECT["project"]["license"] == annotator.LICENSE == "MIT"
    assert PYPROJECT["project"]["version"] == annotator.__version__


def test_help_about_shows_version_licence_and_what_happens_to_your_data(qtbot, window) -> None:
    window.actions["help.about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "About Testimony Annotator"
    assert f"Version {annotator.__version__}" in texts(dialog)
    assert dialog.licence.text() == "Free software under the MIT licence."
    offline, project_file, encryption, audit, settings = (label.text() for label in dialog.protection)
    assert "never opens a network connection" in offline and "no telemetry" in offline
    assert "readable by your account only" in project_file and "backups" in project_file
    assert "passphrase" in encryption and "exports do not" in encryption
    assert all(word in audit for word in ("when", "coder", "before and after", "hashes"))
    assert str(config.config_dir()) in settings
    assert dialog.protection[0].isVisible() and dialog.protection[-1].isVisible()
    dialog.close()


@pytest.mark.parametrize("points", [10, 16])
def test_every_point_is_shown_whole_in_a_large_font_and_a_narrow_dialog(qtbot, points: int) -> None:
    """A dialog sized by its size hint alone cut the last line of each wrapped point (seen with
    the app's CJK fonts); it must be as tall as the text needs, at any width and font size."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSize(points)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    for width in (600, 900, 600):
        dialog.resize(width, 100)
        qtbot.wait(10)
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width()), width
        for label in dialog.protection:
            assert label.height() >= label.heightForWidth(label.width())


def test_copy_version_info_puts_what_a_bug_report_needs_on_the_clipboard(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    lines = dict(line.split(": ", 1) for line in copied.splitlines())
    assert list(lines) == ["Testimony Annotator", "Python", "Qt", "OS", "Language"]
    assert lines["Testimony Annotator"] == f"{annotator.__version__} (Python package)"
    assert lines["Python"].startswith(platform.python_version())
    assert lines["Qt"] == f"{qVersion()} (PySide6 {PySide6.__version__})"
    assert lines["OS"] == platform.platform()
    assert dialog.copy_button.text() == "Copied"
    # the dialog shows the same values it copies
    assert all(value in texts(dialog) for value in version_details().values())


def test_no_text_of_the_about_dialog_escapes_translation(qtbot) -> None:
    with pseudo_language():
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        data = [*version_details().values(), "Python", "Qt", str(config.config_dir()), annotator.LICENSE]
        assert untranslated(dialog, data) == []


@compiled
@pytest.mark.parametrize(
    ("code", "title", "copy", "offline"),
    [
        ("ko", "증언 주석 도구 정보", "버전 정보 복사", "오프라인"),
        ("zh_CN", "关于证词标注工具", "复制版本信息", "离线"),
    ],
)
def test_the_about_dialog_speaks_korean_and_chinese_but_copies_english(
    qtbot, code: str, title: str, copy: str, offline: str
) -> None:
    with language(code) as installed:
        assert installed == code
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        assert dialog.copy_button.text() == copy
        assert dialog.protection[0].text().startswith(f"• {offline}")
        left = [(w, t) for w, t in english_left(dialog, source_strings()) if t not in ("Python", "Qt")]
        assert left == []
        dialog.copy_version_info()
        assert QGuiApplication.clipboard().text().startswith(f"Testimony Annotator: {annotator.__version__}")
        assert f"Language: {code}" in QGuiApplication.clipboard().text()
