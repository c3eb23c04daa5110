"""Entry point of ``pmtui``: parse arguments, run one command, never show a traceback."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from pmtui import __version__
from pmtui.cli import app as app_command
from pmtui.cli import cases as case_commands
from pmtui.cli import demo as demo_command
from pmtui.cli import diff as diff_commands
from pmtui.cli import edit as edit_command
from pmtui.cli import files
from pmtui.cli import repo as repo_commands
from pmtui.cli.common import EXIT_PROBLEM, EXIT_USAGE, CommandFailed, UsageError, err
from pmtui.texts import cli as texts

# Each module adds its commands with ``register(subparsers)``.
COMMAND_MODULES = [
    files,
    diff_commands,
    app_command,
    repo_commands,
    case_commands,
    edit_command,
    demo_command,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("pmtui").strip()
        err(texts.USAGE_ERROR.format(message=message, command=command or "KOMMANDO"))
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmtui", description=texts.PROG_DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"pmtui {__version__}")
    parser.add_argument("--repo", metavar="MAPP", help=texts.HELP_REPO)
    parser.set_defaults(run=app_command.run_app)  # no command: open the app
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
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
    try:
        return run(argv)
    except KeyboardInterrupt:
        err(texts.INTERRUPTED)
        return 130
    except Exception as error:  # the last guard: no traceback reaches a user
        if os.environ.get("PMTUI_DEBUG"):
            traceback.print_exc()
        err(texts.INTERNAL_ERROR.format(error=f"{type(error).__name__}: {error}"))
        return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
