"""Pushing a change that may drop typed values: show what would go, ask, then push it confirmed.

The core refuses such a change with :class:`~annotator.core.errors.ValuesWouldBeLost`
(changing a field's kind, deleting a field, re-coding a passage to a code without the
field). Survivors' figures must never vanish quietly, so the app lists each value with
its wording, field and document, and only on "Yes" pushes the same change again with
``confirm_loss=True``; either way the result is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change, ChangeSet
from annotator.core.errors import AnnotatorError, NotFound, ValuesWouldBeLost
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession


def describe_lost(session: ProjectSession, lost: list[Any]) -> list[str]:
    """One line per value that would be lost: the wording, what it was read as, where."""
    store = session.store
    names = {f.guid: f.name for f in store.code_fields()}
    documents: dict[str, str] = {}
    lines = []
    for stored in lost:
        value = stored.value
        try:
            coding = store.coding(stored.coding)
            if coding.document not in documents:
                documents[coding.document] = store.document(coding.document).name
        except NotFound:
            coding = None
        wording = f"“{value.original}” → " if value.original and value.original != value.display() else ""
        field = names.get(stored.field) or translate("value_loss", "value")
        shown = f"{wording}{value.display()}"
        if coding is None:
            lines.append(f"{field}: {shown}")
        else:
            lines.append(
                translate("value_loss", "{field}: {value} in {document}").format(
                    field=field, value=shown, document=documents[coding.document]
                )
            )
    return lines


def push_confirming_loss(
    session: ProjectSession,
    parent: QWidget,
    title: str,
    build: Callable[[bool], Change],
) -> ChangeSet | None:
    """Push ``build(False)``; if it would drop values, list them and, on Yes, push ``build(True)``.

    ``build(confirm_loss)`` makes the change; an argument it refuses (an empty name, a
    kind without choices) goes to the session's ``failed`` like any domain error.
    """
    try:
        return session.push(build(False), raising=(ValuesWouldBeLost,))
    except ValuesWouldBeLost as exc:
        lines = describe_lost(session, list(exc.lost))
        n = len(lines)
        text = (
            translate(
                "value_loss",
                "This would delete %n stored value that no longer fits. Go on? (Ctrl+Z brings it back.)",
                None,
                n,
            )
            if n == 1
            else translate(
                "value_loss",
                "This would delete %n stored values that no longer fit. Go on? (Ctrl+Z brings them back.)",
                None,
                n,
            )
        )
        if not prompts.confirm_list(parent, title, text, lines):
            session.failed.emit(translate("value_loss", "Nothing changed: the values were kept."))
            return None
    except AnnotatorError as exc:  # build() refused its arguments
        session.failed.emit(str(exc))
        return None
    try:
        change = build(True)
    except AnnotatorError as exc:
        session.failed.emit(str(exc))
        return None
    return session.push(change)
