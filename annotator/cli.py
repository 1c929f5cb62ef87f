"""The ``annotator`` command: GUI launcher and the team lead's scriptable tasks.

Contract (README "Command line"): errors are one line on stderr with exit 1,
usage errors exit 2, ``--json`` output has a stable documented shape, codes are
named by path ``Group/Code``. This module only parses and prints; the work is
done by :mod:`annotator.core`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotator import __version__, cli_team, cli_trust
from annotator.core import config, outputs
from annotator.core.codebook import CodeTree, dump_codebook_yaml
from annotator.core.errors import AnnotatorError
from annotator.core.store import ProjectStore

PROJECT = click.Path(dir_okay=False, path_type=Path)


def _fail(message: str) -> None:
    click.echo(f"annotator: {' '.join(message.split())}", err=True)
    sys.exit(1)


def ask_passphrase(path: Path, *, confirm: bool = False) -> str:
    """Prompt for a passphrase (hidden); only when a person is at the terminal."""
    if not sys.stdin.isatty():
        raise AnnotatorError(
            "is encrypted (or not a project): give its passphrase with --passphrase-file FILE", path=path
        )
    return str(click.prompt(f"Passphrase for {path.name}", hide_input=True, confirmation_prompt=confirm))


@contextmanager
def opened(path: Path, *, readonly: bool = False) -> Iterator[ProjectStore]:
    from annotator.core.store import keys  # noqa: PLC0415
    from annotator.core.store.cipher import PassphraseNeeded  # noqa: PLC0415

    try:
        store = ProjectStore.open(path, readonly=readonly)
    except PassphraseNeeded:
        keys.remember(path, ask_passphrase(path))
        store = ProjectStore.open(path, readonly=readonly)
    try:
        if store.migration_backup is not None:
            click.echo(
                f"Upgraded {path.name}; the old version is kept as {store.migration_backup.name}", err=True
            )
        for leftover in store.removed_leftovers:
            click.echo(f"Removed {leftover}, an unfinished copy left by an interrupted conversion.", err=True)
        yield store
    finally:
        store.close()


def require_coder(explicit: str | None) -> str:
    name = config.resolve_coder(explicit)
    if not name:
        raise click.UsageError(f"no coder: pass --coder NAME or set {config.CODER_ENV}")
    return name


def _progress(label: str, total: int) -> tuple[Callable[[int, int, str], None], Callable[[], None]]:
    """A terminal progress bar on stderr when it is a TTY; silent otherwise."""
    if total < 2 or not sys.stderr.isatty():
        return (lambda done, total, name: None), (lambda: None)
    bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
    bar.__enter__()
    state = {"done": 0}

    def update(done: int, of: int, _name: str) -> None:
        position = round(done * total / of) if of else 0  # the worker's total may differ from ours
        bar.update(position - state["done"])
        state["done"] = position

    return update, lambda: bar.__exit__(None, None, None)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
@click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    envvar="ANNOTATOR_PASSPHRASE_FILE",
    help="File holding the passphrase of encrypted projects (first line). Else you are asked.",
)
@click.option(
    "--coder",
    "group_coder",
    metavar="NAME",
    help="Code as NAME (for the app and every command; else $ANNOTATOR_CODER, else remembered).",
)
@click.pass_context
def cli(ctx: click.Context, passphrase_file: Path | None, group_coder: str | None) -> None:
    """Testimony Annotator: code testimony with a trafficking typology, offline.

    With no command, opens the app on the most recent project (or the demo project).
    """
    if passphrase_file is not None:
        from annotator.core.store import keys  # noqa: PLC0415

        keys.set_default(read_passphrase_file(passphrase_file))
    config.set_command_line_coder(group_coder)
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui, coder=group_coder)


@cli.command()
@click.argument("project", type=PROJECT, required=False)
@click.option("--coder", help="Code as this coder (else $ANNOTATOR_CODER, else the remembered name).")
def gui(project: Path | None, coder: str | None) -> None:
    """Open the app (on PROJECT, the most recent project, or the demo project)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        # Qt would abort the interpreter with a page of plugin messages; say it in one line.
        _fail(
            "no graphical display here (DISPLAY is not set): run the app on a desktop, "
            "or use the command-line subcommands (annotator --help)"
        )
    try:
        from annotator.gui.app import run  # noqa: PLC0415 (Qt loads only for the GUI)
    except ImportError as exc:
        _fail(f"the graphical app is not available ({exc})")
        return
    sys.exit(run(project=project, coder=coder))


def read_passphrase_file(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(f"cannot read the passphrase file ({exc})", path=path) from None
    if not lines or not lines[0]:
        raise AnnotatorError("the passphrase file is empty", path=path)
    return lines[0]


def new_passphrase(project: Path) -> str:
    from annotator.core.store import keys  # noqa: PLC0415

    passphrase = keys.lookup(project) or ask_passphrase(project, confirm=True)
    if len(passphrase) < 8:
        raise AnnotatorError("a passphrase needs at least 8 characters")
    return passphrase


@cli.command()
@click.argument("project", type=PROJECT)
@click.option(
    "--codebook",
    default="default",
    show_default=True,
    help="'default' (trafficking typology), 'empty', or a .yaml/.qdc file.",
)
@click.option("--name", help="Project name (default: the file name).")
@click.option(
    "--encrypt", is_flag=True, help="Encrypt the project with a passphrase (asked, or --passphrase-file)."
)
def new(project: Path, codebook: str, name: str | None, encrypt: bool) -> None:
    """Create a new project file."""
    from annotator.core.codebook_files import load_codebook  # noqa: PLC0415
    from annotator.core.project import create_project  # noqa: PLC0415

    outputs.check_output(project, force=True)  # never a journal, lock or backup of another project
    book = load_codebook(codebook)  # read first: a bad codebook file leaves no project behind
    passphrase = new_passphrase(project) if encrypt else None
    store = create_project(project, codebook=book, name=name, passphrase=passphrase)
    counts = store.counts()
    store.close()
    click.echo(f"Created {project} with {counts['codes']} codes.")


@cli.command("import")
@click.argument("project", type=PROJECT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--coder", help="Recorded as the importer (else $ANNOTATOR_CODER / remembered).")
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Import a .qdpx even if some selections cannot be imported (each is listed); "
    "without it such a package is refused.",
)
def import_(project: Path, files: tuple[Path, ...], coder: str | None, allow_partial: bool) -> None:
    """Import documents (txt, md, docx, pdf, odt, rtf, html; .qdpx/.qdc as REFI-QDA)."""
    from annotator.core.importers.importing import import_files  # noqa: PLC0415

    name = config.resolve_coder(coder) or ""
    refi = [f for f in files if f.suffix.lower() in (".qdpx", ".qdc")]
    docs = [f for f in files if f not in refi]
    failures = 0
    with opened(project) as store:
        if docs:
            update, finish = _progress("Importing", len(docs))
            try:
                report = import_files(store, docs, coder=name, progress=update)
            finally:
                finish()
            for doc in report.imported:
                click.echo(f"imported {doc.name} ({doc.length} characters)")
            for path, reason in report.skipped:
                click.echo(f"skipped {path}: {reason}", err=True)
            for _path, error in report.failed:
                click.echo(f"annotator: {error}", err=True)
            failures += len(report.failed)
        for path in refi:
            try:
                _import_refi(store, path, name, allow_partial)
            except AnnotatorError as exc:
                click.echo(f"annotator: {exc}", err=True)
                failures += 1
    if failures:
        sys.exit(1)


def _import_refi(store: ProjectStore, path: Path, coder: str, allow_partial: bool) -> None:
    """One REFI-QDA file; every selection a package leaves out is listed, and without
    ``allow_partial`` such a package is refused (exit 1) with nothing imported."""
    try:
        from annotator.core import refi_qda  # noqa: PLC0415
    except ImportError:
        raise AnnotatorError("REFI-QDA import is not available in this version", path=path) from None
    if path.suffix.lower() != ".qdpx":
        click.echo(f"imported {path.name}: {refi_qda.import_file(store, path, coder=coder)}")
        return
    try:
        report, notes = refi_qda.import_package(store, path, coder=coder, allow_partial=allow_partial)
    except refi_qda.IncompleteImport as exc:
        for line in exc.dropped:
            click.echo(f"not imported: {line}", err=True)
        raise AnnotatorError(f"{exc.reason} (--allow-partial imports the rest)", path=path) from None
    click.echo(f"imported {path.name}: {refi_qda.summary_line(report, notes)}")
    for dropped in notes.dropped:
        click.echo(f"not imported: {dropped}")


@cli.command()
@click.argument("project", type=PROJECT)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object (stable shape).")
def info(project: Path, as_json: bool) -> None:
    """Summarise a project: documents, codes, coders, codings."""
    with opened(project, readonly=True) as store:
        counts = store.counts()
        meta = store.info()
        coders = [c.name for c in store.coders()]
    data: dict[str, Any] = {
        **{k: counts[k] for k in ("documents", "codes", "coders", "codings")},
        "memos": counts["memos"],
        "attributes": counts["attributes"],
        "characters": counts["characters"],
        "coder_names": coders,
        "project": {
            "name": meta.name,
            "guid": meta.guid,
            "created": meta.created,
            "schema_version": meta.schema_version,
        },
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{meta.name} ({project})")
    for key in ("documents", "codes", "coders", "codings", "memos", "attributes", "characters"):
        click.echo(f"  {key:<11} {data[key]}")
    if coders:
        click.echo(f"  coder names {', '.join(coders)}")


@cli.group()
def codebook() -> None:
    """List, add to, export and import the codebook."""


@codebook.command("list")
@click.argument("project", type=PROJECT)
@click.option("--json", "as_json", is_flag=True, help='[{"path", "name", "guid", "color"}, ...]')
def codebook_list(project: Path, as_json: bool) -> None:
    """Print every code path, one a line, in tree order."""
    with opened(project, readonly=True) as store:
        tree = CodeTree(store.codes())
    rows = [
        {"path": tree.path(c.guid), "name": c.name, "guid": c.guid, "color": c.color} for _, c in tree.walk()
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(row["path"])


@codebook.command("add")
@click.argument("project", type=PROJECT)
@click.argument("path")
@click.option("--color", help="#RRGGBB (default: the parent's colour).")
@click.option("--definition", default="", help="Short definition.")
def codebook_add(project: Path, path: str, color: str | None, definition: str) -> None:
    """Add the code PATH (Group/Code), creating missing parent groups too."""
    from annotator.core.changes import AddCode, Composite  # noqa: PLC0415
    from annotator.core.codebook import check_depth, split_path  # noqa: PLC0415

    parts = split_path(path)
    check_depth(len(parts))  # before opening: a 1,000-level path is refused at once
    with opened(project) as store:
        tree = CodeTree(store.codes())
        parent: str | None = None
        steps: list[AddCode] = []
        for depth, part in enumerate(parts):
            existing = tree.child_named(parent, part) if not steps else None
            last = depth == len(parts) - 1
            if existing is not None and not last:
                parent = existing.guid
                continue
            if existing is not None:
                raise AnnotatorError(f"the code {path!r} already exists")
            step = AddCode(
                part,
                parent=parent,
                color=color if last else None,
                short_definition=definition if last else "",
            )
            steps.append(step)
            parent = step.code.guid
        Composite(list(steps), f"Add {path}").apply(store)
    click.echo(f"Added {'/'.join(parts)}")


@codebook.command("export")
@click.argument("project", type=PROJECT)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace FILE if it exists (never a project or its files).")
def codebook_export(project: Path, file: Path, force: bool) -> None:
    """Write the codebook to FILE (.yaml, or .qdc for REFI-QDA)."""
    from annotator.core.project import project_codebook  # noqa: PLC0415

    if file.suffix.lower() not in (".qdc", ".yaml", ".yml"):
        raise click.UsageError("the codebook file must end in .yaml or .qdc")
    guard = {"force": force, "projects": [project], "sources": [project]}
    outputs.check_output(file, **guard)
    with opened(project, readonly=True) as store:
        book = project_codebook(store)
    if file.suffix.lower() == ".qdc":
        try:
            from annotator.core.refi_qda.export_qdc import codebook_xml  # noqa: PLC0415
        except ImportError:
            _fail(f"{file}: REFI-QDA codebook export is not available in this version")
        data = codebook_xml(book)
    else:
        data = dump_codebook_yaml(book).encode("utf-8")
    with outputs.write_output(file, **guard) as fh:
        fh.write(data)
    click.echo(f"Wrote {len(book.codes)} codes to {file}")


@codebook.command("import")
@click.argument("project", type=PROJECT)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def codebook_import(project: Path, file: Path) -> None:
    """Add FILE's codes (.yaml or .qdc); matched codes take its definitions; nothing is deleted."""
    from annotator.core.codebook_files import load_codebook  # noqa: PLC0415
    from annotator.core.project import import_codebook  # noqa: PLC0415

    book = load_codebook(file)
    with opened(project) as store:
        result = import_codebook(store, book)
    click.echo(f"Codebook imported: {result['added']} codes added, {result['updated']} updated.")


@cli.command()
@click.argument("project", type=PROJECT)
@click.option("--code", "code_path", required=True, help="Code path, e.g. 'Means of control/Deception'.")
@click.option("--pattern", required=True, help="Python regular expression; span = the whole match.")
@click.option("--coder", help="Coder to record (else $ANNOTATOR_CODER / remembered).")
def autocode(project: Path, code_path: str, pattern: str, coder: str | None) -> None:
    """Code every match of PATTERN in every document with CODE (one undoable step)."""
    from annotator.core.changes import Autocode  # noqa: PLC0415

    name = require_coder(coder)
    with opened(project) as store, store.atomic():  # a new coder is kept only with the codings
        code = CodeTree(store.codes()).find(code_path)
        coder_row = store.ensure_coder(name)
        change = Autocode(code=code.guid, pattern=pattern, coder=coder_row.guid)
        change.apply(store)
    click.echo(
        f"Coded {len(change.added)} passages in {len({c.document for c in change.added})} "
        f"documents with {code_path}."
    )


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the demo project (default: projects/demo.sqlite).",
)
@click.option("--force", is_flag=True, help="Rebuild over an existing demo project (never another file).")
def demo(output: Path | None, force: bool) -> None:
    """Build the demo project from the fictional testimonies in resources/demo."""
    from annotator.core.demo import build_demo, default_demo_path  # noqa: PLC0415

    target = output or default_demo_path()
    summary = build_demo(target, replace=force)
    click.echo(
        f"Built {target}: {summary['documents']} documents, {summary['codings']} codings "
        f"by {summary['coders']} coders."
    )


cli_team.register(cli)
cli_trust.register(cli)


def _database_errors() -> tuple[type[BaseException], ...]:
    from annotator.core.store.cipher import database_errors  # noqa: PLC0415

    return database_errors()


def main(argv: list[str] | None = None) -> None:
    """Entry point: domain errors become one line on stderr and exit status 1."""
    outputs.private_umask()  # whatever we create (projects, journals, exports) is the owner's only
    from annotator.core.store import keys  # noqa: PLC0415

    keys.forget_all()  # each invocation starts with no passphrase (matters when embedded)
    config.set_command_line_coder(None)
    try:
        cli.main(args=argv, prog_name="annotator", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AnnotatorError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
    except _database_errors() as exc:  # SQLite's error outside a change: still one line in words
        from annotator.core.store.sqlite_errors import describe  # noqa: PLC0415

        _fail(str(describe(exc)))
    except (OSError, MemoryError) as exc:
        _fail(f"{exc}")
    except Exception as exc:  # a bug, not bad input: still one line unless debugging
        if os.environ.get("ANNOTATOR_DEBUG"):
            raise
        _fail(f"internal error ({type(exc).__name__}: {exc}); set ANNOTATOR_DEBUG=1 for details")
    finally:
        keys.forget_all()
        config.set_command_line_coder(None)


if __name__ == "__main__":  # pragma: no cover
    main()
