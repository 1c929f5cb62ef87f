"""A project file anyone may have edited: its schema is checked first, with bounded work.

Why: a project comes from a coder's laptop, an e-mail or a shared drive, and any
SQLite tool can change it. We read a project through its tables only, so what a
foreign program may add to the schema must never run on us:

- a *view* with one of our table names can hold a recursive CTE that never ends
  (``annotator info`` hung for ever), a *trigger* can delete codes whenever a
  coding is inserted, an *index* on an expression runs it on every write, a
  *virtual table* runs module code, a *generated column* computes 500 MB per row;
- a schema entry can be huge: a view with a 900 MB name took merge to 6 GB,
  because SQLite holds every entry's name, table name and SQL at once to parse
  the schema.

So :func:`check_schema` runs before anything else reads the schema (it is the
first check of :func:`annotator.core.store.connection._validate`): with
SQLite's value-length limit lowered, so an absurd entry fails the schema load
instead of being loaded, and with a budget of virtual-machine instructions.
It refuses, with one line naming the file, whatever acts when the project is
read: a view or virtual table (in place of one of our tables or beside them),
one of our tables that lacks a column, a generated column, an absurd entry.
Whatever acts only when the project is written (a trigger or index we never
create, or one of ours rewritten; a missing audit table) is refused on a
connection that can write, and tolerated read-only, where it can never fire:
``annotator audit verify`` opens such a file to report exactly that. What we create is not
written down twice: it is what the schema of each version we can open holds,
found by building that schema in memory (the oldest released schema replayed
through the migrations, and the current one created directly).

:func:`bounded` gives other readers of untrusted files (merge) the same kind
of instruction budget.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ProjectCorrupt
from annotator.core.messages import translate

from . import cipher, migrations, schema
from .schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION
from .sqlite_errors import describe_open_error

MAX_SCHEMA_ENTRIES = 1_000  # ours has about 25
MAX_SCHEMA_VALUE = 64 * 1024  # bytes of one name or CREATE statement; ours are under 1 KB
SCHEMA_BUDGET = 20_000_000  # VM instructions for loading and checking the schema (ours: ~10,000)
STEP = 1_000  # instructions between two calls of the progress handler

# The audit trail's tables: a missing one is reported by ``audit verify`` (read-only).
AUDIT_TABLES = frozenset(getattr(schema, "AUDIT_TABLES", ("audit_log",)))
# Tables SQLite itself keeps (AUTOINCREMENT counters, ANALYZE statistics).
SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})
GENERATED = (2, 3)  # PRAGMA table_xinfo "hidden": generated virtual / stored columns


@dataclass
class Expected:
    """What the schema of one version holds: entries by (type, name), and table columns."""

    sql: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    columns: dict[str, set[str]] = field(default_factory=dict)

    def add(self, conn: sqlite3.Connection) -> None:
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
            self.sql.setdefault((kind, name), set()).add(_normal(sql))
            if kind == "table":
                found = {row[1] for row in conn.execute(f'PRAGMA table_xinfo("{name}")')}
                # A column is required only if every way of reaching this version has it.
                self.columns[name] = self.columns[name] & found if name in self.columns else found

    @property
    def tables(self) -> set[str]:
        return {name for kind, name in self.sql if kind == "table"}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _schema_of(statements: str) -> sqlite3.Connection:
    from .connection import split_sql  # noqa: PLC0415 (connection imports this module)

    conn = sqlite3.connect(":memory:", isolation_level=None)
    for statement in split_sql(statements):
        conn.execute(statement)
    return conn


@functools.cache
def expected_schemas() -> dict[int, Expected]:
    """Per schema version we can open, what Testimony Annotator creates in it.

    A file of the current version was either created directly from ``SCHEMA`` or
    migrated from an older one (whose CREATE TABLE text then differs: ALTER TABLE
    edits it); both are accepted.
    """
    result: dict[int, Expected] = {}
    conn = _schema_of(migrations.SCHEMA_V1)
    try:
        result[1] = Expected()
        result[1].add(conn)
        for index, migrate in enumerate(migrations.MIGRATIONS):
            version = index + 2
            conn.execute("BEGIN")
            migrate(conn)
            conn.execute("COMMIT")
            result[version] = Expected()
            result[version].add(conn)
    finally:
        conn.close()
    fresh = _schema_of(SCHEMA)
    try:
        result.setdefault(SCHEMA_VERSION, Expected()).add(fresh)
    finally:
        fresh.close()
    return result


def _refuse(path: Path, problem: str, *, for_writing: bool = False) -> ProjectCorrupt:
    # ``problem`` is a whole clause ("its table 'x' is missing"), translated where it is made.
    if for_writing:
        message = translate(
            "CoreStore",
            "refused: {problem}, which Testimony Annotator never writes: another program changed the file "
            "(it can still be opened read-only (annotator audit verify says what changed))",
        )
    else:
        message = translate(
            "CoreStore",
            "refused: {problem}, which Testimony Annotator never writes: another program changed the file "
            "(open a backup, or ask who sent it)",
        )
    return ProjectCorrupt(message.format(problem=problem), path=path)


def _unexpected(kind: str, name: str, table: str) -> str:
    """The clause for a schema entry we never create (an index, trigger or view)."""
    if kind == "index":
        return translate("CoreStore", "it holds an index {name} on table {table}").format(
            name=name, table=table
        )
    if kind == "trigger":
        return translate("CoreStore", "it holds a trigger {name} on table {table}").format(
            name=name, table=table
        )
    if kind == "view":
        return translate("CoreStore", "it holds a view {name}").format(name=name)
    article = "an" if kind[:1] in "aeiou" else "a"
    return f"it holds {article} {kind} {name}"  # no other kind exists in SQLite's schema table


def _rewritten(kind: str, name: str) -> str:
    """The clause for a schema entry whose SQL is not ours."""
    if kind == "index":
        return translate("CoreStore", "its index {name} was rewritten").format(name=name)
    if kind == "trigger":
        return translate("CoreStore", "its trigger {name} was rewritten").format(name=name)
    if kind == "view":
        return translate("CoreStore", "its view {name} was rewritten").format(name=name)
    return translate("CoreStore", "its table {name} was rewritten").format(name=name)


def _opened_for_writing(conn: Any) -> bool:
    """Whether ``conn`` may write: a header write inside a transaction, rolled back at once
    (nothing reaches the file). Only asked when the schema holds something that acts on writes."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    try:
        conn.execute("BEGIN")
        conn.execute(f"PRAGMA user_version = {int(version)}")
    except Exception as exc:  # sqlite3's or SQLCipher's OperationalError
        return "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower()
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    return True


def _shown(name: str) -> str:
    return repr(name if len(name) <= 60 else name[:57] + "...")


@contextmanager
def bounded(
    conn: Any, instructions: int, path: Path, what: str, error: type[AnnotatorError] = AnnotatorError
) -> Iterator[None]:
    """Run the block with at most ``instructions`` SQLite VM instructions on ``conn``.

    Raises:
        AnnotatorError (or ``error``): one line naming ``path`` when the budget runs out.
    """
    state = {"left": max(1, instructions // STEP)}
    message = translate(
        "CoreStore", "refused: {what} took more than {steps:,} steps (a hostile or damaged file?)"
    ).format(what=what, steps=instructions)

    def tick() -> int:
        state["left"] -= 1
        return 1 if state["left"] < 0 else 0  # non-zero interrupts the statement

    conn.set_progress_handler(tick, STEP)
    try:
        yield
    except Exception as exc:
        # sqlite3.OperationalError "interrupted" (SQLCipher's binding has its own classes)
        if state["left"] < 0 and "interrupt" in str(exc).lower():
            raise error(message, path=path) from None
        raise
    finally:
        conn.set_progress_handler(None, STEP)


@contextmanager
def _short_values(conn: Any) -> Iterator[None]:
    """Lower SQLite's value-length limit (SQLCipher's binding cannot: its schema is
    already loaded by the passphrase check anyway)."""
    setlimit = getattr(conn, "setlimit", None)
    if setlimit is None:
        yield
        return
    previous = setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_SCHEMA_VALUE)
    try:
        yield
    finally:
        setlimit(sqlite3.SQLITE_LIMIT_LENGTH, previous)


def check_schema(conn: Any, path: str | Path) -> None:
    """Refuse a project whose schema holds anything we would not create (see the module docstring).

    Files of another application or of an unknown version are left to the version
    check (they are refused there), after their schema was loaded with bounded work.

    Raises:
        ProjectCorrupt: one line naming the file and the first problem found.
    """
    path = Path(path)
    try:
        with (
            _short_values(conn),
            bounded(conn, SCHEMA_BUDGET, path, translate("CoreStore", "reading its schema"), ProjectCorrupt),
        ):
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT ?", (MAX_SCHEMA_ENTRIES + 1,)
            ).fetchall()
            if len(rows) > MAX_SCHEMA_ENTRIES:
                raise _refuse(
                    path,
                    translate("CoreStore", "its schema holds more than {limit} entries").format(
                        limit=MAX_SCHEMA_ENTRIES
                    ),
                )
            expected = expected_schemas().get(version)
            if app_id != APPLICATION_ID or expected is None:
                return  # not ours, or a version we cannot open: read_version says which
            _compare(conn, path, rows, expected)
    except sqlite3.DataError as exc:  # SQLITE_TOOBIG while loading the schema
        if "too big" not in str(exc):
            raise describe_open_error(exc, path) from None
        raise _refuse(
            path,
            translate("CoreStore", "its schema holds an entry larger than {limit} KB").format(
                limit=MAX_SCHEMA_VALUE // 1024
            ),
        ) from None
    except cipher.database_errors() as exc:  # damaged, locked, a full disk...: as quick_check says it
        raise describe_open_error(exc, path) from None


def _compare(conn: Any, path: Path, rows: list[tuple[Any, ...]], expected: Expected) -> None:
    """Refuse what acts when the project is read (always) and what acts when it is written
    (only on a connection that can write: a foreign trigger never fires on a read-only
    connection, and ``audit verify`` must be able to open such a file to report it)."""
    present = {name for kind, name, _table, _sql in rows if kind == "table"}
    on_write: list[str] = []
    for kind, name, table, sql in rows:
        if not isinstance(name, str) or not isinstance(kind, str):
            raise _refuse(path, translate("CoreStore", "its schema table holds an entry that is not text"))
        if name in expected.tables and kind != "table":
            raise _refuse(
                path,
                translate("CoreStore", "its table {name} is a {kind}").format(name=_shown(name), kind=kind),
            )
        if kind == "table":
            if _normal(sql).upper().startswith("CREATE VIRTUAL TABLE"):
                raise _refuse(
                    path, translate("CoreStore", "{name} is a virtual table").format(name=_shown(name))
                )
            continue
        if kind == "index" and sql is None and name.startswith("sqlite_autoindex_") and table in present:
            continue  # SQLite's own index of a UNIQUE or PRIMARY KEY constraint
        allowed = expected.sql.get((kind, name))
        if allowed is None:
            problem = _unexpected(kind, _shown(name), _shown(str(table)))
        elif _normal(sql) not in allowed:
            problem = _rewritten(kind, _shown(name))
        else:
            continue
        if kind not in ("trigger", "index"):
            raise _refuse(path, problem)  # a view runs when it is read
        on_write.append(problem)
    for name in sorted(expected.tables):
        if name not in present:
            problem = translate("CoreStore", "its table {name} is missing").format(name=_shown(name))
            if name not in AUDIT_TABLES:
                raise _refuse(path, problem)
            on_write.append(problem)  # reported by audit verify; nothing can be written without it
            continue
        columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
        generated = [row[1] for row in columns if row[6] in GENERATED]
        if generated:
            raise _refuse(
                path,
                translate("CoreStore", "its table {name} has a computed column {column}").format(
                    name=_shown(name), column=_shown(generated[0])
                ),
            )
        missing = expected.columns[name] - {row[1] for row in columns}
        if missing:
            raise _refuse(
                path,
                translate("CoreStore", "its table {name} lacks the column {column}").format(
                    name=_shown(name), column=_shown(sorted(missing)[0])
                ),
            )
    for name in present - expected.tables - SQLITE_TABLES:
        if name.startswith("sqlite_"):
            raise _refuse(
                path,
                translate("CoreStore", "it holds an unknown SQLite table {name}").format(name=_shown(name)),
            )
    if on_write and _opened_for_writing(conn):
        raise _refuse(path, on_write[0], for_writing=True)
