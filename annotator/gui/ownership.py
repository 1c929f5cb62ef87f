"""Asking before changing another coder's coding (Team → "Coders may only change their own codings").

The rule is the core's (:mod:`annotator.core.changes.ownership`): with the project
setting on, a change to someone else's coding is refused there, and here the
refusal is shown before anything is asked. With it off, the user is asked once
per coder: "This coding is mina's — remove it anyway?", with "Don't ask again for
mina today" (ticked by default), remembered by the open session until midnight.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import QWidget

from annotator.core.changes.ownership import check_owner, owners
from annotator.core.errors import NotFound, NotYourCoding
from annotator.core.model import Coding
from annotator.gui import prompts
from annotator.gui.i18n import translate
from annotator.gui.session import ProjectSession


def codings_of(session: ProjectSession, guids: Iterable[str]) -> list[Coding]:
    found = []
    for guid in guids:
        try:
            found.append(session.store.coding(guid))
        except NotFound:  # gone meanwhile: the change itself will say so
            continue
    return found


def may_change(
    session: ProjectSession | None, parent: QWidget | None, guids: Iterable[str], what: str
) -> bool:
    """True when the codings ``guids`` may be changed now (``what``: "remove it", "resize it"...).

    False when the project forbids changing another coder's coding (said in the status bar)
    or the user answered Cancel; the user's own codings never ask.
    """
    if session is None:
        return False
    codings = codings_of(session, guids)
    me = session.coder.guid
    others = owners(session.store, codings, me)
    if not others:
        return True
    try:
        check_owner(session.store, codings, me)
    except NotYourCoding as exc:
        session.failed.emit(translate("ownership", "Not changed: {reason}.").format(reason=exc))
        return False
    today = date.today()
    for coder, name in others.items():
        if session.others_allowed.get(coder) == today:
            continue
        go, remember = prompts.ask_others_coding(parent, name, what)
        if not go:
            return False
        if remember:
            session.others_allowed[coder] = today
    return True


def owner_name(session: ProjectSession, coding: Coding) -> str:
    """ "your" for the current coder's coding, else its coder's name with "'s" ("mina's"):
    a possessive that goes before "coding" (Korean "mina의", Chinese "mina的")."""
    if coding.coder and coding.coder == session.coder.guid:
        return translate("ownership", "your", "whose coding: your coding")
    try:
        name = session.store.coder(coding.coder).name
    except NotFound:
        return translate("ownership", "an unknown coder's", "whose coding: an unknown coder's coding")
    return translate("ownership", "{name}'s", "whose coding: mina's coding").format(name=name)
