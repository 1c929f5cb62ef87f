"""Codes' labels in other languages (:class:`~annotator.core.model.CodeLabel`) of
:class:`~annotator.core.store.project_store.ProjectStore`: a mixin, to keep modules small."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.core.model import LABEL_FIELDS, CodeLabel

_COLUMNS = "code, language, " + ", ".join(LABEL_FIELDS)


class LabelQueries:
    conn: sqlite3.Connection

    def code_labels(self, code: str | None = None, *, language: str | None = None) -> list[CodeLabel]:
        """Labels of one code or of every code (optionally in one language), by code then language."""
        where, args = [], []
        if code is not None:
            where.append("code = ?")
            args.append(code)
        if language is not None:
            where.append("language = ?")
            args.append(language)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM code_labels{clause} ORDER BY code, language", args)
        return [CodeLabel(*r) for r in rows]

    def code_label(self, code: str, language: str) -> CodeLabel | None:
        found = self.code_labels(code, language=language)
        return found[0] if found else None

    def write_code_label(self, label: CodeLabel) -> None:
        """Store ``label`` in place of the code's label in its language; an empty one removes it."""
        if label.empty:
            self.conn.execute(
                "DELETE FROM code_labels WHERE code = ? AND language = ?", (label.code, label.language)
            )
            return
        self.insert_code_labels([label], replace=True)

    def insert_code_labels(self, labels: Iterable[CodeLabel], *, replace: bool = False) -> None:
        rows = [
            (lb.code, lb.language, *(getattr(lb, f) for f in LABEL_FIELDS)) for lb in labels if not lb.empty
        ]
        if rows:
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            marks = ", ".join("?" * (2 + len(LABEL_FIELDS)))
            self.conn.executemany(f"{verb} INTO code_labels ({_COLUMNS}) VALUES ({marks})", rows)
