"""Content-warning commands: the project's list, and the documents and codes carrying warnings.

    annotator warnings list PROJECT [--json]
    annotator warnings add PROJECT NAME [--description TEXT]
    annotator warnings rename PROJECT NAME NEW_NAME
    annotator warnings remove PROJECT NAME
    annotator warnings document PROJECT DOCUMENT [NAME ...] [--clear]
    annotator warnings code PROJECT CODE_PATH [NAME ...] [--clear]

See :mod:`annotator.core.content_warnings`: warnings never change a testimony or a coding.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.core.codebook import CodeTree

from .context import PROJECT, coder_option
from .opening import CoderUse, open_project, opened


@click.group()
def warnings() -> None:
    """Content warnings: what a testimony or passage describes, so coders choose when to read it."""


@warnings.command("list")
@click.argument("project", type=PROJECT)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='[{"name", "description", "documents": [names], "codes": [paths]}, ...]',
)
def list_(project: Path, as_json: bool) -> None:
    """The project's warnings, with the documents and codes carrying each."""
    with opened(project, readonly=True) as store:
        listed = store.content_warnings()
        names = {d.guid: d.name for d in store.documents()}
        tree = CodeTree(store.codes())
        documents, codes = store.document_warnings(), store.code_warnings()
    rows = [
        {
            "name": w.name,
            "description": w.description,
            "documents": sorted(names[d] for d, found in documents.items() if w.name in found),
            "codes": sorted(tree.path(c) for c, found in codes.items() if w.name in found and c in tree),
        }
        for w in listed
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['name']}: {len(row['documents'])} document(s), {len(row['codes'])} code(s)")
        if row["description"]:
            click.echo(f"  {row['description']}")


@warnings.command("add")
@click.argument("project", type=PROJECT)
@click.argument("name")
@click.option("--description", default="", help="What the warning covers.")
@coder_option("Recorded as who added it (else $ANNOTATOR_CODER / remembered).")
def add(project: Path, name: str, description: str) -> None:
    """Add a warning to the project's list."""
    from annotator.core.changes import AddContentWarning  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        change = AddContentWarning(name, description, by=opening.coder_guid)
        change.apply(opening.store)
    click.echo(f"Added the content warning {change.name!r}")


@warnings.command("rename")
@click.argument("project", type=PROJECT)
@click.argument("name")
@click.argument("new_name")
@coder_option("Recorded as who renamed it (else $ANNOTATOR_CODER / remembered).")
def rename(project: Path, name: str, new_name: str) -> None:
    """Rename a warning; documents and codes keep carrying it."""
    from annotator.core.changes import EditContentWarning  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        change = EditContentWarning(name, new_name=new_name, by=opening.coder_guid)
        change.apply(opening.store)
    click.echo(f"Renamed the content warning {name!r} to {change.new_name!r}")


@warnings.command("remove")
@click.argument("project", type=PROJECT)
@click.argument("name")
@coder_option("Recorded as who removed it (else $ANNOTATOR_CODER / remembered).")
def remove(project: Path, name: str) -> None:
    """Take a warning off the list and off every document and code carrying it."""
    from annotator.core.changes import RemoveContentWarning  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        change = RemoveContentWarning(name, by=opening.coder_guid)
        change.apply(opening.store)
    click.echo(
        f"Removed the content warning {name!r} "
        f"(from {len(change.documents)} document(s) and {len(change.codes)} code(s))"
    )


def _names(names: tuple[str, ...], clear: bool) -> list[str]:
    if clear == bool(names):
        raise click.UsageError("give the warnings (one or more NAME) or --clear")
    return list(names)


@warnings.command("document")
@click.argument("project", type=PROJECT)
@click.argument("document")
@click.argument("names", nargs=-1)
@click.option("--clear", is_flag=True, help="The document carries no warning.")
@coder_option("Recorded as who set them (else $ANNOTATOR_CODER / remembered).")
def document(project: Path, document: str, names: tuple[str, ...], clear: bool) -> None:
    """Set the warnings DOCUMENT (its name) carries: the app asks before opening it."""
    from annotator.core.changes import SetDocumentWarnings  # noqa: PLC0415
    from annotator.core.errors import NotFound  # noqa: PLC0415

    wanted = _names(names, clear)
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        found = next((d for d in opening.store.documents() if d.name == document), None)
        if found is None:
            raise NotFound(f"no document named {document!r}")
        change = SetDocumentWarnings(found.guid, wanted, by=opening.coder_guid)
        change.apply(opening.store)
    click.echo(f"{document}: {', '.join(change.after) or 'no content warning'}")


@warnings.command("code")
@click.argument("project", type=PROJECT)
@click.argument("path")
@click.argument("names", nargs=-1)
@click.option("--clear", is_flag=True, help="The code carries no warning.")
@coder_option("Recorded as who set them (else $ANNOTATOR_CODER / remembered).")
def code(project: Path, path: str, names: tuple[str, ...], clear: bool) -> None:
    """Set the warnings the code PATH carries: every passage coded with it carries them too."""
    from annotator.core.changes import SetCodeWarnings  # noqa: PLC0415

    wanted = _names(names, clear)
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        found = CodeTree(opening.store.codes()).find(path)
        change = SetCodeWarnings(found.guid, wanted, by=opening.coder_guid)
        change.apply(opening.store)
    click.echo(f"{path}: {', '.join(change.after) or 'no content warning'}")


def register(group: click.Group) -> None:
    group.add_command(warnings)
