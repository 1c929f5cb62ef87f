"""One row of the action table (see ``actions.py``), in a module of its own.

The team and trust packages declare their rows with it; ``actions.py`` gathers
every table. Keeping the row type here lets them do so without importing
``actions.py``, which imports them: the dependency runs one way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    menu: str  # one of MENUS, without the '&'
    text: str
    shortcuts: tuple[str, ...] = ()
    enabled_when: str = ""
    toolbar: bool = False
    checkable: bool = False
    group: str = ""  # exclusive group (radio items)
    tip: str = ""
    separator_before: bool = False
    kind: str = "action"  # "action" | "undo" | "redo" | "submenu"
    before: str = ""  # extension actions: the id of the action to place this one before
