"""Branches as people work with them: one branch per change of a case
(``arende/ks-2023-886-<ämne>``), the branch's place against its upstream, the case files
not yet committed, and switching between branches.

Creating a branch moves nothing but HEAD (the new branch starts at the current commit),
so pygit2 does it. Switching to another branch changes the work tree, so the user's own
``git switch`` does it: git refuses by itself to overwrite local changes, and pmtui
refuses earlier still when case files hold uncommitted text (docs/decisions.md).
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass

import pygit2
from pygit2.enums import FileStatus

from pmtui.model.dnr import Dnr
from pmtui.store import trees
from pmtui.store.errors import RepositoryStateError, StoreError
from pmtui.store.gitconfig import config_text
from pmtui.store.paths import CASES_DIR
from pmtui.store.preflight import operation_in_progress
from pmtui.store.tracking import remote_upstream
from pmtui.store.types import RepositoryPlaces
from pmtui.texts import store as store_texts
from pmtui.texts import sync as texts

CASE_BRANCH_PREFIX = "arende/"
DEFAULT_TOPIC = "andring"
TOPIC_LENGTH = 40  # characters of the topic's slug kept in a branch name
DEFAULT_BRANCHES = ("main", "master")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


HasBranch = RepositoryPlaces  # what is read of a ``CaseRepository``


class BranchRefused(StoreError):
    """A branch could not be created or switched to; the message says why."""


@dataclass(frozen=True)
class BranchState:
    """Where the checked-out ``branch`` stands: its ``upstream`` (``origin/main``; None
    without one), whether that has been fetched, the commits ahead of it and behind it,
    and the repository's default branch (``main``)."""

    branch: str | None
    upstream: str | None
    upstream_fetched: bool
    ahead: int
    behind: int
    default_branch: str | None

    @property
    def on_default_branch(self) -> bool:
        return self.branch is not None and self.branch == self.default_branch


@dataclass(frozen=True)
class UncommittedCase:
    """A case file whose work-tree text is not what the branch holds: ``kind`` is
    ``changed``, ``new`` or ``deleted``."""

    path: str
    kind: str


@dataclass(frozen=True)
class LocalBranch:
    name: str
    current: bool
    upstream: str | None


def topic_slug(topic: str) -> str:
    """``Ändrat förslag, v2`` → ``andrat-forslag-v2``: ASCII letters, digits and dashes."""
    folded = unicodedata.normalize("NFKD", topic.casefold())
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    return _NOT_SLUG.sub("-", ascii_only).strip("-")[:TOPIC_LENGTH].strip("-")


def case_branch_name(dnr: Dnr, topic: str | None = None) -> str:
    """``arende/ks-2023-886-<topic>`` (the topic as a slug; ``andring`` when it has none)."""
    return f"{CASE_BRANCH_PREFIX}{dnr.slug}-{topic_slug(topic or '') or DEFAULT_TOPIC}"


def _git(repository: HasBranch) -> pygit2.Repository:
    return pygit2.Repository(str(repository.gitdir))


def default_branch(git: pygit2.Repository) -> str | None:
    """The branch pull requests go to: what ``refs/remotes/<remote>/HEAD`` names (``git
    clone`` writes it; ``origin`` first), else ``init.defaultBranch``, ``main`` or
    ``master`` when that branch exists here."""
    remotes = sorted(git.remotes.names(), key=lambda name: (name != "origin", name))
    for remote in remotes:
        head = git.references.get(f"refs/remotes/{remote}/HEAD")
        target = head.target if head is not None else None
        if isinstance(target, str) and target.startswith(f"refs/remotes/{remote}/"):
            return target.removeprefix(f"refs/remotes/{remote}/")
    for name in (config_text(git, "init.defaultBranch"), *DEFAULT_BRANCHES):
        if name and f"refs/heads/{name}" in git.references:
            return name
    return None


def branch_state(repository: HasBranch) -> BranchState:
    """The checked-out branch against its upstream, as the last fetch left the upstream."""
    git = _git(repository)
    tracked = remote_upstream(repository)
    upstream = tracked.upstream if tracked else None
    ref = git.references.get(f"refs/remotes/{upstream}") if upstream else None
    ahead = behind = 0
    head = trees.head_commit_id(git)
    if ref is not None and head is not None:
        tip = ref.peel(pygit2.Commit).id
        ahead, behind = git.ahead_behind(pygit2.Oid(hex=head), tip)
    return BranchState(
        repository.branch, upstream, ref is not None, ahead, behind, default_branch(git)
    )


def has_remote(repository: HasBranch) -> bool:
    return bool(list(_git(repository).remotes.names()))


_KINDS = (
    (FileStatus.WT_NEW | FileStatus.INDEX_NEW, "new"),
    (FileStatus.WT_DELETED | FileStatus.INDEX_DELETED, "deleted"),
)


def uncommitted_cases(repository: HasBranch) -> list[UncommittedCase]:
    """Case files (``cases/**``) that differ from the branch, in the index or on disk;
    sorted by path. Conflicted files are left to ``merge_state``."""
    git = _git(repository)
    if git.is_bare:
        return []
    found = []
    for path, flags in git.status(untracked_files="all").items():
        if not path.startswith(f"{CASES_DIR}/") or flags & FileStatus.IGNORED:
            continue
        if flags & FileStatus.CONFLICTED or flags == FileStatus.CURRENT:
            continue
        kind = next((name for mask, name in _KINDS if flags & mask), "changed")
        found.append(UncommittedCase(path, kind))
    return sorted(found, key=lambda case: case.path)


def local_branches(repository: HasBranch) -> list[LocalBranch]:
    """Every local branch, sorted; case branches (``arende/…``) first."""
    git = _git(repository)
    current = repository.branch
    names = sorted(
        git.branches.local, key=lambda n: (not n.startswith(CASE_BRANCH_PREFIX), n.casefold())
    )
    return [LocalBranch(name, name == current, _upstream_of(git, name)) for name in names]


def _upstream_of(git: pygit2.Repository, name: str) -> str | None:
    remote = config_text(git, f"branch.{name}.remote")
    merge = config_text(git, f"branch.{name}.merge")
    if not remote or remote == ".":
        return None
    return f"{remote}/{(merge or name).removeprefix('refs/heads/')}"


def refuse_operation(git: pygit2.Repository) -> None:
    """``RepositoryStateError`` while a merge, rebase, cherry-pick … is under way."""
    operation = operation_in_progress(git)
    if operation is not None:
        label, command = store_texts.OPERATIONS[operation]
        raise RepositoryStateError(
            texts.OPERATION_UNDER_WAY.format(operation=label),
            store_texts.STATE_OPERATION_HINT.format(command=command),
        )


def _ready_to_leave(git: pygit2.Repository, repository: HasBranch) -> None:
    """Refuse while a merge or rebase is under way, or case files hold uncommitted text."""
    refuse_operation(git)
    uncommitted = uncommitted_cases(repository)
    if uncommitted:
        paths = ", ".join(case.path for case in uncommitted)
        raise BranchRefused(
            texts.BRANCH_UNCOMMITTED.format(paths=paths), texts.BRANCH_UNCOMMITTED_HINT
        )


def create_branch(repository: HasBranch, name: str) -> None:
    """Create ``name`` at the current commit and check it out (only HEAD moves: the work
    tree and the index stay as they are). Refuses a taken or invalid name, an empty
    repository, an operation under way and uncommitted case files."""
    git = _git(repository)
    if not pygit2.reference_is_valid_name(f"refs/heads/{name}"):
        raise BranchRefused(texts.BRANCH_INVALID_NAME.format(name=name))
    if name in git.branches.local:
        raise BranchRefused(
            texts.BRANCH_EXISTS.format(name=name), texts.BRANCH_EXISTS_HINT.format(name=name)
        )
    head = trees.head_commit_id(git)
    if head is None:
        raise BranchRefused(texts.BRANCH_NO_COMMITS)
    _ready_to_leave(git, repository)
    commit = git.get(head)
    assert isinstance(commit, pygit2.Commit)
    git.branches.local.create(name, commit)
    git.set_head(f"refs/heads/{name}")


def switch_branch(repository: HasBranch, name: str) -> None:
    """Check out the local branch ``name`` with ``git switch`` (never forced)."""
    git = _git(repository)
    if name not in git.branches.local:
        raise BranchRefused(texts.BRANCH_UNKNOWN.format(name=name))
    _ready_to_leave(git, repository)
    root = repository.root
    if root is None:
        raise RepositoryStateError(texts.BRANCH_NO_WORKTREE)
    try:
        result = subprocess.run(
            ["git", "switch", "--no-guess", name],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as error:
        raise BranchRefused(texts.GIT_NOT_RUN.format(error=error)) from None
    if result.returncode != 0:
        said = result.stderr.strip() or result.stdout.strip()
        raise BranchRefused(
            texts.BRANCH_SWITCH_FAILED.format(name=name), texts.GIT_SAID.format(text=said)
        )
