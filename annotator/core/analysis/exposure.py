"""Which coders were exposed to which content warnings, and from where: for the team lead.

Three sources, each a record the project already keeps for another reason; nothing is
recorded for this report:

- ``package``: a coder package made for them (found beside the project) carried documents or
  codes with the warning (its marker lists them, see :mod:`annotator.core.analysis.package`);
- ``opened``: they opened a document carrying it, and had chosen to have that recorded (the
  audit entry :data:`~annotator.core.content_warnings.OPENED_ACTION`, written only with the
  coder's opt-in);
- ``coded``: they have a coding in a document carrying it, or applied a code carrying it
  (they coded the passage, so they read it).

Reading time, pauses and what a coder revealed or dismissed are never recorded, so they are
not here either (README, "What is and isn't recorded about coders").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.analysis.consensus import CONSENSUS
from annotator.core.analysis.package import PackageInfo
from annotator.core.content_warnings import OPENED_ACTION
from annotator.core.store import ProjectStore

PACKAGE, OPENED, CODED = "package", "opened", "coded"
SOURCES = (PACKAGE, OPENED, CODED)  # the order every list of sources follows


@dataclass(frozen=True, slots=True)
class Exposure:
    """One coder's exposure: warning name -> its sources (in :data:`SOURCES` order)."""

    coder: str  # the coder's name
    coder_guid: str
    warnings: dict[str, tuple[str, ...]]

    def as_json(self) -> dict[str, object]:
        return {"coder": self.coder, "warnings": {name: list(s) for name, s in self.warnings.items()}}


def _opened_warnings(what: object) -> list[str]:
    try:
        raw = json.loads(what) if isinstance(what, str) else None
    except ValueError:
        return []
    names = raw.get("warnings") if isinstance(raw, dict) else None
    return [n for n in names if isinstance(n, str) and n] if isinstance(names, list) else []


def exposure(store: ProjectStore, packages: Iterable[PackageInfo] = ()) -> list[Exposure]:
    """Per coder, the warnings they were exposed to and from where, by coder name.

    ``packages``: the coder packages found for this project (:func:`packages_beside`); those of
    another project are ignored. Every coder of the project is listed (with no warnings when
    none reached them), and every coder a package was made for; not the consensus layer.
    Warning names are as recorded: a package's or an audit entry's names are those of the day.
    """
    project = store.info().guid
    names = {c.guid: c.name for c in store.coders() if c.name != CONSENSUS}
    found: dict[str, dict[str, set[str]]] = {guid: {} for guid in names}

    def add(coder: str, warnings: Iterable[str], source: str) -> None:
        if coder not in names:
            return
        for name in warnings:
            found[coder].setdefault(name, set()).add(source)

    for info in packages:
        if info.project != project:
            continue
        if info.coder_guid not in names and info.coder != CONSENSUS:
            names[info.coder_guid] = info.coder  # a coder only the package knows (not merged back yet)
            found[info.coder_guid] = {}
        add(info.coder_guid, info.warnings_included, PACKAGE)
    for entry in store.audit_entries(OPENED_ACTION):
        add(store.audit_coder_of(str(entry["coder"])), _opened_warnings(entry["what"]), OPENED)
    for coder, warnings in store.warnings_coded_by().items():
        add(coder, warnings, CODED)

    order = {w.name: i for i, w in enumerate(store.content_warnings())}
    result = [
        Exposure(
            names[guid],
            guid,
            {
                name: tuple(s for s in SOURCES if s in sources)
                for name, sources in sorted(
                    by_warning.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
                )
            },
        )
        for guid, by_warning in found.items()
    ]
    return sorted(result, key=lambda e: (e.coder.casefold(), e.coder_guid))
