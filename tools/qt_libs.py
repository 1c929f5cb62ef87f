#!/usr/bin/env python3
"""Which system libraries Qt still needs on this Linux machine, and which packages bring them.

Used by ``tools/setup.sh`` after pip has installed PySide6 into the venv; standard library only.

    qt_libs.py missing --distro debian|fedora|arch [--pyside DIR]
        the packages to install, one line, space-separated (empty when nothing is missing)
    qt_libs.py report [--pyside DIR] [--distro D]
        for a person: what is missing and the command that installs it on Debian/Ubuntu,
        Fedora and Arch (the detected system first); prints nothing when nothing is missing;
        exit status 1 when Qt's libraries are missing (the window can't open), else 0
    qt_libs.py distro
        debian, fedora, arch or unknown, from /etc/os-release

How it finds what is missing: ``ldd`` on the Qt libraries and plugins the app loads (the xcb
platform plugin, its GL integrations, QtGui, QtWidgets, QtDBus) lists every shared library
the dynamic linker can't find ("libxcb-cursor.so.0 => not found"); no display is needed.
Without ``ldd`` (a libc that has none) it loads each file with ctypes and reads the first
missing name from the error. Besides libraries the app wants a font with Hangul and Han
glyphs (testimonies in Korean and Chinese would show boxes) and, on a machine without a
display, Xvfb and xauth (``xvfb-run annotator``, screenshots); those are found by looking for
their font files and programs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DISTROS = ("debian", "fedora", "arch")
LABELS = {"debian": "Debian/Ubuntu", "fedora": "Fedora", "arch": "Arch"}
INSTALL = {
    "debian": "sudo apt-get install --no-install-recommends",
    "fedora": "sudo dnf install",
    "arch": "sudo pacman -S --needed",
}


def _xcb(debian: str) -> tuple[str, str, str]:
    """A library of the xcb core protocol extensions: one package on Fedora and Arch."""
    return (debian, "libxcb", "libxcb")


# soname -> (Debian/Ubuntu, Fedora, Arch) package. Every library that Qt's files below link to,
# except those that ship inside the PySide6 wheel.
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libxcb.so.1": _xcb("libxcb1"),
    "libxcb-glx.so.0": _xcb("libxcb-glx0"),
    "libxcb-randr.so.0": _xcb("libxcb-randr0"),
    "libxcb-render.so.0": _xcb("libxcb-render0"),
    "libxcb-shape.so.0": _xcb("libxcb-shape0"),
    "libxcb-shm.so.0": _xcb("libxcb-shm0"),
    "libxcb-sync.so.1": _xcb("libxcb-sync1"),
    "libxcb-xfixes.so.0": _xcb("libxcb-xfixes0"),
    "libxcb-xkb.so.1": _xcb("libxcb-xkb1"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libzstd.so.1": ("libzstd1", "libzstd", "zstd"),
    "libz.so.1": ("zlib1g", "zlib", "zlib"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++", "gcc-libs"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc", "gcc-libs"),
}

# What no library check can see: a font with Hangul and Han glyphs (Korean and Chinese
# testimonies), some font at all, and Xvfb + xauth for headless runs (xvfb-run, screenshots).
CJK_FONT = ("fonts-noto-cjk", "google-noto-sans-cjk-vf-fonts", "noto-fonts-cjk")
ANY_FONT = ("fonts-dejavu-core", "dejavu-sans-fonts", "ttf-dejavu")
XVFB = ("xvfb", "xorg-x11-server-Xvfb", "xorg-server-xvfb")
XAUTH = ("xauth", "xorg-x11-xauth", "xorg-xauth")

# The files the app loads, relative to the PySide6 package: ldd follows their dependencies.
QT_FILES = (
    "Qt/lib/libQt6Core.so.6",
    "Qt/lib/libQt6Gui.so.6",
    "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6DBus.so.6",
    "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/platforms/libqoffscreen.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_DLOPEN_ERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
CJK_FONT_NAME = re.compile(r"cjk|hangul|nanum|wqy|sourcehan|droidsansfallback|unifont|uming|ukai", re.I)
FONT_FILE = re.compile(r"\.(ttf|ttc|otf|pfb|pcf(\.gz)?)$", re.I)


def missing_in_ldd(output: str) -> list[str]:
    """The sonames ``ldd`` reported as not found, each once, in the order first seen."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def distro_from_os_release(text: str) -> str | None:
    """``debian``, ``fedora`` or ``arch`` for a system of that family (from ID and ID_LIKE)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip("\"'")
    names = [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]
    for name in names:
        name = name.lower()
        if name in ("debian", "ubuntu"):
            return "debian"
        if name in ("fedora", "rhel", "centos"):
            return "fedora"
        if name == "arch":
            return "arch"
    return None


def this_distro(os_release: Path = Path("/etc/os-release")) -> str | None:
    try:
        return distro_from_os_release(os_release.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


@dataclass(frozen=True)
class Needs:
    """What this machine lacks: sonames Qt can't load, and the font and Xvfb extras."""

    sonames: tuple[str, ...] = ()
    cjk_font: bool = False
    any_font: bool = False
    xvfb: bool = False
    xauth: bool = False

    def packages(self, distro: str) -> tuple[list[str], list[str]]:
        """(packages to install on ``distro``, sonames no known package provides), each sorted."""
        column = DISTROS.index(distro)
        wanted: set[str] = set()
        unknown: list[str] = []
        for soname in self.sonames:
            if soname in PACKAGES:
                wanted.add(PACKAGES[soname][column])
            else:
                unknown.append(soname)
        for needed, names in (
            (self.cjk_font, CJK_FONT),
            (self.any_font, ANY_FONT),
            (self.xvfb, XVFB),
            (self.xauth, XAUTH),
        ):
            if needed:
                wanted.add(names[column])
        return sorted(wanted), sorted(unknown)

    @property
    def libraries_missing(self) -> bool:
        return bool(self.sonames)

    def __bool__(self) -> bool:
        return bool(self.sonames or self.cjk_font or self.any_font or self.xvfb or self.xauth)


def qt_files(pyside: Path) -> list[Path]:
    return [pyside / name for name in QT_FILES if (pyside / name).exists()]


def missing_sonames(files: Sequence[Path], ldd: str | None = None) -> list[str]:
    """The shared libraries ``files`` need that the dynamic linker can't find."""
    if not files:
        return []
    ldd = ldd if ldd is not None else shutil.which("ldd")
    if ldd:
        result = subprocess.run(
            [ldd, *map(str, files)], capture_output=True, text=True, errors="replace", check=False
        )
        return missing_in_ldd(result.stdout)
    return _missing_by_loading(files)


def _missing_by_loading(files: Sequence[Path]) -> list[str]:
    """Without ldd: load each file; the loader names the first library it can't find."""
    import ctypes

    missing: list[str] = []
    for path in files:
        try:
            ctypes.CDLL(str(path))
        except OSError as error:
            found = _DLOPEN_ERROR.search(str(error))
            if found and found.group(1) not in missing:
                missing.append(found.group(1))
    return missing


def font_dirs(home: Path | None = None) -> list[Path]:
    home = home if home is not None else Path.home()
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data / "fonts",
        home / ".fonts",
    ]


def font_files(dirs: Iterable[Path]) -> list[str]:
    """The names of the font files under ``dirs``."""
    names: list[str] = []
    for top in dirs:
        for _root, _dirs, files in os.walk(top):
            names.extend(name for name in files if FONT_FILE.search(name))
    return names


def find_needs(
    pyside: Path,
    *,
    ldd: str | None = None,
    fonts: Iterable[Path] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    headless: bool | None = None,
) -> Needs:
    """Look at this machine: Qt's libraries (through ldd), fonts, and without a display Xvfb and xauth."""
    if headless is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    names = font_files(font_dirs() if fonts is None else fonts)
    return Needs(
        sonames=tuple(missing_sonames(qt_files(pyside), ldd=ldd)),
        cjk_font=not any(CJK_FONT_NAME.search(name) for name in names),
        any_font=not names,
        xvfb=headless and (which("xvfb-run") is None or which("Xvfb") is None),
        xauth=headless and which("xauth") is None,
    )


def report(needs: Needs, distro: str | None) -> str:
    """For a person without admin rights: what is missing and the command for each system."""
    if not needs:
        return ""
    extras = []
    if needs.cjk_font:
        extras.append("a font for Korean and Chinese text")
    if needs.xvfb or needs.xauth:
        extras.append("Xvfb for running without a display")
    lines = []
    if needs.libraries_missing:
        shown = ", ".join(needs.sonames[:4]) + (", …" if len(needs.sonames) > 4 else "")
        many = len(needs.sonames) > 1
        count = f"{len(needs.sonames)} system libraries" if many else "a system library"
        lines.append(
            f"setup: the app's window needs {count} this machine lacks ({shown});"
            f" the command line works without {'them' if many else 'it'}."
        )
        what = ("them" if many else "it") + (f" (and {' and '.join(extras)})" if extras else "")
    else:
        lines.append(f"setup: this machine lacks {' and '.join(extras)}.")
        what = "it" if len(extras) == 1 else "them"
    lines.append(f"setup: someone with admin rights can install {what} with:")
    order = [distro] if distro in DISTROS else []
    order += [d for d in DISTROS if d not in order]
    for name in order:
        packages, unknown = needs.packages(name)
        here = " (this machine)" if name == distro else ""
        lines.append(f"  {LABELS[name]}{here}:  {INSTALL[name]} {' '.join(packages)}")
        if unknown:
            lines.append(f"    and whatever package provides {' '.join(unknown)}")
    return "\n".join(lines)


def pyside_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("qt_libs: PySide6 is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qt_libs.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    missing = commands.add_parser("missing", help="the packages to install, one line")
    missing.add_argument("--distro", choices=DISTROS, required=True)
    missing.add_argument("--pyside", type=Path)
    rep = commands.add_parser("report", help="what is missing, and how to install it")
    rep.add_argument("--distro", choices=(*DISTROS, "unknown"))
    rep.add_argument("--pyside", type=Path)
    commands.add_parser("distro", help="debian, fedora, arch or unknown")
    args = parser.parse_args(argv)
    if args.command == "distro":
        print(this_distro() or "unknown")
        return 0
    needs = find_needs(args.pyside or pyside_dir())
    if args.command == "missing":
        packages, _unknown = needs.packages(args.distro)
        print(" ".join(packages))
        return 0
    distro = args.distro if args.distro and args.distro != "unknown" else this_distro()
    text = report(needs, distro)
    if text:
        print(text)
    return 1 if needs.libraries_missing else 0


if __name__ == "__main__":
    sys.exit(main())
