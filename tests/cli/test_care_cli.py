"""``annotator package --exclude-warning`` and ``annotator team exposure``: a lead leaves warned
testimonies out of a coder's package and reads which coder was exposed to which warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.store import ProjectStore


@pytest.fixture
def project(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANNOTATOR_CODER", "lee")
    path = tmp_path / "study.sqlite"
    (tmp_path / "a.txt").write_text("They beat him in the detention centre.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("We crossed the river at night.", encoding="utf-8")
    assert run("new", path, "--codebook", "empty").code == 0
    assert run("import", path, tmp_path / "a.txt", tmp_path / "b.txt").code == 0
    assert run("warnings", "document", path, "a.txt", "torture").code == 0
    assert run("codebook", "add", path, "Acts/Beating").code == 0
    assert run("autocode", path, "--code", "Acts/Beating", "--pattern", "beat").code == 0
    return path


def test_package_exclude_warning_leaves_the_warned_document_out(run, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "study-mina.sqlite"
    result = run("package", project, "--coder", "mina", "-o", out, "--exclude-warning", "Torture")
    assert result.code == 0, result.err
    assert "1 documents, 1 left out for their content warnings" in result.out
    with ProjectStore.open(out, readonly=True) as store:
        assert [d.name for d in store.documents()] == ["b.txt"]
        marker = json.loads(store.setting("coder_package") or "{}")
    assert (marker["warnings_included"], marker["warnings_excluded"]) == ([], ["torture"])


def test_package_with_an_unknown_warning_fails_in_one_line_and_writes_nothing(
    run, project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "p.sqlite"
    result = run("package", project, "--coder", "mina", "-o", out, "--exclude-warning", "gore")
    assert result.code == 1
    assert result.err.strip() == "annotator: no content warning named 'gore' in this project"
    assert not out.exists()


def test_team_exposure_json_names_each_coders_warnings_and_sources(
    run, project: Path, tmp_path: Path
) -> None:
    assert run("package", project, "--coder", "mina", "-o", tmp_path / "study-mina.sqlite").code == 0
    result = run("team", "exposure", project, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == [
        {"coder": "lee", "warnings": {"torture": ["coded"]}},
        {"coder": "mina", "warnings": {"torture": ["package"]}},
    ]
    text = run("team", "exposure", project)
    assert text.out.splitlines() == ["lee:", "  torture (coded)", "mina:", "  torture (package)"]
