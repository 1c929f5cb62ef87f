"""This computer's record of each project's audit log: the anchor outside the file.

Inside a project file nothing is secret: someone who drops the triggers, rewrites
or removes entries, recomputes every later hash and the head, and recreates the
triggers leaves a log that checks out. What that person cannot rewrite is what
other computers remember. So each time this program writes to a project (when it
closes it) or verifies its audit trail, it records where the log ended — the last
entry's id and hash — and a later check reports a log that no longer holds that
entry, or holds a different one: "N entries were removed since this computer last
saw the project".

Records live in ``audit-anchors.json`` in the user's data folder (on Linux the config
folder), owner-only, keyed by the project's GUID and real path (a copy elsewhere, or a new project
made at the same path, is another project). A record only moves forward: it is
replaced when the log still holds the recorded entry unchanged; otherwise it stays
as it was, so the problem is reported again until someone who has looked into it
accepts the current log (``annotator audit verify --accept``), as after restoring
a backup on purpose. A record costs two index lookups and one small file write.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from annotator.core import config
from annotator.core.model import utc_now
from annotator.core.outputs import PRIVATE_FILE, make_private_dir

if sys.platform == "win32":  # pragma: no cover (records are written without a lock there)
    fcntl = None
else:
    import fcntl

FILE_NAME = "audit-anchors.json"
MAX_RECORDS = 2000  # the most recently seen projects are kept
RESTORE_HINT = (
    "if a backup was restored or an older copy put in its place on purpose, "
    "`annotator audit verify --accept` makes the current log this computer's reference"
)


class AuditLog(Protocol):
    """What the anchor needs of a store (a ``ProjectStore``)."""

    path: Path

    def audit_tip(self) -> tuple[int, str]: ...
    def audit_count(self) -> int: ...
    def audit_hash_at(self, entry: int) -> str | None: ...
    def audit_problems(self) -> list[str]: ...
    def info(self) -> Any: ...


@dataclass(frozen=True, slots=True)
class Anchor:
    entry: int  # the id of the last entry seen
    hash: str
    seen: str  # UTC ISO time

    def when(self) -> str:
        return self.seen.replace("T", " ").replace("Z", " UTC") or "an unknown date"


@dataclass
class Verdict:
    """What ``audit verify`` (CLI and GUI) says about one project."""

    problems: list[str]
    entries: int
    tip: tuple[int, str]  # (id, hash) of the last entry
    anchor: Anchor | None  # this computer's record before this check
    notes: list[str] = field(default_factory=list)


def _file() -> Path:
    return config.data_dir() / FILE_NAME


def _key(store: AuditLog) -> str:
    return f"{store.info().guid}|{os.path.realpath(store.path)}"


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """One writer of the records file at a time (two processes closing projects at once)."""
    folder = make_private_dir(config.data_dir())
    fd = os.open(folder / (FILE_NAME + ".lock"), os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _load() -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _save(records: dict[str, dict[str, Any]]) -> None:
    if len(records) > MAX_RECORDS:
        newest = sorted(records.items(), key=lambda kv: str(kv[1].get("seen", "")), reverse=True)
        records = dict(newest[:MAX_RECORDS])
    target = _file()
    tmp = target.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(records, fh, indent=1, sort_keys=True)
    os.chmod(tmp, PRIVATE_FILE)
    os.replace(tmp, target)


def _anchor(raw: dict[str, Any] | None) -> Anchor | None:
    try:
        return Anchor(int(raw["entry"]), str(raw["hash"]), str(raw.get("seen", ""))) if raw else None
    except (KeyError, TypeError, ValueError):
        return None


def lookup(store: AuditLog) -> Anchor | None:
    """This computer's record for the project, if it has seen it."""
    return _anchor(_load().get(_key(store)))


def divergence(store: AuditLog, entry: int, digest: str) -> tuple[str, int] | None:
    """How the log departs from holding ``entry`` with hash ``digest`` (a prefix will do):
    ("removed", last entry id) or ("rewritten", last entry id); None when it holds it."""
    if entry <= 0:
        return None
    have = store.audit_hash_at(entry)
    if have is not None and digest and have.startswith(digest):
        return None
    last = store.audit_tip()[0]
    return ("removed" if last < entry else "rewritten"), last


def _removed(n: int) -> str:
    return f"{n} entr{'y was' if n == 1 else 'ies were'} removed"


def note(store: AuditLog, *, accept: bool = False) -> None:
    """Record where the log ends now, if that extends this computer's record (or ``accept``).

    Never raises: the record is a safety net, and closing a project must not fail over it.
    """
    with contextlib.suppress(OSError, sqlite3.Error, ValueError):
        entry, digest = store.audit_tip()
        key = _key(store)
        with _locked():
            records = _load()
            old = _anchor(records.get(key))
            if not accept and old is not None:
                if old.entry == entry and old.hash == digest:
                    return  # nothing new: no write
                if divergence(store, old.entry, old.hash) is not None:
                    return  # keep the evidence until someone accepts the current log
            records[key] = {"entry": entry, "hash": digest, "seen": utc_now()}
            _save(records)


def verify(store: AuditLog, *, expect: tuple[int, str] | None = None, accept: bool = False) -> Verdict:
    """The whole check behind ``audit verify`` and the audit dialog's "Verify chain".

    In-file checks (chain, gaps, head, id counter, triggers), then this computer's record
    and an expected ``(entry, hash prefix)`` noted elsewhere; then the record moves on
    (or, with ``accept``, is set to the log as it is).
    """
    verdict = Verdict(store.audit_problems(), store.audit_count(), store.audit_tip(), lookup(store))
    if accept:
        verdict.notes.append("The log as it is now is this computer's reference from now on.")
    elif verdict.anchor is None:
        verdict.notes.append("This computer had no record of this project's log; it keeps one from now on.")
    else:
        _against_record(store, verdict.anchor, verdict)
    if expect is not None:
        _against_expected(store, *expect, verdict)
    note(store, accept=accept)
    return verdict


def _against_record(store: AuditLog, anchor: Anchor, verdict: Verdict) -> None:
    when, found = anchor.when(), divergence(store, anchor.entry, anchor.hash)
    if found is None:
        verdict.notes.append(f"This computer saw entry {anchor.entry} on {when}: none removed since.")
    elif found[0] == "removed":
        verdict.problems.append(
            f"at least {_removed(anchor.entry - found[1])} since this computer last saw the project on "
            f"{when} (the log reached entry {anchor.entry} then, it ends at entry {found[1]} now); "
            + RESTORE_HINT
        )
    else:
        verdict.problems.append(
            f"the audit log was rewritten since this computer last saw the project on {when}: "
            f"entry {anchor.entry} is not the one it saw; {RESTORE_HINT}"
        )


def _against_expected(store: AuditLog, entry: int, prefix: str, verdict: Verdict) -> None:
    found = divergence(store, entry, prefix.lower())
    if found is None:
        verdict.notes.append(f"Entry {entry} is the one expected.")
    elif found[0] == "removed":
        verdict.problems.append(
            f"the log no longer reaches the expected entry {entry}: it ends at entry {found[1]} "
            f"(at least {entry - found[1]} removed)"
        )
    else:
        verdict.problems.append(
            f"entry {entry} is not the expected one ({prefix[:16]}…): the log was rewritten"
        )
