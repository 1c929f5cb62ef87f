"""Reversible edits, each one transaction, each returning what changed.

The GUI wraps each in a ``QUndoCommand``; the CLI and scripts call ``apply``.
"""

from annotator.core.changes.base import Change, ChangeSet, Composite
from annotator.core.changes.codebook import (
    AddCode,
    DeleteCode,
    EditCode,
    InVivoCode,
    MergeCodes,
    MoveCode,
    in_vivo_name,
)
from annotator.core.changes.codings import ApplyCode, Autocode, EditCoding, RemoveCodings, check_span
from annotator.core.changes.notes import SetAttribute, SetMemo

__all__ = [
    "AddCode",
    "ApplyCode",
    "Autocode",
    "Change",
    "ChangeSet",
    "Composite",
    "DeleteCode",
    "EditCode",
    "EditCoding",
    "InVivoCode",
    "MergeCodes",
    "MoveCode",
    "RemoveCodings",
    "SetAttribute",
    "SetMemo",
    "check_span",
    "in_vivo_name",
]
