#!/usr/bin/env python3
"""Keep the interface translations in step with the code.

    tools/translations.py update     collect every translate()/QT_TRANSLATE_NOOP call into the
                                     .ts sources (kept translations stay; new strings are
                                     marked unfinished; vanished ones become obsolete)
    tools/translations.py release    compile each language's .ts files into annotator_<lang>.qm
    tools/translations.py check      list unfinished translations; exit 1 if any

The sources are split by *area* so that people translating different parts of the app
never edit the same file: ``resources/translations/areas/<area>.txt`` lists the source
files of an area (glob patterns relative to the repository, one per line), and each area
has one ``<area>_<lang>.ts`` per language. Every GUI module belongs to exactly one area
(a test checks). Open a .ts file in Qt Linguist (``pyside6-linguist``) to translate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
AREAS = FOLDER / "areas"
LANGUAGES = ("ko", "zh_CN")


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def area_files(area: Path) -> list[Path]:
    """The source files an area lists (sorted, existing .py files only)."""
    files: set[Path] = set()
    for line in area.read_text(encoding="utf-8").splitlines():
        pattern = line.split("#", 1)[0].strip()
        if pattern:
            files.update(p for p in ROOT.glob(pattern) if p.suffix == ".py" and p.is_file())
    return sorted(files)


def areas() -> list[Path]:
    return sorted(AREAS.glob("*.txt"))


def ts_files(language: str) -> list[Path]:
    return [FOLDER / f"{area.stem}_{language}.ts" for area in areas()]


def update() -> None:
    for area in areas():
        files = [str(p.relative_to(ROOT)) for p in area_files(area)]
        if not files:
            continue
        for language in LANGUAGES:
            target = FOLDER / f"{area.stem}_{language}.ts"
            subprocess.run(
                [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(target)],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            _set_language(target, language)


def _set_language(ts: Path, language: str) -> None:
    """lupdate names the language only when it creates the file; make sure it is there."""
    text = ts.read_text(encoding="utf-8")
    wanted = {"ko": "ko_KR", "zh_CN": "zh_CN"}[language]
    if f'language="{wanted}"' not in text:
        text = text.replace('<TS version="2.1">', f'<TS version="2.1" language="{wanted}">', 1)
        ts.write_text(text, encoding="utf-8")


def release() -> None:
    for language in LANGUAGES:
        sources = [str(p) for p in ts_files(language) if p.exists()]
        if sources:
            subprocess.run(
                [
                    _tool("pyside6-lrelease"),
                    "-silent",
                    *sources,
                    "-qm",
                    str(FOLDER / f"annotator_{language}.qm"),
                ],  # noqa: E501
                check=True,
            )


def unfinished() -> list[str]:
    """One line per message without a finished translation: ``file: context: source``."""
    found = []
    for language in LANGUAGES:
        for ts in ts_files(language):
            if not ts.exists():
                found.append(f"{ts.name}: missing (run tools/translations.py update)")
                continue
            for context in ElementTree.parse(ts).getroot().iter("context"):
                name = context.findtext("name", "")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    kind = translation.get("type") if translation is not None else "unfinished"
                    if kind in ("vanished", "obsolete"):
                        continue
                    if translation is None or kind == "unfinished":
                        found.append(f"{ts.name}: {name}: {message.findtext('source', '')!r}")
                    elif not "".join(translation.itertext()).strip():
                        found.append(f"{ts.name}: {name}: {message.findtext('source', '')!r} (empty)")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        missing = unfinished()
        for line in missing:
            print(line)
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
