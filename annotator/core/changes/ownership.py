"""Whose codings a coder may change: the project setting "coders may only change their own codings".

Off (the default), anyone may edit, resize, re-code or remove any coding; the app
asks first when the coding is another coder's. On, the core refuses such a change
(``NotYourCoding``), whatever front end asked: the rule lives here, not in a widget.
The consensus layer (the coder "consensus", written by whoever reviews the
disagreements) belongs to the team and stays editable by everyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.changes.base import Change, ChangeSet
from annotator.core.errors import NotYourCoding
from annotator.core.messages import translate
from annotator.core.model import Coding
from annotator.core.store import ProjectStore

OWN_CODINGS_ONLY = "own_codings_only"  # key in the project's settings table: "1" or "0"
SHARED_LAYER = "consensus"  # annotator.core.analysis.consensus.CONSENSUS (a test keeps them equal)


def own_codings_only(store: ProjectStore) -> bool:
    """True when coders may change only their own codings."""
    return store.setting(OWN_CODINGS_ONLY) == "1"


def owners(store: ProjectStore, codings: Iterable[Coding], by: str) -> dict[str, str]:
    """The other coders (GUID → name) whose codings are among ``codings``: everyone but ``by``
    and the shared consensus layer."""
    found: dict[str, str] = {}
    names = {c.guid: c.name for c in store.coders()}
    for coding in codings:
        if coding.coder != by and coding.coder not in found:
            name = names.get(coding.coder, "")
            if name != SHARED_LAYER:
                found[coding.coder] = name or "an unknown coder"
    return found


def check_owner(store: ProjectStore, codings: Iterable[Coding], by: str) -> None:
    """Refuse a change to another coder's coding when the project says so.

    Raises:
        NotYourCoding: the setting is on and a coding belongs to someone other than ``by``.
    """
    if not own_codings_only(store):
        return
    others = owners(store, codings, by)
    if others:
        # "Kim's and Lee's": the possessive and the joining word are the translator's to choose.
        whose = translate("CoreChanges", " and ").join(
            translate("CoreChanges", "{name}'s").format(name=name) for name in others.values()
        )
        raise NotYourCoding(
            translate(
                "CoreChanges",
                "this coding is {whose}: in this project coders may only change their own codings",
            ).format(whose=whose)
        )


class SetOwnCodingsOnly(Change):
    """Turn the rule on or off (one undo step, in the audit trail)."""

    action = "set own codings only"

    def __init__(self, on: bool, *, by: str = "") -> None:
        super().__init__(by=by)
        self.on = on
        self.before: str | None = None
        self.label = "Only own codings may change" if on else "Anyone may change codings"

    def _apply(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        self.before = store.setting(OWN_CODINGS_ONLY)
        store.set_setting(OWN_CODINGS_ONLY, "1" if self.on else "0")
        return ChangeSet(extra={"settings": True}), {"own_codings_only": self.on}

    def _revert(self, store: ProjectStore) -> tuple[ChangeSet, dict[str, Any]]:
        store.set_setting(OWN_CODINGS_ONLY, self.before or "0")
        return ChangeSet(extra={"settings": True}), {"own_codings_only": self.before == "1"}
