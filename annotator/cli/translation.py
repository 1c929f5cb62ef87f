"""``annotator translation``: a document linked to its translation, aligned by sentence.

``link`` aligns (paragraphs, then sentences; see :mod:`annotator.core.alignment`), ``unlink``
removes the link, ``show`` prints the pairs (``--json``: a list of links, each
``{"original", "translation", "original_language", "translation_language", "pairs": [{"aligned",
"manual", "original": {"start", "end", "text"} | null, "translation": {...} | null}, ...]}``;
an unaligned part has ``null`` on the side it lacks), ``mirror`` codes the aligned passage.
Each writing subcommand is one core change: one transaction, one audit entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from annotator.core.errors import NotFound

from .context import PROJECT, coder_option
from .opening import CoderUse, open_project, opened

if TYPE_CHECKING:
    from annotator.core.store import ProjectStore


def _document(store: ProjectStore, name: str) -> Any:
    doc = store.document_by_name(name)
    if doc is None:
        raise NotFound(f"no document named {name!r}")
    return doc


@click.group()
def translation() -> None:
    """Originals and their translations: link, align, show, mirror codings."""


@translation.command("link")
@click.argument("project", type=PROJECT)
@click.argument("original")
@click.argument("translated", metavar="TRANSLATION")
@click.option("--original-language", default="", metavar="TAG", help="BCP 47 tag (default: from the script).")
@click.option(
    "--translation-language", default="", metavar="TAG", help="BCP 47 tag (default: from the script)."
)
@coder_option("Recorded as who linked them (else $ANNOTATOR_CODER / remembered).")
def link(
    project: Path, original: str, translated: str, original_language: str, translation_language: str
) -> None:
    """Link the document ORIGINAL to its TRANSLATION and align them by sentence."""
    from annotator.core.changes import LinkTranslation  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        store = opening.store
        change = LinkTranslation(
            original=_document(store, original).guid,
            translation=_document(store, translated).guid,
            by=opening.coder_guid,
            original_language=original_language,
            translation_language=translation_language,
        )
        change.apply(store)
    aligned = sum(b.aligned for b in change.beads)
    click.echo(
        f"Linked {translated!r} to {original!r}: {aligned} aligned passage(s), "
        f"{len(change.beads) - aligned} unaligned part(s)."
    )


@translation.command("unlink")
@click.argument("project", type=PROJECT)
@click.argument("translated", metavar="TRANSLATION")
@coder_option("Recorded in the audit trail (else $ANNOTATOR_CODER / remembered).")
def unlink(project: Path, translated: str) -> None:
    """Remove TRANSLATION's link to its original (and the alignment)."""
    from annotator.core.changes import UnlinkTranslation  # noqa: PLC0415

    with open_project(project, coder=CoderUse.OPTIONAL, one_transaction=True) as opening:
        UnlinkTranslation(translation=_document(opening.store, translated).guid, by=opening.coder_guid).apply(
            opening.store
        )
    click.echo(f"Unlinked {translated!r}.")


@translation.command("show")
@click.argument("project", type=PROJECT)
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def show(project: Path, document: str, as_json: bool) -> None:
    """The aligned pairs of DOCUMENT (an original: all its translations), unaligned parts marked."""
    from annotator.core.analysis.translations import link_report  # noqa: PLC0415

    with opened(project, readonly=True) as store:
        doc = _document(store, document)
        links = store.links_of(doc.guid)
        if not links:
            raise NotFound(f"{document!r} is linked to no translation or original")
        reports = [link_report(store, link) for link in links]
    if as_json:
        click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
        return
    for report in reports:
        click.echo(
            f"{report['original']} ({report['original_language'] or '?'}) ↔ "
            f"{report['translation']} ({report['translation_language'] or '?'})"
        )
        for pair in report["pairs"]:
            left = pair["original"]["text"] if pair["original"] else "—"
            right = pair["translation"]["text"] if pair["translation"] else "—"
            mark = "" if pair["aligned"] else "[unaligned] "
            click.echo(f"  {mark}{left}\n    = {right}")


@translation.command("mirror")
@click.argument("project", type=PROJECT)
@click.argument("document")
@click.argument("target")
@click.option("--code", "code_path", required=True, metavar="PATH", help="The code of the codings to mirror.")
@coder_option("Who the mirrored codings belong to (else $ANNOTATOR_CODER / remembered).")
def mirror(project: Path, document: str, target: str, code_path: str) -> None:
    """Code on TARGET the passages aligned with DOCUMENT's codings of a code (one step)."""
    from annotator.core.changes import Composite, MirrorCoding, NothingAligned  # noqa: PLC0415
    from annotator.core.changes.translations import mirror_target  # noqa: PLC0415
    from annotator.core.codebook import CodeTree  # noqa: PLC0415
    from annotator.core.errors import UsageError  # noqa: PLC0415

    with open_project(project, coder=CoderUse.REQUIRED, one_transaction=True) as opening:
        store = opening.store
        source, other = _document(store, document), _document(store, target)
        code = CodeTree(store.codes()).find(code_path).guid
        codings = store.codings(document=source.guid, code=code)
        if not codings:
            raise NotFound(f"{document!r} has no codings of {code_path!r}")
        steps: list[Any] = []
        skipped = 0
        for coding in codings:
            try:
                start, end = mirror_target(store, coding.guid, other.guid)
            except NothingAligned:
                skipped += 1
                continue
            if store.find_coding(other.guid, code, opening.coder_guid, start, end):
                skipped += 1
                continue
            steps.append(MirrorCoding(coding=coding.guid, target=other.guid, coder=opening.coder_guid))
        if not steps:
            raise UsageError(f"nothing to mirror: {skipped} coding(s) already there or not aligned")
        Composite(steps, "Mirror codings", by=opening.coder_guid).apply(store)
    click.echo(f"Mirrored {len(steps)} coding(s) of {code_path} onto {target!r}; {skipped} skipped.")


def register(group: click.Group) -> None:
    group.add_command(translation)
