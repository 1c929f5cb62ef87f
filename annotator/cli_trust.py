"""Trust commands: the audit trail and backups."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from annotator.core.errors import AnnotatorError
from annotator.core.store import ProjectStore

PROJECT = click.Path(dir_okay=False, path_type=Path)


@click.group()
def audit() -> None:
    """Verify and export the project's append-only, hash-chained audit trail."""


@audit.command("verify")
@click.argument("project", type=PROJECT)
def audit_verify(project: Path) -> None:
    """Check every audit entry's hash chain; exit 1 if anything was altered."""
    with ProjectStore.open(project, readonly=True) as store:
        problems = store.audit_problems()
        count = len(store.audit_entries())
    if problems:
        for problem in problems:
            click.echo(f"annotator: {project}: {problem}", err=True)
        sys.exit(1)
    click.echo(f"{project}: {count} audit entries, chain intact.")


@audit.command("export")
@click.argument("project", type=PROJECT)
@click.option("-o", "--output", required=True, type=PROJECT, help="A .csv or .json file.")
def audit_export(project: Path, output: Path) -> None:
    """Write the audit trail to a CSV or JSON file."""
    with ProjectStore.open(project, readonly=True) as store:
        entries = store.audit_entries()
        names = {c.guid: c.name for c in store.coders()}
    for entry in entries:
        entry["coder_name"] = names.get(entry["coder"], entry["coder"])
    try:
        if output.suffix.lower() == ".json":
            output.write_text(json.dumps(entries, ensure_ascii=False, indent=2), encoding="utf-8")
        elif output.suffix.lower() == ".csv":
            with output.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(entries[0]) if entries else ["id"])
                writer.writeheader()
                writer.writerows(entries)
        else:
            raise click.UsageError("the audit export must end in .csv or .json")
    except OSError as exc:
        raise AnnotatorError(f"cannot write the file ({exc.strerror})", path=output) from None
    click.echo(f"Wrote {len(entries)} audit entries to {output}")


@click.group()
def backup() -> None:
    """List, take and restore the project's rolling backups."""


@backup.command("list")
@click.argument("project", type=PROJECT)
def backup_list(project: Path) -> None:
    """The project's backups, newest first."""
    from annotator.core.store.backups import list_backups  # noqa: PLC0415

    for path in list_backups(project):
        click.echo(str(path))


@backup.command("now")
@click.argument("project", type=PROJECT)
@click.option("--keep", default=10, show_default=True, help="How many backups to keep.")
def backup_now(project: Path, keep: int) -> None:
    """Take a backup now."""
    from annotator.core.store.backups import take_backup  # noqa: PLC0415

    with ProjectStore.open(project) as store:
        path = take_backup(store, keep=keep)
    click.echo(f"Backed up to {path}")


@backup.command("restore")
@click.argument("project", type=PROJECT)
@click.argument("backup_file", type=PROJECT)
def backup_restore(project: Path, backup_file: Path) -> None:
    """Replace PROJECT with BACKUP_FILE (the current state is backed up first)."""
    from annotator.core.store import read_holder  # noqa: PLC0415
    from annotator.core.store.backups import restore_backup  # noqa: PLC0415

    holder = read_holder(project)
    if holder is not None:
        raise AnnotatorError(f"is open in the app ({holder.describe()}); close it first", path=project)
    saved = restore_backup(project, backup_file)
    click.echo(f"Restored {project} from {backup_file}; the previous state is in {saved}")


@click.command()
@click.argument("project", type=PROJECT)
def encrypt(project: Path) -> None:
    """Encrypt an existing project with a passphrase (the plain file is kept as a .bak)."""
    from annotator.cli import new_passphrase  # noqa: PLC0415
    from annotator.core.store import cipher  # noqa: PLC0415

    _closed(project)
    if not cipher.is_plain_sqlite(project):
        raise AnnotatorError("is already encrypted (or not a project)", path=project)
    ProjectStore.open(project, passphrase="").close()  # checks it is a healthy project of ours
    backup = cipher.convert(project, old=None, new=new_passphrase(project))
    click.echo(
        f"Encrypted {project}. The unencrypted original is {backup}: delete it securely once "
        "you have checked the encrypted project opens."
    )
    from annotator.core.store.backups import backup_dir  # noqa: PLC0415

    if backup_dir(project).is_dir():
        click.echo(
            f"Earlier automatic backups in {backup_dir(project)} are NOT encrypted: delete them securely too."
        )


@click.command()
@click.argument("project", type=PROJECT)
def decrypt(project: Path) -> None:
    """Remove a project's encryption (the encrypted file is kept as a .bak)."""
    from annotator.cli import ask_passphrase  # noqa: PLC0415
    from annotator.core.store import cipher, keys  # noqa: PLC0415

    _closed(project)
    if cipher.is_plain_sqlite(project):
        raise AnnotatorError("is not encrypted", path=project)
    passphrase = keys.lookup(project) or ask_passphrase(project)
    ProjectStore.open(project, passphrase=passphrase).close()
    backup = cipher.convert(project, old=passphrase, new=None)
    click.echo(f"Decrypted {project}; the encrypted original is kept as {backup}.")


def _closed(project: Path) -> None:
    from annotator.core.store import read_holder  # noqa: PLC0415

    holder = read_holder(project)
    if holder is not None:
        raise AnnotatorError(f"is open in the app ({holder.describe()}); close it first", path=project)


def register(group: click.Group) -> None:
    for command in (audit, backup, encrypt, decrypt):
        group.add_command(command)
