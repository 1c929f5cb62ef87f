"""Look: Fusion style following the system's light/dark choice, and fonts for Hangul and Han.

Fusion draws the same everywhere, so colours we pick are checked once for both
palettes. Han characters fall back to the Korean cut of Noto CJK first because
most testimonies are Korean (the same code points look different in the SC/JP cuts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.resources import resources_dir

ICON_NAME = "testimony-annotator"  # the icon theme's name (tools/install-desktop) and the files' stem
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

CJK_FALLBACKS = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans K",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
)

STYLESHEET = """
QMainWindow::separator { width: 4px; height: 4px; }
QDockWidget::title { padding: 4px 8px; }
QStatusBar QLabel { padding: 0 8px; }
QToolBar { spacing: 4px; padding: 2px 4px; }
QTreeView, QTableView, QListView { outline: 0; }
"""


def app_icon() -> QIcon:
    """The app's icon (a page with a margin of coding stripes) at every size it was drawn for.

    The PNGs rendered by tools/icons.py rather than the SVG: they need no SVG plugin, so a
    bundle without one still shows the icon. Empty when the resources lack them.
    """
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"{ICON_NAME}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def dark_palette() -> QPalette:
    """A quiet dark palette (Fusion's own is light-only before the platform says otherwise)."""
    p = QPalette()
    base, window, text = QColor("#1f2226"), QColor("#2a2e33"), QColor("#dcdfe3")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#25292d")),
        (QPalette.ColorRole.ToolTipBase, QColor("#33383e")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d6ea8")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#7fb0ea")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8a9099")),
        (QPalette.ColorRole.Mid, QColor("#4a5057")),
        (QPalette.ColorRole.Midlight, QColor("#3a3f45")),
        (QPalette.ColorRole.Dark, QColor("#16181b")),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c727a"))
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    available = set(QFontDatabase.families())
    font.setFamilies([font.family(), *(f for f in CJK_FALLBACKS if f in available)])
    app.setFont(font)
    _follow_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _follow_scheme(app))
    app.setStyleSheet(STYLESHEET)


def _follow_scheme(app: QApplication) -> None:
    wants_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if wants_dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif not wants_dark and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
