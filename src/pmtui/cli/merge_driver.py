"""``pmtui merge-driver BASE OURS THEIRS MARKER_SIZE PATH``: git's merge driver for case
files (``merge.pmtui.driver``, set by ``pmtui git-setup``; registration in
cli/merge_setup.py).

Git runs it once per case file that both sides changed (in ``git merge``, ``pull``,
``rebase``, ``cherry-pick`` and ``revert``), in the work tree's top folder. It writes the
result over OURS and exits 0 when the merge is clean, 1 when the file is left in conflict
(never above 128, which would stop the whole merge). Whatever goes wrong, OURS ends up
as a merge git can show (pmtui's, or ``git merge-file``'s) or stays as it was; git keeps
every side in the index. The merge is ``pmtui.merge``; the line merge and the log are the
store's. Git starts it as ``python -m pmtui.cli.merge_driver`` (this module's ``main``),
which loads only what a merge needs. See docs/merge.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    Commands,
    UsageError,
    add_command,
    err,
)
from pmtui.cli.parser import SwedishParser
from pmtui.merge import CaseMerge, Deadline, Outcome, Side, merge_case_texts
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.merge_driver import append_merge_log, driver_enabled, line_merge, write_result
from pmtui.texts import cli as cli_texts
from pmtui.texts import counted
from pmtui.texts import merge as texts

TIMEOUT_VARIABLE = "PMTUI_MERGE_TIMEOUT"
DEFAULT_TIMEOUT = 10.0  # seconds; then Git's line merge is used
LABELS = (texts.OURS_LABEL, texts.BASE_LABEL, texts.THEIRS_LABEL)
COMMAND = "merge-driver"
EXIT_INTERRUPTED = 130  # above 128: git stops the whole merge, as the user asked


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("base", metavar="BAS", help=texts.HELP_BASE)
    parser.add_argument("ours", metavar="VÅR", help=texts.HELP_OURS)
    parser.add_argument("theirs", metavar="DERAS", help=texts.HELP_THEIRS)
    parser.add_argument("marker_size", metavar="MARKÖRLÄNGD", help=texts.HELP_MARKER_SIZE)
    parser.add_argument("path", metavar="SÖKVÄG", help=texts.HELP_PATH)


def register(commands: Commands) -> None:
    add_arguments(add_command(commands, COMMAND, texts.HELP_MERGE_DRIVER, run_merge_driver))


def _marker_size(value: str) -> int:
    try:
        size = int(value)
    except ValueError:
        size = 0
    if not 7 <= size <= 100:
        raise UsageError(texts.MARKER_SIZE_INVALID.format(value=value))
    return size


def _timeout() -> float:
    try:
        return max(0.0, float(os.environ.get(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


Files = tuple[Path, Path, Path]  # base, ours, theirs


def run_merge_driver(args: argparse.Namespace) -> int:
    size = _marker_size(args.marker_size)
    files: Files = (Path(args.base), Path(args.ours), Path(args.theirs))
    if not driver_enabled(Path.cwd()):
        return _line_merge(files, size, args.path)
    merged = _structured(files, size, args.path)
    if merged is None:
        return EXIT_PROBLEM  # a side could not be read (said why); OURS as it was
    if merged.outcome is Outcome.FALLBACK:
        err(texts.SUMMARY_FALLBACK.format(path=args.path, reason=merged.reason))
        _log(args.path, merged)
        return _line_merge(files, size, args.path)
    summary = summary_lines(args.path, merged)
    if not _written(files[1], merged.text.encode("utf-8")):
        return EXIT_PROBLEM
    _log(args.path, merged)
    for line in summary:
        err(line)
    return EXIT_OK if merged.outcome is Outcome.CLEAN else EXIT_PROBLEM


def _structured(files: Files, size: int, path: str) -> CaseMerge | None:
    """pmtui's merge of the three files; a merge that failed unexpectedly falls back."""
    versions = [_read(file) for file in files]
    if any(data is None for data in versions):
        return None
    base, ours, theirs = (data or b"" for data in versions)
    deadline = Deadline(_timeout())
    try:
        return merge_case_texts(base, ours, theirs, path=path, marker_size=size, deadline=deadline)
    except Exception as error:  # a fault in pmtui's merge: git's line merge instead
        reason = texts.REASON_INTERNAL.format(error=f"{type(error).__name__}: {error}")
        return CaseMerge(Outcome.FALLBACK, reason=reason)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        err(texts.READ_FAILED.format(path=path, error=error.strerror or error))
        return None


def _written(path: Path, data: bytes) -> bool:
    try:
        write_result(path, data)
    except OSError as error:
        err(texts.WRITE_FAILED.format(path=path, error=error.strerror or error))
        return False
    return True


def _line_merge(files: Files, size: int, path: str) -> int:
    """Exactly what ``git merge-file`` gives; OURS left as it is if git cannot run."""
    base, ours, theirs = files
    result = line_merge(ours, base, theirs, size, LABELS)
    if result.data is None:
        err(texts.LINE_MERGE_FAILED.format(path=path, error=result.error))
        return EXIT_PROBLEM
    if not _written(ours, result.data):
        return EXIT_PROBLEM
    return EXIT_OK if result.conflicts == 0 else EXIT_PROBLEM


_LOG_OUTCOMES = {
    Outcome.CLEAN: texts.LOG_CLEAN,
    Outcome.CONFLICTS: texts.LOG_CONFLICTS,
    Outcome.INVALID: texts.LOG_INVALID,
    Outcome.FALLBACK: texts.LOG_LINES,
}


def merge_record(path: str, merged: CaseMerge) -> dict[str, Any]:
    """One line of the merge log: what was taken from which side, and what was not."""
    return {
        "tid": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "fil": path,
        "dnr": _dnr(path),
        "utfall": _LOG_OUTCOMES[merged.outcome],
        "delar": [
            {"del": r.place, "från": texts.LOG_SIDES[r.side.value], "text": r.text}
            for r in merged.resolutions
        ],
        "konflikter": [{"rad": c.line, "del": c.place, "varför": c.why} for c in merged.conflicts],
        "fel": [problem.located(path) for problem in merged.problems],
        "skäl": merged.reason,
    }


def _dnr(path: str) -> str | None:
    """The case a file is, by its name (None for a file that is not named as a case)."""
    try:
        return str(Dnr.from_slug(Path(path).stem))
    except DnrError:
        return None


def _log(path: str, merged: CaseMerge) -> None:
    if not append_merge_log(Path.cwd(), merge_record(path, merged)):
        err(texts.LOG_FAILED)


def summary_lines(path: str, merged: CaseMerge) -> list[str]:
    """What the driver says on stderr about a merge it made."""
    changes = texts.CHANGES_BY_SIDE.format(
        ours=counted(merged.count(Side.OURS), texts.CHANGES),
        theirs=counted(merged.count(Side.THEIRS), texts.CHANGES),
    )
    if merged.outcome is Outcome.CLEAN:
        return [texts.SUMMARY_CLEAN.format(path=path, changes=changes)]
    if merged.outcome is Outcome.CONFLICTS:
        conflicts = counted(len(merged.conflicts), texts.CONFLICTS)
        head = texts.SUMMARY_CONFLICTS.format(path=path, conflicts=conflicts, changes=changes)
        lines = [
            texts.CONFLICT_LINE.format(path=path, line=c.line, place=c.place, why=c.why)
            for c in merged.conflicts
        ]
        return [head, *lines, texts.CONFLICT_HOW.format(path=shlex.quote(path))]
    problems = [texts.PROBLEM_LINE.format(problem=p.located(path)) for p in merged.problems]
    fix = texts.INVALID_HOW.format(path=shlex.quote(path))
    return [texts.SUMMARY_INVALID.format(path=path), *problems, fix]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m pmtui.cli.merge_driver``: the driver without the rest of the command
    line; no traceback reaches git's output, and the exit code stays below 128."""
    parser = SwedishParser(prog=f"pmtui {COMMAND}", description=texts.HELP_MERGE_DRIVER)
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run_merge_driver(args)
    except UsageError as error:
        err(cli_texts.USAGE_ERROR.format(message=error, command=COMMAND))
        return EXIT_USAGE
    except KeyboardInterrupt:
        err(cli_texts.INTERRUPTED)
        return EXIT_INTERRUPTED
    except Exception as error:  # the last guard, as in pmtui.cli.main
        if os.environ.get("PMTUI_DEBUG"):
            traceback.print_exc()
        err(cli_texts.INTERNAL_ERROR.format(error=f"{type(error).__name__}: {error}"))
        return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
