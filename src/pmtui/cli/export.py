"""``pmtui export DNR --to txt|md|html|docx|pdf [-o FILE]``: a case in the official layout.

Text formats go to stdout unless ``-o`` names a file; docx and pdf go to ``<slug>.<format>``
in the current folder (never over an existing file: ``-o`` replaces one on purpose).
What was written, and where, is said on stderr, so stdout stays the document.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    display_path,
    err,
    find_root,
    out,
    read_bytes,
    resolve_case,
)
from pmtui.cli.conflicts import explain_conflicts, has_conflict_markers, repository_state
from pmtui.export import ExportError, ExportFormat, default_file_name, export_case
from pmtui.export.files import check_target, write_export
from pmtui.format import inspect_case
from pmtui.model.case import Case
from pmtui.texts import cli as cli_texts
from pmtui.texts import export as texts

STDOUT = "-"


def register(commands: Commands) -> None:
    export = add_command(commands, "export", texts.HELP_EXPORT, run_export)
    export.add_argument("case", metavar="DNR|PATH", help=cli_texts.HELP_CASE)
    export.add_argument(
        "--to", choices=[f.value for f in ExportFormat], metavar="FORMAT", help=texts.HELP_EXPORT_TO
    )
    export.add_argument("-o", "--output", metavar="FIL", help=texts.HELP_EXPORT_OUTPUT)
    export.add_argument(
        "--med-sekretess", dest="with_secret", action="store_true", help=texts.HELP_EXPORT_SECRET
    )


def _format(args: argparse.Namespace) -> ExportFormat:
    if args.to:
        return ExportFormat(args.to)
    suffix = Path(args.output or "").suffix.removeprefix(".").lower()
    if suffix in {f.value for f in ExportFormat}:
        return ExportFormat(suffix)
    raise UsageError(texts.NO_FORMAT)


def _readable_case(arg: str, root: Path) -> Case | None:
    """The case ``arg`` names, read as ``pmtui show`` reads it; None (errors printed) when
    it cannot be read."""
    target = resolve_case(arg, root)
    if not target.path.is_file():
        raise CommandFailed(cli_texts.CASE_NOT_FOUND.format(arg=arg, path=target.path))
    report = inspect_case(read_bytes(target.path), display_path(target.path))
    if report.case is None or report.errors:
        for problem in report.errors:
            err(f"pmtui: {problem.located()}")
        if has_conflict_markers(report):
            explain_conflicts(repository_state(root), [display_path(target.path)])
        return None
    return report.case


def _target(output: str | None, case: Case, to: ExportFormat) -> Path | None:
    """The file to write; None for stdout."""
    if output == STDOUT or (output is None and not to.binary):
        if to.binary and sys.stdout.isatty():
            name = default_file_name(case, to)
            raise CommandFailed(texts.BINARY_TO_TERMINAL.format(format=to.value, name=name))
        return None
    if output is not None and not Path(output).is_dir():
        return Path(output)
    path = Path(output or ".") / default_file_name(case, to)
    if path.exists():
        raise CommandFailed(texts.DEFAULT_FILE_EXISTS.format(path=display_path(path)))
    return path


def run_export(args: argparse.Namespace) -> int:
    root = find_root(explicit=args.repo)
    to = _format(args)
    case = _readable_case(args.case, root)
    if case is None:
        return EXIT_PROBLEM
    target = _target(args.output, case, to)
    try:
        if target is not None:
            check_target(target, root)
        data = _exported(case, to, args.with_secret)
        if target is None:
            _to_stdout(data, to)
            return EXIT_OK
        write_export(target, data)
    except ExportError as error:
        raise CommandFailed(str(error)) from None
    err(texts.WRITTEN.format(dnr=case.dnr, format=to.value, path=display_path(target)))
    return EXIT_OK


def _exported(case: Case, to: ExportFormat, with_secret: bool) -> bytes:
    """The export's bytes; the sekretess sections left out of it are named on stderr."""
    exported = export_case(case, to, with_secret=with_secret)
    if exported.left_out:
        headings = ", ".join(exported.left_out)
        err(f"pmtui: {texts.SECRET_SECTIONS_LEFT_OUT.format(headings=headings)}")
    return exported.data


def _to_stdout(data: bytes, to: ExportFormat) -> None:
    if to.binary:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:
        out(data.decode("utf-8").removesuffix("\n"))
