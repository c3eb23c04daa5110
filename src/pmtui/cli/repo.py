"""Store commands that read: ``init``, ``log`` and ``list``; and what every store command
shares: opening the repository and turning store errors into exit codes."""

from __future__ import annotations

import argparse
import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmtui.cli.common import (
    CASES_DIR,
    EXIT_OK,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    err,
    out,
    out_json,
    pmtui_command,
)
from pmtui.cli.conflicts import explain_conflicts
from pmtui.store import CaseRepository, CaseSummary, HistoryEntry, SaveResult, StoreError
from pmtui.terminal import safe_line
from pmtui.texts import cli as cli_texts
from pmtui.texts import lifecycle as lifecycle_texts
from pmtui.texts import store as texts
from pmtui.texts.dates import moment_text

if TYPE_CHECKING:  # the models and the merge state load where a command uses them
    from pmtui.model.case import Status
    from pmtui.store.merge_state import MergeState


def register(commands: Commands) -> None:
    init = add_command(commands, "init", texts.HELP_INIT, run_init)
    init.add_argument("path", nargs="?", default=".", metavar="PATH", help=texts.HELP_INIT_PATH)
    log = add_command(commands, "log", texts.HELP_LOG, run_log)
    log.add_argument("case", metavar="DNR", help=texts.HELP_CASE_ARG)
    log.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    listing = add_command(commands, "list", texts.HELP_LIST, run_list)
    listing.add_argument("--status", metavar="S", help=texts.HELP_LIST_STATUS)
    listing.add_argument("--rotel", metavar="R", help=texts.HELP_LIST_ROTEL)
    listing.add_argument(
        "--arkiverade", action="store_true", help=lifecycle_texts.HELP_LIST_ARCHIVED
    )
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
    """The options every command that commits takes: ``--no-verify`` (as git commit's)
    and ``--personuppgifter-granskat SKÄL`` (cli/guard.py)."""
    from pmtui.cli.guard import add_review_option

    command.add_argument("--no-verify", action="store_true", help=texts.HELP_NO_VERIFY)
    add_review_option(command)


def open_for_writing(args: argparse.Namespace) -> CaseRepository:
    """The repository, reconciled first: our temp files removed, a lagging index
    refreshed; stale locks, staged changes and unportable names reported on stderr (a
    write skips the whole-tree status: docs/decisions.md, "a write checks what it
    touches").
    With ``--no-verify`` (see ``add_write_options``) its saves skip pre-commit and
    commit-msg; with ``--personuppgifter-granskat`` they keep personal data, recorded."""
    from pmtui.cli.guard import review_reason_argument

    reason = review_reason_argument(args)
    repo = open_repository(args)
    repo.verify = not getattr(args, "no_verify", False)
    repo.personal_data_reason = reason
    with store_errors():
        report = repo.reconcile(full=False)
    for message in report.messages:
        err(texts.RECONCILE_HEADER.format(message=message))
    return repo


def parse_status(value: str) -> Status:
    from pmtui.model.case import Status

    for status in Status:
        if value.strip().casefold() == status.value:
            return status
    raise UsageError(texts.STATUS_UNKNOWN.format(value=value, values=status_names()))


def status_names() -> str:
    from pmtui.model.case import Status

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
    err(texts.INIT_DONE.format(path=repo.root, pmtui=pmtui_command()))
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
    when = moment_text(entry.when)
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
        if not entries:
            repo.load(args.case)  # no history: the case must at least be on disk or HEAD
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
    # A one-shot process that makes 30,000 rows, prints them and exits: the cycle
    # collector would only walk them (~30 ms); the rows hold no cycles.
    gc.disable()
    repo = open_repository(args)
    rows, theirs, state = _listed(repo, args)
    if args.json:
        out_json([_summary_json(row, state) for row in rows] + theirs)
        return EXIT_OK
    if not rows and not theirs:
        err(texts.LIST_EMPTY)
    else:  # one write: 30,000 lines cost one pass of the control-character filter
        lines = [_row_line(row, state.is_conflicted(row.path)) for row in rows]
        out("\n".join([*lines, *(_summary_line(row) for row in theirs)]))
    conflicted = [row.path for row in rows if state.is_conflicted(row.path)]
    explain_conflicts(state, conflicted + [row["path"] for row in theirs])
    return EXIT_OK


def _listed(
    repo: CaseRepository, args: argparse.Namespace
) -> tuple[list[CaseSummary], list[dict[str, Any]], MergeState]:
    """The rows ``list`` shows (filtered by --status and --rotel; archived cases only with
    --arkiverade), the cases in conflict that only the other side has, and the merge
    state they come from."""
    from pmtui.store.merge_state import merge_state

    wanted_status = parse_status(args.status) if args.status else None
    with store_errors():
        rows = repo.list_cases()
    state = merge_state(repo)
    rows = [r for r in rows if wanted_status is None or r.status is wanted_status]
    rows = [r for r in rows if args.arkiverade or not r.archived]
    if args.rotel:
        rows = [r for r in rows if r.rotel.casefold() == args.rotel.strip().casefold()]
    theirs: list[dict[str, Any]] = []
    if wanted_status is None and not args.rotel:
        theirs = _only_theirs(state, {row.path for row in rows})
    return rows, theirs, state


def _summary_json(row: CaseSummary, state: MergeState) -> dict[str, Any]:
    return {
        "dnr": str(row.dnr) if row.dnr else None,
        "path": row.path,
        "rubrik": row.title,
        "rotel": row.rotel,
        "föredragande": row.presenters,
        "status": row.status.value if row.status else None,
        "datum": row.date.isoformat() if row.date else None,
        "fel": row.error,
        "konflikt": state.is_conflicted(row.path),
        "arkiverad": row.archived,
    }


def _only_theirs(state: MergeState, listed: set[str]) -> list[dict[str, Any]]:
    """Cases in conflict that the branch does not have yet (added or kept by the other
    side of the merge): listed too, with what their path says."""
    paths = [p for p in state.conflicted if p not in listed and _is_case_path(p)]
    return [
        {
            "dnr": _dnr_of_path(path),
            "path": path,
            "rubrik": cli_texts.LIST_CONFLICT_ONLY_THEIRS,
            "rotel": "",
            "föredragande": [],
            "status": None,
            "datum": None,
            "fel": None,
            "konflikt": True,
            "arkiverad": False,
        }
        for path in paths
    ]


def _is_case_path(path: str) -> bool:
    return path.startswith(f"{CASES_DIR}/") and path.endswith(".md")


def _dnr_of_path(path: str) -> str | None:
    from pmtui.model.dnr import Dnr, DnrError

    try:
        return str(Dnr.from_slug(Path(path).stem))
    except DnrError:
        return None


def _summary_line(row: dict[str, Any]) -> str:
    """The line of a row as ``--json`` gives it."""
    title = texts.LIST_ERROR.format(error=row["fel"]) if row["fel"] else row["rubrik"]
    dnr, status = row["dnr"] or row["path"], row["status"] or "?"
    return _line(dnr, status, row["rotel"], title, row["konflikt"], row["arkiverad"])


def _row_line(row: CaseSummary, conflicted: bool) -> str:
    """The line of a listed case, without the dict ``--json`` needs (30,000 of them)."""
    title = texts.LIST_ERROR.format(error=row.error) if row.error else row.title
    dnr = str(row.dnr) if row.dnr else row.path
    status = row.status.value if row.status else "?"
    return _line(dnr, status, row.rotel, title, conflicted, row.archived)


def _line(dnr: str, status: str, rotel: str, title: str, conflict: bool, archived: bool) -> str:
    if conflict:
        title = f"{cli_texts.LIST_CONFLICT_MARK} {title}"
    if archived:
        title = f"{lifecycle_texts.LIST_ARCHIVED_MARK} {title}"
    # Printable text has no control character, newline or tab: nothing to make safe.
    shown = title if title.isprintable() else safe_line(title)
    return f"{dnr:<16} {status:<14} {rotel:<8} {shown}"
