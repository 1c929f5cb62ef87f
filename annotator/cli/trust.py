"""Trust commands: the audit trail, backups, encryption."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from annotator.core.errors import AnnotatorError

from .context import PROJECT, say
from .opening import new_passphrase, open_project, opened, passphrase_for, refuse_if_open_in_app


@click.group()
def audit() -> None:
    """Verify and export the project's append-only, hash-chained audit trail."""


def _expected_entry(_ctx: click.Context, _param: object, value: str | None) -> tuple[int, str] | None:
    """``ENTRY:HASH`` as printed by an earlier verify (16 or more hex digits of the hash)."""
    if value is None:
        return None
    entry, _, digest = value.partition(":")
    digest = digest.strip().lower()
    if not entry.strip().isdigit() or len(digest) < 16 or any(c not in "0123456789abcdef" for c in digest):
        raise click.BadParameter("give ENTRY:HASH, e.g. 42:3f9c0a1b2c3d4e5f (16 or more hex digits)")
    return int(entry), digest


@audit.command("verify")
@click.argument("project", type=PROJECT)
@click.option(
    "--expect",
    metavar="ENTRY:HASH",
    callback=_expected_entry,
    help="Also check the log still holds this entry with this hash (printed by an earlier verify).",
)
@click.option(
    "--accept",
    is_flag=True,
    help="Make the log as it is now this computer's reference (after checking a reported "
    "removal, e.g. a backup restored on purpose).",
)
def audit_verify(project: Path, expect: tuple[int, str] | None, accept: bool) -> None:
    """Check the audit trail (hash chain, head, protecting triggers, this computer's record);
    exit 1 with one line per problem."""
    from annotator.core.store import audit_anchor  # noqa: PLC0415

    with opened(project, readonly=True) as store:
        verdict = audit_anchor.verify(store, expect=expect, accept=accept)
    if verdict.problems:
        for problem in verdict.problems:
            click.echo(f"annotator: {project}: {problem}", err=True)
        sys.exit(1)
    entry, digest = verdict.tip
    entries = f"{verdict.entries} audit entr{'y' if verdict.entries == 1 else 'ies'}"
    click.echo(f"{project}: {entries}, chain intact; head and triggers as written.")
    if entry:
        click.echo(f"Last entry {entry}:{digest} (note it; --expect {entry}:{digest[:16]} checks it later)")
    for note in verdict.notes:
        click.echo(note)


@audit.command("export")
@click.argument("project", type=PROJECT)
@click.option("-o", "--output", required=True, type=PROJECT, help="A .csv or .json file.")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists (never a project or its files).")
def audit_export(project: Path, output: Path, force: bool) -> None:
    """Write the audit trail to a CSV or JSON file."""
    from annotator.core.outputs import check_output, write_output  # noqa: PLC0415

    if output.suffix.lower() not in (".csv", ".json"):
        raise click.UsageError("the audit export must end in .csv or .json")
    guard = {"force": force, "projects": [project], "sources": [project]}
    check_output(output, **guard)
    with opened(project, readonly=True) as store:
        entries = store.audit_entries()
        names = {c.guid: c.name for c in store.coders()}
        links = store.audit_coder_ids()  # names stored before schema 4 -> their coder's GUID
    for entry in entries:  # the stored columns stay as written (the hash chain covers them)
        guid = links.get(entry["coder"], entry["coder"])
        entry["coder_guid"] = guid
        entry["coder_name"] = names.get(guid, guid)
    if output.suffix.lower() == ".json":
        data = json.dumps(entries, ensure_ascii=False, indent=2).encode("utf-8")
    else:
        text = io.StringIO(newline="")
        writer = csv.DictWriter(text, fieldnames=list(entries[0]) if entries else ["id"])
        writer.writeheader()
        writer.writerows(entries)
        data = text.getvalue().encode("utf-8-sig")
    with write_output(output, **guard) as fh:
        fh.write(data)
    click.echo(f"Wrote {len(entries)} audit entries to {output}")


@click.group()
def backup() -> None:
    """List, take and restore the project's rolling backups."""


@backup.command("list")
@click.argument("project", type=PROJECT)
def backup_list(project: Path) -> None:
    """The project's backups, newest first."""
    from annotator.core.protection import list_backups  # noqa: PLC0415

    for path in list_backups(project):
        click.echo(str(path))


@backup.command("now")
@click.argument("project", type=PROJECT)
@click.option("--keep", default=10, show_default=True, help="How many backups to keep.")
def backup_now(project: Path, keep: int) -> None:
    """Take a backup now."""
    from annotator.core.protection import take_backup  # noqa: PLC0415

    with opened(project) as store:
        path = take_backup(store, keep=keep)
    click.echo(f"Backed up to {path}")


@backup.command("restore")
@click.argument("project", type=PROJECT)
@click.argument("backup_file", type=PROJECT)
def backup_restore(project: Path, backup_file: Path) -> None:
    """Replace PROJECT with BACKUP_FILE (the current state is backed up first).

    The project keeps its protection: a plain backup is encrypted with the project's
    passphrase; an encrypted backup restored into a plain project is written plain.
    """
    from annotator.core.protection import restore_backup  # noqa: PLC0415

    # The project is not opened: a damaged one is what a restore is for. Only who holds it
    # and the passphrases come from the opening path.
    refuse_if_open_in_app(project)
    passphrase = passphrase_for(project)
    backup_key = passphrase_for(backup_file, ask=False) or passphrase or passphrase_for(backup_file)
    saved = restore_backup(project, backup_file, passphrase=passphrase, backup_passphrase=backup_key)
    click.echo(f"Restored {project} from {backup_file}; the previous state is in {saved}")


@click.command()
@click.argument("project", type=PROJECT)
@click.option(
    "--remove-plaintext",
    is_flag=True,
    help="Afterwards delete every unencrypted copy found (the original, backups, .bak files) without asking.",
)
def encrypt(project: Path, remove_plaintext: bool) -> None:
    """Encrypt an existing project with a passphrase; list (and offer to delete) unencrypted copies."""
    from annotator.core import protection  # noqa: PLC0415

    if protection.is_encrypted(project):
        raise AnnotatorError("is already encrypted (or not a project)", path=project)
    with open_project(project, exclusive=True):
        pass  # a healthy project of ours (upgraded if older), closed again before it is converted
    done = protection.encrypt(project, new_passphrase(project))
    _report_leftovers(done.removed_leftovers)
    where = f" (really {done.real}; the link still points there)" if done.real != project.absolute() else ""
    click.echo(f"Encrypted {project}{where}.")
    copies = protection.plaintext_copies(done.real)
    if not copies:
        return
    click.echo("These files hold the project's content UNENCRYPTED:", err=True)
    for path in copies:
        click.echo(f"  {path}", err=True)
    ask = not remove_plaintext and sys.stdin.isatty()
    if remove_plaintext or (ask and click.confirm("Delete them now?", default=False, err=True)):
        failed = protection.remove(copies)
        for path in failed:
            click.echo(f"annotator: {path}: could not delete it; delete it yourself", err=True)
        click.echo(
            f"Deleted {len(copies) - len(failed)} unencrypted copies (on SSDs the disk blocks may "
            "survive until reused: full-disk encryption protects against that).",
            err=True,
        )
    else:
        click.echo(
            "Delete them once you have checked that the encrypted project opens "
            "(annotator encrypt --remove-plaintext, or a secure-delete tool).",
            err=True,
        )


@click.command()
@click.argument("project", type=PROJECT)
def decrypt(project: Path) -> None:
    """Remove a project's encryption (the encrypted file is kept as a .bak)."""
    from annotator.core import protection  # noqa: PLC0415

    if not protection.is_encrypted(project):
        raise AnnotatorError("is not encrypted", path=project)
    with open_project(project, exclusive=True) as opening:  # the passphrase, checked by opening
        passphrase = opening.store.passphrase or ""
    done = protection.decrypt(project, passphrase)
    _report_leftovers(done.removed_leftovers)
    click.echo(f"Decrypted {project}; the encrypted original is kept as {done.backup}.")


def _report_leftovers(paths: list[Path]) -> None:
    for path in paths:
        say(f"Removed {path}, an unfinished copy left by an interrupted conversion.")


def register(group: click.Group) -> None:
    for command in (audit, backup, encrypt, decrypt):
        group.add_command(command)
