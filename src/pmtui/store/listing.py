"""Listing every case from its front matter, cached by blob id and by tree id.

A year folder's tree id fixes every blob in it, so a warm listing reads one cache row per
folder; a changed folder re-reads only its changed blobs (cached by blob id).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pygit2
from pygit2.enums import ObjectType

from pmtui.model.case import Status
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.cache import StoreCache
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR
from pmtui.store.summary import summarize
from pmtui.store.types import CaseSummary


def list_tree(
    repo: pygit2.Repository, root: pygit2.Tree | None, cache: StoreCache
) -> list[CaseSummary]:
    """Every ``cases/**/*.md`` in ``root``, sorted by path."""
    if root is None:
        return []
    try:
        cases = root[CASES_DIR]
    except KeyError:
        return []
    if not isinstance(cases, pygit2.Tree):
        return []
    with cache.batch():
        rows = _listing(repo, cases, cache)
    summaries = [_from_json(f"{CASES_DIR}/{row['path']}", row) for row in rows]
    return sorted(summaries, key=lambda s: s.path)


def _listing(repo: pygit2.Repository, tree: pygit2.Tree, cache: StoreCache) -> list[dict[str, Any]]:
    cached = cache.get_json("listings", "tree_id", str(tree.id))
    if cached is not None:
        return list(cached)
    rows: list[dict[str, Any]] = []
    blobs: dict[str, str] = {}  # name -> blob id
    for entry in tree:
        name = entry.name or ""
        if entry.type == ObjectType.TREE:
            subtree = repo[entry.id]
            assert isinstance(subtree, pygit2.Tree)
            inner = _listing(repo, subtree, cache)
            rows.extend({**r, "path": f"{name}/{r['path']}"} for r in inner)
        elif entry.type == ObjectType.BLOB and name.endswith(CASE_SUFFIX):
            blobs[name] = str(entry.id)
    summaries = _summaries(repo, list(blobs.values()), cache)
    rows.extend({**summaries[blob_id], "path": name} for name, blob_id in blobs.items())
    cache.put_json("listings", "tree_id", str(tree.id), rows)
    return rows


def _summaries(
    repo: pygit2.Repository, blob_ids: list[str], cache: StoreCache
) -> dict[str, dict[str, Any]]:
    """Summaries by blob id: cached ones in one query, the rest read and cached."""
    found = cache.get_summaries(blob_ids)
    missing = {}
    for blob_id in blob_ids:
        if blob_id not in found:
            blob = repo[blob_id]
            assert isinstance(blob, pygit2.Blob)
            missing[blob_id] = {**summarize(blob.data), "blob_id": blob_id}
    cache.put_summaries(missing)
    return {**found, **missing}


def _from_json(path: str, row: dict[str, Any]) -> CaseSummary:
    return CaseSummary(
        dnr=_dnr(row.get("dnr")),
        path=path,
        title=row.get("title") or "",
        rotel=row.get("rotel") or "",
        presenters=list(row.get("presenters") or []),
        status=_status(row.get("status")),
        date=_date(row.get("date")),
        blob_id=row["blob_id"],
        error=row.get("error"),
    )


def _dnr(value: Any) -> Dnr | None:
    try:
        return Dnr.parse(value) if isinstance(value, str) else None
    except DnrError:
        return None


def _status(value: Any) -> Status | None:
    try:
        return Status(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
