"""The remote branch a branch tracks: what ``git push`` without arguments updates.

``pmtui check`` warns when a case marked sekretess sits on such a branch
(docs/reliability.md, F47). The upstream is read from the branch's configuration
(``branch.<name>.remote`` and ``branch.<name>.merge``, as ``git push -u`` and
``git branch --set-upstream-to`` write them), so it is found even before the first fetch;
``remote = .`` is a local branch, not a remote.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygit2


class HasBranch(Protocol):
    """A ``CaseRepository``: its Git folder and checked-out branch."""

    @property
    def gitdir(self) -> Path: ...

    @property
    def branch(self) -> str | None: ...


@dataclass(frozen=True)
class RemoteUpstream:
    """The checked-out ``branch`` tracks ``upstream`` (``origin/main``) on a remote."""

    branch: str
    upstream: str


def remote_upstream(repository: HasBranch) -> RemoteUpstream | None:
    """The remote branch the checked-out branch tracks; None without one (no upstream,
    a local upstream, a detached HEAD, an unreadable repository)."""
    branch = repository.branch
    if branch is None:
        return None
    try:
        config = pygit2.Repository(str(repository.gitdir)).config
        remote = _value(config, f"branch.{branch}.remote")
        merge = _value(config, f"branch.{branch}.merge")
    except pygit2.GitError:
        return None
    if remote is None or remote == ".":
        return None
    upstream = (merge or branch).removeprefix("refs/heads/")
    return RemoteUpstream(branch, f"{remote}/{upstream}")


def _value(config: pygit2.Config, key: str) -> str | None:
    return str(config[key]) if key in config else None
