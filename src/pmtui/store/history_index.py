"""The history index: for every commit (keyed by id), which case paths it touched.

Built incrementally from HEAD, hiding the tips of earlier walks, so each commit is diffed
once per cache. Rows are facts about immutable commits, so they are never stale; whether
a commit is reachable from the current HEAD is checked when history is read.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pygit2
from pygit2.enums import DeltaStatus, SortMode

from pmtui.store.cache import StoreCache
from pmtui.store.history_gitlog import git_available, log_touches
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR

# path, commit, old path (renamed from), blob, parent blob
Touch = tuple[str, str, str | None, str | None, str | None]
_PREFIX = CASES_DIR + "/"
_ZERO = "0" * 40


def update_index(repo: pygit2.Repository, cache: StoreCache, head_id: str) -> int:
    """Index every commit reachable from ``head_id`` that is not indexed yet; the number
    of commits read (0 when ``head_id`` is indexed: only new commits are ever read)."""
    if cache.known_commit(head_id):
        return 0
    hidden = [tip for tip in cache.walk_tips() if _exists(repo, tip)]
    found = log_touches(Path(repo.path), head_id, hidden) if use_git_log() else None
    commits, touches = found if found is not None else walk_touches(repo, head_id, hidden)
    _store(cache, head_id, commits, touches)
    cache.merge_walks([t for t in hidden if repo.descendant_of(_oid(head_id), _oid(t))], head_id)
    return len(commits)


def _oid(commit_id: str) -> pygit2.Oid:
    return pygit2.Oid(hex=commit_id)


def use_git_log() -> bool:
    """The git program indexes large histories much faster; PMTUI_HISTORY_WALK=pygit2
    forces the pygit2 walk (tests compare both)."""
    return os.environ.get("PMTUI_HISTORY_WALK") != "pygit2" and git_available()


def _exists(repo: pygit2.Repository, commit_id: str) -> bool:
    try:
        return isinstance(repo.get(commit_id), pygit2.Commit)
    except (ValueError, pygit2.GitError):
        return False


def walk_touches(
    repo: pygit2.Repository, head_id: str, hidden: list[str]
) -> tuple[list[str], list[Touch]]:
    walker = repo.walk(pygit2.Oid(hex=head_id), SortMode.TOPOLOGICAL | SortMode.TIME)
    for tip in hidden:
        walker.hide(pygit2.Oid(hex=tip))
    commits: list[str] = []
    touches: list[Touch] = []
    for commit in walker:
        commits.append(str(commit.id))
        touches.extend(touched_paths(repo, commit))
    return commits, touches


def _store(cache: StoreCache, head_id: str, commits: list[str], touches: list[Touch]) -> None:
    """One transaction (all-or-nothing; the file falls back to memory on errors)."""
    top = cache.max_position() + len(commits)
    rows = [(commit_id, head_id, top - i) for i, commit_id in enumerate(commits)]
    try:
        _insert(cache, head_id, rows, touches)
    except sqlite3.Error:
        cache.use_memory()
        _insert(cache, head_id, rows, touches)


def _insert(
    cache: StoreCache, head_id: str, rows: list[tuple[str, str, int]], touches: list[Touch]
) -> None:
    with cache.batch():
        cache.add_touches(touches)
        cache.add_commits(rows)
        cache.add_walk(head_id)


def touched_paths(repo: pygit2.Repository, commit: pygit2.Commit) -> list[Touch]:
    """Case paths whose blob differs from every parent (git log's default simplification)."""
    parents = commit.parents
    if not parents:
        return _changes(repo, None, commit)
    first = _changes(repo, parents[0], commit)
    if len(parents) == 1 or not first:
        return first
    differing = set.intersection(*({t[0] for t in _changes(repo, p, commit)} for p in parents[1:]))
    return [t for t in first if t[0] in differing]


def _changes(
    repo: pygit2.Repository, parent: pygit2.Commit | None, commit: pygit2.Commit
) -> list[Touch]:
    old_cases = _cases_tree(parent.tree) if parent is not None else None
    new_cases = _cases_tree(commit.tree)
    if old_cases is not None and new_cases is not None and old_cases.id == new_cases.id:
        return []
    if old_cases is None and new_cases is None:
        return []
    diff = _tree_diff(repo, parent, commit)
    deltas = [d for d in diff.deltas if _is_case(d.new_file.path) or _is_case(d.old_file.path)]
    statuses = {d.status for d in deltas}
    if DeltaStatus.ADDED in statuses and DeltaStatus.DELETED in statuses:
        diff.find_similar()
        deltas = [d for d in diff.deltas if _is_case(d.new_file.path) or _is_case(d.old_file.path)]
    return [t for d in deltas for t in _touches(d, str(commit.id))]


def _touches(delta: pygit2.DiffDelta, commit_id: str) -> list[Touch]:
    old_id = _blob(delta.old_file.id)
    new_id = _blob(delta.new_file.id)
    if delta.status == DeltaStatus.RENAMED:
        return [(delta.new_file.path, commit_id, delta.old_file.path, new_id, old_id)]
    if delta.status == DeltaStatus.DELETED:
        return [(delta.old_file.path, commit_id, None, None, old_id)]
    return [(delta.new_file.path, commit_id, None, new_id, old_id)]


def _blob(oid: pygit2.Oid) -> str | None:
    text = str(oid)
    return None if text == _ZERO else text


def _cases_tree(tree: pygit2.Tree) -> pygit2.Tree | None:
    try:
        entry = tree[CASES_DIR]
    except KeyError:
        return None
    return entry if isinstance(entry, pygit2.Tree) else None


def _is_case(path: str | None) -> bool:
    return bool(path) and path.startswith(_PREFIX) and path.endswith(CASE_SUFFIX)  # type: ignore[union-attr]


def _tree_diff(
    repo: pygit2.Repository, parent: pygit2.Commit | None, commit: pygit2.Commit
) -> pygit2.Diff:
    if parent is None:
        return commit.tree.diff_to_tree(swap=True)
    return parent.tree.diff_to_tree(commit.tree)
