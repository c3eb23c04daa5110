"""Entry point of ``pmtui``: parse arguments, run one command, never show a traceback.

When the reader of stdout goes away (``pmtui log DNR | head -1``), pmtui stops quietly
and exits 141, as git does: 128 + SIGPIPE (13) is what a shell reports for a program
that the closed pipe stopped, so ``set -o pipefail`` scripts see pmtui as they see git.
pmtui does not die by the signal itself: a save in progress always finishes.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING

from pmtui import __version__

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from types import ModuleType

# ``pmtui --version`` answers before argparse, the command table and its texts are loaded
# (docs/decisions.md, "lazy imports"); the modules below are imported where they are used.
# Each command module (``pmtui.cli.<name>``, listed in cli/commands.py) adds its commands
# with ``register(subparsers)``; it is imported only for the command that runs.
EVERY_COMMAND = "*"  # build_parser's default: every module imported, every argument added
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports git stopped by a closed pipe


def command_modules() -> list[ModuleType]:
    """Every command module, in the order of the command list (imports them all)."""
    from pmtui.cli.commands import COMMAND_TABLE

    return [importlib.import_module(f"pmtui.cli.{name}") for name, _ in COMMAND_TABLE]


def build_parser(command: str | None = EVERY_COMMAND) -> argparse.ArgumentParser:
    """The parser of ``pmtui``. Given the ``command`` on the command line (None: none),
    only its module is imported; the others are listed by name and help text alone."""
    from pmtui.cli.commands import COMMAND_TABLE, module_of
    from pmtui.cli.parser import SwedishParser
    from pmtui.texts import cli as texts

    parser = SwedishParser(prog="pmtui", description=texts.PROG_DESCRIPTION)
    parser.add_argument(
        "--version", action="version", version=f"pmtui {__version__}", help=texts.HELP_VERSION
    )
    parser.add_argument("--repo", metavar="MAPP", help=texts.HELP_REPO)
    parser.set_defaults(run=_run_app)  # no command: open the app
    commands = parser.add_subparsers(
        title=texts.COMMANDS_TITLE, dest="command", metavar="KOMMANDO", parser_class=SwedishParser
    )
    wanted = module_of(command) if command not in (None, EVERY_COMMAND) else None
    for module, listed in COMMAND_TABLE:
        if command == EVERY_COMMAND or module == wanted:
            importlib.import_module(f"pmtui.cli.{module}").register(commands)
        else:  # listed in ``pmtui --help``, never parsed: the command named is another
            for name, help_text in listed:
                commands.add_parser(name, help=help_text)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from pmtui.cli.app import run_app  # the app and the store only when the app opens

    return run_app(args)


def run(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words == ["--version"]:  # what argparse's version action writes, without argparse
        sys.stdout.write(f"pmtui {__version__}\n")
        return 0
    from pmtui.cli.commands import command_in
    from pmtui.cli.common import EXIT_PROBLEM, EXIT_USAGE, CommandFailed, UsageError, err
    from pmtui.texts import cli as texts

    parser = build_parser(command_in(words))
    args, extra = parser.parse_known_args(argv)
    if extra:  # refused as parse_args does, with a hint that names the command
        unknown = texts.ARGPARSE_UNRECOGNIZED.format(" ".join(extra))
        err(texts.USAGE_ERROR.format(message=unknown, command=args.command or "KOMMANDO"))
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except UsageError as error:
        err(texts.USAGE_ERROR.format(message=error, command=args.command))
        return EXIT_USAGE
    except CommandFailed as error:
        err(f"pmtui: {error}")
        return EXIT_PROBLEM


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code. stdout is flushed here, so that a closed pipe is
    noticed while pmtui can still exit quietly (not when Python shuts down)."""
    try:
        try:
            return _guarded(argv)
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_output()
        return EXIT_BROKEN_PIPE


def _guarded(argv: Sequence[str] | None) -> int:
    try:
        return run(argv)
    except BrokenPipeError:
        raise
    except KeyboardInterrupt:
        from pmtui.cli.common import err
        from pmtui.texts import cli as texts

        err(texts.INTERRUPTED)
        return 130
    except Exception as error:  # the last guard: no traceback reaches a user
        from pmtui.cli.common import EXIT_PROBLEM, err
        from pmtui.texts import cli as texts

        if os.environ.get("PMTUI_DEBUG"):
            import traceback

            traceback.print_exc()
        err(texts.INTERNAL_ERROR.format(error=f"{type(error).__name__}: {error}"))
        return EXIT_PROBLEM


def _silence_output() -> None:
    """stdout and stderr to /dev/null: what is still buffered for the closed pipe is
    dropped when Python exits, instead of failing again with a message."""
    import contextlib

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, stream.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
