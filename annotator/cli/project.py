"""Project commands: new, import, info, autocode, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from annotator.core import outputs
from annotator.core.codebook import CodeTree
from annotator.core.errors import AnnotatorError
from annotator.core.model import Coder
from annotator.core.store import ProjectStore

from .context import PROJECT, coder_option, progress
from .opening import CoderUse, new_passphrase, open_project, opened


@click.command()
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


@click.command("import")
@click.argument("project", type=PROJECT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@coder_option("Recorded as the importer (else $ANNOTATOR_CODER / remembered).")
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Import a .qdpx even if some selections cannot be imported (each is listed); "
    "without it such a package is refused.",
)
def import_(project: Path, files: tuple[Path, ...], allow_partial: bool) -> None:
    """Import documents (txt, md, docx, pdf, odt, rtf, html; .qdpx/.qdc as REFI-QDA)."""
    from annotator.core.importers.importing import import_files  # noqa: PLC0415

    refi = [f for f in files if f.suffix.lower() in (".qdpx", ".qdc")]
    docs = [f for f in files if f not in refi]
    failures = 0
    with open_project(project, coder=CoderUse.OPTIONAL) as opening:
        store, coder = opening.store, opening.coder
        if docs:
            update, finish = progress("Importing", len(docs))
            try:
                report = import_files(store, docs, coder=coder, progress=update)
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
                _import_refi(store, path, coder, allow_partial)
            except AnnotatorError as exc:
                click.echo(f"annotator: {exc}", err=True)
                failures += 1
    if failures:
        sys.exit(1)


def _import_refi(store: ProjectStore, path: Path, coder: Coder | None, allow_partial: bool) -> None:
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


@click.command()
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


def _field_values(
    _ctx: click.Context, _param: click.Parameter, given: tuple[str, ...]
) -> list[tuple[str, str]]:
    """``--value FIELD=VALUE`` pairs, split once (the value may hold '=' too)."""
    pairs = []
    for item in given:
        name, equals, text = item.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"{item!r} is not FIELD=VALUE (e.g. price=25000 CNY)")
        pairs.append((name.strip(), text))
    return pairs


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--code", "code_path", required=True, help="Code path, e.g. 'Means of control/Deception'.")
@click.option(
    "--pattern",
    required=True,
    help="What to code: a Python regular expression (span = the whole match), or with --mode "
    "a literal text or a word (팔다 codes 팔아, 팔렸습니다).",
)
@click.option(
    "--mode",
    type=click.Choice(("regex", "literal", "whole-word", "word")),
    default="regex",
    show_default=True,
    help="How PATTERN matches: as `annotator search --mode` (word: word forms, by analysis).",
)
@click.option(
    "--value",
    "values",
    multiple=True,
    metavar="FIELD=VALUE",
    callback=_field_values,
    help="Set this typed value on every coding made (repeatable), e.g. 'price=25000 CNY', 'age=19'.",
)
@coder_option("Coder to record (else $ANNOTATOR_CODER / remembered).")
def autocode(project: Path, code_path: str, pattern: str, mode: str, values: list[tuple[str, str]]) -> None:
    """Code every match of PATTERN in every document with CODE (one undoable step)."""
    if mode != "regex":
        _autocode_search(project, code_path, pattern, mode, values)
        return
    from annotator.core.changes import Autocode  # noqa: PLC0415
    from annotator.core.changes.values import values_for_code  # noqa: PLC0415

    # one transaction: a coder made for this is kept only with the codings and their values
    with open_project(project, coder=CoderUse.REQUIRED, one_transaction=True) as opening:
        code = CodeTree(opening.store.codes()).find(code_path)
        try:
            typed = values_for_code(opening.store, code.guid, values)  # every value checked first
        except AnnotatorError as exc:  # name the project and the code in the one line
            raise AnnotatorError(f"{code_path}: {exc.reason}", path=project) from None
        change = Autocode(code=code.guid, pattern=pattern, coder=opening.coder_guid, values=typed)
        change.apply(opening.store)
    shown = "; ".join(f"{name}={text.strip()}" for name, text in values)
    click.echo(
        f"Coded {len(change.added)} passages in {len({c.document for c in change.added})} "
        f"documents with {code_path}" + (f", each with {shown}." if values else ".")
    )


def _autocode_search(
    project: Path, code_path: str, query: str, mode: str, values: list[tuple[str, str]]
) -> None:
    """``autocode --mode literal|whole-word|word``: the hits of a corpus search, coded as one change."""
    from annotator.core.analysis.corpus_search import search  # noqa: PLC0415
    from annotator.core.changes import CodePassages  # noqa: PLC0415
    from annotator.core.errors import UsageError  # noqa: PLC0415

    from .search import index_first  # noqa: PLC0415

    if values:
        raise UsageError("--value works with --mode regex only")
    if mode == "word":
        from annotator.core.language import query_keys  # noqa: PLC0415

        query_keys(query)  # a missing analyzer or an empty query: said before any indexing
        with opened(project) as store:  # its own short transactions, before the change
            index_first(store, None)
    # one transaction: a coder made for this is kept only with its codings
    with open_project(project, coder=CoderUse.REQUIRED, one_transaction=True) as opening:
        code = CodeTree(opening.store.codes()).find(code_path)
        result = search(opening.store, query, mode=mode)  # type: ignore[arg-type]
        change = CodePassages(
            code=code.guid,
            coder=opening.coder_guid,
            passages=[(h.document, h.start, h.end) for h in result.hits],
            query=query,
        )
        change.apply(opening.store)
    click.echo(
        f"Coded {len(change.added)} passages in {len({c.document for c in change.added})} "
        f"documents with {code_path}."
    )


@click.command()
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


def register(group: click.Group) -> None:
    for command in (new, import_, info, autocode, demo):
        group.add_command(command)
