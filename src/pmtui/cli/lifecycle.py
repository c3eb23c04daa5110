"""Store commands that end a case's active life: ``archive`` and ``delete``, one commit each.

``delete`` asks first when it can (stdin is a terminal): the answer must be the case's dnr
or ``ja``. Scripts say ``--ja``; without a terminal and without it, nothing is deleted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import PurePosixPath

from pmtui.cli.common import EXIT_OK, CommandFailed, Commands, UsageError, add_command, err
from pmtui.cli.repo import add_write_options, open_for_writing, report_saved, store_errors
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store import LoadedCase, SaveResult
from pmtui.terminal import safe_line
from pmtui.texts import lifecycle as texts
from pmtui.texts import store as store_texts

YES = "ja"


def register(commands: Commands) -> None:
    archive = add_command(commands, "archive", texts.HELP_ARCHIVE, run_archive)
    archive.add_argument("case", metavar="DNR", help=store_texts.HELP_CASE_ARG)
    archive.add_argument(
        "--återställ", "--aterstall", dest="restore", action="store_true", help=texts.HELP_RESTORE
    )
    add_write_options(archive)
    delete = add_command(commands, "delete", texts.HELP_DELETE, run_delete)
    delete.add_argument("case", metavar="DNR", help=store_texts.HELP_CASE_ARG)
    delete.add_argument("-m", "--message", metavar="MEDDELANDE", help=store_texts.HELP_MESSAGE)
    delete.add_argument("-y", "--ja", "--yes", dest="yes", action="store_true", help=texts.HELP_YES)
    add_write_options(delete)


def run_archive(args: argparse.Namespace) -> int:
    repo = open_for_writing(args)
    with store_errors():
        result = repo.archive(args.case, restore=args.restore)
    if result.commit_id is None:  # archived already (or, restoring, not archived)
        unchanged = texts.NOT_ARCHIVED if args.restore else texts.ALREADY_ARCHIVED
        err(unchanged.format(dnr=_dnr_shown(result)))
        return EXIT_OK
    report_saved(result)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    repo = open_for_writing(args)
    with store_errors():
        loaded = repo.load(args.case)
    if not args.yes:
        confirm(loaded, args.case)
    with store_errors():
        report_saved(repo.delete(args.case, loaded.base, args.message))
    return EXIT_OK


def confirm(loaded: LoadedCase, typed: str) -> None:
    """Ask on the terminal; anything but the dnr (as shown or as typed) or ``ja`` stops."""
    if not _is_terminal():
        raise UsageError(texts.DELETE_NEEDS_ANSWER)
    dnr = str(loaded.case.dnr) if loaded.case is not None else loaded.base.path
    title = loaded.case.title if loaded.case is not None else loaded.base.path
    sys.stderr.write(safe_line(texts.DELETE_QUESTION.format(dnr=dnr, title=title)))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().casefold()
    if answer not in {YES, dnr.casefold(), typed.strip().casefold()}:
        raise CommandFailed(texts.DELETE_CANCELLED.format(dnr=dnr))


def _is_terminal() -> bool:
    try:
        return bool(sys.stdin is not None and sys.stdin.isatty())
    except (OSError, ValueError):
        return False


def _dnr_shown(result: SaveResult) -> str:
    try:
        return str(Dnr.from_slug(PurePosixPath(result.path).stem))
    except DnrError:
        return result.path
