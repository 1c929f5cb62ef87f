"""Opening and creating project files safely.

Opening checks, in order: the file exists and is not empty, its 16-byte header
says SQLite, ``quick_check`` passes, ``application_id`` is ours, and the schema
version is one we can read. Each failure is one clear domain error, and nothing
is written to a file we refuse. Older files are backed up, then migrated.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core import held_projects
from annotator.core.errors import (
    NotAProject,
    ProjectBusy,
    ProjectCorrupt,
    ProjectOutdated,
    ProjectReadOnly,
    ProjectTooNew,
)
from annotator.core.messages import translate
from annotator.core.outputs import remove_stale_copies

from . import cipher, hot_wal
from .migrations import MIGRATIONS, MIN_SUPPORTED_VERSION
from .schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION
from .sqlite_errors import describe_open_error
from .untrusted import check_schema

SQLITE_HEADER = b"SQLite format 3\x00"

# Which project files this process holds open, and the guard locks that keep them safe:
# see annotator.core.held_projects (the raw header is read only on a process's first open
# of a file, because closing any descriptor of it would drop our SQLite locks).
register = held_projects.register
unregister = held_projects.unregister
release_guard = held_projects.release_guard
held_open = held_projects.held_open


def open_project_paths() -> list[Path]:
    return held_projects.open_project_paths()


BUSY_TIMEOUT_MS = 5000


def writable_location(path: Path) -> bool:
    """Whether the project and its folder can be written (SQLite needs the folder for its
    ``-wal``/``-shm``): False on a read-only disk, a read-only mount or a locked-down folder."""
    try:
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    except OSError:
        return False


def _connect(path: Path, *, readonly: bool = False, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``atomic``).

    A read-only connection to a project on a read-only disk is opened ``immutable``:
    SQLite could not create the ``-shm`` it otherwise needs, and nobody can change
    the file there anyway (a leftover ``-wal`` is refused before this: see
    :func:`open_connection`).
    """
    params = "mode=ro"
    if readonly and not writable_location(path):
        params += "&immutable=1"
    if passphrase:
        conn = cipher.connect(path, passphrase, readonly=readonly, params=params)
        cipher.check_key(conn, path)
    elif readonly:
        uri = f"{path.resolve().as_uri()}?{params}"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
    # No file of ours needs SQL functions in its schema; a hostile one must not run them.
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _configure(conn: sqlite3.Connection, *, readonly: bool, untrusted: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if untrusted:
        # A coder's file from elsewhere: check every page's cells as they are read.
        conn.execute("PRAGMA cell_size_check = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        # NORMAL in WAL mode: a committed transaction survives an application
        # crash; after a power cut the last few commits may be rolled back,
        # but the file is never corrupted (see README "Data protection").
        conn.execute("PRAGMA synchronous = NORMAL")


def check_header(path: Path, *, encrypted: bool = False) -> None:
    """Refuse a missing, empty or non-SQLite file before SQLite sees it.

    With ``encrypted`` the header is random by design; only existence and size are checked.
    """
    if not path.exists():
        raise NotAProject(translate("CoreStore", "no such file"), path=path)
    if path.is_dir():
        raise NotAProject(translate("CoreStore", "is a folder, not a project file"), path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotAProject(
            translate("CoreStore", "cannot read the file ({reason})").format(reason=exc.strerror),
            path=path,
        ) from None
    if not header:
        raise NotAProject(translate("CoreStore", "empty file (0 bytes), not a project"), path=path)
    if encrypted:
        return
    if not header.startswith(SQLITE_HEADER):
        # An encrypted project is whole pages of random bytes; anything else is simply foreign.
        if path.stat().st_size % 1024 == 0:
            raise cipher.PassphraseNeeded(
                translate(
                    "CoreStore",
                    "not a Testimony Annotator project (not an SQLite file; if it is an "
                    "encrypted project, give its passphrase)",
                ),
                path=path,
            )
        raise NotAProject(
            translate("CoreStore", "not a Testimony Annotator project (not an SQLite file)"), path=path
        )
    if len(header) < 100:
        raise ProjectCorrupt(translate("CoreStore", "the project file is truncated (damaged)"), path=path)


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except cipher.database_errors() as exc:
        raise describe_open_error(exc, path) from None
    if rows != [("ok",)]:
        first = rows[0][0] if rows else "unknown problem"
        raise ProjectCorrupt(
            translate("CoreStore", "the project file is damaged ({first})").format(first=first), path=path
        )


def read_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of an opened file, after checking it is ours."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except cipher.database_errors() as exc:
        raise describe_open_error(exc, path) from None
    if app_id != APPLICATION_ID:
        raise NotAProject(
            translate(
                "CoreStore", "an SQLite database of another application, not a Testimony Annotator project"
            ),
            path=path,
        )
    if version > SCHEMA_VERSION:
        raise ProjectTooNew(
            translate(
                "CoreStore",
                "written by a newer version of Testimony Annotator (schema {version}; "
                "this version reads up to {newest}) — please update the program",
            ).format(version=version, newest=SCHEMA_VERSION),
            path=path,
        )
    if version < MIN_SUPPORTED_VERSION:
        raise NotAProject(
            translate("CoreStore", "unsupported project schema version {version}").format(version=version),
            path=path,
        )
    return version


def backup_path(path: Path, version: int) -> Path:
    """Where the pre-migration copy of ``path`` goes (never overwrites an older backup)."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
        n += 1
    return candidate


def migrate(conn: sqlite3.Connection, path: Path, version: int, passphrase: str | None = None) -> Path | None:
    """Back up, then run the pending migrations, each in its own transaction."""
    if version == SCHEMA_VERSION:
        return None
    backup = backup_path(path, version)
    # The backup API copies a consistent snapshot, WAL content included
    # (a plain file copy could miss committed pages still in the -wal file).
    target = cipher.copy_connection(backup, passphrase)
    try:
        conn.backup(target)
    finally:
        target.close()
    # Foreign keys are off while migrating (a migration that rebuilds a table must not cascade
    # its DROP into the rows that refer to it); each step must leave every reference whole.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for index in range(version - 1, SCHEMA_VERSION - 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[index](conn)
                broken = conn.execute("PRAGMA foreign_key_check").fetchone()
                if broken is not None:
                    raise ProjectCorrupt(
                        translate(
                            "CoreStore",
                            "upgrading to schema {schema} would leave a broken reference in "
                            "{broken}; nothing was changed (the old file is kept as {name})",
                        ).format(schema=index + 2, broken=broken[0], name=backup.name),
                        path=path,
                    )
                conn.execute(f"PRAGMA user_version = {index + 2}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return backup


def _validate(conn: sqlite3.Connection, path: Path) -> int:
    """Every check a project must pass before anything may write to it; its schema version."""
    check_schema(conn, path)  # first: it loads the schema with bounded work (see .untrusted)
    _quick_check(conn, path)
    return read_version(conn, path)


def _check_location(path: Path, *, readonly: bool) -> None:
    if writable_location(path):
        return
    if not readonly:
        raise ProjectReadOnly(
            translate(
                "CoreStore",
                "is on a read-only disk or in a folder you cannot write to: open it "
                "read-only (the app offers it; commands such as info and export only "
                "read), or copy it to a writable folder to code in it",
            ),
            path=path,
        )
    if hot_wal.has_frames(path):
        raise ProjectReadOnly(
            translate(
                "CoreStore",
                "holds changes from an interrupted session in {name}-wal and is on a "
                "read-only disk or folder: copy the project together with that file to "
                "a writable folder to open it",
            ).format(name=path.name),
            path=path,
        )


def _first_open_checks(path: Path, readonly: bool, passphrase: str | None, removed: list[Path]) -> str | None:
    """Checks only a process's first connection to ``path`` may make (they read the raw file).

    Returns the passphrase to use (None for a plain project); unfinished copies of a killed
    conversion found beside the project are removed and added to ``removed``.
    """
    if writable_location(path):
        removed.extend(remove_stale_copies(path))
    if passphrase and cipher.is_plain_sqlite(path):
        passphrase = None  # a plain project: the passphrase is not needed
    check_header(path, encrypted=bool(passphrase))
    _check_location(path, readonly=readonly)
    if hot_wal.has_frames(path) and not hot_wal.in_use_elsewhere(path) and writable_location(path):
        # Committed changes nobody is using: an interrupted session, or another file's -wal.
        # Validate them where SQLite can neither checkpoint nor touch the real files.
        hot_wal.check_in_sandbox(
            path,
            lambda stand_in: _connect(stand_in, readonly=True, passphrase=passphrase),
            _validate,
        )
    return passphrase


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


REPLACED_RETRIES = 3


def _journals_absent(path: Path) -> list[Path]:
    """The ``-wal``/``-shm`` that do not exist yet (SQLite creates them even to read)."""
    return [
        j for j in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if not j.exists()
    ]


def _remove_created_journals(path: Path, absent: list[Path]) -> None:
    """Take away the empty ``-wal``/``-shm`` our refused open created, so a refused file is left
    exactly as it was found; never while another program uses them, never one with content."""
    if not absent or hot_wal.in_use_elsewhere(path) or hot_wal.has_frames(path):
        return
    for journal in absent:
        try:
            journal.unlink()
        except OSError:
            pass


@dataclass
class Opened:
    """An open connection and what opening it did."""

    conn: sqlite3.Connection
    migration_backup: Path | None
    passphrase: str | None  # the one actually used (None for a plain project)
    removed_leftovers: list[Path] = field(default_factory=list)


def open_connection(
    path: str | Path, *, readonly: bool = False, untrusted: bool = False, passphrase: str | None = None
) -> Opened:
    """Open an existing project. Call :func:`unregister` after closing the connection.

    The file is checked after SQLite holds its shared lock on it, and the path must
    still name the file that was opened then: an encryption, decryption or restore
    by another process replaces the file, and a connection to the replaced one would
    write where nobody reads (it is retried on the new file instead).

    Raises:
        NotAProject, ProjectCorrupt, ProjectTooNew, ProjectReadOnly: with a one-line message.
    """
    path = Path(path)
    removed: list[Path] = []
    for _attempt in range(REPLACED_RETRIES):
        encrypted = held_open(path)
        if encrypted is None:  # first open in this process: the raw file may be read safely
            passphrase = _first_open_checks(path, readonly, passphrase, removed)
        elif not encrypted:
            passphrase = None
        before = _inode(path)
        journals = _journals_absent(path) if encrypted is None else []
        try:
            conn = _connect(path, readonly=readonly, passphrase=passphrase)
        except cipher.database_errors() as exc:
            raise describe_open_error(exc, path) from None
        try:
            version = _validate(conn, path)  # the first read: SQLite now holds a shared lock
            if _inode(path) != before:
                conn.close()
                continue  # replaced meanwhile (encrypt/decrypt/restore elsewhere): open the new file
            _configure(conn, readonly=readonly, untrusted=untrusted)
            backup = None
            if version < SCHEMA_VERSION:
                if readonly:
                    raise ProjectOutdated(
                        translate(
                            "CoreStore", "an older project that must be upgraded; open it for writing first"
                        ),
                        path=path,
                    )
                backup = migrate(conn, path, version, passphrase)
        except cipher.database_errors() as exc:
            conn.close()
            _remove_created_journals(path, journals)
            raise describe_open_error(exc, path) from None
        except BaseException:
            conn.close()
            _remove_created_journals(path, journals)
            raise
        register(path, bool(passphrase))
        return Opened(conn, backup, passphrase, removed)
    raise ProjectBusy(
        translate("CoreStore", "was replaced by another program while opening it; try again"), path=path
    )


def create_connection(path: str | Path, *, passphrase: str | None = None) -> sqlite3.Connection:
    """Create a new, empty project file at the current schema version.

    Raises:
        NotAProject: when ``path`` already exists (we never overwrite a file).
    """
    path = Path(path)
    if path.exists():
        raise NotAProject(translate("CoreStore", "already exists; choose another name"), path=path)
    try:
        # Owner-only from the start, whatever the umask: SQLite gives its -wal and -shm the
        # permissions of the project file.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    except OSError as exc:
        raise NotAProject(
            translate("CoreStore", "cannot create the file ({reason})").format(reason=exc.strerror),
            path=path,
        ) from None
    try:
        conn = cipher.connect(path, passphrase) if passphrase else _connect(path)
    except cipher.database_errors() as exc:
        path.unlink(missing_ok=True)
        raise NotAProject(
            translate("CoreStore", "cannot create the file ({exc})").format(exc=exc), path=path
        ) from None
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(conn, readonly=False, untrusted=False)
        conn.execute("BEGIN")
        for statement in split_sql(SCHEMA):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except cipher.database_errors() as exc:  # a full disk: leave no half-made project behind
        conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise describe_open_error(exc, path) from None
    register(path, bool(passphrase))
    return conn


def split_sql(script: str) -> list[str]:
    """Split a schema script into statements (executescript would commit for us)."""
    statements: list[str] = []
    buffer = ""
    for line in script.strip().splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
