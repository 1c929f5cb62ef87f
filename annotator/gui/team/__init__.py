"""The team features of the window: their actions and handlers (see gui/actions.py all_actions).

File gets Export…, Merge projects… and Make coder package… (placed before
"Close project"); Team gets Agreement…, Disagreements…, Facts… and Retrieval
and reports…. The dialogs live in this package and call the core through
:mod:`annotator.gui.team.work`; long work runs in workers with a progress
dialog (:mod:`annotator.gui.team.jobs`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.gui.action_spec import ActionSpec

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from annotator.gui.workbench import TeamBench

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "file.export",
        "File",
        "E&xport…",
        ("Ctrl+E",),
        "project",
        tip="Coded data as CSV, Excel, JSON, HTML, a matrix, a case table or REFI-QDA",
        separator_before=True,
        before="file.close",
    ),
    A(
        "file.merge",
        "File",
        "&Merge projects…",
        (),
        "writable",
        tip="Bring coders' copies back into this project",
        before="file.close",
    ),
    A(
        "file.package",
        "File",
        "Make coder &package…",
        (),
        "project",
        tip="A copy for one coder: documents and codebook, nobody else's codings",
        before="file.close",
    ),
    A(
        "team.agreement",
        "Team",
        "&Agreement…",
        (),
        "project",
        tip="Inter-coder agreement per code and document: kappa, alpha, segments",
        separator_before=True,
    ),
    A(
        "team.disagreements",
        "Team",
        "&Disagreements…",
        (),
        "project",
        tip="Walk through the passages where two coders differ; accept a version into the consensus",
    ),
    A(
        "team.facts",
        "Team",
        "&Facts…",
        (),
        "project",
        tip="Prices, ages, dates and places on coded passages: count, minimum, median, maximum, with quotes",
    ),
    A(
        "team.reports",
        "Team",
        "&Retrieval and reports…",
        (),
        "project",
        tip="Segments by code, coder, document and attributes; frequencies; co-occurrence; charts",
        separator_before=True,
    ),
)
del A


def handlers(bench: TeamBench, parent: QObject | None = None) -> dict[str, Callable[[], object]]:
    """Handlers for :data:`ACTIONS`, bound to ``bench`` (the window, seen as a :class:`TeamBench`)."""
    from annotator.gui.team.controller import TeamController  # noqa: PLC0415 (imports Qt widgets)

    team = TeamController(bench, parent)
    return {
        "file.export": team.export,
        "file.merge": team.merge,
        "file.package": team.package,
        "team.agreement": team.agreement,
        "team.disagreements": team.disagreements,
        "team.facts": team.facts,
        "team.reports": team.reports,
    }
