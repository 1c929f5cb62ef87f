"""The command line resolves the coder once, to the project's coder record, and opens every
project through one path (issue 15, item 1).

Before: ``--coder`` lived in a module global, the passphrase file in another; ``import``
stored the typed name while ``autocode`` stored a GUID; ``agreement``, ``audit`` and
``backup`` opened projects their own way (no passphrase prompt, no upgrade notice), and a
read-only command refused a project from the previous release.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.store import ProjectLock, ProjectStore
from annotator.core.store.connection import split_sql
from annotator.core.store.migrations import SCHEMA_V1
from annotator.core.store.schema import APPLICATION_ID

CODE = "Means of control/Deception"
TEXT = "The broker promised me work in a restaurant. Then he sold me."
BOOK = Path(__file__).resolve().parents[2] / "resources" / "codebooks" / "trafficking-typology.yaml"


def _coders(path: Path, passphrase: str | None = None) -> list[str]:
    with ProjectStore.open(path, readonly=True, passphrase=passphrase) as store:
        return [c.name for c in store.coders()]


@pytest.fixture
def project(run, tmp_path: Path) -> Path:
    path = tmp_path / "study.sqlite"
    assert run("new", path).code == 0
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert run("import", path, doc, "--coder", "Mina").code == 0
    return path


def test_coder_option_and_environment_find_the_existing_coder(
    run, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ProjectStore.open(project, readonly=True) as store:
        [mina] = store.coders()  # made by the import
    assert mina.name == "Mina"
    args = ("autocode", project, "--code", CODE, "--pattern", "promised")
    assert run(*args, "--coder", "mina").code == 0
    monkeypatch.setenv("ANNOTATOR_CODER", "ＭＩＮＡ")  # full-width, as a Korean keyboard may type it
    assert run("autocode", project, "--code", CODE, "--pattern", "sold").code == 0
    monkeypatch.delenv("ANNOTATOR_CODER")
    assert run("--coder", " MINA ", "autocode", project, "--code", CODE, "--pattern", "broker").code == 0
    assert _coders(project) == ["Mina"]
    with ProjectStore.open(project, readonly=True) as store:
        assert {c.coder for c in store.codings()} == {mina.guid}
        assert [d.imported_by for d in store.documents()] == [mina.guid]
        assert {e["coder"] for e in store.audit_entries()} <= {"", mina.guid}


def test_a_new_coder_is_said_and_a_blank_one_refused(run, project: Path) -> None:
    added = run("autocode", project, "--code", CODE, "--pattern", "promised", "--coder", "Jun")
    assert added.code == 0 and "New coder 'Jun' in study.sqlite" in added.err
    again = run("autocode", project, "--code", CODE, "--pattern", "sold", "--coder", "jun")
    assert again.code == 0 and "New coder" not in again.err
    blank = run("autocode", project, "--code", CODE, "--pattern", "sold", "--coder", "   ")
    assert blank.code == 2 and "Error: no coder: pass --coder NAME" in blank.err
    assert sorted(_coders(project)) == ["Jun", "Mina"]


def test_every_command_that_records_who_acted_takes_coder_after_the_command(
    run, project: Path, tmp_path: Path
) -> None:
    assert run("codebook", "add", project, "Harms/Isolation", "--coder", "mina").code == 0
    with ProjectStore.open(project, readonly=True) as store:
        mina = store.find_coder("Mina")
        assert store.audit_entries()[-1]["action"] == "add code"
        assert store.audit_entries()[-1]["coder"] == mina.guid
    book = tmp_path / "book.qdc"
    assert run("codebook", "export", project, book).code == 0
    done = run("import", project, book, "--coder", "Sol")  # a new coder, recorded with the codebook
    assert done.code == 0 and "New coder 'Sol' in study.sqlite." in done.err, done.err
    other = tmp_path / "other.sqlite"
    assert run("new", other, "--codebook", "empty").code == 0
    assert run("merge", project, other, "--coder", "JUN").code == 0
    with ProjectStore.open(project, readonly=True) as store:
        sol, jun = store.find_coder("sol"), store.find_coder("jun")
        assert sol is not None and jun is not None and jun.name == "JUN"
        by_action = {e["action"]: e["coder"] for e in store.audit_entries()}
        assert by_action["import codebook"] == sol.guid and by_action["merge"] == jun.guid


# -- no module-level state ---------------------------------------------------------------------

CODER_A, PASS_A = "Seo-yeon Quill", "first passphrase, long enough 1"
CODER_B, PASS_B = "Kim Quartz", "second passphrase, long enough 2"


def _module_state_holding(*secrets: str) -> list[str]:
    """Every module-level variable of the program that holds one of ``secrets`` (any depth of
    dicts, lists, sets and tuples)."""
    found: list[str] = []

    def holds(value: object, depth: int = 0) -> bool:
        if isinstance(value, str):
            return value in secrets
        if depth > 3:
            return False
        if isinstance(value, dict):
            return any(holds(k, depth + 1) or holds(v, depth + 1) for k, v in value.items())
        if isinstance(value, (list, set, frozenset, tuple)):
            return any(holds(v, depth + 1) for v in value)
        return False

    for name, module in list(sys.modules.items()):
        if not name.startswith("annotator"):
            continue
        for attr, value in list(vars(module).items()):
            if holds(value):
                found.append(f"{name}.{attr}")
    return found


def test_no_module_holds_a_coder_or_passphrase_during_or_after_a_command(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two commands in one process, each with its own coder and passphrase file: each uses its
    own, and at no moment does a module-level variable hold either."""
    from annotator.core.changes.codings import Autocode

    seen: list[list[str]] = []
    real_apply = Autocode.apply

    def spying_apply(self, store):  # type: ignore[no-untyped-def]
        seen.append(_module_state_holding(CODER_A, PASS_A, CODER_B, PASS_B))
        return real_apply(self, store)

    monkeypatch.setattr(Autocode, "apply", spying_apply)
    made = {}
    for coder, passphrase, name in ((CODER_A, PASS_A, "a"), (CODER_B, PASS_B, "b")):
        passfile = tmp_path / f"{name}.pass"
        passfile.write_text(passphrase + "\n", encoding="utf-8")
        path = tmp_path / f"{name}.sqlite"
        assert run("--passphrase-file", passfile, "new", path, "--encrypt").code == 0
        doc = tmp_path / f"{name}.txt"
        doc.write_text(f"{TEXT} ({name})", encoding="utf-8")
        assert run("--passphrase-file", passfile, "import", path, doc).code == 0
        made[name] = (path, passfile, coder, passphrase)
    for path, passfile, coder, _ in made.values():
        result = run(
            "--coder",
            coder,
            "--passphrase-file",
            passfile,
            "autocode",
            path,
            "--code",
            CODE,
            "--pattern",
            "sold",
        )
        assert result.code == 0, result.err
    assert seen == [[], []]
    assert _module_state_holding(CODER_A, PASS_A, CODER_B, PASS_B) == []
    for path, _, coder, passphrase in made.values():
        assert _coders(path, passphrase) == [coder]


# -- one opening path ------------------------------------------------------------------------


@pytest.fixture
def encrypted(run, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a long passphrase 123\n", encoding="utf-8")
    path = tmp_path / "secret.sqlite"
    assert run("--passphrase-file", passfile, "new", path, "--encrypt").code == 0
    doc = tmp_path / "t.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert run("--passphrase-file", passfile, "import", path, doc, "--coder", "lee").code == 0
    for coder, pattern in (("lee", "promised"), ("kim", "promised me")):
        done = run(
            "--passphrase-file",
            passfile,
            "autocode",
            path,
            "--code",
            CODE,
            "--pattern",
            pattern,
            "--coder",
            coder,
        )
        assert done.code == 0, done.err
    yield path, passfile


def _commands(project: Path, tmp_path: Path) -> list[tuple[str, ...]]:
    other = tmp_path / "plain.sqlite"
    if not other.exists():
        ProjectStore.create(other).close()
    doc = tmp_path / "more.txt"
    doc.write_text("We crossed the river at night.", encoding="utf-8")
    return [
        ("info", str(project)),
        ("codebook", "list", str(project)),
        ("codebook", "add", str(project), "Harms/Isolation"),
        ("codebook", "export", str(project), str(tmp_path / "book.yaml"), "--force"),
        ("codebook", "import", str(project), str(BOOK)),
        ("import", str(project), str(doc), "--coder", "lee"),
        ("autocode", str(project), "--code", CODE, "--pattern", "sold", "--coder", "lee"),
        ("package", str(project), "--coder", "lee", "-o", str(tmp_path / "pkg.sqlite"), "--force"),
        ("merge", str(project), str(other)),
        ("agreement", str(project), "--coders", "lee,kim"),
        ("export", str(project), "-o", str(tmp_path / "out.csv"), "--force"),
        ("audit", "verify", str(project)),
        ("audit", "export", str(project), "-o", str(tmp_path / "audit.csv"), "--force"),
        ("backup", "now", str(project)),
        ("backup", "restore", str(project), str(other)),
        ("decrypt", str(project)),
    ]


def test_every_command_asks_for_an_encrypted_projects_passphrase_the_same_way(
    run, encrypted: tuple[Path, Path], tmp_path: Path
) -> None:
    """Without a passphrase (and nobody at a terminal to ask) every command says the same one
    line; with ``--passphrase-file`` every command works."""
    source, passfile = encrypted
    for n, args in enumerate(_commands(source, tmp_path)):
        project = tmp_path / f"copy{n}.sqlite"
        shutil.copyfile(source, project)
        args = tuple(str(project) if a == str(source) else a for a in args)
        refused = run(*args)
        assert refused.code == 1, (args, refused.err)
        assert refused.err == (
            f"annotator: {project}: is encrypted (or not a project): "
            "give its passphrase with --passphrase-file FILE\n"
        ), args
        done = run("--passphrase-file", passfile, *args)
        assert done.code == 0, (args, done.err)


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    conn.execute("INSERT INTO project VALUES (1, 'g', 'old', '2024-01-01T00:00:00Z', '0.0.1')")
    conn.execute("INSERT INTO coders VALUES ('c1', 'lee', '')")
    conn.execute("INSERT INTO coders VALUES ('c2', 'kim', '')")
    conn.execute("INSERT INTO codes (guid, parent, name) VALUES ('g1', NULL, 'Means of control')")
    conn.execute("INSERT INTO codes (guid, parent, name) VALUES ('k1', 'g1', 'Deception')")
    conn.execute(
        "INSERT INTO documents (guid, name, text, sha256, length, imported_by) VALUES "
        "('d1', 'a.txt', ?, 'x', ?, 'lee')",
        (TEXT, len(TEXT)),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def test_every_command_upgrades_an_older_project_and_says_so_once(run, tmp_path: Path) -> None:
    """Read-only commands too: the previous release's projects must not stop ``info``, ``export``
    or ``audit verify`` with "open it for writing first"."""
    template = tmp_path / "template.sqlite"
    _make_v1(template)
    for n, args in enumerate(_commands(template, tmp_path)):
        if args[0] == "decrypt" or args[:2] == ("backup", "restore"):
            # a plain project: nothing to decrypt; a restore replaces the project without
            # opening it (a damaged project is what a restore is for)
            continue
        project = tmp_path / f"old{n}.sqlite"
        shutil.copyfile(template, project)
        args = tuple(str(project) if a == str(template) else a for a in args)
        done = run(*args)
        assert done.code == 0, (args, done.err)
        notice = f"Upgraded {project.name}; the old version is kept as {project.name}.v1.bak"
        assert done.err.count(notice) == 1, (args, done.err)
        with ProjectStore.open(project, readonly=True) as store:
            lee = store.find_coder("lee")
            assert lee is not None and lee.guid == "c1"
            assert all(d.imported_by in ("", "c1") for d in store.documents())


def test_commands_that_replace_the_file_refuse_a_project_open_in_the_app(run, tmp_path: Path) -> None:
    path = tmp_path / "held.sqlite"
    ProjectStore.create(path).close()
    other = tmp_path / "other.sqlite"
    ProjectStore.create(other).close()
    passfile = tmp_path / "p.txt"
    passfile.write_text("a long passphrase 123\n", encoding="utf-8")
    lock = ProjectLock(path)
    lock.acquire()
    try:
        for args in (("encrypt", path), ("backup", "restore", path, other)):
            refused = run("--passphrase-file", passfile, *args)
            assert refused.code == 1 and "is open in the app" in refused.err, args
            assert refused.err.count("\n") == 1
    finally:
        lock.release()


def test_a_demo_from_the_previous_release_is_rebuilt(run, tmp_path: Path) -> None:
    """``demo --force`` reads the old demo to check it is one: an older schema is upgraded
    for that (as every command does), not refused as "cannot be read as a demo project"."""
    from annotator.core.demo import DEMO_NAME
    from annotator.core.store.migrations import MIGRATIONS

    path = tmp_path / "demo.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in split_sql(SCHEMA_V1):
        conn.execute(statement)
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)
    conn.execute("INSERT INTO project VALUES (1, 'g', ?, '2025-01-01T00:00:00Z', '0.2.0')", (DEMO_NAME,))
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    done = run("demo", "-o", path, "--force")
    assert done.code == 0, done.err
    assert _coders(path) == ["jun", "mina"]
