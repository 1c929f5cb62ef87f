"""Domain errors with messages a user can read.

Every error the core raises for bad input is an :class:`AnnotatorError`; its
``str()`` is one line that names the file (when there is one) and the problem.
The CLI prints exactly that line; the GUI shows it in a dialog.
"""

from __future__ import annotations

from os import PathLike
from typing import Any

from annotator.core.messages import translate


class AnnotatorError(Exception):
    """Base class: a problem the user can act on, never a programming error."""

    def __init__(self, message: str, *, path: str | PathLike[str] | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.reason = message
        text = (
            translate("CoreErrors", "{path}: {message}").format(path=self.path, message=message)
            if self.path
            else message
        )
        super().__init__(" ".join(text.split()))  # always one line


class NotAProject(AnnotatorError):
    """The file is not a Testimony Annotator project (missing, foreign, not SQLite)."""


class ProjectCorrupt(AnnotatorError):
    """The file is an SQLite database but it is damaged or truncated."""


class ProjectTooNew(AnnotatorError):
    """The project was written by a newer version of the program."""


class ProjectOutdated(ProjectTooNew):
    """An older project asked for read-only: it must be upgraded (opened for writing) first.

    A subclass of ProjectTooNew so code that refused both keeps doing so; a front end may
    instead upgrade it and say so (the command line does)."""


class ProjectLocked(AnnotatorError):
    """Another running instance holds the project open."""

    def __init__(self, message: str, *, path: str | PathLike[str] | None = None, holder: str = "") -> None:
        super().__init__(message, path=path)
        self.holder = holder


class ImportFailed(AnnotatorError):
    """A document could not be imported; the project is unchanged for it."""


class DuplicateDocument(AnnotatorError):
    """The same text (by sha256) is already in the project."""

    def __init__(self, message: str, *, path: str | PathLike[str] | None = None, existing: str = "") -> None:
        super().__init__(message, path=path)
        self.existing = existing


class UnknownCode(AnnotatorError):
    """A code path or GUID that is not in the codebook."""


class CodebookError(AnnotatorError):
    """An invalid codebook operation or file (cycle, clash, bad YAML)."""


class InvalidSpan(AnnotatorError):
    """A span that is empty or outside its document's text."""


class NotFound(AnnotatorError):
    """A document, coding, coder or memo that does not exist."""


class UsageError(AnnotatorError):
    """A request that cannot be honoured as given (bad option combination)."""


class Cancelled(AnnotatorError):
    """Long work stopped because the user asked it to."""


class AlreadyCoded(AnnotatorError):
    """The same coder already applied the same code to exactly this span."""


class ProjectBusy(AnnotatorError):
    """Another program kept the project locked longer than we wait (an encryption, a long import)."""


class ProjectReadOnly(AnnotatorError):
    """The project cannot be written where it is (read-only disk or folder)."""


class DiskFull(AnnotatorError):
    """The disk filled up: the change in progress was not saved (earlier ones are safe)."""


class ValuesWouldBeLost(UsageError):
    """A change would drop stored typed values; ``lost`` lists them so the user can decide."""

    def __init__(self, message: str, lost: list[Any]) -> None:
        super().__init__(message)
        self.lost = lost


class NotYourCoding(AnnotatorError):
    """The project lets coders change only their own codings, and this one is someone else's."""
