"""Cases in the window: the Cases dock, the case chooser, the journey timeline and the Case menu.

A case is a person the testimonies describe (``annotator.core.changes.cases``). The
Case menu's rows are here (gathered by ``gui/actions.py all_actions``); the window
binds them to a :class:`~annotator.gui.cases.controller.CaseController`.
"""

from __future__ import annotations

from annotator.gui.action_spec import ActionSpec

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "case.new",
        "Case",
        "&New case…",
        ("Ctrl+Shift+E",),
        "writable",
        tip="A person the testimonies describe",
    ),
    A(
        "case.choose",
        "Case",
        "&Choose case…",
        ("Ctrl+Shift+G",),
        "project",
        tip="Type a few letters of a case's label: it becomes the current case",
    ),
    A(
        "case.link_selection",
        "Case",
        "&Link selection to case",
        ("Ctrl+J",),
        "selection",
        separator_before=True,
        tip="The coded passages under the selection (or the chosen codings) belong to the current case",
    ),
    A("case.unlink_selection", "Case", "&Unlink selection from case", ("Ctrl+Alt+J",), "selection"),
    A(
        "case.link_document",
        "Case",
        "Link &document to case",
        ("Ctrl+Shift+J",),
        "selection",
        tip="The whole testimony is about the current case",
    ),
    A("case.unlink_document", "Case", "Unlink d&ocument from case", ("Ctrl+Alt+Shift+J",), "selection"),
    A(
        "case.edit",
        "Case",
        "&Edit case",
        (),
        "case",
        separator_before=True,
        tip="Label, role, memo, attributes",
    ),
    A("case.merge", "Case", "&Merge case into…", (), "case", tip="One person recorded twice"),
    A("case.delete", "Case", "De&lete case…", (), "case"),
    A(
        "case.timeline",
        "Case",
        "Journey &timeline…",
        ("Ctrl+Shift+T",),
        "case",
        separator_before=True,
        tip="The case's dated events in order, with flags and derived figures",
    ),
    A("view.focus_cases", "View", "Go to c&ases", ("Alt+6",), before="view.panels"),
)
del A
