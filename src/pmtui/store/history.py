"""History of one case: the commits that touched it, newest first, following renames.

Candidates come from the history index (``history_index``); each is checked to be
reachable from HEAD. Changed parts are computed from the two versions and cached by the
pair of blob ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygit2

from pmtui.store.cache import StoreCache
from pmtui.store.history_index import update_index
from pmtui.store.identity import when_of
from pmtui.store.types import ChangeInfo, HistoryEntry
from pmtui.texts import store as texts

if TYPE_CHECKING:  # the case models load only for labels not yet in the cache
    from pmtui.model.case import Case

MAX_RENAMES = 50
Row = tuple[str, str | None, str | None, str | None, str, int]


class Reachability:
    """Is a commit reachable from HEAD? One graph query per walk tip, memoised.

    Every commit of a walk is an ancestor of the walk's tip. When the tip is not
    reachable (after a reset, rebase or branch switch), the commits reachable from the
    tip but not from HEAD are listed once (a walk from the tip hiding HEAD: as many
    commits as HEAD lacks), instead of one graph query per commit, each of which can
    walk the whole history."""

    def __init__(self, repo: pygit2.Repository, head_id: str) -> None:
        self.repo = repo
        self.head = pygit2.Oid(hex=head_id)
        self.tips: dict[str, bool] = {}
        self.lacking: dict[str, set[str] | None] = {}

    def reachable(self, commit_id: str, walk_tip: str) -> bool:
        if walk_tip not in self.tips:
            self.tips[walk_tip] = self._ancestor(walk_tip)
        if self.tips[walk_tip]:
            return True
        lacking = self._lacking(walk_tip)
        return commit_id not in lacking if lacking is not None else self._ancestor(commit_id)

    def _lacking(self, walk_tip: str) -> set[str] | None:
        """Commits reachable from ``walk_tip`` but not from HEAD (None: no such tip)."""
        if walk_tip not in self.lacking:
            try:
                walker = self.repo.walk(pygit2.Oid(hex=walk_tip))
                walker.hide(self.head)
                self.lacking[walk_tip] = {str(commit.id) for commit in walker}
            except (ValueError, KeyError, pygit2.GitError):
                self.lacking[walk_tip] = None
        return self.lacking[walk_tip]

    def _ancestor(self, commit_id: str) -> bool:
        oid = pygit2.Oid(hex=commit_id)
        try:
            return oid == self.head or self.repo.descendant_of(self.head, oid)
        except (ValueError, KeyError, pygit2.GitError):
            return False  # a commit no longer in the repository (garbage-collected)


def case_commits(
    repo: pygit2.Repository, cache: StoreCache, head_id: str, path: str
) -> list[tuple[pygit2.Commit, str, str | None, str | None]]:
    """(commit, path there, blob id, parent blob id), newest first, following renames."""
    update_index(repo, cache, head_id)
    reach = Reachability(repo, head_id)
    found: list[tuple[pygit2.Commit, str, str | None, str | None]] = []
    bound: tuple[int, int] | None = None
    for _ in range(MAX_RENAMES):
        rows = _ordered(repo, [r for r in cache.touches_of(path) if reach.reachable(r[0], r[4])])
        rows = [r for r in rows if bound is None or r[0] < bound]
        renamed_from = None
        for key, commit, row in rows:
            found.append((commit, path, row[2], row[3]))
            if row[1] is not None:
                renamed_from, bound = row[1], key
                break
        if renamed_from is None:
            return found
        path = renamed_from
    return found


# Order: index position, highest first. Within one indexing walk positions follow a
# topological walk (children before parents); a later walk never holds an ancestor of an
# earlier one. So the order is topological even when commit dates are equal or skewed.
def last_changes(
    repo: pygit2.Repository, cache: StoreCache, head_id: str, paths: set[str] | None
) -> dict[str, ChangeInfo]:
    """For each path (default: every case path ever touched) the newest commit touching it
    that is reachable from HEAD."""
    update_index(repo, cache, head_id)
    reach = Reachability(repo, head_id)
    infos: dict[str, ChangeInfo] = {}
    found: dict[str, ChangeInfo] = {}
    wanted = sorted(paths) if paths is not None else None
    for path, newest, walk_tip in cache.newest_touches(wanted):
        commit_id = newest if reach.reachable(newest, walk_tip) else _reachable(cache, reach, path)
        if commit_id is not None:
            found[path] = infos.get(commit_id) or _change_info(repo, commit_id)
            infos[commit_id] = found[path]
    return found


def _reachable(cache: StoreCache, reach: Reachability, path: str) -> str | None:
    """The newest touch of ``path`` reachable from HEAD, when the newest indexed is not
    (a branch switched, or a reset): its rows, newest index position first."""
    rows = sorted(cache.touches_of(path), key=lambda row: row[5], reverse=True)
    return next((row[0] for row in rows if reach.reachable(row[0], row[4])), None)


def _change_info(repo: pygit2.Repository, commit_id: str) -> ChangeInfo:
    commit = repo[commit_id]
    assert isinstance(commit, pygit2.Commit)
    return ChangeInfo(commit_id, commit.author.name, when_of(commit.author))


def _ordered(
    repo: pygit2.Repository, rows: list[Row]
) -> list[tuple[tuple[int, int], pygit2.Commit, Row]]:
    keyed: list[tuple[tuple[int, int], pygit2.Commit, Row]] = []
    for row in rows:
        commit = repo[row[0]]
        assert isinstance(commit, pygit2.Commit)
        keyed.append(((row[5], commit.commit_time), commit, row))
    keyed.sort(key=lambda item: item[0], reverse=True)
    return keyed


def history_entries(
    repo: pygit2.Repository,
    cache: StoreCache,
    head_id: str,
    path: str,
    tags: dict[str, list[str]],
    details: bool = True,
) -> list[HistoryEntry]:
    entries = []
    commits = case_commits(repo, cache, head_id, path)
    labels = Labels(repo, cache, [c[2] for c in commits if c[2]]) if details else None
    for commit, at_path, blob_id, parent_blob in commits:
        changed = labels.between(parent_blob, blob_id) if labels else []
        entries.append(
            HistoryEntry(
                commit_id=str(commit.id),
                author=commit.author.name,
                email=commit.author.email,
                when=when_of(commit.author),
                message=commit.message,
                path=at_path,
                blob_id=blob_id,
                parent_blob_id=parent_blob,
                changed=changed,
                tags=sorted(tags.get(str(commit.id), [])),
            )
        )
    return entries


class Labels:
    """Changed-part labels for many versions: one cache query, each blob parsed once."""

    def __init__(self, repo: pygit2.Repository, cache: StoreCache, new_blobs: list[str]) -> None:
        self.repo = repo
        self.cache = cache
        self.known = cache.get_changes(new_blobs) if new_blobs else {}
        self.parsed: dict[str, Case | None] = {}

    def between(self, old_blob: str | None, new_blob: str | None) -> list[str]:
        if new_blob is None:
            return [texts.HISTORY_DELETED]
        if old_blob is None:
            return [texts.HISTORY_CREATED]
        if (old_blob, new_blob) not in self.known:
            labels = _labels_of(self._case(old_blob), self._case(new_blob))
            self.cache.put_change(old_blob, new_blob, labels)
            self.known[(old_blob, new_blob)] = labels
        return self.known[(old_blob, new_blob)]

    def _case(self, blob_id: str) -> Case | None:
        if blob_id not in self.parsed:
            from pmtui.format.casefile import inspect_case

            self.parsed[blob_id] = inspect_case(bytes(_blob(self.repo, blob_id).data)).case
        return self.parsed[blob_id]


def _labels_of(old: Case | None, new: Case | None) -> list[str]:
    from pmtui.model.changes import changed_parts

    if old is None or new is None:
        return [texts.HISTORY_FILE_CHANGED]
    return [part.label for part in changed_parts(old, new)] or [texts.HISTORY_FORMAT_ONLY]


def changed_labels(
    repo: pygit2.Repository, cache: StoreCache, old_blob: str | None, new_blob: str | None
) -> list[str]:
    """Swedish labels of the parts that differ between two versions (cached by blob ids)."""
    if new_blob is None:
        return [texts.HISTORY_DELETED]
    if old_blob is None:
        return [texts.HISTORY_CREATED]
    cached = cache.get_change(old_blob, new_blob)
    if cached is not None:
        return cached
    labels = _compute_labels(repo, old_blob, new_blob)
    cache.put_change(old_blob, new_blob, labels)
    return labels


def _compute_labels(repo: pygit2.Repository, old_blob: str, new_blob: str) -> list[str]:
    from pmtui.format.casefile import inspect_case

    old = inspect_case(bytes(_blob(repo, old_blob).data)).case
    new = inspect_case(bytes(_blob(repo, new_blob).data)).case
    return _labels_of(old, new)


def _blob(repo: pygit2.Repository, blob_id: str) -> pygit2.Blob:
    blob = repo[blob_id]
    assert isinstance(blob, pygit2.Blob)
    return blob
