"""``pmtui branch [DNR [ÄMNE]]``: a branch per change of a case, or the list of them.

``pmtui branch DNR [ÄMNE]`` creates ``arende/ks-2023-886-<ämne>`` at the current commit
and switches to it (the topic's slug; today's date without one). It refuses while a case
has an unsaved draft or uncommitted text: they were begun on the branch left behind, and
would either follow silently or be lost from sight (docs/decisions.md, "Branches and sync").
"""

from __future__ import annotations

import argparse
from pathlib import PurePosixPath

from pmtui.cli.common import EXIT_OK, CommandFailed, Commands, add_command, err, out
from pmtui.cli.repo import open_repository, store_errors
from pmtui.editing.drafts import draft_paths
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store import CaseRepository
from pmtui.store.branches import case_branch_name, create_branch, local_branches
from pmtui.texts import sync as texts


def register(commands: Commands) -> None:
    branch = add_command(commands, "branch", texts.HELP_BRANCH, run_branch)
    branch.add_argument("case", nargs="?", metavar="DNR", help=texts.HELP_BRANCH_CASE)
    branch.add_argument("topic", nargs="?", metavar="ÄMNE", help=texts.HELP_BRANCH_TOPIC)


def run_branch(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    if args.case is None:
        return list_case_branches(repo)
    with store_errors():
        loaded = repo.load(args.case)  # an unknown case exits 1, as every DNR command
    dnr = loaded.case.dnr if loaded.case is not None else _dnr_of_path(loaded.base.path)
    refuse_drafts(repo)
    topic = args.topic or repo.clock().date().isoformat()
    name = case_branch_name(dnr, topic)
    start, commit = repo.branch or "HEAD", (repo.head_commit or "")[:8]
    with store_errors():
        create_branch(repo, name)
    out(name)
    err(texts.BRANCH_CREATED.format(name=name, start=start, commit=commit))
    return EXIT_OK


def _dnr_of_path(path: str) -> Dnr:
    try:
        return Dnr.from_slug(PurePosixPath(path).stem)
    except DnrError:
        raise CommandFailed(texts.BRANCH_NO_DNR.format(path=path)) from None


def refuse_drafts(repo: CaseRepository) -> None:
    """Unsaved drafts stay with the branch they were begun on: save or discard them first."""
    drafts = sorted(draft_paths(repo))
    if drafts:
        message = texts.BRANCH_DRAFTS.format(paths=", ".join(drafts))
        raise CommandFailed(f"{message}\n{texts.BRANCH_DRAFTS_HINT}")


def list_case_branches(repo: CaseRepository) -> int:
    branches = local_branches(repo)
    for branch in branches:
        mark = "*" if branch.current else " "
        tracking = texts.BRANCH_TRACKS.format(upstream=branch.upstream) if branch.upstream else ""
        out(f"{mark} {branch.name}{tracking}")
    if not any(b.name.startswith("arende/") for b in branches):
        err(texts.BRANCH_NONE_YET)
    return EXIT_OK
