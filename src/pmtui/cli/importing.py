"""``pmtui import FILE… [--dry-run] [--commit] [--dnr DNR]``: documents in as cases.

Each file is read and recognised (``pmtui.importing``); what was recognised and what was
not is said on stderr. ``--dry-run`` prints the case file on stdout and writes nothing;
by default the case file is written into ``cases/`` (never over an existing case);
``--commit`` saves it through the store instead, one commit per file, so the personal-data
guard and the hooks run as on every save.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pmtui.atomic import write_atomically
from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Commands,
    UsageError,
    add_command,
    err,
    find_root,
    out,
)
from pmtui.cli.repo import add_write_options, open_for_writing, report_saved, store_errors
from pmtui.format.emit import serialize_case
from pmtui.format.personal_numbers import scan_case_file
from pmtui.importing import ImportFailed, ImportResult, import_file, with_free_local_number
from pmtui.model.dnr import Dnr, DnrError
from pmtui.texts import importing as texts


def register(commands: Commands) -> None:
    command = add_command(commands, "import", texts.HELP_IMPORT, run_import)
    command.add_argument("files", nargs="+", metavar="FIL", help=texts.HELP_IMPORT_FILES)
    command.add_argument("--dry-run", action="store_true", help=texts.HELP_IMPORT_DRY_RUN)
    command.add_argument("--commit", action="store_true", help=texts.HELP_IMPORT_COMMIT)
    command.add_argument("--dnr", metavar="DNR", help=texts.HELP_IMPORT_DNR)
    add_write_options(command)


def _given_dnr(args: argparse.Namespace) -> Dnr | None:
    if args.dnr is None:
        return None
    if len(args.files) > 1:
        raise UsageError(texts.DNR_WITH_MANY_FILES)
    try:
        return Dnr.parse(args.dnr)
    except DnrError as error:
        raise UsageError(texts.BAD_DNR_OPTION.format(error=error)) from None


def run_import(args: argparse.Namespace) -> int:
    dnr = _given_dnr(args)
    root = None if args.dry_run else find_root(explicit=args.repo)
    done = 0
    for name in args.files:
        try:
            result = import_file(Path(name), dnr)
        except ImportFailed as error:
            err(f"pmtui: {error}")
            continue
        report(name, result)
        done += _deliver(args, root, name, result)
    err(texts.SUMMARY.format(done=done, total=len(args.files)))
    return EXIT_OK if done == len(args.files) else EXIT_PROBLEM


def report(name: str, result: ImportResult) -> None:
    """What was recognised and what was not, on stderr."""
    err(texts.FILE_HEADING.format(path=name))
    err(texts.RECOGNISED_HEADING)
    for what, value in result.recognised:
        err(texts.RECOGNISED_LINE.format(what=what, value=value))
    if result.kept:
        err(texts.NOT_PLACED_HEADING.format(heading=texts.KEPT_HEADING))
        for text in result.kept:
            err(texts.NOT_PLACED_LINE.format(text=text[:200]))
    else:
        err(texts.NOTHING_UNPLACED)
    placed = result.words_placed
    err(texts.WORD_COUNT.format(words_in=result.words_in, placed=placed, kept=result.kept_words))
    if result.page_lines:
        err(texts.PAGE_NOISE.format(count=result.page_lines))


def _deliver(args: argparse.Namespace, root: Path | None, name: str, result: ImportResult) -> int:
    """Show, write or commit the case; 1 when it was delivered."""
    case = result.case
    if root is not None:
        case = with_free_local_number(case, lambda path: (root / path).exists())
    text = serialize_case(case)
    if args.commit:
        repo = open_for_writing(args)
        with store_errors():
            report_saved(repo.create(case))
        return 1
    _report_personal_data(name, text)
    if root is None:
        out(text.removesuffix("\n"))
        return 1
    path = root / case.dnr.relative_path
    if path.exists():
        err(f"pmtui: {texts.CASE_EXISTS.format(path=path, dnr=case.dnr)}")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"))
    err(texts.WRITTEN.format(path=path))
    return 1


def _report_personal_data(name: str, text: str) -> None:
    hits = scan_case_file(text)
    if hits:
        described = ", ".join(hit.described for hit in hits)
        err(f"pmtui: {texts.PERSONAL_DATA_FOUND.format(path=name, hits=described)}")
