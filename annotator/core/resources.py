"""Where the shipped resources (default codebook, demo testimonies) live.

From a source checkout (the README's ``pip install -e .``) that is the
repository's ``resources/`` folder; a wheel installs the same files under
``<prefix>/share/testimony-annotator/resources``; the bundle (``tools/build-bundle``,
PyInstaller) carries them in its own folder, ``sys._MEIPASS``, as ``resources/``.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path


def resources_dir() -> Path:
    here = Path(__file__).resolve()
    installed = Path(sysconfig.get_path("data")) / "share" / "testimony-annotator" / "resources"
    bundled = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    for candidate in (
        *([Path(bundled) / "resources"] if bundled else []),
        here.parents[2] / "resources",
        installed,
        Path(sys.prefix) / "share" / "testimony-annotator" / "resources",
    ):
        if (candidate / "codebooks").is_dir():
            return candidate
    raise FileNotFoundError("the program's resources folder is missing; reinstall Testimony Annotator")


def default_codebook_path() -> Path:
    return resources_dir() / "codebooks" / "trafficking-typology.yaml"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def repository_projects_dir() -> Path | None:
    """``projects/`` beside ``resources/`` in a source checkout, if writable there."""
    candidate = resources_dir().parent / "projects"
    return candidate if candidate.is_dir() else None
