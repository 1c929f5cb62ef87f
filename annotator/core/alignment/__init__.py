"""Aligning a testimony with its translation: paragraphs, then sentences, by length.

Pure functions over texts and offsets (no store, no Qt): :mod:`.sentences` finds the
paragraphs and sentences of a text, :mod:`.gale_church` aligns two sequences of lengths,
:mod:`.beads` puts the two together into beads of code-point spans and maps a passage on
one side to the other.
"""

from annotator.core.alignment.beads import (
    ORIGINAL,
    TRANSLATION,
    Bead,
    Side,
    align_texts,
    aligned_span,
    beads_at,
    guess_language,
    relink,
    unlink,
)
from annotator.core.alignment.gale_church import align_lengths
from annotator.core.alignment.sentences import paragraphs, sentences

__all__ = [
    "ORIGINAL",
    "TRANSLATION",
    "Bead",
    "Side",
    "align_lengths",
    "align_texts",
    "aligned_span",
    "beads_at",
    "guess_language",
    "paragraphs",
    "relink",
    "sentences",
    "unlink",
]
