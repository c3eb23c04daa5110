"""What the last fetch brought that this branch has not merged: for each remote-tracking
branch (``refs/remotes/origin/main`` …), its commits not reachable from HEAD that change
case files, with who made them and when.

Only what is already in the repository is read (no network): the app's early warning and
``pmtui status`` work from the last fetch (``pmtui sync``, ``git fetch``, or the app's
opt-in background fetch). The structural summary of each case (sections, points) is
``pmtui.diff.incoming``'s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pygit2
from pygit2.enums import SortMode

from pmtui.store import trees
from pmtui.store.gitconfig import common_dir
from pmtui.store.identity import when_of
from pmtui.store.paths import CASES_DIR

WALK_LIMIT = 500  # commits read per remote branch; older ones are not listed


class HasGitdir(Protocol):
    @property
    def gitdir(self) -> Path: ...


@dataclass(frozen=True)
class IncomingCommit:
    """A commit on a remote branch, not merged here, that changes ``paths`` (case files)."""

    commit_id: str
    author: str
    when: dt.datetime
    subject: str
    paths: tuple[str, ...]


@dataclass(frozen=True)
class IncomingBranch:
    """A remote-tracking branch (``origin/main``) with unmerged commits that change case
    files: ``tip`` and ``base`` (its merge base with HEAD; None without common history),
    the commits newest first."""

    name: str
    tip: str
    base: str | None
    commits: tuple[IncomingCommit, ...]

    @property
    def paths(self) -> list[str]:
        return sorted({path for commit in self.commits for path in commit.paths})

    def commits_touching(self, path: str) -> list[IncomingCommit]:
        return [commit for commit in self.commits if path in commit.paths]


def incoming_branches(repository: HasGitdir, path: str | None = None) -> list[IncomingBranch]:
    """Every remote-tracking branch with commits not in HEAD that change case files (only
    ``path`` when given), by name. Empty in a repository without commits or remotes."""
    git = pygit2.Repository(str(repository.gitdir))
    head = trees.head_commit_id(git)
    if head is None:
        return []
    found = []
    for ref_name in sorted(git.references):
        if not ref_name.startswith("refs/remotes/") or ref_name.endswith("/HEAD"):
            continue
        branch = _incoming(git, ref_name, pygit2.Oid(hex=head), path)
        if branch is not None:
            found.append(branch)
    return found


def _incoming(
    git: pygit2.Repository, ref_name: str, head: pygit2.Oid, path: str | None
) -> IncomingBranch | None:
    try:
        tip = git.references[ref_name].peel(pygit2.Commit).id
    except (KeyError, ValueError, pygit2.GitError):
        return None
    if tip == head or git.descendant_of(head, tip):
        return None
    commits = []
    walker = git.walk(tip, SortMode.TOPOLOGICAL | SortMode.TIME)
    walker.hide(head)
    for number, commit in enumerate(walker):
        if number >= WALK_LIMIT:
            break
        paths = _changed_cases(git, commit, path)
        if paths:
            subject = commit.message.split("\n", 1)[0]
            author = commit.author
            commits.append(
                IncomingCommit(str(commit.id), author.name, when_of(author), subject, paths)
            )
    if not commits:
        return None
    base = git.merge_base(head, tip)
    name = ref_name.removeprefix("refs/remotes/")
    return IncomingBranch(name, str(tip), str(base) if base else None, tuple(commits))


def _changed_cases(
    git: pygit2.Repository, commit: pygit2.Commit, path: str | None
) -> tuple[str, ...]:
    """The case files ``commit`` changed against its first parent (all of them for a root
    commit); only ``path`` when given."""
    parent = commit.parents[0].tree if commit.parents else None
    if path is not None:
        same = trees.blob_id_at(parent, path) == trees.blob_id_at(commit.tree, path)
        return () if same else (path,)
    old, new = trees.subtree(parent, CASES_DIR), trees.subtree(commit.tree, CASES_DIR)
    if (old is None and new is None) or (old is not None and new is not None and old.id == new.id):
        return ()
    if old is None:
        assert new is not None
        diff = new.diff_to_tree(swap=True)
    else:
        diff = old.diff_to_tree(new) if new is not None else old.diff_to_tree()
    paths = {delta.new_file.path for delta in diff.deltas} | {
        delta.old_file.path for delta in diff.deltas
    }
    return tuple(sorted(f"{CASES_DIR}/{p}" for p in paths if p.endswith(".md")))


def last_fetch(repository: HasGitdir) -> dt.datetime | None:
    """When the repository last fetched (``FETCH_HEAD``'s time), local; None if never."""
    try:
        seconds = (common_dir(repository.gitdir) / "FETCH_HEAD").stat().st_mtime
    except OSError:
        return None
    return dt.datetime.fromtimestamp(seconds).astimezone()
