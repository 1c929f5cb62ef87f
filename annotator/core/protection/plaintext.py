"""Finding readable copies of a project's content that the program itself wrote.

Why: encrypting a project protects nothing while unencrypted copies of it lie
beside it: the original kept by ``encrypt``, a ``.before-merge.bak``, a
migration's ``.vN.bak``, the rolling backups taken before encryption, or an
unfinished copy of a killed conversion. ``annotator encrypt`` (and the app's
Encrypt) lists every one of them by name and offers to remove them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from annotator.core.outputs import PART_MARK
from annotator.core.store import cipher

from .backups import backup_dir
from .conversion import CONVERTING


def plaintext_copies(project: str | Path) -> list[Path]:
    """Unencrypted copies of ``project`` that this program wrote beside it (not the project itself)."""
    real = Path(os.path.realpath(project))
    bak = re.compile(rf"^{re.escape(real.name)}\..*\.bak$")
    temp = re.compile(rf"^\.{re.escape(real.name)}({re.escape(CONVERTING)}|{re.escape(PART_MARK)})")
    found: list[Path] = []
    try:
        siblings = sorted(real.parent.iterdir())
    except OSError:
        siblings = []
    for entry in siblings:
        if (bak.match(entry.name) or temp.match(entry.name)) and entry.is_file():
            found.append(entry)
    folder = backup_dir(real)
    if folder.is_dir():
        found.extend(sorted(p for p in folder.iterdir() if p.is_file()))
    return [p for p in found if p != real and _readable(p)]


def _readable(path: Path) -> bool:
    """Plain SQLite (readable by anyone with the file), or a partial file we cannot vouch for."""
    if cipher.is_plain_sqlite(path):
        return True
    return PART_MARK in path.name or CONVERTING in path.name


def remove(paths: list[Path]) -> list[Path]:
    """Delete ``paths``; returns those that could not be removed.

    Plain deletion: on SSDs and journaling file systems the blocks may survive until
    reused (the README says so); full-disk encryption is the answer to that.
    """
    failed = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            failed.append(path)
    return failed
