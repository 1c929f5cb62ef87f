"""Where the answer of a save dialog may be written: the app's side of ``core.outputs``.

The save dialog already asked "replace it?" for the exact file the user picked, so
that answer counts as ``--force``. But a project, its journals, lock file or backups
(and the files a dialog reads from) are refused even then, with a message box that
says why — a dialog must not be a way around what the command line refuses. When the
app adds a suffix the user did not type (``chart`` → ``chart.png``), the dialog never
asked about *that* file, so it is asked here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.outputs import OutputRefused, check_output, write_output
from annotator.gui import prompts
from annotator.gui.i18n import translate


@dataclass(frozen=True)
class Destination:
    """A checked output file: where, whether it may replace an existing file, what it must not be."""

    path: Path
    force: bool
    projects: tuple[Path, ...] = ()
    sources: tuple[Path, ...] = ()


def _confirmed_by_dialog(chosen: str | None, target: Path) -> bool:
    return bool(chosen) and os.path.abspath(chosen or "") == os.path.abspath(target)


def choose(
    parent: QWidget | None,
    title: str,
    chosen: str | None,
    target: Path,
    *,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
) -> Destination | None:
    """Check ``target`` (the dialog's answer ``chosen``, perhaps with a suffix added).

    Returns the destination, or None after telling the user why not (or when they
    would rather not replace an existing file).
    """
    guarded, inputs = tuple(Path(p) for p in projects), tuple(Path(s) for s in sources)
    force = _confirmed_by_dialog(chosen, target)
    try:
        checked = check_output(target, force=force, projects=guarded, sources=inputs)
    except OutputRefused as exc:
        if not exc.overridable:
            prompts.show_error(parent, title, str(exc))
            return None
        question = translate("save_target", "{name} already exists. Replace it?").format(name=target.name)
        if not prompts.confirm(parent, title, question):
            return None
        force = True
        try:
            checked = check_output(target, force=True, projects=guarded, sources=inputs)
        except OutputRefused as again:
            prompts.show_error(parent, title, str(again))
            return None
    return Destination(checked, force, guarded, inputs)


def write_bytes(parent: QWidget | None, title: str, destination: Destination, data: bytes) -> bool:
    """Write ``data`` whole and owner-only; a failure is one line in a message box."""
    try:
        with write_output(
            destination.path,
            force=destination.force,
            projects=destination.projects,
            sources=destination.sources,
        ) as fh:
            fh.write(data)
    except AnnotatorError as exc:
        prompts.show_error(parent, title, str(exc))
        return False
    return True
