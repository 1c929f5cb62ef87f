"""The typed values of a coding as one short line, for the segments table and the text's tooltip.

Both show the same words (``price: 25,000 CNY · age: ≈19``), in the order the code
declares its fields; the field names come from one read of the project's fields,
kept until the codebook or a field changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.changes import ChangeSet
from annotator.gui.i18n import translate

if TYPE_CHECKING:
    from annotator.core.store.values import CodingValue
    from annotator.gui.session import ProjectSession

SEPARATOR = " · "


class ValueTexts:
    """Reads and caches the value line of codings for one session."""

    def __init__(self) -> None:
        self.session: ProjectSession | None = None
        self._fields: dict[str, tuple[int, str]] | None = None  # field GUID -> (position, name)
        self._lines: dict[str, str] = {}

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self._fields = None
        self._lines = {}

    def apply_changes(self, changes: ChangeSet) -> None:
        """Forget what a change may have made stale: the codings it names, or all of them."""
        if changes.codebook or changes.extra.get("fields") or changes.extra.get("reload"):
            self._fields = None
            self._lines = {}
        for guid in changes.codings:
            self._lines.pop(guid, None)

    def fields(self) -> dict[str, tuple[int, str]]:
        if self._fields is None:
            store = self.session.store if self.session else None
            self._fields = {f.guid: (f.position, f.name) for f in store.code_fields()} if store else {}
        return self._fields

    def has_fields(self) -> bool:
        return bool(self.fields())

    def line(self, coding: str) -> str:
        """``price: 25,000 CNY · age: 19``; empty when the coding has no values."""
        if self.session is None:
            return ""
        if coding not in self._lines:
            self._lines[coding] = self.format(self.session.store.coding_values(coding=coding))
        return self._lines[coding]

    def format(self, values: list[CodingValue]) -> str:
        fields = self.fields()
        ordered = sorted(values, key=lambda v: fields.get(v.field, (999, ""))[0])
        unnamed = translate("ValueTexts", "value")  # a field deleted since: no name to show
        return SEPARATOR.join(
            f"{fields[v.field][1] if v.field in fields else unnamed}: {v.value.display()}" for v in ordered
        )
