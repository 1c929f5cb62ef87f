"""Corpus search in the window: the Search dock (Ctrl+Shift+F) over all or some documents.

Literal, whole-word, regular-expression and word-form search (``annotator.core.analysis.
corpus_search``), run in a worker with its own connection; the words of each document are
analysed in a helper process (:mod:`.helper`) and kept in the project file. The Find bar
(Ctrl+F) stays the quick find in the open document; this dock is the corpus tool: keyword
in context, jump to a hit, code the chosen hits with one code as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.action_spec import ActionSpec

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "edit.search",
        "Edit",
        QT_TRANSLATE_NOOP("Actions", "&Search all documents…"),
        ("Ctrl+Shift+F",),
        "project",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Search every document: literal, whole word, regular expression or word forms"
        ),
        before="edit.memo",
    ),
)
