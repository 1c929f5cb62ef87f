"""Per-user settings shared by the CLI and the GUI: the remembered coder, recent projects,
and the folders where the app keeps what is the user's and not a project's.

Stored as JSON in ``$ANNOTATOR_CONFIG_DIR`` or the platform's config folder; never
inside a project (a project travels between coders, a user's name doesn't).

The folders follow each system's conventions (platformdirs), except on Linux and other
Unix systems, where they stay exactly where they always were (``$XDG_CONFIG_HOME`` or
``~/.config``, ``testimony-annotator``) so nobody's settings move:

- Windows: config in ``%APPDATA%/Testimony Annotator`` (it roams with the profile); data
  (the demo project, audit anchors) in ``%LOCALAPPDATA%/Testimony Annotator``, caches in
  its ``Cache`` subfolder.
- macOS: config and data in ``~/Library/Application Support/Testimony Annotator``, caches
  in ``~/Library/Caches/Testimony Annotator``.

``$ANNOTATOR_CONFIG_DIR`` overrides all three (a test, a second profile): config and
data are that folder, the cache is its ``cache`` subfolder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

CODER_ENV = "ANNOTATOR_CODER"
CONFIG_ENV = "ANNOTATOR_CONFIG_DIR"
MAX_RECENT = 10
UNIX_NAME = "testimony-annotator"  # the folder's name on Linux and other Unix systems
DISPLAY_NAME = "Testimony Annotator"  # the folder's name where a system shows it to people


def _explicit() -> Path | None:
    explicit = os.environ.get(CONFIG_ENV)
    return Path(explicit) if explicit else None


def _unix_config() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / UNIX_NAME


def _platform_dir(kind: str) -> Path | None:
    """platformdirs' ``user_<kind>_dir`` on Windows and macOS; None elsewhere (Linux keeps its paths).

    Chosen by ``sys.platform`` at each call rather than through ``platformdirs.user_*_dir``
    (fixed when platformdirs is imported), so every system's rule can be tested anywhere.
    """
    platform: str = sys.platform  # a plain str: mypy would drop the other systems' branches
    dirs: PlatformDirsABC
    if platform == "win32":
        from platformdirs.windows import Windows  # noqa: PLC0415

        # settings roam with a Windows profile; the demo project, the audit anchors (this
        # computer's record) and the caches stay on this computer
        dirs = Windows(DISPLAY_NAME, appauthor=False, roaming=kind == "config")
    elif platform == "darwin":
        from platformdirs.macos import MacOS  # noqa: PLC0415

        dirs = MacOS(DISPLAY_NAME)
    else:
        return None
    return Path(getattr(dirs, f"user_{kind}_dir"))


def config_dir() -> Path:
    """Settings, recent projects and the app's QSettings (layout, language)."""
    return _explicit() or _platform_dir("config") or _unix_config()


def data_dir() -> Path:
    """What the app keeps for this user on this computer: audit anchors, the demo project
    when there is no ``projects/`` folder beside the resources (an installed app)."""
    return _explicit() or _platform_dir("data") or _unix_config()


def cache_dir() -> Path:
    """Rebuildable files (jieba's dictionary cache): deleting the folder loses nothing."""
    explicit = _explicit()
    if explicit is not None:
        return explicit / "cache"
    return _platform_dir("cache") or _unix_config() / "cache"


def _file() -> Path:
    return config_dir() / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    """Write atomically (a crash mid-write must not lose the other settings)."""
    from annotator.core.outputs import PRIVATE_FILE, make_private_dir  # noqa: PLC0415

    path = _file()
    try:
        make_private_dir(path.parent)  # recent projects and coder names are the user's only (0700/0600)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        with os.fdopen(
            os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE), "w", encoding="utf-8"
        ) as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=2))
        os.replace(tmp, path)
    except OSError:
        pass  # settings are a convenience; never fail the user's work over them


def remembered_coder() -> str | None:
    name = load().get("coder")
    return name if isinstance(name, str) and name.strip() else None


def remember_coder(name: str) -> None:
    data = load()
    data["coder"] = name
    save(data)


def coder_name(explicit: str | None = None) -> str | None:
    """The name of who is coding, as typed: ``explicit`` (``--coder``), then ``$ANNOTATOR_CODER``,
    then the remembered name; None when there is none (or only blanks).

    Only a name: each front end resolves it once, to the project's coder record
    (``ProjectStore.resolve_coder``), and passes that record on. Nothing is kept here:
    the command line's ``--coder`` travels in its invocation, not in this module.
    """
    for candidate in (explicit, os.environ.get(CODER_ENV), remembered_coder()):
        if candidate and candidate.strip():
            return candidate.strip()
    return None


def recent_projects() -> list[str]:
    items = load().get("recent", [])
    return [p for p in items if isinstance(p, str)] if isinstance(items, list) else []


def add_recent_project(path: str | Path) -> None:
    path = str(Path(path).resolve())
    data = load()
    recent = [p for p in recent_projects() if p != path]
    data["recent"] = [path, *recent][:MAX_RECENT]
    save(data)
