"""Codebook commands: list, add, recolour, export, import (and, from :mod:`.code_labels`,
show, label, labels, language)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.core import outputs
from annotator.core.codebook import CodeTree, dump_codebook_yaml
from annotator.core.errors import AnnotatorError

from .code_labels import COMMANDS as LABEL_COMMANDS
from .context import PROJECT, coder_option, fail
from .opening import CoderUse, open_project, opened


@click.group()
def codebook() -> None:
    """List, add to, recolour, export and import the codebook."""


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
@click.option(
    "--color", help="#RRGGBB (default: the next colour of the group's family, unlike its siblings')."
)
@click.option("--definition", default="", help="Short definition.")
@coder_option("Recorded as who added it (else $ANNOTATOR_CODER / remembered).")
def codebook_add(project: Path, path: str, color: str | None, definition: str) -> None:
    """Add the code PATH (Group/Code), creating missing parent groups too."""
    from annotator.core.changes import AddCode, Composite  # noqa: PLC0415
    from annotator.core.codebook import check_depth, split_path  # noqa: PLC0415

    parts = split_path(path)
    check_depth(len(parts))  # before opening: a 1,000-level path is refused at once
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        store, by = opening.store, opening.coder_guid
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
                by=by,
            )
            steps.append(step)
            parent = step.code.guid
        Composite(list(steps), f"Add {path}", by=by).apply(store)
    click.echo(f"Added {'/'.join(parts)}")


@codebook.command("recolour")
@click.argument("project", type=PROJECT)
@click.argument("path", required=False)
@coder_option("Recorded as who recoloured (else $ANNOTATOR_CODER / remembered).")
def codebook_recolour(project: Path, path: str | None) -> None:
    """Give the sub-codes of PATH (without PATH: every group), and all codes below them,
    clearly distinct colours: each group a hue family, siblings spread in lightness and
    chroma. GUIDs, names and codings are unchanged."""
    from annotator.core.changes import RecolourSiblings  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        parent = CodeTree(opening.store.codes()).find(path).guid if path else None
        change = RecolourSiblings(parent, by=opening.coder_guid)
        change.apply(opening.store)
    n = len(change.after)
    click.echo(f"Recoloured {n} code{'s' if n != 1 else ''}")


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
            fail(f"{file}: REFI-QDA codebook export is not available in this version")
        data = codebook_xml(book)
    else:
        data = dump_codebook_yaml(book).encode("utf-8")
    with outputs.write_output(file, **guard) as fh:
        fh.write(data)
    click.echo(f"Wrote {len(book.codes)} codes to {file}")


@codebook.command("import")
@click.argument("project", type=PROJECT)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@coder_option("Recorded as who imported it (else $ANNOTATOR_CODER / remembered).")
def codebook_import(project: Path, file: Path) -> None:
    """Add FILE's codes (.yaml or .qdc); matched codes take its definitions; nothing is deleted."""
    from annotator.core.codebook_files import load_codebook  # noqa: PLC0415
    from annotator.core.project import import_codebook  # noqa: PLC0415

    book = load_codebook(file)
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        result = import_codebook(opening.store, book, by=opening.coder)
    conflicts = result["conflicts"]
    for conflict in conflicts:
        click.echo(f"Conflict: {conflict}", err=True)
    click.echo(
        f"Codebook imported: {result['added']} codes added, {result['updated']} updated; "
        f"{result['fields_added']} value fields added, {result['fields_updated']} updated; "
        f"{result['labels']} labels in other languages added or updated"
        + (
            f"; {len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} kept the project's version."
            if conflicts
            else "."
        )
    )


for _command in LABEL_COMMANDS:
    codebook.add_command(_command)


def register(group: click.Group) -> None:
    group.add_command(codebook)
