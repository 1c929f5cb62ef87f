"""The ``annotator`` command: GUI launcher and the team lead's scriptable tasks.

Contract (README "Command line"): errors are one line on stderr with exit 1,
usage errors exit 2, ``--json`` output has a stable documented shape, codes are
named by path ``Group/Code``. This package only parses and prints; the work is
done by :mod:`annotator.core`. Every command opens projects through
:func:`annotator.cli.opening.open_project`; what one invocation knows (its coder,
its passphrases) travels in an :class:`~annotator.cli.context.Invocation` on
click's context, never in a module variable.

Modules: ``context`` (the invocation), ``opening`` (the one opening path),
``project`` (new, import, info, autocode, demo), ``codebook``, ``team`` (package,
merge, agreement, export), ``cases`` (persons and their links), ``facts`` (typed values
counted), ``search`` (corpus search), ``trust`` (audit, backup, encrypt, decrypt).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from annotator import __version__
from annotator.core import outputs
from annotator.core.errors import AnnotatorError

from . import cases, codebook, content_warnings, facts, project, search, team, translation, trust
from .context import PROJECT, Invocation, coder_option, fail, invocation

__all__ = ["cli", "main"]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
@click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    envvar="ANNOTATOR_PASSPHRASE_FILE",
    help="File holding the passphrase of encrypted projects (first line). Else you are asked.",
)
@click.option(
    "--coder",
    "group_coder",
    metavar="NAME",
    help="Code as NAME (for the app and every command; else $ANNOTATOR_CODER, else remembered).",
)
@click.pass_context
def cli(ctx: click.Context, passphrase_file: Path | None, group_coder: str | None) -> None:
    """Testimony Annotator: code testimony with a trafficking typology, offline.

    With no command, opens the app on the most recent project (or the demo project).
    """
    run = ctx.ensure_object(Invocation)
    run.passphrase_file = passphrase_file
    run.coder = group_coder
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@click.argument("project", type=PROJECT, required=False)
@coder_option("Code as this coder (else $ANNOTATOR_CODER, else the remembered name).")
def gui(project: Path | None) -> None:
    """Open the app (on PROJECT, the most recent project, or the demo project)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        # Qt would abort the interpreter with a page of plugin messages; say it in one line.
        fail(
            "no graphical display here (DISPLAY is not set): run the app on a desktop, "
            "or use the command-line subcommands (annotator --help)"
        )
    try:
        from annotator.gui.app import run  # noqa: PLC0415 (Qt loads only for the GUI)
    except ImportError as exc:
        fail(f"the graphical app is not available ({exc})")
        return
    sys.exit(run(project=project, coder=invocation().coder))


for _module in (project, search, codebook, cases, team, facts, trust, translation, content_warnings):
    _module.register(cli)


def _database_errors() -> tuple[type[BaseException], ...]:
    from annotator.core.store.cipher import database_errors  # noqa: PLC0415

    return database_errors()


def main(argv: list[str] | None = None) -> None:
    """Entry point: domain errors become one line on stderr and exit status 1.

    Each call gets a fresh :class:`Invocation` (coder, passphrases), dropped when it returns.
    """
    outputs.private_umask()  # whatever we create (projects, journals, exports) is the owner's only
    try:
        cli.main(args=argv, prog_name="annotator", standalone_mode=False, obj=Invocation())
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AnnotatorError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted")
    except _database_errors() as exc:  # SQLite's error outside a change: still one line in words
        from annotator.core.store.sqlite_errors import describe  # noqa: PLC0415

        fail(str(describe(exc)))
    except (OSError, MemoryError) as exc:
        fail(f"{exc}")
    except Exception as exc:  # a bug, not bad input: still one line unless debugging
        if os.environ.get("ANNOTATOR_DEBUG"):
            raise
        fail(f"internal error ({type(exc).__name__}: {exc}); set ANNOTATOR_DEBUG=1 for details")


if __name__ == "__main__":  # pragma: no cover
    main()
