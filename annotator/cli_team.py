"""Team-lead commands: coder packages, merging, agreement, exports.

Registered on the main ``annotator`` group by :mod:`annotator.cli`; kept apart
so each module stays small. Same contract: one-line errors, exit 1; usage 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

PROJECT = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--coder", required=True, help="The coder the package is for.")
@click.option("-o", "--output", required=True, type=PROJECT, help="The package file to write (.sqlite).")
@click.option("--sample", type=int, help="Only a random sample of this many documents.")
@click.option("--seed", type=int, help="Random seed for --sample (reproducible samples).")
def package(project: Path, coder: str, output: Path, sample: int | None, seed: int | None) -> None:
    """Write a coder package: documents + codebook, without anyone else's codings."""
    from annotator.core.package import make_package  # noqa: PLC0415

    counts = make_package(project, coder, output, sample=sample, seed=seed)
    click.echo(
        f"Wrote {output} for {coder}: {counts['documents']} documents, {counts['codes']} codes, "
        f"{counts['codings']} of their own codings."
    )


@click.command()
@click.argument("target", type=PROJECT)
@click.argument("sources", nargs=-1, required=True, type=PROJECT)
@click.option("--report", "report_path", type=PROJECT, help="Also write the merge report to this file.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
def merge(target: Path, sources: tuple[Path, ...], report_path: Path | None, as_json: bool) -> None:
    """Merge coders' projects (SOURCES) into TARGET; a backup of TARGET is kept."""
    from annotator.core.merge import merge_projects  # noqa: PLC0415

    reports = merge_projects(target, list(sources))
    if as_json:
        click.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo(report.to_text())
    if report_path is not None:
        report_path.write_text("\n\n".join(r.to_text() for r in reports) + "\n", encoding="utf-8")


def register(group: click.Group) -> None:
    for command in (package, merge):
        group.add_command(command)
