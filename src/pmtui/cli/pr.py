"""``pmtui pr [--skriv-ut]``: a pull request for the current branch.

It prints the forge's page that opens the pull request (from the push remote's URL,
cli/forge.py), with a title and description made from the review of the branch
(cli/review.py): the cases, fields, decision points and sections changed, and the
milestones reached. When the forge's tool (``gh``, ``glab``, ``tea``) is installed and
logged in, it offers to create the pull request with it, and does so only when the user
answers yes to the text shown; ``--skriv-ut`` never runs a tool.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pmtui.cli.common import EXIT_OK, CommandFailed, Commands, add_command, err, out
from pmtui.cli.forge import (
    Forge,
    ForgeTool,
    RemoteLocation,
    detect_forge,
    forge_names,
    forge_tool,
    parse_remote_url,
    pull_request_url,
)
from pmtui.cli.repo import open_repository, store_errors
from pmtui.cli.review import markdown_lines, milestone_tags, note_base
from pmtui.diff.review import CaseReview, ReviewRange, default_range, review_changes
from pmtui.store import CaseRepository
from pmtui.store.changeset import ChangeSet
from pmtui.store.remotes import PushRemote, Upstream
from pmtui.texts import counted
from pmtui.texts import review as texts

TITLE_NAMES = 3  # case names in a title before "och N till"
STATUS_TIMEOUT = 30  # seconds for ``gh auth status`` and the like


def register(commands: Commands) -> None:
    pr = add_command(commands, "pr", texts.HELP_PR, run_pr)
    pr.add_argument("--skriv-ut", action="store_true", dest="print_only", help=texts.HELP_PR_PRINT)


@dataclass(frozen=True)
class PullRequest:
    """What ``pmtui pr`` proposes: ``branch`` into ``base`` on ``forge``, with a text."""

    forge: Forge
    location: RemoteLocation
    remote: PushRemote
    base: str
    branch: str
    title: str
    body: str

    @property
    def url(self) -> str:
        return pull_request_url(self.forge, self.location, self.base, self.branch)


def _forge(host: str, configured: str | None) -> Forge:
    try:
        forge = detect_forge(host, configured)
    except ValueError:
        raise CommandFailed(
            texts.PR_BAD_FORGE.format(value=configured, names=forge_names())
        ) from None
    if forge is None:
        raise CommandFailed(texts.PR_UNKNOWN_FORGE.format(host=host, names=forge_names()))
    return forge


def _remote(upstream: Upstream, branch: str) -> tuple[PushRemote, RemoteLocation]:
    remote = upstream.push_remote()
    if remote is None:
        message = texts.PR_NO_REMOTE.format(branch=branch)
        raise CommandFailed(f"{message}\n{texts.PR_NO_REMOTE_HINT}")
    location = parse_remote_url(remote.url)
    if location is None:
        raise CommandFailed(texts.PR_BAD_URL.format(remote=remote.name, url=remote.url))
    return remote, location


def plan_pull_request(repo: CaseRepository) -> PullRequest:
    """The pull request of the current branch into its upstream's default branch."""
    upstream = Upstream(repo)
    branch = upstream.branch
    if branch is None:
        raise CommandFailed(f"{texts.PR_DETACHED}\n{texts.PR_DETACHED_HINT}")
    remote, location = _remote(upstream, branch)
    forge = _forge(location.host, upstream.config("pmtui.forge"))
    with store_errors():
        chosen = default_range(repo)
    note_base(chosen)
    assert chosen.default is not None
    base = chosen.default.target
    if base == branch:
        raise CommandFailed(texts.PR_ON_BASE.format(branch=branch))
    title, body = describe(repo, chosen, branch)
    return PullRequest(forge, location, remote, base, branch, title, body)


def describe(repo: CaseRepository, chosen: ReviewRange, branch: str) -> tuple[str, str]:
    """The pull request's title and description (Markdown), from the branch's review."""
    with store_errors():
        changeset = ChangeSet(repo, chosen.base, chosen.head)
        changes = changeset.changes()
    reviews = list(review_changes(changeset, changes))
    body = "\n".join(markdown_lines(chosen, changeset, iter(reviews), len(changes)))
    return pull_request_title(reviews, milestone_tags(changeset, reviews), branch), body


def pull_request_title(reviews: list[CaseReview], tags: list[str], branch: str) -> str:
    """``KS 2023/886: Rubrik`` for one case, ``3 ärenden: KS 2023/886, …`` for more;
    the milestones reached after it (``(milstolpe: tillstyrkt)``)."""
    if not reviews:
        return texts.PR_TITLE_EMPTY.format(branch=branch)
    if len(reviews) == 1:
        title = texts.PR_TITLE_ONE.format(dnr=reviews[0].name, title=reviews[0].title)
    else:
        names = ", ".join(r.name for r in reviews[:TITLE_NAMES])
        if len(reviews) > TITLE_NAMES:
            names = texts.NAMES_MORE.format(names=names, more=len(reviews) - TITLE_NAMES)
        cases = counted(len(reviews), texts.HEADER_CASES)
        title = texts.PR_TITLE_MANY.format(cases=cases, names=names)
    if tags:
        names = ", ".join(dict.fromkeys(tag.rsplit("/", 1)[-1] for tag in tags))
        title = texts.PR_TITLE_MILESTONES.format(title=title, names=names)
    return " ".join(title.split())


def run_pr(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    request = plan_pull_request(repo)
    out(request.url)
    if not request.remote.has_branch:
        err(texts.PR_NOT_PUSHED.format(branch=request.branch, remote=request.remote.name))
    out("")
    out(texts.PR_SHOW_TITLE.format(title=request.title))
    out(texts.PR_SHOW_BODY)
    out(request.body)
    sys.stdout.flush()
    if args.print_only:
        return EXIT_OK
    tool = forge_tool(request.forge, request.location.host)
    root = repo.root or repo.gitdir
    if not logged_in(tool, request.location.host, root):
        err(texts.PR_TOOL_HINT.format(tool=tool.program))
        return EXIT_OK
    if not confirmed(tool.program):
        err(texts.PR_NOT_SENT)
        return EXIT_OK
    return create(tool, request, root)


def logged_in(tool: ForgeTool, host: str, root: Path) -> bool:
    """The tool is on PATH and says it is logged in (for ``tea``: to this host)."""
    if shutil.which(tool.program) is None:
        return False
    try:
        result = subprocess.run(
            tool.status, cwd=root, capture_output=True, text=True, timeout=STATUS_TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    if result.returncode != 0:
        return False
    return tool.program != "tea" or host in result.stdout


def confirmed(program: str) -> bool:
    """Asks on stderr, reads one line from stdin: only ``j``/``ja`` (or y/yes) is a yes."""
    sys.stderr.write(texts.PR_CONFIRM.format(tool=program))
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    return answer.strip().casefold() in texts.PR_YES


def create(tool: ForgeTool, request: PullRequest, root: Path) -> int:
    """Run the tool's create command; its own output goes straight to the terminal."""
    err(texts.PR_SENDING.format(tool=tool.program))
    sending = (request.title, request.body, request.base, request.branch)
    command = tool.create(request.forge, request.location, sending)
    try:
        code = subprocess.run(command, cwd=root, check=False).returncode
    except OSError:
        code = 127
    if code != 0:
        raise CommandFailed(texts.PR_TOOL_FAILED.format(tool=tool.program, code=code))
    return EXIT_OK
