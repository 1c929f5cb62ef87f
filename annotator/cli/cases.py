"""``annotator case``: persons as cases, linked to whole documents and to coded passages.

Each writing subcommand is one core change (:mod:`annotator.core.changes.cases`): one
transaction, one audit entry; a bad label, an unknown document or a passage that no coding
has is one line on stderr, exit 1, and nothing stored. ``case list --json`` has the shape
DESIGN.md fixes: ``[{"label", "guid", "role", "documents": [NAME, ...], "passages": n}, ...]``
(then ``"attributes"`` and ``"memo"``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from annotator.core.errors import AnnotatorError, NotFound, UsageError
from annotator.core.model import CASE_ROLES

from .context import PROJECT, coder_option
from .opening import CoderUse, open_project, opened

if TYPE_CHECKING:  # the store (and numpy) load only when a command runs: start-up stays fast
    from annotator.core.store import ProjectStore


def _pairs(_ctx: click.Context, _param: click.Parameter, given: tuple[str, ...]) -> list[tuple[str, str]]:
    """``NAME=VALUE`` pairs, split at the first '=' (a value may hold '=')."""
    pairs = []
    for item in given:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE (e.g. gender=female)")
        pairs.append((name.strip(), value))
    return pairs


@contextmanager
def _named(project: Path) -> Iterator[None]:
    """Core errors name the project in their one line."""
    try:
        yield
    except AnnotatorError as exc:
        if exc.path is not None:
            raise
        raise AnnotatorError(exc.reason, path=project) from None


def _passages(store: ProjectStore, specs: tuple[str, ...], code_path: str | None) -> list[str]:
    """Coding GUIDs for ``DOCNAME:START-END`` passages: every coding with exactly that span
    (of ``code_path`` only, when given). Raises NotFound naming a passage no coding has."""
    from annotator.core.codebook import CodeTree  # noqa: PLC0415

    code = CodeTree(store.codes()).find(code_path).guid if code_path else None
    found: list[str] = []
    for spec in specs:
        name, colon, span = spec.rpartition(":")
        start_text, dash, end_text = span.partition("-")
        if not colon or not dash or not start_text.strip().isdigit() or not end_text.strip().isdigit():
            raise UsageError(f"{spec!r} is not DOCNAME:START-END (e.g. kim.txt:120-164)")
        start, end = int(start_text), int(end_text)
        doc = _document(store, name)
        codings = [
            c
            for c in store.codings_overlapping(doc.guid, start, end)
            if c.start == start and c.end == end and (code is None or c.code == code)
        ]
        if not codings:
            what = f" with {code_path}" if code_path else ""
            raise NotFound(f"no coding{what} spans exactly {name}:{start}-{end}; code that passage first")
        found += [c.guid for c in codings]
    return found


def _document(store: ProjectStore, name: str) -> Any:
    doc = store.document_by_name(name)
    if doc is None:
        raise NotFound(f"no document named {name!r}")
    return doc


@click.group()
def case() -> None:
    """Cases: the persons testimonies describe, linked to documents and passages."""


@case.command("add")
@click.argument("project", type=PROJECT)
@click.argument("label")
@click.option(
    "--role", type=click.Choice(CASE_ROLES), default="victim", show_default=True, help="Who the person is."
)
@click.option(
    "--attribute",
    "attributes",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_pairs,
    help="An attribute of the person (repeatable), e.g. gender=female, 'year of birth=1994'.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="NAME=TYPE",
    callback=_pairs,
    help="The type of an attribute: text (default), number, date or boolean, e.g. 'year of birth=number'.",
)
@click.option("--memo", default="", help="A note on the case.")
@coder_option("Recorded as who created the case (else $ANNOTATOR_CODER / remembered).")
def add(
    project: Path,
    label: str,
    role: str,
    attributes: list[tuple[str, str]],
    types: list[tuple[str, str]],
    memo: str,
) -> None:
    """Add a case (a person) with a pseudonymous LABEL."""
    from annotator.core.changes import AddCase  # noqa: PLC0415

    with _named(project), open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        _no_repeats(attributes)
        change = AddCase(
            label, role=role, memo=memo, attributes=dict(attributes), types=dict(types), by=opening.coder_guid
        )
        change.apply(opening.store)
    click.echo(f"Added case {change.case.label!r} ({change.case.role}).")


def _no_repeats(pairs: list[tuple[str, str]]) -> None:
    names = [n.casefold() for n, _ in pairs]
    if len(set(names)) != len(names):
        raise UsageError("an attribute is given twice")


def _link_command(name: str, *, linking: bool) -> click.Command:
    verb = "Link" if linking else "Unlink"

    @click.command(name)
    @click.argument("project", type=PROJECT)
    @click.argument("label")
    @click.option(
        "--document", "documents", multiple=True, metavar="NAME", help="A whole document (repeatable)."
    )
    @click.option(
        "--passage",
        "passages",
        multiple=True,
        metavar="DOCNAME:START-END",
        help="Every coding with exactly this span (code-point offsets; repeatable).",
    )
    @click.option("--code", "code_path", metavar="PATH", help="With --passage: only codings of this code.")
    @coder_option("Recorded in the audit trail (else $ANNOTATOR_CODER / remembered).")
    def command(
        project: Path,
        label: str,
        documents: tuple[str, ...],
        passages: tuple[str, ...],
        code_path: str | None,
    ) -> None:
        from annotator.core.changes import (  # noqa: PLC0415
            Change,
            Composite,
            LinkCodings,
            LinkDocuments,
            UnlinkCodings,
            UnlinkDocuments,
        )
        from annotator.core.changes.cases import find_case  # noqa: PLC0415

        if not documents and not passages:
            raise click.UsageError("give --document NAME or --passage DOCNAME:START-END")
        with _named(project), open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
            store, by = opening.store, opening.coder_guid
            target = find_case(store, label)
            steps: list[Change] = []
            if documents:
                guids = [_document(store, n).guid for n in documents]
                steps.append((LinkDocuments if linking else UnlinkDocuments)(target.guid, guids, by=by))
            if passages:
                codings = _passages(store, passages, code_path)
                steps.append((LinkCodings if linking else UnlinkCodings)(target.guid, codings, by=by))
            change = steps[0] if len(steps) == 1 else Composite(steps, f"{verb} to case", by=by)
            change.apply(store)
        parts = []
        if documents:
            parts.append(f"{len(documents)} document(s)")
        if passages:
            parts.append(f"{len(codings)} coding(s) of {len(passages)} passage(s)")
        where = "to" if linking else "from"
        click.echo(f"{verb}ed {' and '.join(parts)} {where} {target.label!r}.")

    command.help = f"{verb} whole documents or coded passages {'to' if linking else 'from'} the case LABEL."
    return command


@case.command("list")
@click.argument("project", type=PROJECT)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (documented shape).")
def list_(project: Path, as_json: bool) -> None:
    """List the cases with their documents and the number of passages linked to each."""
    with opened(project, readonly=True) as store:
        data = case_list(store)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not data:
        click.echo("No cases yet (annotator case add PROJECT LABEL).")
    for item in data:
        attrs = ", ".join(f"{k}={v}" for k, v in item["attributes"].items())
        docs = ", ".join(item["documents"]) or "no documents"
        click.echo(
            f"{item['label']} ({item['role']}): {docs}; {item['passages']} passage(s)"
            + (f"; {attrs}" if attrs else "")
        )


def case_list(store: ProjectStore) -> list[dict[str, Any]]:
    """The ``case list --json`` shape (DESIGN.md): label, guid, role, documents (names, in the
    project's order), passages (distinct spans linked directly), then attributes and memo."""
    names = {d.guid: d.name for d in store.documents()}
    passages = store.case_passage_counts()
    out = []
    for item in store.cases():
        out.append(
            {
                "label": item.label,
                "guid": item.guid,
                "role": item.role,
                "documents": [names[d] for d in store.case_documents(item.guid)],
                "passages": passages.get(item.guid, 0),
                "attributes": store.case_attributes(item.guid),
                "memo": item.memo,
            }
        )
    return out


@case.command("edit")
@click.argument("project", type=PROJECT)
@click.argument("label")
@click.option("--label", "new_label", metavar="TEXT", help="A new label.")
@click.option("--role", type=click.Choice(CASE_ROLES), help="A new role.")
@click.option("--memo", help="A new memo (replaces the old one).")
@click.option(
    "--attribute",
    "attributes",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_pairs,
    help="Set an attribute (repeatable).",
)
@click.option(
    "--remove-attribute", "removed", multiple=True, metavar="NAME", help="Remove an attribute (repeatable)."
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="NAME=TYPE",
    callback=_pairs,
    help="An attribute's type (number...).",
)
@coder_option("Recorded in the audit trail (else $ANNOTATOR_CODER / remembered).")
def edit(
    project: Path,
    label: str,
    new_label: str | None,
    role: str | None,
    memo: str | None,
    attributes: list[tuple[str, str]],
    removed: tuple[str, ...],
    types: list[tuple[str, str]],
) -> None:
    """Change a case's label, role, memo or attributes."""
    from annotator.core.changes import EditCase  # noqa: PLC0415
    from annotator.core.changes.cases import find_case  # noqa: PLC0415

    with _named(project), open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        _no_repeats([*attributes, *((n, "") for n in removed)])
        target = find_case(opening.store, label)
        changes: dict[str, str | None] = {**dict(attributes), **dict.fromkeys(removed)}
        EditCase(
            target.guid,
            label=new_label,
            role=role,
            memo=memo,
            attributes=changes,
            types=dict(types),
            by=opening.coder_guid,
        ).apply(opening.store)
    click.echo(f"Changed case {new_label or target.label!r}.")


@case.command("merge")
@click.argument("project", type=PROJECT)
@click.argument("source_label")
@click.argument("target_label")
@click.option(
    "--keep-target",
    is_flag=True,
    help="Where the two disagree (an attribute, the role), keep TARGET's value; SOURCE's goes in its memo.",
)
@coder_option("Recorded in the audit trail (else $ANNOTATOR_CODER / remembered).")
def merge(project: Path, source_label: str, target_label: str, keep_target: bool) -> None:
    """Merge case SOURCE_LABEL into TARGET_LABEL (the same person): links and attributes move over."""
    from annotator.core.changes import MergeCases  # noqa: PLC0415
    from annotator.core.changes.cases import find_case  # noqa: PLC0415

    with _named(project), open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        source = find_case(opening.store, source_label)
        target = find_case(opening.store, target_label)
        try:
            MergeCases(source.guid, target.guid, confirm=keep_target, by=opening.coder_guid).apply(
                opening.store
            )
        except UsageError as exc:
            hint = "; --keep-target keeps TARGET's values" if hasattr(exc, "conflicts") else ""
            raise UsageError(exc.reason + hint) from None
    click.echo(f"Merged {source.label!r} into {target.label!r}.")


@case.command("remove")
@click.argument("project", type=PROJECT)
@click.argument("label")
@coder_option("Recorded in the audit trail (else $ANNOTATOR_CODER / remembered).")
def remove(project: Path, label: str) -> None:
    """Remove a case with its attributes and links (its documents and codings stay)."""
    from annotator.core.changes import DeleteCase  # noqa: PLC0415
    from annotator.core.changes.cases import find_case  # noqa: PLC0415

    with _named(project), open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        target = find_case(opening.store, label)
        DeleteCase(target.guid, by=opening.coder_guid).apply(opening.store)
    click.echo(f"Removed case {target.label!r}.")


@case.command("timeline")
@click.argument("project", type=PROJECT)
@click.argument("label")
@click.option(
    "--gap-months",
    type=click.FloatRange(min=0),
    default=12,
    show_default=True,
    help="Flag a stretch longer than this between two consecutive events.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (documented shape).")
def timeline(project: Path, label: str, gap_months: float, as_json: bool) -> None:
    """The case's journey: dated events in order, flags, and figures (months to first sale...)."""
    from annotator.core.analysis.journey import journey  # noqa: PLC0415
    from annotator.core.changes.cases import find_case  # noqa: PLC0415

    with _named(project), opened(project, readonly=True) as store:
        result = journey(store, find_case(store, label).guid, gap_months=gap_months)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.case.label} ({result.case.role}): {len(result.events)} dated event(s)")
    for event in result.events:
        place = f" in {event.place}" if event.place else ""
        quote = " ".join(event.quote.split())
        quote = quote if len(quote) <= 80 else quote[:79] + "…"
        click.echo(
            f"  {event.date.display():<24} {event.code_path}{place}  "
            f"[{event.document_name} {event.start}-{event.end}, {event.coder_name}] “{quote}”"
        )
    for flag in result.flags:
        click.echo(f"  ! {flag.kind}: {flag.message}")
    figures = result.to_json()["figures"]
    shown = {k.replace("_", " "): ("unknown" if v is None else v) for k, v in figures.items()}
    click.echo("  " + "; ".join(f"{k}: {v}" for k, v in shown.items()))


case.add_command(_link_command("link", linking=True))
case.add_command(_link_command("unlink", linking=False))


def register(group: click.Group) -> None:
    group.add_command(case)
