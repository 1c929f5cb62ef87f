"""The GitHub Actions workflows cannot run here (no GitHub on the development machines): actionlint
checks them as GitHub would read them — syntax, expressions, job and step keys, the actions'
inputs — and shellcheck (when installed) the shell of every ``run:`` step."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str | None:
    """The binary the test extras install beside this Python, else one on PATH."""
    beside = Path(sys.executable).with_name("actionlint")
    return str(beside) if beside.exists() else shutil.which("actionlint")


@pytest.mark.skipif(actionlint() is None, reason="actionlint not installed (it comes with the test extras)")
@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_the_workflow_is_valid_for_github_actions(workflow: Path) -> None:
    done = subprocess.run(
        [str(actionlint()), "-no-color", str(workflow.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_bundle_workflow_builds_tests_and_packages_on_the_three_systems() -> None:
    """What issue 16 asks of it, read from the file (actionlint cannot know our intent)."""
    import yaml  # noqa: PLC0415

    flow = yaml.safe_load((REPO / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8"))
    triggers = flow[True]  # YAML 1.1 reads the key "on" as true
    assert set(triggers) == {"push", "workflow_dispatch"} and triggers["push"]["tags"] == ["v*"]
    job = flow["jobs"]["bundle"]
    assert [m["os"] for m in job["strategy"]["matrix"]["include"]] == [
        "ubuntu-22.04",
        "windows-latest",
        "macos-latest",
    ]
    steps = job["steps"]
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"
    script = "\n".join(s.get("run", "") for s in steps)
    for needed in (
        "tools/build-bundle",
        "'.[bundle]'",
        "tools/bundle/annotator.spec",
        '--version)"',
        "demo -o demo.sqlite",
        "info demo.sqlite",
        "xvfb-run",
        "tools/bundle/windows.iss",
        "hdiutil create",
    ):
        assert needed in script, needed
    assert any("offscreen" in str(s.get("env", {})) for s in steps)
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert {"dist/*.tar.gz", "dist/*-setup.exe", "dist/*.dmg"} <= set(uploads[0]["with"]["path"].split())


def test_the_windows_installer_is_per_user_with_a_start_menu_entry_and_the_testimony_type() -> None:
    iss = (REPO / "tools" / "bundle" / "windows.iss").read_text(encoding="utf-8")
    lines = [line.strip() for line in iss.splitlines() if line.strip() and not line.startswith(";")]
    assert "PrivilegesRequired=lowest" in lines  # no administrator needed
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in lines)  # Start menu
    assert 'Root: HKA; Subkey: "Software\\Classes\\.testimony"' in iss
    command = next(line for line in lines if "shell\\open\\command" in line)
    assert 'ValueData: """{app}\\annotator.exe"" gui ""%1"""' in command  # = annotator gui FILE
    assert "HKLM" not in iss and "HKCR" not in iss  # nothing machine-wide
