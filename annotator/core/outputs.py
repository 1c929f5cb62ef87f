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
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.core.errors import AnnotatorError
from annotator.core.held_projects import open_project_paths

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
APPLICATION_ID = 0x54414E4E  # "TANN", as in store.schema (kept here: outputs sits below the store)
PART_MARK = ".annotator-part-"
"""Temporary names carry this mark and the writer's PID, so leftovers of a killed writer are recognised."""

# Siblings of a project file that belong to it: SQLite's journals, our lock, conversions.
_SIBLING_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".converting", ".decrypting", ".encrypting")


class OutputRefused(AnnotatorError):
    """A destination the program will not write to (one line says why and what to do)."""


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


def project_family(project: str | os.PathLike[str]) -> list[Path]:
    """The project file and every file that belongs to it (journals, lock, backups)."""
    base = Path(os.path.abspath(project))
    family = [base, *(base.with_name(base.name + s) for s in _SIBLING_SUFFIXES)]
    family.append(base.with_name(base.name + ".backups"))
    return family


def _belongs_to_project(target: Path) -> Path | None:
    """The project ``target`` is a journal, lock, backup or conversion of, judged by its name."""
    name = target.name
    for suffix in _SIBLING_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            owner = target.with_name(name[: -len(suffix)])
            if owner.exists():
                return owner
    if target.parent.name.endswith(".backups"):
        owner = target.parent.with_name(target.parent.name[: -len(".backups")])
        if owner.exists():
            return owner
    if name.endswith(".bak"):  # NAME.v1.bak, NAME.before-merge.bak, NAME.plain.bak, NAME.encrypted.2.bak
        stem = name[: -len(".bak")]
        while "." in stem:
            stem = stem.rsplit(".", 1)[0]
            owner = target.with_name(stem)
            if owner.is_file():
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
    if ra.casefold() == rb.casefold():
        return _case_insensitive(Path(ra).parent)
    return False


def check_output(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    projects: Iterable[str | os.PathLike[str]] = (),
    sources: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """The destination to write, or :class:`OutputRefused` with one line saying why.

    Refused whatever ``force`` says: a folder; a project (``projects``, those open in
    this process, or any file whose header says it is one of ours) or one of its
    journals, lock file, backups or conversion files; a source of the same command
    (``sources``). Refused unless ``force``: any other existing file.
    """
    target = Path(os.path.abspath(path))
    if target.is_dir():
        raise OutputRefused("is a folder; give a file name", path=target)
    guarded = [*projects, *open_project_paths()]
    for project in guarded:
        for member in project_family(project):
            if same_file(target, member):
                what = "the project" if member == project_family(project)[0] else "a file of the project"
                raise OutputRefused(
                    f"is {what} {Path(project).name}; choose another file name for the output", path=target
                )
        backups = project_family(project)[-1]
        if backups.is_dir() and _inside(target, backups):
            raise OutputRefused(
                f"is inside the backups of {Path(project).name}; choose another place", path=target
            )
    for source in sources:
        if same_file(target, source):
            raise OutputRefused("is also an input of this command; choose another file name", path=target)
    if target.exists() or target.is_symlink():
        if is_our_project(target):
            raise OutputRefused(
                "is a Testimony Annotator project; it will not be overwritten (choose another file name)",
                path=target,
            )
        owner = _belongs_to_project(target)
        if owner is not None:
            raise OutputRefused(
                f"belongs to the project {owner.name} (a journal, lock or backup); choose another file name",
                path=target,
            )
        if not force:
            raise OutputRefused("already exists; pass --force to replace it", path=target)
    return target


def _inside(target: Path, folder: Path) -> bool:
    try:
        real_target, real_folder = os.path.realpath(target), os.path.realpath(folder)
    except OSError:
        return False
    return os.path.commonpath([real_target, real_folder]) == real_folder


def _write_error(exc: OSError, target: Path) -> AnnotatorError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return AnnotatorError(
            "the disk is full; nothing was written (free some space and try again)", path=target
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return AnnotatorError(
            f"cannot write here ({exc.strerror}); choose a folder you can write to", path=target
        )
    return AnnotatorError(f"cannot write the file ({exc.strerror or exc})", path=target)


def _tmpfile_supported() -> bool:
    return hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd")


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed file in ``folder`` (Linux ``O_TMPFILE``), or None where that is unsupported."""
    if not _tmpfile_supported():
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_RDWR, PRIVATE_FILE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # the file system cannot do it: fall back to a named temporary file
        raise


def _part_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{PART_MARK}{os.getpid()}")


def _publish_named(staged: Path, target: Path) -> None:
    os.chmod(staged, PRIVATE_FILE)
    os.replace(staged, target)


_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_NO_LINK = (errno.EXDEV, errno.EPERM, errno.ENOENT, errno.EACCES, errno.EOPNOTSUPP)


class _CannotLink(Exception):
    """This system cannot give an unnamed file a name (it must be copied instead)."""


def _link_unnamed(fd: int, target: Path) -> None:
    """Give the unnamed file ``fd`` the name ``target``; FileExistsError when the name is taken.

    The usual way is ``link("/proc/self/fd/N")``; some kernels and sandboxes refuse it
    (EXDEV) but accept ``linkat(fd, "", ..., AT_EMPTY_PATH)``.
    """
    try:
        os.link(f"/proc/self/fd/{fd}", target, follow_symlinks=True)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINK:
            raise
    try:
        import ctypes  # noqa: PLC0415 (only where the plain link is refused)

        libc = ctypes.CDLL(None, use_errno=True)
        done = libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(target), _AT_EMPTY_PATH)
    except (OSError, AttributeError):
        raise _CannotLink from None
    if done == 0:
        return
    code = ctypes.get_errno()
    if code == errno.EEXIST:
        raise FileExistsError(code, os.strerror(code), str(target))
    if code in _NO_LINK:
        raise _CannotLink
    raise OSError(code, os.strerror(code), str(target))


def _publish_unnamed(fd: int, target: Path) -> None:
    try:
        try:
            _link_unnamed(fd, target)
            return
        except FileExistsError:
            pass
        # Replacing (--force): link under a temporary name, then rename over the old file atomically.
        staged = _part_name(target)
        staged.unlink(missing_ok=True)
        _link_unnamed(fd, staged)
    except _CannotLink:
        _publish_copy(fd, target)
        return
    try:
        os.replace(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _publish_copy(fd: int, target: Path) -> None:
    """Last resort where no unnamed file can be named: copy it to a private temporary name, then rename."""
    staged = _part_name(target)
    staged.unlink(missing_ok=True)
    out = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            os.write(out, chunk)
        os.fsync(out)
        os.close(out)
        out = -1
        _publish_named(staged, target)
    except BaseException:
        if out >= 0:
            os.close(out)
        staged.unlink(missing_ok=True)
        raise


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
    cancellation or kill, nothing is left at ``path`` or beside it.
    """
    target = (
        Path(os.path.abspath(path))
        if checked
        else check_output(path, force=force, projects=projects, sources=sources)
    )
    clean_leftovers(target)
    try:
        fd = _open_unnamed(target.parent)
    except OSError as exc:
        raise _write_error(exc, target) from None
    staged: Path | None = None
    if fd is None:
        staged = _part_name(target)
        try:
            fd = os.open(staged, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, PRIVATE_FILE)
        except OSError as exc:
            raise _write_error(exc, target) from None
    handle = os.fdopen(fd, "w+b")
    try:
        try:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if staged is None:
                _publish_unnamed(handle.fileno(), target)
            else:
                _publish_named(staged, target)
                staged = None
        except OSError as exc:
            raise _write_error(exc, target) from None
    finally:
        handle.close()
        if staged is not None:
            staged.unlink(missing_ok=True)


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
    writer left it. It is created 0600 before the writer opens it.
    """
    target = (
        Path(os.path.abspath(path))
        if checked
        else check_output(path, force=force, projects=projects, sources=sources)
    )
    clean_leftovers(target)
    staged = _part_name(target)
    try:
        staged.unlink(missing_ok=True)
        os.close(os.open(staged, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE))
    except OSError as exc:
        raise _write_error(exc, target) from None
    try:
        yield staged
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
        _publish_named(staged, target)
    except OSError as exc:
        raise _write_error(exc, target) from None
    finally:
        for leftover in (staged, *(Path(f"{staged}{s}") for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
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
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _pid_alive(int(pid_text)):
            continue  # another live process is writing it
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass
    return removed


def temp_dir(prefix: str = "annotator-") -> tempfile.TemporaryDirectory[str]:
    """A private (0700) temporary folder, removed when the ``with`` block ends."""
    return tempfile.TemporaryDirectory(prefix=prefix)
