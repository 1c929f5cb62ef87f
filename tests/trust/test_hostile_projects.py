"""Hostile project files: refused in seconds, in bounded memory, with one line, and never changed.

A project file can come from anywhere (a coder's copy, an e-mail attachment) and
anything can have edited it. We read a project through its tables only: a view
(one that never ends), a trigger (one that deletes codes when a coding comes in),
an index, a virtual table or a generated column that Testimony Annotator does
not create is refused before anything reads through it. Merging several sources
is one transaction: a source that fails leaves the target byte-identical.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.core.analysis.merge import _Merger, merge_projects
from annotator.core.codebook import MAX_DEPTH
from annotator.core.errors import AnnotatorError, ProjectCorrupt
from annotator.core.project import create_project
from annotator.core.store import ProjectStore
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import SCHEMA_V1
from annotator.core.store.schema import APPLICATION_ID
from tests.trust.hostile_files import (
    ENDLESS,
    ROOT,
    FileState,
    annotator,
    env,
    make_project,
    measured,
    one_line_error,
    tamper,
)

SECONDS = 20  # generous for a loaded 2-core machine; the refusals take well under a second

# What acts when a project is read: refused by every command, read-only or not.
TAMPERINGS = {
    "endless view instead of a table": f"DROP TABLE codings; CREATE VIEW codings AS {ENDLESS};",
    "extra view": f"CREATE VIEW everything AS {ENDLESS};",
    "virtual table instead of a table": (
        "DROP TABLE memos; CREATE VIRTUAL TABLE memos USING fts5(target_kind, target, text, "
        "updated_at, updated_by);"
    ),
    "generated column": (
        "DROP TABLE coders; CREATE TABLE coders (guid TEXT PRIMARY KEY, "
        "name TEXT AS (printf('%.*c', 500000000, 'x')), color TEXT NOT NULL DEFAULT '');"
    ),
    "a table lacking a column": (
        "DROP TABLE coders; CREATE TABLE coders (guid TEXT PRIMARY KEY, color TEXT NOT NULL DEFAULT '');"
    ),
}
# What acts when a project is written: refused for writing; a read-only open (info, export,
# audit verify, a merge source) is safe, since a trigger never fires there.
WRITE_TAMPERINGS = {
    "trigger added by another program": (
        "CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM codings; END;"
    ),
    "our trigger's name, another body": (
        "DROP TRIGGER audit_log_append_only_delete;"
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END;"
    ),
    "index added by another program": "CREATE INDEX text_length ON document_texts(length(text));",
}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return make_project(tmp_path / "lead.sqlite", coder="lead", words="crossed at night")


@pytest.mark.parametrize("kind", list(TAMPERINGS))
def test_info_refuses_a_tampered_project_quickly_with_one_line(tmp_path: Path, kind: str) -> None:
    hostile = tamper(make_project(tmp_path / "hostile.sqlite"), TAMPERINGS[kind])
    before = FileState.of(hostile)
    start = time.monotonic()
    done = annotator(tmp_path, "info", hostile, "--json", timeout=60)
    assert time.monotonic() - start < SECONDS
    one_line_error(done, "hostile.sqlite")
    assert FileState.of(hostile) == before


@pytest.mark.parametrize("kind", list(WRITE_TAMPERINGS))
def test_a_project_with_a_foreign_trigger_or_index_is_refused_for_writing(
    tmp_path: Path, good: Path, kind: str
) -> None:
    hostile = tamper(make_project(tmp_path / "hostile.sqlite"), WRITE_TAMPERINGS[kind])
    before, good_before = FileState.of(hostile), FileState.of(good)
    for args in (("codebook", "add", hostile, "New/Code"), ("merge", hostile, good)):
        done = annotator(tmp_path, *args)
        line = one_line_error(done, "hostile.sqlite")
        assert "read-only" in line, line
    assert FileState.of(hostile) == before and FileState.of(good) == good_before
    assert not list(tmp_path.glob("hostile.sqlite.*"))
    # Read-only, nothing can fire: it can be inspected, and merged from.
    assert annotator(tmp_path, "info", hostile).returncode == 0
    done = annotator(tmp_path, "merge", good, hostile)
    assert done.returncode == 0, done.stderr
    with ProjectStore.open(good, readonly=True) as store:
        assert store.counts()["codings"] == 2  # the lead's and the merged one: nothing wiped
    assert FileState.of(hostile) == before


def test_an_endless_view_is_refused_by_export_merge_and_the_app(tmp_path: Path, good: Path) -> None:
    hostile = tamper(make_project(tmp_path / "hostile.sqlite"), TAMPERINGS["endless view instead of a table"])
    hostile_before, good_before = FileState.of(hostile), FileState.of(good)
    out = tmp_path / "out.csv"
    runs = {
        "export": ("export", hostile, "--format", "csv", "-o", out),
        "merge from it": ("merge", good, hostile),
        "merge into it": ("merge", hostile, good),
    }
    for what, args in runs.items():
        start = time.monotonic()
        done = annotator(tmp_path, *args, timeout=60)
        assert time.monotonic() - start < SECONDS, what
        line = one_line_error(done, "hostile.sqlite")
        assert "view" in line, (what, line)
    assert not out.exists()
    assert FileState.of(hostile) == hostile_before
    assert FileState.of(good) == good_before
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(("lead", "hostile"))]
    assert sorted(n for n in left if not n.endswith(("-wal", "-shm"))) == [
        "hostile.sqlite",
        "lead.sqlite",
    ]  # no backup, no lock left behind (FileState: no -wal content either)

    start = time.monotonic()
    result = _open_in_the_app(tmp_path, hostile)
    assert time.monotonic() - start < SECONDS + 10
    assert result["opened"] is False
    [message] = result["errors"]
    assert "hostile.sqlite" in message and "view" in message and "\n" not in message
    assert FileState.of(hostile) == hostile_before


def _open_in_the_app(tmp_path: Path, project: Path) -> dict:
    """Open ``project`` in a MainWindow in a subprocess; the error dialogs' texts are collected."""
    import subprocess

    script = textwrap.dedent(
        """
        import json, sys
        from PySide6.QtWidgets import QApplication
        from annotator.gui import prompts
        app = QApplication([])
        errors = []
        prompts.show_error = lambda parent, title, text: errors.append(text)
        from annotator.gui import MainWindow
        window = MainWindow()
        opened = window.open_project(sys.argv[1])
        print(json.dumps({"opened": opened, "errors": errors}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(project)],
        cwd=ROOT,
        env=env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_view_with_a_huge_name_is_refused_in_bounded_memory(tmp_path: Path, good: Path) -> None:
    """A 40 MB view name: SQLite would hold name, table name and SQL at once (~160 MB) just to
    read the schema; the name is refused before that."""
    hostile = make_project(tmp_path / "hostile.sqlite")
    conn = sqlite3.connect(hostile)
    conn.execute(f'CREATE VIEW "{"v" * 40_000_000}" AS SELECT 1')
    conn.commit()
    conn.close()
    _, baseline = measured(tmp_path, "info", good)
    for args in (("info", hostile), ("merge", good, hostile)):
        done, peak = measured(tmp_path, *args)
        one_line_error(done, "hostile.sqlite")
        assert peak < baseline + 40, (args[0], peak, baseline)
    hostile.unlink()


def test_our_own_files_still_open(tmp_path: Path) -> None:
    """No false alarms: a fresh project, one after ANALYZE/optimize, one with its coding
    indexes dropped by an interrupted bulk insert, and a v1 file to migrate."""
    fresh = make_project(tmp_path / "fresh.sqlite")
    analysed = tamper(make_project(tmp_path / "analysed.sqlite"), "ANALYZE; PRAGMA optimize;")
    bulk = tamper(
        make_project(tmp_path / "bulk.sqlite"), "DROP INDEX codings_code; DROP INDEX codings_coder;"
    )
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    conn.execute("INSERT INTO project VALUES (1, 'g', 'old', '2024-01-01T00:00:00Z', '0.0.1')")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    for path in (fresh, analysed, bulk, old):
        with ProjectStore.open(path) as store:
            store.counts()
        with ProjectStore.open(path, readonly=True, untrusted=True) as store:
            store.counts()


# -- merge: one transaction over all sources -------------------------------------------------


def test_merge_with_a_broken_second_source_leaves_the_target_byte_identical(
    tmp_path: Path, good: Path
) -> None:
    first = make_project(tmp_path / "mina.sqlite", coder="mina")
    second = tamper(
        make_project(tmp_path / "jun.sqlite", coder="jun"), "UPDATE codes SET source_refs = '[not json';"
    )
    before = FileState.of(good)
    done = annotator(tmp_path, "merge", good, first, second)
    one_line_error(done, "jun.sqlite")
    assert FileState.of(good) == before
    assert not list(tmp_path.glob("lead.sqlite.*")), "no backup debris after a refused merge"
    done = annotator(tmp_path, "merge", good, first)  # the good source alone still merges
    assert done.returncode == 0, done.stderr


def test_a_failure_while_writing_the_second_source_rolls_back_the_first(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [make_project(tmp_path / f"{c}.sqlite", coder=c) for c in ("mina", "jun")]
    calls = []
    original = _Merger.attributes

    def fail_on_second(self: _Merger) -> None:
        calls.append(self.report.source)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        original(self)

    monkeypatch.setattr(_Merger, "attributes", fail_on_second)
    before = FileState.of(good)
    with pytest.raises(OSError):
        merge_projects(good, sources)
    assert calls == ["mina.sqlite", "jun.sqlite"]
    assert FileState.of(good) == before
    assert not list(tmp_path.glob("lead.sqlite.*"))


def test_merge_refuses_a_source_whose_codebook_is_nested_absurdly_deep(tmp_path: Path, good: Path) -> None:
    source = make_project(tmp_path / "deep.sqlite")
    rows = [(f"deep-{i}", f"deep-{i - 1}" if i else None, f"Level {i}") for i in range(1000)]
    conn = sqlite3.connect(source)
    conn.executemany("INSERT INTO codes (guid, parent, name) VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
    before = FileState.of(good)
    done = annotator(tmp_path, "merge", good, source)
    line = one_line_error(done, "deep.sqlite")
    assert str(MAX_DEPTH) in line
    assert FileState.of(good) == before


@pytest.mark.parametrize("name", ["Sold\nat night", "Sold\x00", "Sold \u202egnp.exe", "Iso\u2066late"])
def test_merge_refuses_a_source_with_a_control_or_bidi_character_in_a_code_name(
    tmp_path: Path, good: Path, name: str
) -> None:
    source = make_project(tmp_path / "odd.sqlite")
    conn = sqlite3.connect(source)
    conn.execute("UPDATE codes SET name = ? WHERE name = 'Deception'", (name,))
    conn.commit()
    conn.close()
    before = FileState.of(good)
    with pytest.raises(AnnotatorError, match="odd.sqlite") as info:
        merge_projects(good, [source])
    assert "\n" not in str(info.value)
    assert FileState.of(good) == before


def test_check_schema_is_bounded_on_a_schema_of_many_objects(tmp_path: Path) -> None:
    """5,000 extra tables: far more schema entries than any project has; refused."""
    hostile = make_project(tmp_path / "many.sqlite")
    conn = sqlite3.connect(hostile)
    conn.execute("BEGIN")
    for i in range(5_000):
        conn.execute(f"CREATE TABLE t{i} (x)")
    conn.execute("COMMIT")
    conn.close()
    with pytest.raises(ProjectCorrupt, match="many.sqlite"):
        ProjectStore.open(hostile, readonly=True, untrusted=True)


def test_create_project_then_check_with_untrusted_open(tmp_path: Path) -> None:
    """A project made by this version passes its own check, read-only and untrusted."""
    store = create_project(tmp_path / "default.sqlite")  # the default typology
    store.close()
    with ProjectStore.open(tmp_path / "default.sqlite", readonly=True, untrusted=True) as store:
        assert store.counts()["codes"] > 100


def test_what_we_create_is_known_for_every_version_we_can_open() -> None:
    """The check learns our schema by replaying the migrations in memory: a new migration
    must replay there too, or this fails (rather than every project being refused)."""
    from annotator.core.store.migrations import MIN_SUPPORTED_VERSION
    from annotator.core.store.schema import SCHEMA_VERSION
    from annotator.core.store.untrusted import expected_schemas

    schemas = expected_schemas()
    assert set(schemas) == set(range(MIN_SUPPORTED_VERSION, SCHEMA_VERSION + 1))
    assert {"codings", "codes", "audit_log"} <= schemas[SCHEMA_VERSION].tables
