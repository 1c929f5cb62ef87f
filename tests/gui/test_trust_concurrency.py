"""The app and the command line on one project at once: exports, packages and merges work while
the window holds the project, and neither side loses a coding."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from annotator.core.changes import ApplyCode
from annotator.core.store import ProjectStore


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def test_cli_export_package_and_merge_while_the_window_holds_the_project(
    window, project, tmp_path: Path
) -> None:
    path, ids = project
    session = window.session
    en = ids["en.txt"]
    code = ids["Recruitment/Job offer"]
    session.push(ApplyCode(document=en, start=0, end=5, code=code, coder=session.coder.guid))
    out = tmp_path / "while-open.csv"
    exported = _cli("export", path, "-o", out)
    assert exported.returncode == 0, exported.stderr
    assert len(list(csv.DictReader(out.open(encoding="utf-8-sig")))) == 1
    package = tmp_path / "pkg.sqlite"
    assert _cli("package", path, "--coder", "other", "-o", package).returncode == 0
    with ProjectStore.open(package) as other:
        ApplyCode(document=en, start=6, end=12, code=code, coder=other.ensure_coder("other").guid).apply(
            other
        )
    merged = _cli("merge", path, package)
    assert merged.returncode == 0, merged.stderr
    # The window keeps working on the same file, and nothing is lost on either side.
    session.push(ApplyCode(document=en, start=13, end=20, code=code, coder=session.coder.guid))
    with ProjectStore.open(path, readonly=True) as store:
        spans = sorted((c.start, c.end, store.coder(c.coder).name) for c in store.codings())
    assert [(s, e) for s, e, _ in spans] == [(0, 5), (6, 12), (13, 20)]
    assert window.isVisible()


def test_the_window_shows_codings_another_program_committed(window, project, qtbot, tmp_path: Path) -> None:
    path, ids = project
    en, code = ids["en.txt"], ids["Recruitment/Job offer"]
    assert window.presenter.document == en
    with ProjectStore.open(path) as other:  # e.g. `annotator autocode` from a terminal
        ApplyCode(document=en, start=2, end=9, code=code, coder=other.ensure_coder("cli").guid).apply(other)
    qtbot.waitUntil(lambda: any(c.start == 2 and c.end == 9 for c in window.view.codings_at(3)), timeout=5000)
    assert window.session.check_external_changes() is False  # seen once, not reloaded again
    assert "cli" in {c.name for c in window.session.store.coders()}
