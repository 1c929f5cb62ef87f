"""tools/setup.sh for a user without root: what it finds missing and what it tells them to install.

The detection (tools/qt_libs.py) runs here against fake ldd output, fake font folders and a
fake PySide6 tree; the real flows (as root, as a user without sudo, --no-system) are proven on
fresh Debian machines, not in the test run (they download the whole app).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "tools" / "setup.sh"
sys.path.insert(0, str(ROOT / "tools"))
import qt_libs  # noqa: E402  (tools/qt_libs.py)

# What ldd prints for Qt's xcb plugin on a Debian 12 machine with only python3 and git.
LDD_BARE_DEBIAN = """\
/venv/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd2a5f3000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1e000000)
\tlibGL.so.1 => not found
\tlibxkbcommon.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => not found
\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f0c1dc00000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c1da1f000)
/venv/PySide6/Qt/lib/libQt6Gui.so.6:
\tlibEGL.so.1 => not found
\tlibGL.so.1 => not found
\tlibfontconfig.so.1 => not found
\tlibglib-2.0.so.0 => not found
\tlibdbus-1.so.3 => not found
\tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f0c1d9f0000)
"""


def test_ldd_output_gives_each_missing_library_once_in_order() -> None:
    assert qt_libs.missing_in_ldd(LDD_BARE_DEBIAN) == [
        "libGL.so.1",
        "libxkbcommon.so.0",
        "libxkbcommon-x11.so.0",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libX11-xcb.so.1",
        "libEGL.so.1",
        "libfontconfig.so.1",
        "libglib-2.0.so.0",
        "libdbus-1.so.3",
    ]
    assert qt_libs.missing_in_ldd("\tlibz.so.1 => /lib/libz.so.1 (0x1)\n") == []


def test_missing_libraries_become_each_systems_packages() -> None:
    needs = qt_libs.Needs(sonames=tuple(qt_libs.missing_in_ldd(LDD_BARE_DEBIAN)))
    assert needs.packages("debian") == (
        [
            "libdbus-1-3",
            "libegl1",
            "libfontconfig1",
            "libgl1",
            "libglib2.0-0",
            "libx11-xcb1",
            "libxcb-cursor0",
            "libxcb-icccm4",
            "libxkbcommon-x11-0",
            "libxkbcommon0",
        ],
        [],
    )
    fedora, _ = needs.packages("fedora")
    assert {"xcb-util-cursor", "xcb-util-wm", "libglvnd-egl", "libglvnd-glx", "dbus-libs"} <= set(fedora)
    arch, _ = needs.packages("arch")
    # libEGL and libGL are one package on Arch: named once
    assert arch.count("libglvnd") == 1 and {"xcb-util-cursor", "xcb-util-wm", "dbus"} <= set(arch)


def _needed(path: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file: the sonames it links to directly."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, shentsize, shnum = (
        int.from_bytes(data[0x28:0x30], "little"),
        int.from_bytes(data[0x3A:0x3C], "little"),
        int.from_bytes(data[0x3C:0x3E], "little"),
    )
    sections = [data[shoff + i * shentsize : shoff + (i + 1) * shentsize] for i in range(shnum)]
    for header in sections:
        if int.from_bytes(header[4:8], "little") != 6:  # SHT_DYNAMIC
            continue
        offset, size = int.from_bytes(header[24:32], "little"), int.from_bytes(header[32:40], "little")
        strtab = sections[int.from_bytes(header[40:44], "little")]
        strings = int.from_bytes(strtab[24:32], "little")
        names = []
        for entry in range(offset, offset + size, 16):
            tag, value = int.from_bytes(data[entry : entry + 8], "little"), data[entry + 8 : entry + 16]
            if tag == 1:  # DT_NEEDED
                start = strings + int.from_bytes(value, "little")
                names.append(data[start : data.index(b"\0", start)].decode())
        return names
    return []


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's Linux libraries")
def test_every_library_the_installed_qt_links_to_has_a_package_on_each_system() -> None:
    """A PySide6 upgrade that needs a new system library fails here until the table names it."""
    pyside = qt_libs.pyside_dir()  # found, not imported
    bundled = {path.name for path in (pyside / "Qt" / "lib").iterdir()}
    libc = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1"}
    files = qt_libs.qt_files(pyside)
    assert len(files) == len(qt_libs.QT_FILES)
    system = {name for path in files for name in _needed(path)} - bundled - libc
    system = {name for name in system if not name.startswith("ld-linux")}
    assert {"libxcb-cursor.so.0", "libEGL.so.1", "libxkbcommon-x11.so.0"} <= system
    assert sorted(system - qt_libs.PACKAGES.keys()) == []
    for soname in system:
        assert all(qt_libs.PACKAGES[soname]), soname


def test_an_unknown_library_is_named_not_dropped() -> None:
    needs = qt_libs.Needs(sonames=("libxcb-cursor.so.0", "libnew-in-qt7.so.1"))
    assert needs.packages("debian") == (["libxcb-cursor0"], ["libnew-in-qt7.so.1"])
    text = qt_libs.report(needs, "debian")
    assert "libnew-in-qt7.so.1" in text


def test_report_gives_the_command_for_debian_fedora_and_arch_this_system_first() -> None:
    needs = qt_libs.Needs(sonames=("libxcb-cursor.so.0", "libEGL.so.1"), cjk_font=True, xvfb=True, xauth=True)
    lines = qt_libs.report(needs, "fedora").splitlines()
    assert lines[0] == (
        "setup: the app's window needs 2 system libraries this machine lacks"
        " (libxcb-cursor.so.0, libEGL.so.1); the command line works without them."
    )
    assert "a font for Korean and Chinese text and Xvfb" in lines[1]
    commands = [line.strip() for line in lines[2:]]
    assert commands == [
        "Fedora (this machine):  sudo dnf install google-noto-sans-cjk-vf-fonts libglvnd-egl "
        "xcb-util-cursor xorg-x11-server-Xvfb xorg-x11-xauth",
        "Debian/Ubuntu:  sudo apt-get install --no-install-recommends fonts-noto-cjk libegl1 "
        "libxcb-cursor0 xauth xvfb",
        "Arch:  sudo pacman -S --needed libglvnd noto-fonts-cjk xcb-util-cursor xorg-server-xvfb xorg-xauth",
    ]
    # on a system of none of the three, all three, in the usual order
    other = qt_libs.report(needs, None)
    assert [line.split(":")[0].strip() for line in other.splitlines()[2:]] == [
        "Debian/Ubuntu",
        "Fedora",
        "Arch",
    ]
    assert qt_libs.report(qt_libs.Needs(), "debian") == ""


@pytest.mark.parametrize(
    ("os_release", "family"),
    [
        ('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', "debian"),
        ('ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n', "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "debian"),
        ("ID=fedora\nVERSION_ID=41\n", "fedora"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
        ("ID=arch\n", "arch"),
        ("ID=endeavouros\nID_LIKE=arch\n", "arch"),
        ('ID=opensuse-tumbleweed\nID_LIKE="opensuse suse"\n', None),
        ("", None),
    ],
)
def test_system_family_from_os_release(os_release: str, family: str | None) -> None:
    assert qt_libs.distro_from_os_release(os_release) == family


def _fake_pyside(tmp_path: Path) -> Path:
    pyside = tmp_path / "PySide6"
    for name in qt_libs.QT_FILES:
        (pyside / name).parent.mkdir(parents=True, exist_ok=True)
        (pyside / name).write_bytes(b"\x7fELF")
    return pyside


def _fake_ldd(tmp_path: Path, output: str) -> str:
    """An ldd that prints ``output`` and records the files it was asked about."""
    ldd = tmp_path / "ldd"
    (tmp_path / "ldd-output").write_text(output)
    ldd.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/ldd-args"\ncat "{tmp_path}/ldd-output"\n')
    ldd.chmod(0o755)
    return str(ldd)


def test_needs_on_a_bare_machine_are_qts_libraries_a_cjk_font_and_xvfb(tmp_path: Path) -> None:
    pyside = _fake_pyside(tmp_path)
    ldd = _fake_ldd(tmp_path, LDD_BARE_DEBIAN)
    needs = qt_libs.find_needs(
        pyside, ldd=ldd, fonts=[tmp_path / "no-fonts"], which=lambda _: None, headless=True
    )
    assert needs.sonames[:2] == ("libGL.so.1", "libxkbcommon.so.0") and len(needs.sonames) == 10
    assert needs.cjk_font and needs.any_font and needs.xvfb and needs.xauth
    # ldd was asked about the xcb platform plugin and QtGui, among the others
    asked = (tmp_path / "ldd-args").read_text()
    assert "plugins/platforms/libqxcb.so" in asked and "lib/libQt6Gui.so.6" in asked
    packages, unknown = needs.packages("debian")
    assert {"libxcb-cursor0", "fonts-noto-cjk", "fonts-dejavu-core", "xvfb", "xauth"} <= set(packages)
    assert unknown == []


def test_nothing_missing_on_a_desktop_with_everything(tmp_path: Path) -> None:
    pyside = _fake_pyside(tmp_path)
    ldd = _fake_ldd(tmp_path, "\tlibGL.so.1 => /usr/lib/x86_64-linux-gnu/libGL.so.1 (0x1)\n")
    fonts = tmp_path / "fonts" / "opentype" / "noto"
    fonts.mkdir(parents=True)
    (fonts / "NotoSansCJK-Regular.ttc").write_bytes(b"")
    # with a display, Xvfb is not needed
    needs = qt_libs.find_needs(
        pyside, ldd=ldd, fonts=[tmp_path / "fonts"], which=lambda _: None, headless=False
    )
    assert not needs
    assert qt_libs.report(needs, "debian") == ""


def test_fonts_without_hangul_ask_for_the_cjk_font_only(tmp_path: Path) -> None:
    pyside = _fake_pyside(tmp_path)
    ldd = _fake_ldd(tmp_path, "")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "DejaVuSans.ttf").write_bytes(b"")
    needs = qt_libs.find_needs(
        pyside, ldd=ldd, fonts=[tmp_path / "fonts"], which=lambda name: f"/usr/bin/{name}", headless=True
    )
    assert needs == qt_libs.Needs(cjk_font=True)
    assert needs.packages("arch") == (["noto-fonts-cjk"], [])
    assert "Korean and Chinese" in qt_libs.report(needs, "arch")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [shutil.which("bash") or "/bin/bash", str(SETUP), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_setup_help_names_its_options_and_touches_nothing() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "usage: tools/setup.sh [test] [--no-system]" in result.stdout
    assert "--no-system" in result.stdout and "test" in result.stdout


def test_setup_refuses_an_unknown_option_with_usage() -> None:
    result = _run("--no-sytem")
    assert result.returncode == 2
    assert "unknown argument '--no-sytem'" in result.stderr and "usage:" in result.stderr


@pytest.mark.parametrize("args", [("--no-system",), ("test", "--no-system"), ("--no-system", "test")])
def test_setup_accepts_no_system_before_or_after_test(args: tuple[str, ...], tmp_path: Path) -> None:
    """The options parse; with no Python 3.11 on PATH it stops there, before any venv or apt."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "mktemp", "rm", "id", "cat"):
        (bin_dir / tool).symlink_to(shutil.which(tool) or f"/bin/{tool}")
    result = _run(*args, env={"PATH": str(bin_dir)})
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr
    assert "sudo apt-get install python3 python3-venv" in result.stderr
