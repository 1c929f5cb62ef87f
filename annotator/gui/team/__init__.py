"""The team features of the window: their actions and handlers (see gui/actions.py all_actions).

File gets Export…, Merge projects… and Make coder package… (placed before
"Close project"); Team gets Agreement…, Disagreements…, Facts…, Retrieval
and reports… and Exposure to content warnings…. The dialogs live in this package and call the core through
:mod:`annotator.gui.team.work`; long work runs in workers with a progress
dialog (:mod:`annotator.gui.team.jobs`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from annotator.gui.workbench import TeamBench

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "file.export",
        "File",
        QT_TRANSLATE_NOOP("Actions", "E&xport…"),
        ("Ctrl+E",),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Coded data as CSV, Excel, JSON, HTML, a matrix, a case table or REFI-QDA",
        ),
        separator_before=True,
        before="file.close",
    ),
    A(
        "file.merge",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Merge projects…"),
        (),
        "writable",
        tip=QT_TRANSLATE_NOOP("Actions", "Bring coders' copies back into this project"),
        before="file.close",
    ),
    A(
        "file.package",
        "File",
        QT_TRANSLATE_NOOP("Actions", "Make coder &package…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "A copy for one coder: documents and codebook, nobody else's codings",
        ),
        before="file.close",
    ),
    A(
        "team.agreement",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Agreement…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Inter-coder agreement per code and document: kappa, alpha, segments",
        ),
        separator_before=True,
    ),
    A(
        "team.disagreements",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Disagreements…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Walk through the passages where two coders differ; accept a version into the consensus",
        ),
    ),
    A(
        "team.facts",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Facts…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Prices, ages, dates and places on coded passages: count, minimum, median, maximum, with quotes",
        ),
    ),
    A(
        "team.reports",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Retrieval and reports…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Segments by code, coder, document and attributes; frequencies; co-occurrence; charts",
        ),
        separator_before=True,
    ),
    A(
        "team.exposure",
        "Team",
        QT_TRANSLATE_NOOP("Actions", "&Exposure to content warnings…"),
        (),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Which coders read which content warnings: from their packages, opened documents, their codings",
        ),
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
        "team.exposure": team.exposure,
    }
