"""Saving a chart as PNG or SVG from a team window ("Save chart…"), the same way everywhere.

The save dialog's answer is checked like every output of the app (``save_target``):
never the project or its companions, an existing file only when the dialog asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from annotator.gui import prompts, save_target
from annotator.gui.i18n import translate
from annotator.gui.team.charts import SVG_AVAILABLE, Chart


def chart_filter() -> str:
    """The save dialog's file types (SVG only where QtSvg is installed)."""
    if SVG_AVAILABLE:
        return translate("save_chart", "PNG image (*.png);;SVG image (*.svg)")
    return translate("save_chart", "PNG image (*.png)")


def save_chart(parent: QWidget, chart: Chart, project: Path) -> Path | None:
    """Ask where, then write ``chart`` there (PNG unless the name ends in .svg); the path, or None."""
    title = translate("save_chart", "Save chart")
    path = prompts.save_file(parent, title, chart_filter())
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path + ".png")
    dest = save_target.choose(parent, title, path, target, projects=[project])
    if dest is None:
        return None
    try:
        data = chart.image_bytes("svg" if target.suffix.lower() == ".svg" else "png")
    except OSError as exc:
        prompts.show_error(parent, title, str(exc))
        return None
    if not save_target.write_bytes(parent, title, dest, data):
        return None
    return dest.path
