"""The core and the CLI must run without Qt (scripts, CI and servers have no display).

Two guards, both checked here so that neither can quietly stop working: ruff's banned-API
rule (TID251) refuses a written ``import PySide6`` outside ``annotator/gui/`` and
``tests/gui/``, and a fresh interpreter that imports every module except the GUI's must
not have loaded PySide6 (which also catches an import hidden in a dependency).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Every module of the package except the GUI's (and ``__main__``, which runs the app), each
# package walked without importing annotator.gui: walk_packages would import it to recurse.
_IMPORT_ALL_BUT_GUI = """
import importlib, pkgutil, sys
import annotator
for top in pkgutil.iter_modules(annotator.__path__, "annotator."):
    if top.name in ("annotator.gui", "annotator.__main__"):
        continue
    module = importlib.import_module(top.name)
    if top.ispkg:
        for sub in pkgutil.walk_packages(module.__path__, top.name + "."):
            importlib.import_module(sub.name)
print(len([n for n in sys.modules if n.startswith("annotator")]))
"""

_QT_LOADED = """
print(sorted(n for n in sys.modules if n.split(".")[0] in ("PySide6", "shiboken6")))
"""


def _run(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return result.stdout.split("\n")


def test_core_and_cli_import_without_pyside6() -> None:
    count, qt, _ = _run(_IMPORT_ALL_BUT_GUI + _QT_LOADED)
    assert int(count) > 50  # the walk reached the core and the command line
    assert qt == "[]"


def test_the_subprocess_check_sees_pyside6_when_the_gui_is_imported() -> None:
    """The check above is not vacuous: the same probe reports Qt once the GUI is imported."""
    _count, qt, _ = _run(_IMPORT_ALL_BUT_GUI + "from annotator.gui import MainWindow\n" + _QT_LOADED)
    assert "PySide6" in qt


def _ruff() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    return found


@pytest.mark.parametrize(
    ("path", "banned"),
    [
        ("annotator/core/example.py", True),
        ("annotator/cli_example.py", True),
        ("tests/core/test_example.py", True),
        ("annotator/gui/example.py", False),
        ("tests/gui/test_example.py", False),
    ],
)
def test_ruff_bans_pyside6_outside_the_gui(path: str, banned: bool) -> None:
    source = "from PySide6.QtCore import QObject\nimport shiboken6\n\nprint(QObject, shiboken6)\n"
    result = subprocess.run(
        [_ruff(), "check", "--select", "TID251", "--stdin-filename", path, "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    reported = result.stdout.count("TID251")
    assert reported == (2 if banned else 0), result.stdout
