"""Window geometry, dock layout, splitter and column widths, and the last open document,
kept in QSettings between runs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _parts(w: MainWindow) -> dict[str, tuple[Any, Any]]:
    """key -> (save, restore) of each piece of layout."""
    header = w.segments.table.horizontalHeader()
    return {
        "window/geometry": (w.saveGeometry, w.restoreGeometry),
        "window/state": (w.saveState, w.restoreState),
        "codebook/splitter": (w.codebook.splitter.saveState, w.codebook.splitter.restoreState),
        "segments/header": (header.saveState, header.restoreState),
    }


def restore(w: MainWindow) -> None:
    settings = QSettings()
    for key, (_save, load) in _parts(w).items():
        value = settings.value(key)
        if value is not None:
            load(value)


def save(w: MainWindow) -> None:
    settings = QSettings()
    for key, (dump, _load) in _parts(w).items():
        settings.setValue(key, dump())


def last_document(project: Path) -> str | None:
    """The document that was open when this project was last closed (per user, not per file)."""
    value = QSettings().value(f"lastDocument/{_key(project)}")
    return str(value) if value else None


def remember_document(project: Path, document: str) -> None:
    QSettings().setValue(f"lastDocument/{_key(project)}", document)


def _key(project: Path) -> str:
    return hashlib.sha1(str(project.resolve()).encode()).hexdigest()[:16]  # noqa: S324 (a key, not security)
