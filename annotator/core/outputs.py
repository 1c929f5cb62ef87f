"""Files the program writes where the user points it: exports, reports, packages, copies.

Why this module exists: an output path is the easiest way to destroy testimony.
``export p.sqlite -o p.sqlite`` once wrote a CSV over the project it was reading.
So every command and dialog that writes a file the user named goes through
:func:`check_output` (refuse a destination that is a project, one of its
``-wal``/``-shm``/lock files or backups, a source of the same command, or any
existing file unless forced) and then writes through :func:`write_output` or
:func:`staged_path`, which create the file readable by its owner only (0600,
whatever the umask), write it beside the destination and move it into place
only when it is complete, so a cancelled, failed or killed write leaves nothing
— on Linux not even a temporary name: the data goes to an unnamed file
(``O_TMPFILE``) that is linked into place at the end.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.core.errors import AnnotatorError
from annotator.core.held_projects import open_project_paths
from annotator.core.messages import translate

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
APPLICATION_ID = 0x54414E4E  # "TANN", as in store.schema (kept here: outputs sits below the store)
PART_MARK = ".annotator-part-"
"""Temporary names carry this mark and the writer's PID, so leftovers of a killed writer are recognised."""
CONVERTING_MARK = ".converting-"
"""A conversion's or restore's unfinished copy of a project: ``.NAME.converting-PID``."""

# Siblings of a project file that belong to it: SQLite's journals, our lock, conversions.
_SIBLING_SUFFIXES = (
    "-wal",
    "-shm",
    "-journal",
    ".lock",
    ".converting",
    ".decrypting",
    ".encrypting",
    ".building",
    ".restoring",
)
# Names of copies the program keeps of a project: NAME.v1.bak, NAME.v1.2.bak (migration),
# NAME.before-merge.bak, NAME.before-merge.2.bak (merge), NAME.plain.bak, NAME.2.plain.bak,
# NAME.encrypted.bak (encrypt/decrypt), and the lock's own temporary NAME.lock.PID.tmp.
_KEPT_COPY = re.compile(
    r"^(?P<owner>.+?)\.(?:v\d+|before-merge|(?:\d+\.)?(?:plain|encrypted))(?:\.\d+)?\.bak$"
    r"|^(?P<locked>.+)\.lock\.\d+\.tmp$"
    r"|^\.(?P<converting>.+)\.converting-\d+(?:-journal|-wal|-shm)?$",
    re.IGNORECASE,
)
# Magic numbers of the files people overwrite on purpose (a PNG, a zip/xlsx/qdpx, a PDF...):
# such a file is never mistaken for an encrypted database.
_KNOWN_MAGIC = (
    b"\x89PNG",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
)


class OutputRefused(AnnotatorError):
    """A destination the program will not write to (one line says why and what to do).

    ``overridable`` is True only for "an unrelated file already exists": ``--force`` (or the
    save dialog's overwrite question) may replace it. Every other refusal stands whatever the
    user says, because the file is, or belongs to, a project.
    """

    def __init__(
        self, message: str, *, path: str | os.PathLike[str] | None = None, overridable: bool = False
    ):
        super().__init__(message, path=path)
        self.overridable = overridable


def private_umask() -> None:
    """Make everything this process creates owner-only (files 0600, folders 0700).

    Called first thing by the CLI and the app: SQLite, XlsxWriter and zipfile create
    files with the process umask, and a shared machine's default 022 would make
    testimony world-readable.
    """
    os.umask(0o077)


def make_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing folder is left as it is."""
    folder = Path(path)
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return folder


def is_our_project(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a plain project file of ours (SQLite header + our application id)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(72)
    except OSError:
        return False
    return head[:16] == b"SQLite format 3\x00" and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def looks_encrypted(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` may be an encrypted project (or another encrypted database).

    An SQLCipher file has no readable header: it is whole pages of random bytes. So a file
    whose size is a whole number of 1 KiB pages and whose first 16 bytes are neither text nor
    a known format's magic is treated as one, and never overwritten: wrongly keeping a file
    costs the user a rename, wrongly replacing an encrypted project costs testimony.
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    if size < 1024 or size % 1024 or len(head) < 16 or head.startswith(_KNOWN_MAGIC):
        return False
    if head == b"SQLite format 3\x00":
        return False  # plain SQLite: is_our_project decides
    return not _is_text(head)


def _is_text(head: bytes) -> bool:
    """Whether the first bytes of a file read as UTF-8 text (a character may be cut at the end)."""
    for cut in range(4):
        try:
            text = head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return all(ch.isprintable() or ch in "\t\n\r" for ch in text)
    return False


def project_family(project: str | os.PathLike[str]) -> list[Path]:
    """The project file and every file that belongs to it (journals, lock, backups)."""
    base = Path(os.path.abspath(project))
    family = [base, *(base.with_name(base.name + s) for s in _SIBLING_SUFFIXES)]
    family.append(base.with_name(base.name + ".backups"))
    return family


def _belongs_to_project(target: Path) -> Path | None:
    """The project ``target`` is a journal, lock, backup or conversion of, judged by its name.

    Journals, locks and the backups folder count only when their project exists beside
    them (then even a *new* file of that name would be taken for the project's own: SQLite
    would read a ``-wal`` we created as its journal). A kept copy (``.before-merge.bak``,
    ``.v1.bak``, ``.plain.2.bak``...) or a conversion's ``.NAME.converting-PID`` that exists
    is refused even when its project is gone: it is a copy of testimony. Any other
    ``NAME.<label>.bak`` counts when NAME is a project.
    """
    name = target.name
    folded = _fold(name) if _case_insensitive(target.parent) else name
    for suffix in _SIBLING_SUFFIXES:
        if len(name) > len(suffix) and folded.endswith(suffix):
            owner = target.with_name(name[: -len(suffix)])
            if owner.exists():
                return owner
    if target.parent.name.endswith(".backups") or _fold(target.parent.name).endswith(".backups"):
        owner = target.parent.with_name(target.parent.name[: -len(".backups")])
        if owner.exists():
            return owner
    match = _KEPT_COPY.match(name)
    if match:
        owner = target.with_name(match.group("owner") or match.group("locked") or match.group("converting"))
        if target.exists() or target.is_symlink() or owner.exists():
            return owner
    if folded.endswith(".bak"):  # any NAME.<label>.bak beside a project is a copy of it
        for cut, char in enumerate(name[:-4]):
            if char == "." and cut > 0:
                owner = target.with_name(name[:cut])
                if owner.is_file() and (is_our_project(owner) or looks_encrypted(owner)):
                    return owner
    return None


def _case_insensitive(folder: Path) -> bool:
    """Whether names in ``folder`` ignore case (macOS and Windows by default, some USB drives)."""
    probe = str(folder)
    swapped = probe.swapcase()
    if swapped != probe:
        try:
            return os.path.samefile(probe, swapped)
        except OSError:
            return False
    return sys.platform in ("darwin", "win32")


def _fold(path: str) -> str:
    """A path as a case-insensitive file system compares it (NFC, case folded: macOS stores NFD)."""
    return unicodedata.normalize("NFC", path).casefold()


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file: symlinks, ``..``, hard links and case are seen through."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    ra, rb = os.path.realpath(a), os.path.realpath(b)
    if ra == rb:
        return True
    if _fold(ra) == _fold(rb):
        return _case_insensitive(Path(ra).parent)
    return False


def resolve_output(path: str | os.PathLike[str]) -> Path:
    """Where the system will put a file named ``path``: its folder resolved, its own name kept.

    Not ``os.path.abspath``: that folds ``link/..`` as text, while the system follows the link
    first, so ``link/../p.sqlite`` may be a project in quite another folder. The last
    component is kept as given, so a symlink there is replaced, never written through.
    """
    raw = os.fspath(path)
    folder, name = os.path.split(raw)
    if name in ("", ".", ".."):
        return Path(os.path.realpath(raw))
    return Path(os.path.realpath(folder or os.curdir)) / name


def check_output(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """The destination to write, or :class:`OutputRefused` with one line saying why.

    Refused whatever ``force`` says: a folder; a path in a missing folder; a project
    (``projects``, those open in this process, or any file whose header says it is one of
    ours or that looks like an encrypted database) or one of its journals, lock file,
    backups or conversion files; a source of the same command (``sources``, and their
    journals). Refused unless ``force``: any other existing file.
    """
    target = resolve_output(path)
    if target.is_dir():
        raise OutputRefused(translate("CoreErrors", "is a folder; give a file name"), path=target)
    if not target.parent.is_dir():
        raise OutputRefused(
            translate("CoreErrors", "the folder {parent} does not exist").format(parent=target.parent),
            path=target,
        )
    guarded = [*projects, *open_project_paths()]
    # A project named through a symlink keeps its journals beside the file the link points to.
    guarded += [os.path.realpath(p) for p in guarded if os.path.realpath(p) != os.path.abspath(p)]
    for project in guarded:
        family = project_family(project)
        for member in family:
            if same_file(target, member):
                if member == family[0]:
                    why = translate(
                        "CoreErrors", "is the project {name}; choose another file name for the output"
                    )
                else:
                    why = translate(
                        "CoreErrors",
                        "is a file of the project {name}; choose another file name for the output",
                    )
                raise OutputRefused(why.format(name=Path(project).name), path=target)
        if _inside(target, family[-1]):
            raise OutputRefused(
                translate("CoreErrors", "is inside the backups of {name}; choose another place").format(
                    name=Path(project).name
                ),
                path=target,
            )
    for source in sources:
        if any(same_file(target, member) for member in project_family(source)[:-1]):
            raise OutputRefused(
                translate("CoreErrors", "is also an input of this command; choose another file name"),
                path=target,
            )
    owner = _belongs_to_project(target)
    if owner is not None:
        raise OutputRefused(
            translate(
                "CoreErrors",
                "belongs to the project {name} (a journal, lock or backup); choose another file name",
            ).format(name=owner.name),
            path=target,
        )
    if target.exists() or target.is_symlink():
        if target.exists() and not stat.S_ISREG(os.stat(target).st_mode):
            raise OutputRefused(
                translate(
                    "CoreErrors", "is not an ordinary file (a device, pipe or socket); choose a file name"
                ),
                path=target,
            )
        if is_our_project(target):
            raise OutputRefused(
                translate(
                    "CoreErrors",
                    "is a Testimony Annotator project; it will not be overwritten (choose another file name)",
                ),
                path=target,
            )
        if looks_encrypted(target):
            raise OutputRefused(
                translate(
                    "CoreErrors",
                    "looks like an encrypted project or database; it will not be "
                    "overwritten (choose another file name)",
                ),
                path=target,
            )
        if not force:
            raise OutputRefused(
                translate("CoreErrors", "already exists; pass --force to replace it"),
                path=target,
                overridable=True,
            )
    return target


def _inside(target: Path, folder: Path) -> bool:
    """Whether ``target`` lies in ``folder`` (both resolved; case ignored where the system ignores it)."""
    real_target, real_folder = os.path.realpath(target), os.path.realpath(folder)
    try:
        if os.path.commonpath([real_target, real_folder]) == real_folder:
            return True
    except ValueError:  # different drives (Windows)
        return False
    if not _fold(real_target).startswith(_fold(real_folder) + os.sep):
        return False
    return _case_insensitive(Path(real_folder).parent)


def write_error(exc: OSError, target: Path) -> AnnotatorError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return AnnotatorError(
            translate("CoreErrors", "the disk is full; nothing was written (free some space and try again)"),
            path=target,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return AnnotatorError(
            translate("CoreErrors", "cannot write here ({reason}); choose a folder you can write to").format(
                reason=exc.strerror
            ),
            path=target,
        )
    if exc.errno == errno.ENOENT:
        return AnnotatorError(
            translate("CoreErrors", "the folder {parent} does not exist").format(parent=target.parent),
            path=target,
        )
    return AnnotatorError(
        translate("CoreErrors", "cannot write the file ({reason})").format(reason=exc.strerror or exc),
        path=target,
    )


def _database_full(exc: BaseException) -> bool:
    """Whether an sqlite3/SQLCipher error is SQLITE_FULL (their exception classes differ)."""
    return getattr(exc, "sqlite_errorcode", None) == 13 or "database or disk is full" in str(exc)


def _tmpfile_supported() -> bool:
    return hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd")


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed file in ``folder`` (Linux ``O_TMPFILE``), or None where that is unsupported."""
    if not _tmpfile_supported():
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None  # the file system cannot do it: fall back to a named temporary file
        raise


def _part_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{PART_MARK}{os.getpid()}")


def _appeared(target: Path) -> OutputRefused:
    return OutputRefused(
        translate("CoreErrors", "appeared while the output was being written; nothing was replaced"),
        path=target,
    )


def _sync_folder(folder: Path) -> None:
    """Make the new name durable (a power cut right after must not lose the finished file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _publish_named(staged: Path, target: Path, *, force: bool) -> None:
    """Move a finished temporary file into place; without ``force`` never over an existing file."""
    os.chmod(staged, PRIVATE_FILE)
    if force:
        check_output(target, force=True)  # it may have become a project since it was checked
        os.replace(staged, target)
        return
    try:
        os.link(staged, target)  # fails if the name was taken meanwhile: no-clobber, atomically
    except FileExistsError:
        raise _appeared(target) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise
        if target.exists() or target.is_symlink():  # a file system without hard links (FAT, some shares)
            raise _appeared(target) from None
        os.replace(staged, target)
        return
    staged.unlink()


def _link_unnamed(fd: int, folder_fd: int, name: str) -> None:
    """Give the unnamed file ``fd`` the name ``name`` in the folder ``folder_fd`` (``linkat``).

    A directory descriptor is passed on purpose: CPython 3.11's ``os.link`` calls plain
    ``link()`` (which does not follow the ``/proc/self/fd`` link and fails with EXDEV)
    unless a ``*_dir_fd`` is given, and only then ``linkat(..., AT_SYMLINK_FOLLOW)``.
    """
    os.link(f"/proc/self/fd/{fd}", name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd, follow_symlinks=True)


def _copy_to_named(fd: int, target: Path, *, force: bool) -> None:
    """Where an unnamed file cannot be linked (a sandboxed /proc): copy it to a temporary name."""
    staged = _part_name(target)
    staged.unlink(missing_ok=True)
    out = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
    try:
        try:
            offset = 0
            while chunk := os.pread(fd, 1 << 20, offset):
                os.write(out, chunk)
                offset += len(chunk)
            os.fsync(out)
        finally:
            os.close(out)
        _publish_named(staged, target, force=force)
    finally:
        staged.unlink(missing_ok=True)


def _publish_unnamed(fd: int, target: Path, *, force: bool) -> None:
    folder_fd = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            _link_unnamed(fd, folder_fd, target.name)
            return
        except FileExistsError:
            if not force:
                raise _appeared(target) from None
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
                raise
            _copy_to_named(fd, target, force=force)
            return
        check_output(target, force=True)  # it may have become a project since it was checked
        # Replacing (--force): link under a temporary name, then rename over the old file atomically.
        staged = _part_name(target)
        staged.unlink(missing_ok=True)
        _link_unnamed(fd, folder_fd, staged.name)
        try:
            os.replace(staged, target)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
    finally:
        os.close(folder_fd)


def replace_with_bytes(target: Path, data: bytes, *, staged: Path) -> None:
    """Put ``data`` at ``target`` atomically, the bytes never lying under a name while written.

    For a decrypted project: its plaintext is written to an unnamed file (``O_TMPFILE``),
    synced, named ``staged`` only for the instant of the rename over ``target``. Where the
    system has no unnamed files, ``staged`` is written directly (the next open of the
    project removes it if a kill left it). The caller has checked ``target``.
    """
    fd = _open_unnamed(target.parent)
    if fd is None:
        out = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, PRIVATE_FILE)
        try:
            _write_all(out, data)
            os.fsync(out)
        finally:
            os.close(out)
    else:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            folder_fd = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                staged.unlink(missing_ok=True)
                _link_unnamed(fd, folder_fd, staged.name)
            finally:
                os.close(folder_fd)
        finally:
            os.close(fd)
    try:
        os.replace(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[: 1 << 24])
        view = view[written:]


@contextmanager
def write_output(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
    checked: bool = False,
) -> Iterator[IO[bytes]]:
    """A binary file to write the output into; it appears at ``path`` only when the block ends well.

    The destination is checked first (:func:`check_output`, unless ``checked``). The
    file is 0600 and synced to disk before it is moved into place; on any error,
    cancellation or kill, nothing is left at ``path`` or beside it. Without ``force``
    an existing file is never replaced, even one that appears while the block runs.
    """
    target = (
        resolve_output(path)
        if checked
        else check_output(path, force=force, projects=projects, sources=sources)
    )
    clean_leftovers(target)
    try:
        fd = _open_unnamed(target.parent)
    except OSError as exc:
        raise write_error(exc, target) from None
    staged: Path | None = None
    if fd is None:
        staged = _part_name(target)
        try:
            staged.unlink(missing_ok=True)
            fd = os.open(staged, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
        except OSError as exc:
            raise write_error(exc, target) from None
    handle = os.fdopen(fd, "w+b")
    finished = False
    try:
        try:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if staged is None:
                _publish_unnamed(handle.fileno(), target, force=force)
            else:
                _publish_named(staged, target, force=force)
                staged = None
            finished = True
        except OSError as exc:
            raise write_error(exc, target) from None
    finally:
        try:
            handle.close()
        except OSError:
            if finished:
                raise
        if staged is not None:
            staged.unlink(missing_ok=True)
    _sync_folder(target.parent)


@contextmanager
def staged_path(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
    checked: bool = False,
) -> Iterator[Path]:
    """A temporary *path* beside ``path`` for writers that need a file name (SQLite copies).

    Like :func:`write_output`, but the temporary file has a name: a hidden
    ``.NAME.annotator-part-PID`` that :func:`clean_leftovers` removes if a killed
    writer left it. It is created 0600 before the writer opens it. The writer must have
    closed its connection when the block ends: a journal left beside the copy means the
    copy is incomplete, and it is then thrown away rather than published.
    """
    target = (
        resolve_output(path)
        if checked
        else check_output(path, force=force, projects=projects, sources=sources)
    )
    clean_leftovers(target)
    staged = _part_name(target)
    journals = [Path(f"{staged}{s}") for s in ("-wal", "-journal")]
    try:
        staged.unlink(missing_ok=True)
        os.close(os.open(staged, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE))
    except OSError as exc:
        raise write_error(exc, target) from None
    try:
        yield staged
        if any(j.exists() and j.stat().st_size > 0 for j in journals):
            raise AnnotatorError(
                translate(
                    "CoreErrors", "the copy was not finished (its journal is still open); nothing written"
                ),
                path=target,
            )
        with open(staged, "rb+") as fh:
            os.fsync(fh.fileno())
        _publish_named(staged, target, force=force)
    except OSError as exc:
        raise write_error(exc, target) from None
    except Exception as exc:
        if _database_full(exc):  # SQLite (or SQLCipher) writing the copy ran out of space
            raise write_error(OSError(errno.ENOSPC, "disk full"), target) from None
        raise
    finally:
        for leftover in (staged, *(Path(f"{staged}{s}") for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
    _sync_folder(target.parent)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (its temporary files are then not leftovers)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files that a killed writer of ``target`` left beside it; returns them."""
    target = Path(target)
    removed: list[Path] = []
    prefix = f".{target.name}{PART_MARK}"
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for leftover in candidates:
        pid_text = leftover.name[len(prefix) :].split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and pid_alive(int(pid_text)):
            continue  # another live process is writing it
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass
    return removed


def remove_stale_copies(project: str | os.PathLike[str]) -> list[Path]:
    """Delete unfinished copies of ``project`` that a killed conversion or restore left beside it.

    A decryption's unfinished copy is readable testimony, so it must not outlive the
    process that made it; a killed process cannot remove it, so the next one to open
    the project does, and says so by name. Returns what was removed.
    """
    real = Path(os.path.realpath(project))
    pattern = re.compile(rf"^\.{re.escape(real.name)}{re.escape(CONVERTING_MARK)}(\d+)(-journal|-wal|-shm)?$")
    removed: list[Path] = []
    try:
        entries = list(real.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and pid_alive(pid):
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError:
            pass
    return removed


def remove_with_journals(path: str | os.PathLike[str]) -> None:
    """Delete an SQLite file and any journal it may have beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{os.fspath(path)}{suffix}").unlink(missing_ok=True)


def clean_folder_leftovers(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove every temporary file a killed writer left in ``folder`` (any target name)."""
    removed: list[Path] = []
    try:
        entries = [p for p in Path(folder).iterdir() if PART_MARK in p.name and p.name.startswith(".")]
    except OSError:
        return removed
    for entry in entries:
        pid_text = entry.name.rsplit(PART_MARK, 1)[1].split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and pid_alive(int(pid_text)):
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError:
            pass
    return removed


def temp_dir(prefix: str = "annotator-") -> tempfile.TemporaryDirectory[str]:
    """A private (0700) temporary folder, removed when the ``with`` block ends."""
    return tempfile.TemporaryDirectory(prefix=prefix)
