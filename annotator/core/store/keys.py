"""Passphrases known to this process, so every command can open an encrypted project.

The CLI fills this from ``--passphrase-file`` (or a prompt), the GUI from its
passphrase dialog; ``ProjectStore.open`` looks here when not given one.
Passphrases live only in memory and are never written anywhere.
"""

from __future__ import annotations

from pathlib import Path

_default: str | None = None
_by_path: dict[str, str] = {}


def set_default(passphrase: str | None) -> None:
    global _default
    _default = passphrase or None


def remember(path: str | Path, passphrase: str) -> None:
    _by_path[str(Path(path).resolve())] = passphrase


def lookup(path: str | Path) -> str | None:
    return _by_path.get(str(Path(path).resolve()), _default)


def forget_all() -> None:
    global _default
    _default = None
    _by_path.clear()
