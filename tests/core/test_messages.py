"""The core's user-facing messages: English unless a front end installs a translator, every
message collected by lupdate (literal context and text), and every translation keeping its
source's placeholders (a lost ``{name}`` would raise KeyError inside an error message)."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from annotator.core import messages
from annotator.core.errors import NotAProject
from annotator.core.store import ProjectStore

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import translations  # noqa: E402  (tools/translations.py)

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "annotator" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


@pytest.fixture
def fake_translator() -> Iterator[dict[tuple[str, str], str]]:
    table: dict[tuple[str, str], str] = {}
    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = table.get((context, text), "")
        return found.replace("%n", str(n)) if n >= 0 else found

    messages.install_translator(lookup)
    try:
        yield table
    finally:
        messages.install_translator(None)


def test_without_a_translator_messages_are_english_exactly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(NotAProject) as caught:
        ProjectStore.open(path)
    assert str(caught.value) == f"{path}: not a Testimony Annotator project (not an SQLite file)"
    assert messages.translate("CoreStore", "no such file") == "no such file"


def test_an_installed_translator_fills_the_translated_template(
    tmp_path: Path, fake_translator: dict[tuple[str, str], str]
) -> None:
    fake_translator[("CoreStore", "unsupported project schema version {version}")] = "버전 {version} 미지원"
    fake_translator[("CoreErrors", "{path}: {message}")] = "[{path}] {message}"
    fake_translator[("CoreStore", "not a Testimony Annotator project (not an SQLite file)")] = "프로젝트 아님"
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(NotAProject) as caught:
        ProjectStore.open(path)
    assert str(caught.value) == f"[{path}] 프로젝트 아님"
    assert caught.value.reason == "프로젝트 아님"
    text = messages.translate("CoreStore", "unsupported project schema version {version}").format(version=99)
    assert text == "버전 99 미지원"


def test_a_translator_returning_nothing_leaves_english(fake_translator: dict[tuple[str, str], str]) -> None:
    fake_translator[("CoreStore", "no such file")] = ""
    assert messages.translate("CoreStore", "no such file") == "no such file"


def _translate_calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
                yield path, node


def test_every_translate_call_in_the_core_has_a_literal_context_and_text() -> None:
    bad = []
    count = 0
    for path, call in _translate_calls():
        count += 1
        literal = len(call.args) in (2, 4) and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]
        )
        # A count goes fourth, after a literal None (lupdate drops calls with keywords).
        counted = len(call.args) == 2 or (isinstance(call.args[2], ast.Constant) and call.args[2].value is None)
        if not literal or not counted or call.keywords:
            bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert count > 300, "the core's messages are no longer spelled translate(...)?"
    assert not bad, f"translate() needs a literal context and text (lupdate reads the source): {bad}"


def test_no_f_string_is_passed_through_translate() -> None:
    """translate(f"...") would make every message a new key nobody translated."""
    for path, call in _translate_calls():
        assert not any(isinstance(a, ast.JoinedStr) for a in call.args), f"{path}:{call.lineno}"


def _ts_messages(language: str) -> list[tuple[str, str, str]]:
    root = ElementTree.parse(TRANSLATIONS / f"core_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            found.append((name, message.findtext("source", ""), text))
    return found


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    wrong = []
    for context, source, translation in _ts_messages(language):
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{context}: {source!r} -> {translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_every_translation_formats_with_its_sources_values(language: str) -> None:
    """Fill each translation as the core does; a stray brace would raise at the worst moment."""
    for context, source, translation in _ts_messages(language):
        names = {m.group(1) for m in re.finditer(r"\{([A-Za-z_]\w*)", source)}
        if not names:
            continue
        values = {name: 1 for name in names}
        assert translation.format(**values), (context, source)


def test_every_core_message_is_in_the_korean_catalogue_source() -> None:
    """Someone added a message and forgot ``tools/translations.py update``."""
    collected = {(c, s) for c, s, _ in _ts_messages("ko")}
    area = set(translations.area_files(TRANSLATIONS / "areas" / "core.txt"))
    missing = []
    for path, call in _translate_calls():
        if path not in area:
            continue
        context, text = (a.value for a in call.args[:2] if isinstance(a, ast.Constant))
        if (context, text) not in collected:
            missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {text!r}")
    assert not missing, "\n".join(missing)


def test_the_core_area_lists_every_core_module_with_messages_but_those_owned_elsewhere() -> None:
    area = set(translations.area_files(TRANSLATIONS / "areas" / "core.txt"))
    with_messages = {path for path, _ in _translate_calls()}
    left_out = sorted(str(p.relative_to(ROOT)) for p in with_messages - area)
    assert left_out == []
