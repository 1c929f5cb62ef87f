"""The Linux bundle (tools/build-bundle, PyInstaller) carries what the app reads and finds it there.

Building the bundle takes minutes, so these tests check its inputs instead: the data list the
spec uses (tools/bundle/contents.py) against the resources the app reads and the modules it
imports, and the resource lookup inside a PyInstaller-style folder (``sys._MEIPASS``), down to
building the demo project from the bundled copies alone.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from annotator.core import resources
from annotator.core.demo import build_demo, default_demo_path
from annotator.core.store import ProjectStore

ROOT = Path(__file__).resolve().parents[1]


def _contents() -> ModuleType:
    path = ROOT / "tools" / "bundle" / "contents.py"
    spec = importlib.util.spec_from_file_location("bundle_contents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _contents()


def test_the_bundle_carries_every_resource_folder_and_each_languages_catalogue() -> None:
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert set(contents.RESOURCES) == folders
    carried = {(Path(src).parent.name, Path(src).name) for src, _dest in contents.resource_datas(ROOT)}
    for folder in folders:
        assert any(f == folder for f, _name in carried), f"nothing of resources/{folder} is carried"
    # every language translated (a <area>_<lang>.ts) is loaded from annotator_<lang>.qm
    languages = {p.stem.split("_", 1)[1] for p in (ROOT / "resources" / "translations").glob("*_*.ts")}
    assert languages >= {"ko", "zh_CN"}
    for language in languages:
        assert ("translations", f"annotator_{language}.qm") in carried
    # the translation sources stay out; the codebook and the demo's documents go in
    assert not any(name.endswith(".ts") for _folder, name in carried)
    assert ("codebooks", "trafficking-typology.yaml") in carried
    assert {name for folder, name in carried if folder == "demo"} == {
        p.name for p in (ROOT / "resources" / "demo").iterdir() if p.is_file()
    }


def _imported_modules() -> set[str]:
    """Every module the app's code imports (absolute imports, anywhere in a file)."""
    found: set[str] = set()
    for path in (ROOT / "annotator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_bundle_excludes_no_module_the_app_imports() -> None:
    imported = _imported_modules()
    assert "PySide6.QtWidgets" in imported  # the scan sees the app's imports
    excluded = set(contents.QT_EXCLUDES) | set(contents.PYTHON_EXCLUDES)
    clashes = sorted(
        name for name in imported for gone in excluded if name == gone or name.startswith(f"{gone}.")
    )
    assert clashes == [], f"the bundle would leave out what the app imports: {clashes}"


def test_the_bundle_keeps_the_qt_plugins_a_desktop_needs() -> None:
    plugins = contents.QT_PLUGINS
    assert {"qxcb", "qoffscreen"} <= plugins["platforms"]  # X11/XWayland, headless
    assert {"qwindows", "qcocoa"} <= plugins["platforms"]  # the same spec on Windows and macOS
    assert plugins["platforminputcontexts"] is None  # ibus: Korean and Chinese input methods
    assert "qsvg" in plugins["imageformats"]
    kept = plugins["platforms"]
    assert all(contents.plugin_stem(f) in kept for f in ("libqxcb.so", "qwindows.dll", "libqcocoa.dylib"))


@pytest.fixture
def bundle_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller one-folder layout holding exactly the spec's data files, as a frozen run sees it."""
    internal = tmp_path / "testimony-annotator" / "_internal"
    for src, dest in contents.resource_datas(ROOT):
        target = internal / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "config"))
    return internal


def test_a_frozen_app_reads_its_resources_from_the_bundle(bundle_layout: Path, tmp_path: Path) -> None:
    assert resources.resources_dir() == bundle_layout / "resources"
    assert resources.default_codebook_path().is_file()
    assert resources.default_codebook_path().is_relative_to(bundle_layout)
    assert (resources.resources_dir() / "translations" / "annotator_ko.qm").is_file()
    # the bundle's folder is not a checkout: the demo project goes to the config folder
    assert resources.repository_projects_dir() is None
    assert default_demo_path() == tmp_path / "config" / "demo.sqlite"


def test_the_demo_project_builds_from_the_bundled_files_alone(bundle_layout: Path, tmp_path: Path) -> None:
    assert resources.demo_dir().is_relative_to(bundle_layout)
    counts = build_demo(tmp_path / "demo.sqlite")
    testimonies = [p for p in resources.demo_dir().iterdir() if p.suffix in (".txt", ".md", ".docx")]
    assert counts["documents"] == len(testimonies) >= 10
    with ProjectStore.open(tmp_path / "demo.sqlite", readonly=True) as store:
        assert len(store.codings()) == counts["codings"] > 100
        assert len(store.codes()) > 100  # the default codebook, read from the bundle


def test_outside_a_bundle_a_stray_meipass_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resources.resources_dir() == ROOT / "resources"
