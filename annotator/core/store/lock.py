"""A lock file that tells a second app instance who holds a project.

SQLite itself keeps concurrent writers from corrupting the file; the lock is
about people: two GUI windows on one project would each show stale codings.
The CLI and merge/export do not need it (their writes are short transactions).
A lock left by a crashed process on this machine is detected (its PID is gone)
and taken over, so it never blocks forever.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ProjectLocked
from annotator.core.messages import translate
from annotator.core.model import utc_now
from annotator.core.outputs import pid_alive


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def read_holder(project: Path) -> LockHolder | None:
    """Who holds ``project``, or None when it is free or the lock is stale/unreadable."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        holder = LockHolder(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if holder.host == socket.gethostname() and not pid_alive(holder.pid):
        return None  # stale: the process that wrote it is gone
    return holder


class ProjectLock:
    """Held by one GUI instance while it has a project open for writing."""

    def __init__(self, project: str | Path) -> None:
        self.project = Path(project)
        self.path = lock_path(self.project)
        self.held = False

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            ProjectLocked: another live process holds it; ``holder`` says who.
        """
        holder = read_holder(self.project)
        if holder is not None and holder.pid != os.getpid():
            raise ProjectLocked(
                translate("CoreStore", "is already open in another window: {holder}").format(
                    holder=holder.describe()
                ),
                path=self.project,
                holder=holder.describe(),
            )
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "since": utc_now(),
        }
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        # Owner-only whatever the umask: it names the user and host.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(record))
        os.replace(tmp, self.path)
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        holder = read_holder(self.project)
        if holder is not None and holder.pid == os.getpid():
            try:
                self.path.unlink()
            except OSError:
                pass
        self.held = False
