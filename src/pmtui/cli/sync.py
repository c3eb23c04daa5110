"""``pmtui sync [--utan-bas] [--json]``: fetch, integrate, push, with an honest outcome.

The steps are ``pmtui.store.sync``'s; this module says what each did. Progress: a Swedish
line per step on stderr, and on a terminal git's own progress as it comes. Every outcome
that is not a finished sync (a refusal before starting, an unreachable server, a merge
that stopped at a conflict, a refused push) exits 1, says what is on disk and what to do,
and never reads as success (docs/reliability.md, F50, F51).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Commands,
    add_command,
    err,
    out_json,
)
from pmtui.cli.repo import open_repository
from pmtui.cli.sync_report import SyncReport
from pmtui.editing.drafts import draft_paths
from pmtui.store import StoreError
from pmtui.store.push import PushRefused
from pmtui.store.sync import CaseSync, Integration, SyncTarget
from pmtui.texts import sync as texts


def register(commands: Commands) -> None:
    sync = add_command(commands, "sync", texts.HELP_SYNC, run_sync)
    sync.add_argument(
        "--utan-bas", action="store_true", dest="without_base", help=texts.HELP_SYNC_NO_BASE
    )
    sync.add_argument("--json", action="store_true", help=texts.HELP_SYNC_JSON)


def _isatty(stream: Any) -> bool:
    try:
        return stream is not None and bool(stream.isatty())
    except (OSError, ValueError):
        return False


def _pass_through(chunk: bytes) -> None:
    """git's progress (stderr), to the terminal as it comes."""
    sys.stderr.flush()
    sys.stderr.buffer.write(chunk)
    sys.stderr.buffer.flush()


def run_sync(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    report = SyncReport(repo, json=args.json)
    on_output = _pass_through if _isatty(sys.stderr) else None
    try:
        sync = CaseSync(repo, interactive=_isatty(sys.stdin), on_output=on_output)
        target = sync.target()
        report.target(target)
        _warn_drafts(sorted(draft_paths(repo)))
        finished = _steps(sync, target, report, args.without_base)
    except (StoreError, PushRefused) as error:
        report.failed(error)
        finished = False
    if args.json:
        out_json(report.data)
    return EXIT_OK if finished else EXIT_PROBLEM


def _steps(sync: CaseSync, target: SyncTarget, report: SyncReport, without_base: bool) -> bool:
    err(texts.STEP_FETCH.format(remote=target.remote))
    sync.fetch(target)
    report.step("fetch", "ok")
    if not _joined(sync.integrate(target), target, report):
        return False
    if not without_base:
        base = sync.merge_base_branch(target)
        if base is not None and not _joined(base, target, report):
            return False
    err(texts.STEP_PUSH.format(branch=target.branch, remote=target.remote))
    outcome = sync.push(target)
    report.pushed(outcome)
    return True


def _joined(joined: Integration, target: SyncTarget, report: SyncReport) -> bool:
    """Report one integration; False when it stopped at a conflict."""
    report.integrated(joined, target)
    return joined.kind != "conflict"


def _warn_drafts(paths: list[str]) -> None:
    if paths:
        err(texts.SYNC_DRAFTS.format(paths=", ".join(paths)))
