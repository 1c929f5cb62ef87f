"""Window geometry, dock layout, splitter and column widths, and the last open document,
kept in QSettings between runs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


def _parts(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> dict[str, tuple[Any, Any]]:
    """key -> (save, restore) of each piece of layout."""
    return {
        "window/geometry": (window.saveGeometry, window.restoreGeometry),
        "window/state": (window.saveState, window.restoreState),
        "codebook/splitter": (splitter.saveState, splitter.restoreState),
        _header_key(header): (header.saveState, header.restoreState),
    }


def _header_key(header: QHeaderView) -> str:
    """The segments table's layout is kept per set of columns: a state saved with
    another set (an older or newer app) would restore sections the model lacks."""
    model = header.model()
    columns = (
        []
        if model is None
        else [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    )
    digest = hashlib.sha1("\x1f".join(map(str, columns)).encode()).hexdigest()[:12]  # noqa: S324 (a key)
    return f"segments/header/{digest}"


def restore(window: QMainWindow, *, splitter: QSplitter, header: QHeaderView) -> None:
    """The window's geometry and docks, the codebook's ``splitter``, the segments table's ``header``."""
    settings = QSettings()
    for key, (_save, load) in _parts(window, splitter, header).items():
        value = settings.value(key)
        if value is not None:
            load(value)


def save(window: QMainWindow, *, splitter: QSplitter, header: QHeaderView) -> None:
    settings = QSettings()
    for key, (dump, _load) in _parts(window, splitter, header).items():
        settings.setValue(key, dump())


def last_document(project: Path) -> str | None:
    """The document that was open when this project was last closed (per user, not per file)."""
    value = QSettings().value(f"lastDocument/{_key(project)}")
    return str(value) if value else None


def remember_document(project: Path, document: str) -> None:
    QSettings().setValue(f"lastDocument/{_key(project)}", document)


def _key(project: Path) -> str:
    return hashlib.sha1(str(project.resolve()).encode()).hexdigest()[:16]  # noqa: S324 (a key, not security)


def keep_in(folder: Path) -> None:
    """Keep the app's QSettings (layout, backup preference) in ``folder``, beside the
    user's other settings: ``ANNOTATOR_CONFIG_DIR`` then isolates every setting (a
    test, a second profile), not only the coder and the recent projects."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
