"""Commands on case files that need no Git: check, fmt, schema, show."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pmtui.atomic import write_atomically
from pmtui.cli.casefiles import FoundFiles, find_case_files, read_case
from pmtui.cli.common import (
    CASES_DIR,
    EXIT_OK,
    EXIT_PROBLEM,
    CommandFailed,
    Commands,
    add_command,
    display_path,
    err,
    find_root,
    out,
    out_json,
    read_bytes,
    resolve_case,
)
from pmtui.cli.conflicts import explain_conflicts, has_conflict_markers, repository_state
from pmtui.format.casefile import CaseReport, inspect_case
from pmtui.format.emit import serialize_case
from pmtui.format.render import render_text
from pmtui.model.problems import Problem, Severity
from pmtui.texts import cli as texts
from pmtui.texts import counted

if TYPE_CHECKING:
    from pmtui.format.personal_numbers import OwnPattern

# Git (the store, pygit2) is imported only where a command needs it: ``show`` of a case
# not in conflict reads the file alone (docs/decisions.md, "lazy imports").


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
    from pmtui.cli.guard import patterns_for
    from pmtui.cli.merge_setup import warn_undefined_driver

    root = find_root(explicit=args.repo)
    found = find_case_files(args.paths, root)
    patterns = patterns_for(root)
    reports = [_checked(path, found, root, patterns) for path in list(found.files)]
    readable = [(path, report) for path, report in reports if report is not None]
    errors = sum(len(report.errors) for _, report in readable)
    warnings = sum(len(report.warnings) for _, report in readable)
    bad = sum(bool(report.errors) for _, report in readable)
    summary = _check_summary(len(readable), errors, bad, warnings)
    warn_undefined_driver(root)
    err(summary + _report_unreadable(found))
    _explain(root, [path for path, report in readable if has_conflict_markers(report)])
    return EXIT_PROBLEM if errors or found.unreadable or found.empty else EXIT_OK


def _checked(
    path: Path, found: FoundFiles, root: Path, patterns: list[OwnPattern]
) -> tuple[Path, CaseReport | None]:
    """The file's report, its problems printed (personal data among them: cli/guard.py);
    None if it could not be read."""
    from pmtui.cli.guard import personal_data_problems
    from pmtui.cli.secrecy import secret_on_remote

    data = read_case(path, found)
    if data is None:
        return path, None
    report = inspect_case(data, display_path(path))
    report.problems.extend(_misplaced(path, report, root))
    report.problems.extend(secret_on_remote(path, report, root))
    text = data.decode("utf-8", errors="replace")
    report.problems.extend(personal_data_problems(text, display_path(path), patterns))
    for problem in report.problems:
        out(problem.located())
    return path, report


def _check_summary(files: int, errors: int, bad: int, warnings: int) -> str:
    checked, warned = counted(files, texts.FILES_CHECKED), counted(warnings, texts.WARNINGS)
    if not errors:
        return texts.CHECK_SUMMARY_OK.format(checked=checked, warnings=warned)
    return texts.CHECK_SUMMARY_FAIL.format(
        checked=checked,
        errors=counted(errors, texts.ERRORS),
        bad=counted(bad, texts.IN_FILES),
        warnings=warned,
    )


def _explain(root: Path, conflicted: list[Path]) -> None:
    """How to finish the merge that left these files in conflict (if one is under way)."""
    if conflicted:
        explain_conflicts(repository_state(root), [display_path(p) for p in conflicted])


def _format_one(path: Path, only_check: bool, found: FoundFiles) -> tuple[bool, bool]:
    """(would change, could not be formatted) for one file."""
    data = read_case(path, found)
    if data is None:
        return False, True
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
    found = find_case_files(args.paths, find_root(explicit=args.repo))
    listed = len(found.unreadable)
    results = [_format_one(path, args.check, found) for path in list(found.files)]
    changed = sum(c for c, _ in results)
    readable = len(found.files) - (len(found.unreadable) - listed)
    verb = texts.FMT_VERB_CHECK if args.check else texts.FMT_VERB_WRITE
    summary = texts.FMT_SUMMARY.format(
        changed=changed, files=counted(readable, texts.FILES), verb=verb
    )
    err(summary + _report_unreadable(found))
    invalid = any(i for _, i in results) or found.unreadable or found.empty
    return EXIT_PROBLEM if invalid or (args.check and changed) else EXIT_OK


def _report_unreadable(found: FoundFiles) -> str:
    """Each file or folder that could not be read, and named folders without case files,
    on stderr; the summary's ending that counts the unreadable ones."""
    for message in [*found.unreadable, *found.empty]:
        err(f"pmtui: {message}")
    if not found.unreadable:
        return ""
    return texts.CHECK_SUMMARY_UNREADABLE.format(
        unreadable=counted(len(found.unreadable), texts.UNREADABLE)
    )


def run_schema(args: argparse.Namespace) -> int:
    from pmtui.format.schema import front_matter_schema

    out_json(front_matter_schema())
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    root = find_root(explicit=args.repo)
    target = resolve_case(args.case, root)
    if not target.path.is_file():
        raise CommandFailed(texts.CASE_NOT_FOUND.format(arg=args.case, path=target.path))
    report = inspect_case(read_bytes(target.path), display_path(target.path))
    if report.case is None or report.errors:
        return _refuse_invalid(report, target.path, root)
    for warning in report.warnings:
        err(warning.located())
    if args.json:
        out_json(report.case.model_dump(mode="json", by_alias=True))
    else:
        out(render_text(report.case).rstrip("\n"))
    return EXIT_OK


def _refuse_invalid(report: CaseReport, path: Path, root: Path) -> int:
    """A case that cannot be shown: its errors, and how to finish a merge that left it
    in conflict."""
    for problem in report.errors:
        err(f"pmtui: {problem.located()}")
    _explain(root, [path] if has_conflict_markers(report) else [])
    return EXIT_PROBLEM
