"""Codebook commands for codes in other languages: show, label, labels, language.

A code keeps its canonical (English) name and path everywhere on the command line; a
label only changes what the app shows (see :mod:`annotator.core.code_labels`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.core.code_labels import (
    CODE_LANGUAGE_CHOICES,
    LABEL_LANGUAGES,
    labels_by_code,
    labels_to_mapping,
)
from annotator.core.codebook import CodeTree
from annotator.core.model import LABEL_FIELDS

from .context import PROJECT, coder_option
from .opening import CoderUse, open_project, opened

_LANGUAGE = click.option(
    "--language",
    "language",
    required=True,
    metavar="|".join(LABEL_LANGUAGES),
    help="The label's language: ko (Korean) or zh_CN (Simplified Chinese).",
)


@click.command("show")
@click.argument("project", type=PROJECT)
@click.argument("path", required=False)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='[{"path", "name", "guid", "color", "short_definition", ..., "labels": {"ko": {"name", ...}}}, ...]',
)
def codebook_show(project: Path, path: str | None, as_json: bool) -> None:
    """Show the code PATH (all codes without it): its definitions and its labels in other languages."""
    with opened(project, readonly=True) as store:
        tree = CodeTree(store.codes())
        labels = labels_by_code(store.code_labels())
    codes = [tree.find(path)] if path else [c for _, c in tree.walk()]
    rows: list[dict[str, Any]] = []
    for code in codes:
        row: dict[str, Any] = {"path": tree.path(code.guid), "name": code.name, "guid": code.guid}
        row["color"] = code.color
        row.update({f: getattr(code, f) for f in LABEL_FIELDS[1:]})
        row["labels"] = labels_to_mapping(labels.get(code.guid, ()))
        rows.append(row)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(row["path"])
        for field in LABEL_FIELDS[1:]:
            if row[field]:
                click.echo(f"  {field.replace('_', ' ')}: {row[field]}")
        for language, fields in row["labels"].items():
            for field, text in fields.items():
                click.echo(f"  [{language}] {field.replace('_', ' ')}: {text}")


@click.command("label")
@click.argument("project", type=PROJECT)
@click.argument("path")
@_LANGUAGE
@click.option("--name", default=None, help="The code's name in that language (empty text removes it).")
@click.option("--short-definition", default=None, help="Its short definition in that language.")
@click.option("--definition", default=None, help="Its definition in that language.")
@click.option("--when-to-use", default=None, help="When to use it, in that language.")
@click.option("--when-not-to-use", default=None, help="When not to use it, in that language.")
@click.option("--example", default=None, help="An example, in that language.")
@coder_option("Recorded as who wrote the label (else $ANNOTATOR_CODER / remembered).")
def codebook_label(project: Path, path: str, language: str, **fields: str | None) -> None:
    """Set the label of the code PATH in another language (only the fields given change)."""
    from annotator.core.changes import SetCodeLabel  # noqa: PLC0415

    given = {k: v for k, v in fields.items() if v is not None}
    if not given:
        raise click.UsageError("give at least one of --name, --short-definition, --definition, ...")
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        code = CodeTree(opening.store.codes()).find(path)
        change = SetCodeLabel(code.guid, language, by=opening.coder_guid, **given)
        change.apply(opening.store)
    click.echo(f"Labelled {path} in {change.language}: {', '.join(k.replace('_', ' ') for k in given)}")


@click.command("labels")
@click.argument("project", type=PROJECT)
@click.option(
    "--from-default",
    "from_default",
    is_flag=True,
    help="Take the labels the default codebook ships (matched by GUID).",
)
@click.option("--from", "source", type=click.Path(dir_okay=False, path_type=Path), help="A codebook file.")
@click.option("--language", "languages", multiple=True, help="Only this language (repeatable; default all).")
@coder_option("Recorded as who added the labels (else $ANNOTATOR_CODER / remembered).")
def codebook_labels(
    project: Path, from_default: bool, source: Path | None, languages: tuple[str, ...]
) -> None:
    """Give the project's codes a codebook's labels in other languages, matched by GUID.

    Only empty fields are filled: a label someone wrote in the project is never replaced.
    """
    from annotator.core.changes import AddCodebookLabels  # noqa: PLC0415
    from annotator.core.codebook_files import load_codebook  # noqa: PLC0415

    if from_default == (source is not None):
        raise click.UsageError("give either --from-default or --from FILE")
    book = load_codebook("default" if from_default else source)
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        change = AddCodebookLabels(book, languages=list(languages) or None, by=opening.coder_guid)
        change.apply(opening.store)
    n = len(change.written)
    click.echo(f"Added or completed {n} label{'s' if n != 1 else ''} from {book.name}")


@click.command("language")
@click.argument("project", type=PROJECT)
@click.argument("choice", type=click.Choice(CODE_LANGUAGE_CHOICES), required=False)
@coder_option("Recorded as who chose (else $ANNOTATOR_CODER / remembered).")
def codebook_language(project: Path, choice: str | None) -> None:
    """Show or set the language the app shows codes in: interface (follow the interface
    language), en (canonical names), ko or zh_CN."""
    from annotator.core.changes import SetCodeLanguage, code_language  # noqa: PLC0415

    if choice is None:
        with opened(project, readonly=True) as store:
            click.echo(code_language(store))
        return
    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        SetCodeLanguage(choice, by=opening.coder_guid).apply(opening.store)
    click.echo(f"Codes are shown in: {choice}")


COMMANDS = (codebook_show, codebook_label, codebook_labels, codebook_language)
