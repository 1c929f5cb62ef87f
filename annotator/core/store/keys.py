"""Passphrases the app was given, so its background work can open an encrypted project.

The app asks once (its passphrase dialog) and remembers the answer here, in memory only,
for the jobs it runs on their own connections and for reopening after a conversion;
``ProjectStore.open`` looks here when it is given no passphrase. Nothing is ever written
anywhere. The command line keeps nothing here: each invocation carries its passphrase
(``--passphrase-file`` or the prompt) in its own context and passes it explicitly.
"""

from __future__ import annotations

from pathlib import Path

_by_path: dict[str, str] = {}


def remember(path: str | Path, passphrase: str) -> None:
    _by_path[str(Path(path).resolve())] = passphrase


def lookup(path: str | Path) -> str | None:
    return _by_path.get(str(Path(path).resolve()))


def forget_all() -> None:
    _by_path.clear()
