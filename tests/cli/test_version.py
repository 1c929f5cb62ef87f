"""``annotator --version``: the program's version, and Python's and PySide6's for bug reports,
without loading Qt (the command line runs where no display or Qt library is)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from annotator import __version__

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from annotator.cli import main
main(["--version"])
print("Qt loaded" if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules) else "no Qt")
"""


def test_version_names_the_program_python_and_pyside6_without_loading_qt() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"annotator, version {__version__}",
        f"Python {platform.python_version()}, PySide6 {metadata.version('PySide6-Essentials')}",
        "no Qt",
    ]


def test_the_installed_command_exits_0_after_the_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 0 and done.stdout.startswith(f"annotator, version {__version__}\n")
