"""Original ↔ translation links and their alignment, for
:class:`~annotator.core.store.project_store.ProjectStore`.

A mixin only to keep modules small: it uses the store's ``conn``. Tables (see ``schema``):

- ``translations`` (original, translation, original_language, translation_language,
  linked_by, linked_at): a translation has exactly one original, an original any number of
  translations;
- ``alignment_beads`` (translation, position, original_start/end, translation_start/end,
  status, source): the beads of one link in text order (see :mod:`annotator.core.alignment`).

Rules (a document is not both an original and a translation, spans inside the texts) live in
``changes.translations``; these methods only read and write rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotator.core.alignment import Bead

_LINK_COLUMNS = "original, translation, original_language, translation_language, linked_by, linked_at"
_BEAD_COLUMNS = "original_start, original_end, translation_start, translation_end, status, source"


@dataclass(frozen=True, slots=True)
class TranslationLink:
    """One document linked to its translation (GUIDs), with each side's language tag."""

    original: str
    translation: str
    original_language: str = ""
    translation_language: str = ""
    linked_by: str = ""
    linked_at: str = ""


def _bead(row: Iterable[Any]) -> Bead:
    o_start, o_end, t_start, t_end, status, source = row
    return Bead(o_start, o_end, t_start, t_end, aligned=status == "aligned", manual=source == "manual")


class TranslationQueries:
    conn: sqlite3.Connection

    def translation_links(self) -> list[TranslationLink]:
        """Every link, in the order the project lists originals, then translations."""
        rows = self.conn.execute(
            f"SELECT {', '.join('t.' + c for c in _LINK_COLUMNS.split(', '))} FROM translations t "
            "JOIN documents o ON o.guid = t.original JOIN documents d ON d.guid = t.translation "
            "ORDER BY o.position, o.name, d.position, d.name"
        )
        return [TranslationLink(*r) for r in rows]

    def links_of(self, document: str) -> list[TranslationLink]:
        """The links a document is in, as original or as translation."""
        rows = self.conn.execute(
            f"SELECT {_LINK_COLUMNS} FROM translations WHERE original = ? OR translation = ? "
            "ORDER BY linked_at, translation",
            (document, document),
        )
        return [TranslationLink(*r) for r in rows]

    def translation_link(self, translation: str) -> TranslationLink | None:
        row = self.conn.execute(
            f"SELECT {_LINK_COLUMNS} FROM translations WHERE translation = ?", (translation,)
        ).fetchone()
        return TranslationLink(*row) if row else None

    def insert_translation_link(self, link: TranslationLink, beads: list[Bead]) -> None:
        self.conn.execute(
            f"INSERT INTO translations ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (
                link.original,
                link.translation,
                link.original_language,
                link.translation_language,
                link.linked_by,
                link.linked_at,
            ),
        )
        self.replace_beads(link.translation, beads)

    def delete_translation_link(self, translation: str) -> None:
        self.conn.execute("DELETE FROM alignment_beads WHERE translation = ?", (translation,))
        self.conn.execute("DELETE FROM translations WHERE translation = ?", (translation,))

    def beads(self, translation: str) -> list[Bead]:
        """The link's beads in text order."""
        rows = self.conn.execute(
            f"SELECT {_BEAD_COLUMNS} FROM alignment_beads WHERE translation = ? ORDER BY position",
            (translation,),
        )
        return [_bead(r) for r in rows]

    def replace_beads(self, translation: str, beads: list[Bead]) -> None:
        self.conn.execute("DELETE FROM alignment_beads WHERE translation = ?", (translation,))
        self.conn.executemany(
            f"INSERT INTO alignment_beads (translation, position, {_BEAD_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    translation,
                    position,
                    b.original_start,
                    b.original_end,
                    b.translation_start,
                    b.translation_end,
                    "aligned" if b.aligned else "unaligned",
                    "manual" if b.manual else "auto",
                )
                for position, b in enumerate(beads)
            ],
        )
