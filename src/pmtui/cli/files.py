"""Commands on case files that need no Git: check, fmt, schema, show."""

from __future__ import annotations

import argparse
from pathlib import Path

from pmtui.atomic import write_atomically
from pmtui.cli.common import (
    CASES_DIR,
    EXIT_OK,
    EXIT_PROBLEM,
    CommandFailed,
    Commands,
    add_command,
    case_files,
    display_path,
    err,
    find_root,
    out,
    out_json,
    read_bytes,
    resolve_case,
)
from pmtui.format import CaseReport, inspect_case, serialize_case
from pmtui.format.render import render_text
from pmtui.format.schema import front_matter_schema
from pmtui.model.problems import Problem, Severity
from pmtui.texts import cli as texts


def register(commands: Commands) -> None:
    check = add_command(commands, "check", texts.HELP_CHECK, run_check)
    check.add_argument("paths", nargs="*", metavar="PATH", help=texts.HELP_PATHS)
    fmt = add_command(commands, "fmt", texts.HELP_FMT, run_fmt)
    fmt.add_argument("--check", action="store_true", help=texts.HELP_FMT_CHECK)
    fmt.add_argument("paths", nargs="*", metavar="PATH", help=texts.HELP_PATHS)
    add_command(commands, "schema", texts.HELP_SCHEMA, run_schema)
    show = add_command(commands, "show", texts.HELP_SHOW, run_show)
    show.add_argument("case", metavar="DNR|PATH", help=texts.HELP_CASE)
    show.add_argument("--json", action="store_true", help=texts.HELP_SHOW_JSON)


def _misplaced(path: Path, report: CaseReport, root: Path) -> list[Problem]:
    """A case under ``cases/`` must lie where its dnr puts it, or it cannot be found by dnr."""
    cases = (root / CASES_DIR).resolve()
    if report.case is None or cases not in path.resolve().parents:
        return []
    expected = report.case.dnr.relative_path
    if path.resolve() == (root / expected).resolve():
        return []
    message = texts.CHECK_MISPLACED.format(expected=expected)
    where = display_path(path)
    return [Problem("fel-plats", message, Severity.WARNING, field="dnr", path=where)]


def run_check(args: argparse.Namespace) -> int:
    root = find_root(explicit=args.repo)
    files = case_files(args.paths, root)
    errors = warnings = bad = 0
    for path in files:
        report = inspect_case(read_bytes(path), display_path(path))
        report.problems.extend(_misplaced(path, report, root))
        for problem in report.problems:
            out(problem.located())
        errors += len(report.errors)
        warnings += len(report.warnings)
        bad += bool(report.errors)
    if errors:
        err(
            texts.CHECK_SUMMARY_FAIL.format(
                files=len(files), errors=errors, bad=bad, warnings=warnings
            )
        )
        return EXIT_PROBLEM
    err(texts.CHECK_SUMMARY_OK.format(files=len(files), warnings=warnings))
    return EXIT_OK


def _format_one(path: Path, only_check: bool) -> tuple[bool, bool]:
    """(would change, could not be formatted) for one file."""
    data = read_bytes(path)
    report = inspect_case(data, display_path(path))
    if report.case is None or report.errors:
        for problem in report.errors:
            out(problem.located())
        err(texts.FMT_SKIPPED_INVALID.format(path=display_path(path)))
        return False, True
    canonical = serialize_case(report.case).encode("utf-8")
    if canonical == data:
        return False, False
    if path.is_symlink() or not path.is_file():
        err(texts.FMT_NOT_REGULAR.format(path=display_path(path)))
        return False, True
    for warning in report.warnings:
        out(warning.located())
    if only_check:
        out(texts.FMT_WOULD_CHANGE.format(path=display_path(path)))
    else:
        write_atomically(path, canonical, mode=path.stat().st_mode & 0o777)
        out(texts.FMT_CHANGED.format(path=display_path(path)))
    return True, False


def run_fmt(args: argparse.Namespace) -> int:
    files = case_files(args.paths, find_root(explicit=args.repo))
    results = [_format_one(path, args.check) for path in files]
    changed = sum(c for c, _ in results)
    invalid = any(i for _, i in results)
    verb = texts.FMT_VERB_CHECK if args.check else texts.FMT_VERB_WRITE
    err(texts.FMT_SUMMARY.format(changed=changed, files=len(files), verb=verb))
    return EXIT_PROBLEM if invalid or (args.check and changed) else EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    out_json(front_matter_schema())
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    target = resolve_case(args.case, find_root(explicit=args.repo))
    if not target.path.is_file():
        raise CommandFailed(texts.CASE_NOT_FOUND.format(arg=args.case, path=target.path))
    report = inspect_case(read_bytes(target.path), display_path(target.path))
    if report.case is None or report.errors:
        raise CommandFailed("\n".join(p.located() for p in report.errors))
    for warning in report.warnings:
        err(warning.located())
    if args.json:
        out_json(report.case.model_dump(mode="json", by_alias=True))
    else:
        out(render_text(report.case).rstrip("\n"))
    return EXIT_OK
