"""Team-lead commands: coder packages, merging, agreement, exports, exposure to content warnings.

Registered on the main ``annotator`` group by :mod:`annotator.cli`; kept apart
so each module stays small. Same contract: one-line errors, exit 1; usage 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.core.errors import AnnotatorError

from .context import PROJECT, coder_option, progress
from .opening import CoderUse, open_project, opened, passphrase_for


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--coder", required=True, help="The coder the package is for.")
@click.option("-o", "--output", required=True, type=PROJECT, help="The package file to write (.sqlite).")
@click.option("--sample", type=int, help="Only a random sample of this many documents.")
@click.option("--seed", type=int, help="Random seed for --sample (reproducible samples).")
@click.option(
    "--exclude-warning",
    "exclude",
    multiple=True,
    metavar="NAME",
    help="Leave out the documents carrying this content warning (repeatable).",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists (never a project or its files).")
def package(
    project: Path,
    coder: str,
    output: Path,
    sample: int | None,
    seed: int | None,
    exclude: tuple[str, ...],
    force: bool,
) -> None:
    """Write a coder package: documents + codebook, without anyone else's codings."""
    from annotator.core.analysis.package import make_package, package_coder  # noqa: PLC0415
    from annotator.core.outputs import check_output  # noqa: PLC0415

    check_output(output, force=force, projects=[project], sources=[project])  # before opening anything
    with open_project(project, readonly=True) as opening:  # checks, upgrades, and the passphrase
        who = package_coder(opening.store, coder)  # the project's coder of that name, or a new one
        passphrase = opening.store.passphrase
    counts = make_package(
        project,
        who,
        output,
        sample=sample,
        seed=seed,
        exclude_warnings=exclude,
        force=force,
        passphrase=passphrase,
    )
    left_out = f", {counts['excluded']} left out for their content warnings" if exclude else ""
    click.echo(
        f"Wrote {output} for {who.name}: {counts['documents']} documents{left_out}, {counts['codes']} codes, "
        f"{counts['codings']} of their own codings"
        + (", encrypted with the project's passphrase." if counts.get("encrypted") else ".")
    )


@click.command()
@click.argument("target", type=PROJECT)
@click.argument("sources", nargs=-1, required=True, type=PROJECT)
@click.option("--report", "report_path", type=PROJECT, help="Also write the merge report to this file.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("--force", is_flag=True, help="Replace the --report file if it exists (never a project).")
@coder_option("Recorded as who merged (else $ANNOTATOR_CODER / remembered).")
def merge(
    target: Path, sources: tuple[Path, ...], report_path: Path | None, as_json: bool, force: bool
) -> None:
    """Merge coders' projects (SOURCES) into TARGET; a backup of TARGET is kept."""
    from annotator.core.analysis.merge import merge_projects  # noqa: PLC0415
    from annotator.core.outputs import check_output, write_output  # noqa: PLC0415

    guard = {"force": force, "projects": [target, *sources], "sources": sources}
    if report_path is not None:
        check_output(report_path, **guard)  # refused before anything is merged
    # Read-only: the target is left as it was until merge_projects writes it (it adds a new
    # coder in the merge's own transaction).
    with open_project(target, readonly=True, coder=CoderUse.OPTIONAL) as opening:
        target_key = opening.store.passphrase
    keys = {source: key for source in sources if (key := passphrase_for(source)) is not None}
    if target_key:
        keys[target] = target_key
    reports = merge_projects(target, list(sources), by=opening.coder, passphrases=keys)
    opening.announce_new_coder()
    if as_json:
        click.echo(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo(report.to_text())
    if report_path is not None:
        text = "\n\n".join(r.to_text() for r in reports) + "\n"
        try:
            with write_output(report_path, **guard) as fh:
                fh.write(text.encode("utf-8"))
        except AnnotatorError as exc:
            raise AnnotatorError(f"{exc.reason} (the merge itself is done)", path=exc.path) from None


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--coders", required=True, help="Comma-separated coder names, e.g. mina,jun (two or more).")
@click.option("--code", "codes", multiple=True, help="Code path to include (repeatable; default: all used).")
@click.option(
    "--document",
    "documents",
    multiple=True,
    help="Document name to include (repeatable; default: see --subcorpus).",
)
@click.option(
    "--subcorpus",
    type=click.Choice(["coded-by-any", "coded-by-all"]),
    help="Documents compared: those any chosen coder coded (default) or those every one coded.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=0.9,
    show_default=True,
    help="Segment overlap (intersection / union) needed for segment agreement, above 0 and at most 1.",
)
@click.option("--include-subcodes", is_flag=True, help="A code's codings include its sub-codes'.")
@click.option(
    "--value-disagreements",
    "list_values",
    is_flag=True,
    help="Also list each passage where the coders agree on the code but differ on a value "
    "(both values, the quote, where it is); JSON: 'value_disagreements'.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (documented shape).")
def agreement(
    project: Path,
    coders: str,
    codes: tuple[str, ...],
    documents: tuple[str, ...],
    subcorpus: str | None,
    threshold: float,
    include_subcodes: bool,
    list_values: bool,
    as_json: bool,
) -> None:
    """Inter-coder agreement per code and overall (kappa, alpha, segment agreement)."""
    from annotator.core.analysis.agreement import agreement as compute  # noqa: PLC0415
    from annotator.core.analysis.agreement import value_disagreements  # noqa: PLC0415
    from annotator.core.codebook import CodeTree  # noqa: PLC0415
    from annotator.core.errors import UsageError  # noqa: PLC0415
    from annotator.core.model import coder_key  # noqa: PLC0415

    names = [c.strip() for c in coders.split(",") if c.strip()]
    if len(names) < 2:
        raise click.UsageError("--coders needs at least two names, e.g. --coders mina,jun")
    folded = [coder_key(n) for n in names]  # "Mina" and a full-width "ｍｉｎａ" are one coder
    twice = next((n for n, f in zip(names, folded, strict=True) if folded.count(f) > 1), None)
    if twice is not None:
        raise click.UsageError(f"--coders names {twice!r} twice; name each coder once")
    if subcorpus is not None and documents:
        raise click.UsageError("use --document or --subcorpus, not both")
    with opened(project, readonly=True) as store:
        doc_ids = None
        if documents:
            doc_ids = []
            for name in documents:
                doc = store.document_by_name(name)
                if doc is None:
                    raise AnnotatorError(f"no document named {name!r}", path=project)
                doc_ids.append(doc.guid)
        try:
            report = compute(
                store,
                names,
                codes=list(codes) or None,
                documents=doc_ids,
                threshold=threshold,
                include_subcodes=include_subcodes,
                subcorpus=subcorpus or "coded-by-any",
            )
            value_codes = list(codes) or None
            if value_codes and include_subcodes:  # the values of the sub-codes' codings too
                tree = CodeTree(store.codes())
                value_codes = [
                    g for p in value_codes for g in (tree.find(p).guid, *tree.descendants(tree.find(p).guid))
                ]
            differing = (
                value_disagreements(
                    store,
                    names,
                    codes=value_codes,
                    documents=doc_ids,
                    threshold=threshold,
                    subcorpus=subcorpus or "coded-by-any",
                )
                if list_values
                else None
            )
        except UsageError as exc:  # a request the command line should have refused: exit 2
            raise click.UsageError(exc.reason) from None
    data = report.to_json()
    if differing is not None:
        data["value_disagreements"] = [d.to_json() for d in differing]
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(_agreement_table(data))


def _fmt(value: object) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _agreement_table(data: dict) -> str:
    """The report as a table; the κ column is Cohen's for two coders and Fleiss' for more."""
    kappa = ("cohen_kappa", "Cohen's κ") if len(data["coders"]) == 2 else ("fleiss_kappa", "Fleiss' κ")
    columns = (
        ("percent_agreement", "percent"),
        kappa,
        ("krippendorff_alpha", "α"),
        ("unitized_alpha", "unitized α"),
        ("segment_agreement", "segment"),
    )
    overall = "OVERALL (pooled)"
    width = max([len(c["code"]) for c in data["codes"]] + [len(overall)])
    subcorpus = {"coded-by-all": "coded by every coder", "listed": "as listed"}.get(data.get("subcorpus", ""))
    lines = [
        f"Coders: {', '.join(data['coders'])}; {data['documents']} documents"
        + (f" ({subcorpus})" if subcorpus else "")
        + f"; segment threshold {data['threshold']:.0%}",
        f"{'code':<{width}}  " + "  ".join(f"{h:>10}" for _, h in columns),
    ]
    for row in [*data["codes"], {"code": overall, **data["overall"]}]:
        lines.append(f"{row['code']:<{width}}  " + "  ".join(f"{_fmt(row.get(k)):>10}" for k, _ in columns))
    lines += _field_lines(data)
    lines += _value_disagreement_lines(data.get("value_disagreements"))
    lines += [f"note: {n}" for n in data.get("notes", [])]
    return "\n".join(lines)


def _value_disagreement_lines(rows: list[dict] | None) -> list[str]:
    """Each passage where the coders gave different values: where, both values, the quote."""
    if rows is None:
        return []
    if not rows:
        return ["Value disagreements: none (every value both coders gave agrees within its tolerance)"]
    lines = [f"Value disagreements: {len(rows)} passage(s)"]
    for row in rows:
        first = row["values"][0]
        lines.append(f"  {row['document']} {first['start']}–{first['end']}  {row['code']} / {row['field']}")
        lines.append("    " + "; ".join(f"{v['coder']}: {v['display']}" for v in row["values"]))
        lines.append(f"    “{row['quote']}” (tolerance {row['tolerance']})")
    return lines


def _field_lines(data: dict) -> list[str]:
    """Agreement on typed values, one line per field of the compared codes."""
    rows = [(row["code"], f) for row in data["codes"] for f in row.get("fields", [])]
    if not rows:
        return []
    lines = [
        "Values: of the passages both coders coded with the code (same overlap threshold), "
        "those whose values agree"
    ]
    for code, f in rows:
        where = f"{code} / {f['field']}"
        if not f["matched"]:
            text = "no passage coded by both with a value from each"
        else:
            text = f"{f['agree']} of {f['matched']} agree ({f['share']:.0%})"
        text += f"; tolerance {f['tolerance']}"
        if f["one_value_only"]:
            text += f"; {f['one_value_only']} passage(s) with a value from one coder only"
        lines.append(f"  {where}: {text}")
    return lines


FORMATS = ("csv", "xlsx", "json", "html", "matrix", "cases", "qdpx", "qdc")


@click.command()
@click.argument("project", type=PROJECT)
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the output's suffix.")
@click.option("-o", "--output", required=True, type=PROJECT, help="The file to write.")
@click.option("--coder", "coders", multiple=True, help="Only this coder's codings (repeatable).")
@click.option("--code", "codes", multiple=True, help="Only this code's codings (path; repeatable).")
@click.option("--include-subcodes", is_flag=True, help="--code also takes the code's sub-codes.")
@click.option("--document", "documents", multiple=True, help="Only this document (name; repeatable).")
@click.option(
    "--pseudonymise", is_flag=True, help="Apply the project's pseudonym list to every text and name."
)
@click.option(
    "--no-text", is_flag=True, help="Drop all free text (passages, memos, names): spans and codes only."
)
@click.option(
    "--with-translation",
    is_flag=True,
    help="csv, xlsx, json: each passage's aligned passage in its linked original or translation.",
)
@click.option(
    "--schema",
    type=click.Choice(("ctdc-2021", "ctdc-synthetic", "htcds-2.0")),
    help="cases: one row per victim case in this standard's exact columns (see README, Exports).",
)
@click.option(
    "--pool",
    type=click.Choice(("any", "all")),
    help="cases --schema: pool the coders (any/all coded it) instead of the consensus layer.",
)
@click.option(
    "--min-k",
    "min_k",
    type=click.IntRange(min=1),
    help="cases --schema: coarsen or suppress rows whose quasi-identifiers occur fewer than K times.",
)
@click.option(
    "--code-language",
    type=click.Choice(("en", "ko", "zh_CN")),
    help="Name codes by their labels in this language where they have one (default: canonical names).",
)
@click.option(
    "--veil-warning",
    "veil_warnings",
    multiple=True,
    metavar="NAME",
    help="Write '[veiled: NAME — code]' instead of every passage carrying this content warning (repeatable).",
)
@click.option(
    "--omit-warning",
    "omit_warnings",
    multiple=True,
    metavar="NAME",
    help="Leave out the passages carrying this content warning, their words veiled (repeatable).",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists (never a project or its files).")
def export(
    project: Path,
    fmt: str | None,
    output: Path,
    coders: tuple[str, ...],
    codes: tuple[str, ...],
    include_subcodes: bool,
    documents: tuple[str, ...],
    pseudonymise: bool,
    no_text: bool,
    with_translation: bool,
    schema: str | None,
    pool: str | None,
    min_k: int | None,
    code_language: str | None,
    veil_warnings: tuple[str, ...],
    omit_warnings: tuple[str, ...],
    force: bool,
) -> None:
    """Export coded data: csv, xlsx, json, html, matrix (document x code), cases (CTDC/HTCDS), qdpx, qdc."""
    from annotator.core.exporters import ExportRequest, format_for, run_export  # noqa: PLC0415
    from annotator.core.exporters.case_export import UnresolvedDisagreements  # noqa: PLC0415

    fmt = fmt or format_for(output)
    options = {"schema": schema, "pool": pool, "min_k": min_k}
    if fmt != "cases" and any(v is not None for v in options.values()):
        raise click.UsageError("--schema, --pool and --min-k apply to --format cases")
    if schema is None and (pool is not None or min_k is not None):
        raise click.UsageError("--pool and --min-k need --schema")
    request = ExportRequest(
        fmt,
        output,
        coders=coders or None,
        codes=codes or None,
        include_subcodes=include_subcodes,
        documents=documents or None,
        pseudonymise=pseudonymise,
        no_text=no_text,
        with_translation=with_translation,
        force=force,
        options={k: v for k, v in options.items() if v is not None},
        code_language=code_language,
        veil_warnings=veil_warnings,
        omit_warnings=omit_warnings,
    )
    with opened(project, readonly=True) as store:
        if store.encrypted:
            click.echo(
                f"annotator: warning: {output} will NOT be encrypted; protect it accordingly.", err=True
            )
        update, finish = _progress_bar(f"Exporting {request.format}")
        try:
            try:
                result = run_export(store, request, progress=update)
            finally:
                finish()
        except UnresolvedDisagreements as exc:  # the one error that lists: one line per disagreement
            click.echo(f"annotator: {exc}", err=True)
            for line in exc.lines:
                click.echo(f"  {line}", err=True)
            raise SystemExit(1) from None
    for note in result.notes:
        click.echo(f"annotator: {note}", err=True)
    if result.files:
        names = ", ".join(str(p) for p in result.files)
        click.echo(f"Wrote {names} ({result.format} {schema}, {result.summary()}).")
    else:
        click.echo(f"Wrote {output} ({result.format}, {result.summary()}).")


@click.group()
def team() -> None:
    """What the team lead reads about the team: exposure to content warnings."""


@team.command("exposure")
@click.argument("project", type=PROJECT)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='[{"coder", "warnings": {NAME: ["package", "opened", "coded"]}}, ...]',
)
def exposure_command(project: Path, as_json: bool) -> None:
    """Which coders were exposed to which content warnings: from their packages (beside the
    project), from opened warned documents (audited only for coders who opted in), and from
    warned documents and codes they coded."""
    from annotator.core.analysis.exposure import exposure  # noqa: PLC0415
    from annotator.core.analysis.package import packages_beside  # noqa: PLC0415

    with opened(project, readonly=True) as store:
        found = exposure(store, packages_beside(project, store.info().guid))
    if as_json:
        click.echo(json.dumps([e.as_json() for e in found], ensure_ascii=False, indent=2))
        return
    for entry in found:
        click.echo(f"{entry.coder}:" if entry.warnings else f"{entry.coder}: none")
        for name, sources in entry.warnings.items():
            click.echo(f"  {name} ({', '.join(sources)})")


def _progress_bar(label: str):  # noqa: ANN202 (a pair of callables)
    return progress(label, 100)


def register(group: click.Group) -> None:
    for command in (package, merge, agreement, export, team):
        group.add_command(command)
