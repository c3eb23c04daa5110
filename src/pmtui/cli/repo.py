"""Store commands that read: ``init``, ``log`` and ``list``; and what every store command
shares: opening the repository and turning store errors into exit codes."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pmtui.cli.common import (
    EXIT_OK,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    err,
    out,
    out_json,
)
from pmtui.model.case import Status
from pmtui.store import CaseRepository, HistoryEntry, SaveResult, StoreError
from pmtui.terminal import safe_line
from pmtui.texts import store as texts


def register(commands: Commands) -> None:
    init = add_command(commands, "init", texts.HELP_INIT, run_init)
    init.add_argument("path", nargs="?", default=".", metavar="PATH", help=texts.HELP_INIT_PATH)
    log = add_command(commands, "log", texts.HELP_LOG, run_log)
    log.add_argument("case", metavar="DNR", help=texts.HELP_CASE_ARG)
    log.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    listing = add_command(commands, "list", texts.HELP_LIST, run_list)
    listing.add_argument("--status", metavar="S", help=texts.HELP_LIST_STATUS)
    listing.add_argument("--rotel", metavar="R", help=texts.HELP_LIST_ROTEL)
    listing.add_argument("--json", action="store_true", help=texts.HELP_JSON)


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """A store refusal becomes exit 1 with its Swedish message and hint."""
    try:
        yield
    except StoreError as error:
        raise CommandFailed(
            texts.STORE_ERROR.format(message=error.message, hint=error.hint)
        ) from None


def open_repository(args: argparse.Namespace) -> CaseRepository:
    """The repository from --repo, PMTUI_REPO or around the current folder."""
    with store_errors():
        return CaseRepository.discover(explicit=getattr(args, "repo", None))


def add_write_options(command: argparse.ArgumentParser) -> None:
    """The options every command that commits takes: ``--no-verify`` (as git commit's)."""
    command.add_argument("--no-verify", action="store_true", help=texts.HELP_NO_VERIFY)


def open_for_writing(args: argparse.Namespace) -> CaseRepository:
    """The repository, reconciled first: our temp files removed, a lagging index
    refreshed; stale locks, unsaved files and unportable names reported on stderr.
    With ``--no-verify`` (see ``add_write_options``) its saves skip pre-commit and
    commit-msg."""
    repo = open_repository(args)
    repo.verify = not getattr(args, "no_verify", False)
    with store_errors():
        report = repo.reconcile()
    for message in report.messages:
        err(texts.RECONCILE_HEADER.format(message=message))
    return repo


def parse_status(value: str) -> Status:
    for status in Status:
        if value.strip().casefold() == status.value:
            return status
    raise UsageError(texts.STATUS_UNKNOWN.format(value=value, values=status_names()))


def status_names() -> str:
    return ", ".join(s.value for s in Status)


def report_saved(result: SaveResult) -> None:
    """Tell the user (stderr) what a save did, with the hooks' output and warnings as git
    shows them; the commit id goes to stdout."""
    for hook, text in result.hook_output:
        for line in text.rstrip().splitlines():
            err(texts.HOOK_SAID.format(hook=hook, line=line))
    for warning in result.warnings:
        err(texts.SAVE_WARNING.format(warning=warning))
    if result.commit_id is None:
        err(texts.NOTHING_CHANGED)
        return
    out(result.commit_id)
    err(texts.SAVED.format(commit=result.commit_id[:8], subject=result.message.split("\n")[0]))
    if result.milestone:
        err(texts.SAVED_MILESTONE.format(tag=result.milestone))


def run_init(args: argparse.Namespace) -> int:
    with store_errors():
        repo = CaseRepository.init(Path(args.path))
    out(str(repo.root))
    err(texts.INIT_DONE.format(path=repo.root))
    return EXIT_OK


def entry_json(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "commit": entry.commit_id,
        "author": entry.author,
        "email": entry.email,
        "date": entry.when.isoformat(),
        "message": entry.message,
        "path": entry.path,
        "changed": entry.changed,
        "tags": entry.tags,
    }


def entry_lines(entry: HistoryEntry) -> list[str]:
    when = entry.when.strftime("%Y-%m-%d %H:%M")
    lines = [
        f"{entry.commit_id[:8]}  {when}  {safe_line(entry.author)}  {safe_line(entry.subject)}"
    ]
    if entry.changed:
        lines.append(
            "          " + texts.LOG_CHANGED.format(parts=safe_line(", ".join(entry.changed)))
        )
    if entry.tags:
        lines.append("          " + texts.LOG_TAGS.format(tags=", ".join(entry.tags)))
    return lines


def run_log(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    with store_errors():
        entries = repo.history(args.case)
    if args.json:
        out_json([entry_json(e) for e in entries])
        return EXIT_OK
    if not entries:
        err(texts.LOG_EMPTY.format(branch=repo.branch or "HEAD"))
    for entry in entries:
        for line in entry_lines(entry):
            out(line)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    wanted_status = parse_status(args.status) if args.status else None
    with store_errors():
        rows = repo.list_cases()
    rows = [r for r in rows if wanted_status is None or r.status is wanted_status]
    if args.rotel:
        rows = [r for r in rows if r.rotel.casefold() == args.rotel.strip().casefold()]
    if args.json:
        out_json([_summary_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        err(texts.LIST_EMPTY)
    for row in rows:
        out(_summary_line(row))
    return EXIT_OK


def _summary_json(row: Any) -> dict[str, Any]:
    return {
        "dnr": str(row.dnr) if row.dnr else None,
        "path": row.path,
        "rubrik": row.title,
        "rotel": row.rotel,
        "föredragande": row.presenters,
        "status": row.status.value if row.status else None,
        "datum": row.date.isoformat() if row.date else None,
        "fel": row.error,
    }


def _summary_line(row: Any) -> str:
    dnr = str(row.dnr) if row.dnr else row.path
    status = row.status.value if row.status else "?"
    title = texts.LIST_ERROR.format(error=row.error) if row.error else row.title
    return f"{dnr:<16} {status:<14} {row.rotel:<8} {safe_line(title)}"
