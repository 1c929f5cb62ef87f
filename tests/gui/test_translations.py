"""The translation machinery: every GUI module is collected, every string translated, the
shipped catalogues compiled from their sources, and the language chosen as the user asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)

LUPDATE = translations._tool("pyside6-lupdate")
LRELEASE = translations._tool("pyside6-lrelease")


def test_every_gui_module_belongs_to_exactly_one_translation_area() -> None:
    owners: dict[Path, list[str]] = {}
    for area in translations.areas():
        for file in translations.area_files(area):
            owners.setdefault(file, []).append(area.stem)
    modules = sorted((ROOT / "annotator" / "gui").rglob("*.py"))
    missing = [str(m.relative_to(ROOT)) for m in modules if m not in owners]
    doubled = {str(f.relative_to(ROOT)): a for f, a in owners.items() if len(a) > 1}
    assert not missing, f"not in any resources/translations/areas/*.txt: {missing}"
    assert not doubled, f"in more than one area: {doubled}"


def test_every_area_has_a_source_per_language() -> None:
    for language in translations.LANGUAGES:
        for ts in translations.ts_files(language):
            assert ts.exists(), f"{ts.name} missing: run tools/translations.py update"


def test_every_string_is_translated_into_korean_and_chinese() -> None:
    missing = translations.unfinished()
    assert not missing, f"{len(missing)} untranslated, e.g.:\n" + "\n".join(missing[:30])


def test_the_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Running lupdate again finds no string the .ts files lack (someone added a
    translate() call and forgot `tools/translations.py update`)."""
    for area in translations.areas():
        files = [str(p.relative_to(ROOT)) for p in translations.area_files(area)]
        shipped = translations.FOLDER / f"{area.stem}_ko.ts"
        fresh = tmp_path / shipped.name
        fresh.write_bytes(shipped.read_bytes())
        subprocess.run(
            [
                translations._tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                *files,
                "-ts",
                str(fresh),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        assert fresh.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
            f"{shipped.name} is behind the code: run tools/translations.py update"
        )


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_shipped_catalogue_is_compiled_from_its_sources(tmp_path: Path, language: str) -> None:
    sources = [str(p) for p in translations.ts_files(language)]
    fresh = tmp_path / f"annotator_{language}.qm"
    subprocess.run(
        [translations._tool("pyside6-lrelease"), "-silent", *sources, "-qm", str(fresh)], check=True
    )
    shipped = translations.FOLDER / fresh.name
    assert shipped.exists() and shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is older than its sources: run tools/translations.py release"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ko_KR", "ko"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "en"),
        ("en_GB", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_system_locale_picks_the_closest_shipped_language(locale: str, expected: str) -> None:
    assert i18n.system_language(QLocale(locale)) == expected


def test_a_chosen_language_is_remembered_and_wins_over_the_system(qapp: QApplication) -> None:
    try:
        i18n.choose_language("zh_CN")
        assert QSettings().value(i18n.SETTING) == "zh_CN"
        assert i18n.current_language() == "zh_CN"
        i18n.choose_language(None)
        assert i18n.chosen_language() is None
    finally:
        i18n.choose_language(None)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_installing_a_language_translates_the_interface_and_qt_buttons(
    qapp: QApplication, language: str
) -> None:
    try:
        assert i18n.install(qapp, language) == language
        assert i18n.translate("MainWindow", "&File") not in ("&File", "")
        assert i18n.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own catalogue
    finally:
        i18n.install(qapp, "en")
    assert i18n.translate("MainWindow", "&File") == "&File"


def _literal_calls(file: Path) -> set[tuple[str, str]]:
    """(context, text) of every ``translate("C", "text", ...)`` and ``QT_TRANSLATE_NOOP("C",
    "text")`` in ``file`` whose context and text are literals, read from the source itself."""
    import ast  # noqa: PLC0415

    found = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        context, text = node.args[0], node.args[1]
        if name in ("translate", "QT_TRANSLATE_NOOP") and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)
        ):
            found.add((context.value, text.value))
    return found


def test_lupdate_collected_every_literal_string_of_the_code() -> None:
    """lupdate silently skips some calls (a count given as ``len(x)``, say): every literal
    translate() in an area's files must be in that area's source file, or it stays English."""
    from xml.etree import ElementTree  # noqa: PLC0415

    missing = []
    for area in translations.areas():
        ts = translations.FOLDER / f"{area.stem}_ko.ts"
        shipped = {
            (context.findtext("name", ""), message.findtext("source", ""))
            for context in ElementTree.parse(ts).getroot().iter("context")
            for message in context.iter("message")
        }
        for file in translations.area_files(area):
            missing += [f"{file.relative_to(ROOT)}: {c}: {t!r}" for c, t in _literal_calls(file) - shipped]
    assert not missing, "lupdate skipped (give the count as a plain name):\n" + "\n".join(missing[:30])
