"""Corpus search: ``annotator search`` (and the word modes of ``autocode``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.core.errors import UsageError
from annotator.core.store import ProjectStore

from .context import PROJECT, progress, say
from .opening import opened

MODES = ("literal", "whole-word", "regex", "word")
MODE_HELP = (
    "literal (default: the text as typed, case ignored), whole-word, regex (Python syntax, "
    "time-limited), or word (word forms: Korean by morphological analysis, Chinese by word "
    "segmentation; 팔다 finds 팔아, 팔렸습니다)."
)


def document_guids(store: ProjectStore, names: tuple[str, ...]) -> list[str] | None:
    """The GUIDs of the documents named (None: all). Raises UsageError for an unknown name."""
    if not names:
        return None
    guids = []
    for name in names:
        doc = store.document_by_name(name)
        if doc is None:
            raise UsageError(f"no document named {name!r}")
        guids.append(doc.guid)
    return guids


def index_first(store: ProjectStore, documents: list[str] | None) -> None:
    """Index what a word search needs, with a progress bar on stderr at a terminal."""
    from annotator.core.analysis.search_index import build_index, stale_documents  # noqa: PLC0415

    stale = stale_documents(store, documents)
    if not stale:
        return
    if len(stale) >= 20:
        say(f"Indexing {len(stale)} documents for word search (once; kept in the project)...")
    update, finish = progress("Indexing", len(stale))
    try:
        build_index(store, stale, progress=update)
    finally:
        finish()


@click.command()
@click.argument("project", type=PROJECT)
@click.argument("query")
@click.option("--mode", type=click.Choice(MODES), default="literal", show_default=True, help=MODE_HELP)
@click.option(
    "--document", "names", multiple=True, metavar="NAME", help="Search only this document (repeatable)."
)
@click.option("--limit", type=click.IntRange(min=1), help="Stop after N hits.")
@click.option("--case-sensitive", is_flag=True, help="Literal and whole-word: match case exactly.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of hits (stable shape).")
def search(
    project: Path,
    query: str,
    mode: str,
    names: tuple[str, ...],
    limit: int | None,
    case_sensitive: bool,
    as_json: bool,
) -> None:
    """Find QUERY in every document (or those named): one hit a line, with its context."""
    from annotator.core.analysis.corpus_search import search as run_search  # noqa: PLC0415

    with opened(project) as store:
        documents = document_guids(store, names)
        if mode == "word":
            from annotator.core.language import query_keys  # noqa: PLC0415

            query_keys(query)  # a missing analyzer or an empty query: said before any indexing
            index_first(store, documents)
        result = run_search(
            store,
            query,
            mode=mode,  # type: ignore[arg-type]
            documents=documents,
            limit=limit,
            case_sensitive=case_sensitive,
        )
    if as_json:
        rows: list[dict[str, Any]] = [
            {
                "document": h.name,
                "guid": h.document,
                "start": h.start,
                "end": h.end,
                "text": h.text,
                "before": h.before,
                "after": h.after,
            }
            for h in result.hits
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for h in result.hits:
        click.echo(f"{h.name}:{h.start}-{h.end}\t{h.before}[{h.text}]{h.after}")
    more = "" if result.complete else f" (stopped at --limit {limit})"
    say(f"{len(result.hits)} hits in {result.documents} of {result.searched} documents{more}.")


def register(group: click.Group) -> None:
    group.add_command(search)
