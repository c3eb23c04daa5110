"""Where a branch comes from and goes to: the default base of a review (the upstream's
default branch, else the local one) and the remote a pull request is pushed to.

Both follow git's own settings, in git's order: ``branch.<name>.remote`` names the
upstream, ``refs/remotes/<remote>/HEAD`` its default branch (``git clone`` and
``git remote set-head`` write it); ``branch.<name>.pushRemote``, then ``remote.pushDefault``,
then the upstream name the remote a push goes to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygit2

from pmtui.store import trees
from pmtui.store.errors import UnknownRevision
from pmtui.texts import review as texts

DEFAULT_REMOTE = "origin"
DEFAULT_BRANCHES = ("main", "master")


class HasGitdir(Protocol):
    @property
    def gitdir(self) -> Path: ...


@dataclass(frozen=True)
class DefaultBase:
    """What a review compares from: ``commit``, the merge base of HEAD and ``branch``
    (``origin/main``, or ``main`` when ``upstream`` is False: no remote has one)."""

    branch: str
    commit: str
    upstream: bool

    @property
    def target(self) -> str:
        """The branch's name on the forge: ``origin/main`` → ``main``."""
        return self.branch.split("/", 1)[1] if self.upstream else self.branch


@dataclass(frozen=True)
class PushRemote:
    """The remote a branch is pushed to, its URL, and whether it has the branch yet."""

    name: str
    url: str
    has_branch: bool


class Upstream:
    """The repository's remotes and branches, read once (``pygit2`` stays in the store)."""

    def __init__(self, repository: HasGitdir) -> None:
        self.git = pygit2.Repository(str(repository.gitdir))
        self.branch = _branch_name(self.git)

    def config(self, key: str) -> str | None:
        """A git config value (every level: the repository's, the user's, the system's)."""
        try:
            return str(self.git.config[key])
        except (KeyError, ValueError):
            return None

    def default_base(self, head: str | None = None) -> DefaultBase:
        """The merge base of ``head`` (a commit id; None: HEAD) with the upstream's default
        branch, else with the local default branch. ``UnknownRevision`` when there is
        neither, or no common history."""
        head = head or trees.head_commit_id(self.git)
        if head is None:
            raise UnknownRevision(texts.NO_COMMITS, texts.NO_COMMITS_HINT)
        branch, upstream = self._remote_default() or (self._local_default(), False)
        if branch is None:
            raise UnknownRevision(texts.NO_DEFAULT_BRANCH, texts.NO_DEFAULT_BRANCH_HINT)
        ref = ("refs/remotes/" if upstream else "refs/heads/") + branch
        tip = self.git.references[ref].peel(pygit2.Commit).id
        base = self.git.merge_base(pygit2.Oid(hex=head), tip)
        if base is None:
            raise UnknownRevision(
                texts.NO_COMMON_HISTORY.format(branch=branch), texts.NO_COMMON_HISTORY_HINT
            )
        return DefaultBase(branch, str(base), upstream)

    def _upstream_remote(self) -> str | None:
        """The current branch's upstream remote, else ``origin``, else the only remote."""
        names = list(self.git.remotes.names())
        configured = self.config(f"branch.{self.branch}.remote") if self.branch else None
        if configured in names:
            return configured
        if DEFAULT_REMOTE in names:
            return DEFAULT_REMOTE
        return names[0] if len(names) == 1 else None

    def _remote_default(self) -> tuple[str, bool] | None:
        """``origin/main``: what ``refs/remotes/origin/HEAD`` points to, else a ``main`` or
        ``master`` of the remote."""
        remote = self._upstream_remote()
        if remote is None:
            return None
        head = self.git.references.get(f"refs/remotes/{remote}/HEAD")
        target = head.target if head is not None else None
        if isinstance(target, str) and target in self.git.references:
            return target.removeprefix("refs/remotes/"), True
        for name in DEFAULT_BRANCHES:
            if f"refs/remotes/{remote}/{name}" in self.git.references:
                return f"{remote}/{name}", True
        return None

    def _local_default(self) -> str | None:
        """``init.defaultBranch`` if the branch exists, else ``main``, else ``master``."""
        configured = self.config("init.defaultBranch")
        for name in (configured, *DEFAULT_BRANCHES):
            if name and f"refs/heads/{name}" in self.git.references:
                return name
        return None

    def push_remote(self) -> PushRemote | None:
        """Where ``git push`` sends the current branch; None without any remote."""
        names = list(self.git.remotes.names())
        chosen = [
            self.config(f"branch.{self.branch}.pushRemote") if self.branch else None,
            self.config("remote.pushDefault"),
            self._upstream_remote(),
        ]
        name = next((n for n in chosen if n in names), None)
        if name is None:
            return None
        remote = self.git.remotes[name]
        url = remote.push_url or remote.url or ""
        has_branch = f"refs/remotes/{name}/{self.branch}" in self.git.references
        return PushRemote(name, url, has_branch)


def _branch_name(git: pygit2.Repository) -> str | None:
    ref = trees.branch_ref_name(git)
    return ref.removeprefix("refs/heads/") if ref else None
