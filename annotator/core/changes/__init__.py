"""Reversible edits, each one transaction, each returning what changed.

The GUI wraps each in a ``QUndoCommand``; the CLI and scripts call ``apply``.
"""

from annotator.core.changes.base import Change, ChangeSet, Composite
from annotator.core.changes.cases import (
    AddCase,
    CaseConflict,
    DeleteCase,
    EditCase,
    LinkCodings,
    LinkDocuments,
    MergeCases,
    UnlinkCodings,
    UnlinkDocuments,
)
from annotator.core.changes.code_labels import AddCodebookLabels, SetCodeLabel, SetCodeLanguage, code_language
from annotator.core.changes.codebook import (
    AddCode,
    DeleteCode,
    EditCode,
    InVivoCode,
    MergeCodes,
    MoveCode,
    RecolourSiblings,
    in_vivo_name,
)
from annotator.core.changes.codings import ApplyCode, Autocode, EditCoding, RemoveCodings, check_span
from annotator.core.changes.content_warnings import (
    AddContentWarning,
    EditContentWarning,
    RemoveContentWarning,
    SetCodeWarnings,
    SetDocumentWarnings,
)
from annotator.core.changes.notes import SetAttribute, SetMemo
from annotator.core.changes.ownership import SetOwnCodingsOnly, own_codings_only
from annotator.core.changes.passages import CodePassages
from annotator.core.changes.translations import (
    LinkTranslation,
    MirrorCoding,
    NothingAligned,
    RelinkSpans,
    UnlinkSpans,
    UnlinkTranslation,
)

__all__ = [
    "AddContentWarning",
    "EditContentWarning",
    "RemoveContentWarning",
    "SetCodeWarnings",
    "SetDocumentWarnings",
    "UnlinkTranslation",
    "UnlinkSpans",
    "RelinkSpans",
    "NothingAligned",
    "MirrorCoding",
    "LinkTranslation",
    "AddCase",
    "AddCodebookLabels",
    "AddCode",
    "ApplyCode",
    "Autocode",
    "CaseConflict",
    "Change",
    "ChangeSet",
    "CodePassages",
    "Composite",
    "DeleteCase",
    "DeleteCode",
    "EditCase",
    "EditCode",
    "EditCoding",
    "InVivoCode",
    "LinkCodings",
    "LinkDocuments",
    "MergeCases",
    "MergeCodes",
    "MoveCode",
    "RecolourSiblings",
    "RemoveCodings",
    "SetAttribute",
    "SetCodeLabel",
    "SetCodeLanguage",
    "SetMemo",
    "SetOwnCodingsOnly",
    "UnlinkCodings",
    "UnlinkDocuments",
    "check_span",
    "code_language",
    "in_vivo_name",
    "own_codings_only",
]
