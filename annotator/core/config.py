"""Per-user settings shared by the CLI and the GUI: the remembered coder, recent projects.

Stored as JSON in ``$ANNOTATOR_CONFIG_DIR`` or the XDG config folder; never
inside a project (a project travels between coders, a user's name doesn't).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

CODER_ENV = "ANNOTATOR_CODER"
MAX_RECENT = 10


def config_dir() -> Path:
    explicit = os.environ.get("ANNOTATOR_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "testimony-annotator"


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
