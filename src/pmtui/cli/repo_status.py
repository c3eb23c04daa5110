"""``pmtui status`` with no case: the repository as a whole, as ``git status`` shows it,
in terms of cases. The branch and its upstream with the commits ahead and behind, case
files not committed, cases in conflict, unsaved drafts, the merge driver's setup, and
what other branches changed in cases that this branch has not merged (from the last
fetch: no network)."""

from __future__ import annotations

import argparse
from typing import Any

from pmtui.cli.common import EXIT_OK, out, out_json
from pmtui.cli.merge_setup import warn_undefined_driver
from pmtui.cli.repo import open_repository, store_errors
from pmtui.diff.incoming import IncomingCase, incoming_cases
from pmtui.editing.drafts import draft_paths
from pmtui.store import CaseRepository, merge_state
from pmtui.store.branches import BranchState, UncommittedCase, branch_state, uncommitted_cases
from pmtui.store.incoming import last_fetch
from pmtui.store.merge_driver import undefined_driver_named
from pmtui.terminal import safe_line
from pmtui.texts import sync as texts
from pmtui.texts.dates import moment_text

INDENT = "  "


def run_repository_status(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    with store_errors():
        state = branch_state(repo)
        uncommitted = uncommitted_cases(repo)
        incoming = incoming_cases(repo)
    conflicts = list(merge_state(repo).conflicted)
    drafts = sorted(draft_paths(repo))
    if args.json:
        out_json(status_data(repo, state, uncommitted, conflicts, drafts, incoming))
        return EXIT_OK
    for line in branch_lines(state):
        out(line)
    _paths(texts.STATUS_UNCOMMITTED, [_uncommitted(case) for case in uncommitted])
    _paths(texts.STATUS_CONFLICTS, conflicts)
    _paths(texts.STATUS_DRAFTS, drafts)
    _incoming(repo, incoming)
    if repo.root is not None:
        warn_undefined_driver(repo.root)
    return EXIT_OK


def branch_lines(state: BranchState) -> list[str]:
    branch = state.branch or texts.STATUS_DETACHED
    if state.on_default_branch:
        branch = texts.STATUS_DEFAULT_BRANCH.format(branch=branch)
    lines = [texts.STATUS_BRANCH.format(branch=branch)]
    if state.upstream is None:
        lines.append(texts.STATUS_NO_UPSTREAM)
    elif not state.upstream_fetched:
        lines.append(texts.STATUS_UPSTREAM_UNFETCHED.format(upstream=state.upstream))
    else:
        counts = texts.STATUS_AHEAD_BEHIND.format(ahead=state.ahead, behind=state.behind)
        lines.append(texts.STATUS_UPSTREAM.format(upstream=state.upstream, counts=counts))
    return lines


def _uncommitted(case: UncommittedCase) -> str:
    return f"{texts.UNCOMMITTED_KINDS[case.kind]:<10} {case.path}"


def _paths(title: str, rows: list[str]) -> None:
    if not rows:
        out(title.format(count=texts.NONE))
        return
    out(title.format(count=len(rows)))
    for row in rows:
        out(f"{INDENT}{row}")


def _incoming(repo: CaseRepository, incoming: list[IncomingCase]) -> None:
    fetched = last_fetch(repo)
    when = moment_text(fetched) if fetched else texts.NEVER_FETCHED
    if not incoming:
        out(texts.STATUS_NO_INCOMING.format(when=when))
        return
    out(texts.STATUS_INCOMING.format(when=when))
    for case in incoming:
        out(f"{INDENT}{incoming_line(case)}")


def incoming_line(case: IncomingCase) -> str:
    """``origin/main · KS 2023/886 · Anna Andersson, 2023-09-06 10:00 · 1 avsnitt (…)``"""
    authors = ", ".join(safe_line(author) for author in case.authors)
    return texts.INCOMING_LINE.format(
        branch=case.branch,
        name=case.name,
        authors=authors,
        when=moment_text(case.when),
        summary=safe_line(case.summary),
    )


def status_data(
    repo: CaseRepository,
    state: BranchState,
    uncommitted: list[UncommittedCase],
    conflicts: list[str],
    drafts: list[str],
    incoming: list[IncomingCase],
) -> dict[str, Any]:
    fetched = last_fetch(repo)
    return {
        "branch": state.branch,
        "default_branch": state.default_branch,
        "upstream": state.upstream,
        "upstream_fetched": state.upstream_fetched,
        "ahead": state.ahead,
        "behind": state.behind,
        "uncommitted": [{"path": c.path, "change": c.kind} for c in uncommitted],
        "conflicts": conflicts,
        "drafts": drafts,
        "merge_driver_undefined": bool(repo.root and undefined_driver_named(repo.root)),
        "last_fetch": fetched.isoformat() if fetched else None,
        "incoming": [_incoming_data(case) for case in incoming],
    }


def _incoming_data(case: IncomingCase) -> dict[str, Any]:
    return {
        "branch": case.branch,
        "path": case.path,
        "case": case.name,
        "authors": list(case.authors),
        "date": case.when.isoformat(),
        "commits": case.commits,
        "summary": case.summary,
        **case.parts,
    }
