"""Cases in the window: the Cases dock, the case chooser, the journey timeline and the Case menu.

A case is a person the testimonies describe (``annotator.core.changes.cases``). The
Case menu's rows are here (gathered by ``gui/actions.py all_actions``); the window
binds them to a :class:`~annotator.gui.cases.controller.CaseController`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "case.new",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&New case…"),
        ("Ctrl+Shift+E",),
        "writable",
        tip=QT_TRANSLATE_NOOP("Actions", "A person the testimonies describe"),
    ),
    A(
        "case.choose",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&Choose case…"),
        ("Ctrl+Shift+G",),
        "project",
        tip=QT_TRANSLATE_NOOP("Actions", "Type a few letters of a case's label: it becomes the current case"),
    ),
    A(
        "case.link_selection",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&Link selection to case"),
        ("Ctrl+J",),
        "selection",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "The coded passages under the selection (or the chosen codings) belong to the current case",
        ),
    ),
    A(
        "case.unlink_selection",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&Unlink selection from case"),
        ("Ctrl+Alt+J",),
        "selection",
    ),
    A(
        "case.link_document",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "Link &document to case"),
        ("Ctrl+Shift+J",),
        "selection",
        tip=QT_TRANSLATE_NOOP("Actions", "The whole testimony is about the current case"),
    ),
    A(
        "case.unlink_document",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "Unlink d&ocument from case"),
        ("Ctrl+Alt+Shift+J",),
        "selection",
    ),
    A(
        "case.edit",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&Edit case"),
        (),
        "case",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Label, role, memo, attributes"),
    ),
    A(
        "case.merge",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "&Merge case into…"),
        (),
        "case",
        tip=QT_TRANSLATE_NOOP("Actions", "One person recorded twice"),
    ),
    A("case.delete", "Case", QT_TRANSLATE_NOOP("Actions", "De&lete case…"), (), "case"),
    A(
        "case.timeline",
        "Case",
        QT_TRANSLATE_NOOP("Actions", "Journey &timeline…"),
        ("Ctrl+Shift+T",),
        "case",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Actions", "The case's dated events in order, with flags and derived figures"),
    ),
    A(
        "view.focus_cases",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Go to c&ases"),
        ("Alt+6",),
        before="view.panels",
    ),
)
del A
