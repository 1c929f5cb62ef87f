"""The core and the CLI must run without Qt (scripts, CI and servers have no display)."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_cli_import_without_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, annotator.core, annotator.cli\n"
        "for m in pkgutil.walk_packages(annotator.core.__path__, 'annotator.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
