"""What the bundle carries besides the code: read by the spec (``annotator.spec``) and by the
tests, so that the list the build uses is the list that is checked.

Every folder of ``resources/`` the app reads goes in whole, except the translation sources:
the app loads only the compiled catalogues (``annotator_<lang>.qm``).
"""

from __future__ import annotations

from pathlib import Path

# resources/<folder> -> the glob of its files the app reads (all under _MEIPASS/resources/<folder>)
RESOURCES: dict[str, str] = {
    "codebooks": "*.yaml",
    "demo": "*",
    "desktop": "*",
    "icons": "*",
    "standards": "*",
    "translations": "*.qm",
}

# Qt modules the app never imports (PySide6-Essentials ships them): kept out of the bundle with
# the libraries and plugins they would bring.
QT_EXCLUDES: tuple[str, ...] = tuple(
    f"PySide6.{name}"
    for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
        "QtSql", "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtPrintSupport", "QtConcurrent",
        "QtDesigner", "QtUiTools", "QtHelp", "QtXml", "QtStateMachine", "QtTest",
        "QtSvgWidgets", "QtCharts", "QtDataVisualization", "QtMultimedia", "QtWebEngineCore",
        "QtWebEngineWidgets", "QtPdf", "QtPdfWidgets", "Qt3DCore",
    )
)  # fmt: skip

# Qt plugins the bundle keeps, by folder (None: all of that folder); other folders go, and with
# them the libraries only they need (GTK for the GTK theme, Wayland, EGL, evdev, VNC...).
# X11 (and XWayland) through xcb, offscreen for headless runs; ibus/compose for Korean and
# Chinese input methods; SVG icons. Named without "lib" and the extension, so the same list keeps
# libqxcb.so on Linux, qwindows.dll on Windows and libqcocoa.dylib on macOS.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": None,
    "imageformats": frozenset({"qsvg", "qico", "qgif", "qjpeg"}),
    "iconengines": None,
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}


def plugin_stem(file_name: str) -> str:
    """``libqxcb.so`` → ``qxcb``; ``qwindows.dll`` → ``qwindows``; ``libqcocoa.dylib`` → ``qcocoa``."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


# Python modules the app does not use at run time (tests, build tools, GUIs of other toolkits).
PYTHON_EXCLUDES: tuple[str, ...] = (
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "krippendorff", "openpyxl",
    "mypy", "ruff", "importlinter", "IPython", "matplotlib", "pydoc_data", "lib2to3", "test",
    "setuptools", "pkg_resources", "pip", "wheel", "PyInstaller", "tests",
)  # fmt: skip

# Packages whose metadata the app reads at run time (importlib.metadata: the word-search
# analyzers' versions are kept in each project's index).
METADATA: tuple[str, ...] = ("kiwipiepy", "kiwipiepy_model", "jieba", "testimony-annotator")


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` pairs (source file, folder inside the bundle) for :data:`RESOURCES`."""
    pairs = []
    for folder, pattern in RESOURCES.items():
        for path in sorted((root / "resources" / folder).glob(pattern)):
            if path.is_file():
                pairs.append((str(path), f"resources/{folder}"))
    return pairs
