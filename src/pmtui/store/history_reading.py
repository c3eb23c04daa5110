"""Reading a case's past: history, last changes, milestones, revisions, old texts.

A base of ``CaseRepository`` (store/repository.py), which gives ``_git``, ``_cache`` and
``head_commit``; kept apart so that each module stays short.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygit2

from pmtui.model.dnr import Dnr
from pmtui.store import blob_batch, history, milestones, trees
from pmtui.store.cache import StoreCache
from pmtui.store.errors import CaseNotFound
from pmtui.store.paths import path_for
from pmtui.store.types import ChangeInfo, HistoryEntry, Milestone
from pmtui.texts import store as texts


class CaseHistoryReading:
    """History, milestones and texts at any revision."""

    _git: pygit2.Repository
    _cache: StoreCache

    @property
    def head_commit(self) -> str | None:
        return trees.head_commit_id(self._git)

    def text_at(self, dnr_or_path: str | Dnr, rev: str) -> str:
        """The case file's text at any revision (commit, branch, tag or milestone)."""
        path = path_for(dnr_or_path)
        commit = self.resolve(dnr_of(dnr_or_path), rev)
        blob_id = trees.blob_id_at(trees.commit_tree(self._git, commit), path)
        if blob_id is None:
            blob_id = self._renamed_blob(path, commit)
        return self._blob_or_missing(blob_id, path, rev).decode("utf-8", errors="replace")

    def blob_text(self, blob_id: str) -> str:
        """A case text by its blob id (as in ``list_cases``' rows): read, no tree walked."""
        return trees.blob_bytes(self._git, blob_id).decode("utf-8", errors="replace")

    def blob_texts(self, blob_ids: list[str]) -> Iterator[str]:
        """The texts of many blobs, in order, read in bulk (``blob_batch.read_blobs``)."""
        for _, data in blob_batch.read_blobs(self._git, blob_ids):
            yield data.decode("utf-8", errors="replace")

    def _renamed_blob(self, path: str, commit: str | None) -> str | None:
        tree = trees.commit_tree(self._git, commit)
        for entry in self.history(path, details=False):
            found = trees.blob_id_at(tree, entry.path)
            if found is not None:
                return found
        return None

    def history(self, dnr_or_path: str | Dnr, details: bool = True) -> list[HistoryEntry]:
        """Commits that touched the case, newest first, following renames."""
        head = self.head_commit
        if head is None:
            return []
        path = path_for(dnr_or_path)
        tags = milestones.tags_by_commit(self._git, dnr_of(dnr_or_path))
        return history.history_entries(self._git, self._cache, head, path, tags, details)

    def last_changes(self, paths: list[str] | None = None) -> dict[str, ChangeInfo]:
        """Path → the last commit (id, author, time) that changed it, from the history index."""
        head = self.head_commit
        if head is None:
            return {}
        wanted = set(paths) if paths is not None else None
        return history.last_changes(self._git, self._cache, head, wanted)

    def changed_parts(self, entry: HistoryEntry) -> list[str]:
        """Swedish labels of what an entry changed (for entries loaded without details)."""
        return history.changed_labels(self._git, self._cache, entry.parent_blob_id, entry.blob_id)

    def milestones(self, dnr: Dnr | str) -> list[Milestone]:
        return milestones.list_milestones(self._git, require_dnr(dnr))

    def resolve(self, dnr: Dnr | str | None, rev: str) -> str:
        """Commit id for a commit, branch, tag or (with a dnr) a milestone name."""
        return milestones.resolve_revision(self._git, dnr_of(dnr) if dnr else None, rev)

    def _blob_or_missing(self, blob_id: str | None, path: str, rev: str | None) -> bytes:
        if blob_id is None:
            raise CaseNotFound(
                texts.CASE_MISSING.format(what=path, rev=rev or "HEAD"), texts.CASE_MISSING_HINT
            )
        return trees.blob_bytes(self._git, blob_id)


def sha_of(data: bytes | None) -> str | None:
    return None if data is None else str(pygit2.hash(data))


def dnr_of(value: str | Dnr | None) -> Dnr | None:
    if value is None or isinstance(value, Dnr):
        return value
    path = path_for(value)
    try:
        return Dnr.from_slug(Path(path).stem)
    except ValueError:
        return None


def require_dnr(value: Dnr | str) -> Dnr:
    dnr = dnr_of(value)
    if dnr is None:
        raise CaseNotFound(
            texts.CASE_MISSING.format(what=value, rev="HEAD"), texts.CASE_MISSING_HINT
        )
    return dnr
