"""Where the app keeps a user's settings, audit anchors, caches and the demo project, per system.

Linux keeps exactly the folders it always had (nobody's settings move); Windows and macOS
follow their conventions through platformdirs; ``ANNOTATOR_CONFIG_DIR`` overrides all.
The system is switched by monkeypatching ``sys.platform`` (the module reads it at each call)
and, for Windows, platformdirs' ``get_win_folder`` (the shell's known-folder lookup).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import platformdirs.windows
import pytest

from annotator.core import config, demo
from annotator.core.store import audit_anchor


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user with no override and no XDG variables, whose home is ``tmp_path/home``."""
    monkeypatch.delenv(config.CONFIG_ENV, raising=False)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    """Windows, with the user's Roaming and Local AppData folders under ``tmp_path/AppData``."""
    appdata = tmp_path / "AppData"
    folders = {"CSIDL_APPDATA": appdata / "Roaming", "CSIDL_LOCAL_APPDATA": appdata / "Local"}
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(folders[name]))
    return appdata


@pytest.mark.parametrize("platform", ["linux", "freebsd14"])
def test_linux_keeps_the_xdg_config_folder_it_always_used(
    home: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    legacy = home / ".config" / "testimony-annotator"
    assert config.config_dir() == legacy
    assert config.data_dir() == legacy  # audit anchors and the demo project stay where they were
    assert config.cache_dir() == legacy / "cache"  # jieba's cache too

    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg"))
    assert config.config_dir() == home / "xdg" / "testimony-annotator"
    assert config.data_dir() == home / "xdg" / "testimony-annotator"
    assert config.cache_dir() == home / "xdg" / "testimony-annotator" / "cache"


def test_an_existing_linux_users_coder_and_recent_projects_are_still_found(home: Path) -> None:
    folder = home / ".config" / "testimony-annotator"
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text(json.dumps({"coder": "mina", "recent": ["/p/study.sqlite"]}))
    assert config.coder_name() == "mina"
    assert config.recent_projects() == ["/p/study.sqlite"]


def test_windows_settings_roam_and_the_rest_stays_on_this_computer(windows: Path) -> None:
    assert config.config_dir() == windows / "Roaming" / "Testimony Annotator"
    assert config.data_dir() == windows / "Local" / "Testimony Annotator"
    assert config.cache_dir() == windows / "Local" / "Testimony Annotator" / "Cache"

    config.remember_coder("Mina")
    config.add_recent_project(windows / "study.sqlite")
    settings = json.loads((windows / "Roaming" / "Testimony Annotator" / "settings.json").read_text())
    assert settings["coder"] == "Mina"
    assert settings["recent"] == [str((windows / "study.sqlite").resolve())]


def test_macos_uses_application_support_and_caches(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    support = home / "Library" / "Application Support" / "Testimony Annotator"
    assert config.config_dir() == support
    assert config.data_dir() == support
    assert config.cache_dir() == home / "Library" / "Caches" / "Testimony Annotator"

    config.remember_coder("Lee")
    assert json.loads((support / "settings.json").read_text())["coder"] == "Lee"
    assert not (home / ".config").exists()


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_annotator_config_dir_overrides_every_folder_on_every_system(
    windows: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv(config.CONFIG_ENV, str(tmp_path / "profile"))
    assert config.config_dir() == tmp_path / "profile"
    assert config.data_dir() == tmp_path / "profile"
    assert config.cache_dir() == tmp_path / "profile" / "cache"


def test_an_installed_app_builds_the_demo_project_in_the_data_folder(
    windows: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ``projects/`` beside the resources (a wheel, the bundle): the demo goes to the data
    folder, which on Windows is Local AppData, never the roaming profile."""
    monkeypatch.setattr(demo, "repository_projects_dir", lambda: None)
    assert demo.default_demo_path() == windows / "Local" / "Testimony Annotator" / "demo.sqlite"


def test_a_source_checkout_keeps_building_the_demo_in_projects(home: Path) -> None:
    projects = demo.repository_projects_dir()
    assert projects is not None and projects.name == "projects"
    assert demo.default_demo_path() == projects / "demo.sqlite"


def test_audit_anchors_are_kept_in_the_data_folder(windows: Path) -> None:
    assert audit_anchor._file() == windows / "Local" / "Testimony Annotator" / audit_anchor.FILE_NAME
