"""Data protection in the core, for the CLI and the app alike: backups, restore, encrypt, decrypt.

Every operation that replaces a project's file lives here, so both front ends
get the same guarantees: the project is held exclusively while it is replaced,
its path never stands empty, copies are owner-only, and readable copies the
program wrote are found and named (:func:`plaintext_copies`).
"""

from __future__ import annotations

from pathlib import Path

from .backups import DEFAULT_KEEP, backup_dir, list_backups, restore_backup, take_backup
from .conversion import Conversion, convert, is_encrypted, remove_leftovers
from .exclusive import held_exclusively
from .plaintext import plaintext_copies, remove


def encrypt(project: str | Path, passphrase: str) -> Conversion:
    """Encrypt a plain project with ``passphrase`` (the plain original is kept as ``.plain.bak``)."""
    return convert(project, old=None, new=passphrase)


def decrypt(project: str | Path, passphrase: str) -> Conversion:
    """Remove a project's encryption (the encrypted original is kept as ``.encrypted.bak``)."""
    return convert(project, old=passphrase, new=None)


__all__ = [
    "DEFAULT_KEEP",
    "Conversion",
    "backup_dir",
    "convert",
    "decrypt",
    "encrypt",
    "held_exclusively",
    "is_encrypted",
    "list_backups",
    "plaintext_copies",
    "remove",
    "remove_leftovers",
    "restore_backup",
    "take_backup",
]
