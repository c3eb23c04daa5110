"""Listing every case from its front matter, cached by blob id and by tree id.

A year folder's tree id fixes every blob in it, so a warm listing reads one cache row per
folder; a changed folder re-reads only its changed blobs (cached by blob id).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pygit2
from pydantic import ValidationError
from pygit2.enums import ObjectType

from pmtui.format.decoding import decode_case_text
from pmtui.format.frontmatter import load_front_matter, split_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.model.case import Case, Status
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.cache import StoreCache
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR
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
    for entry in tree:
        name = entry.name or ""
        if entry.type == ObjectType.TREE:
            subtree = repo[entry.id]
            assert isinstance(subtree, pygit2.Tree)
            rows.extend(
                {**r, "path": f"{name}/{r['path']}"} for r in _listing(repo, subtree, cache)
            )
        elif entry.type == ObjectType.BLOB and name.endswith(CASE_SUFFIX):
            rows.append({**_summary_json(repo, str(entry.id), cache), "path": name})
    cache.put_json("listings", "tree_id", str(tree.id), rows)
    return rows


def _summary_json(repo: pygit2.Repository, blob_id: str, cache: StoreCache) -> dict[str, Any]:
    cached = cache.get_json("summaries", "blob_id", blob_id)
    if cached is not None:
        return dict(cached)
    blob = repo[blob_id]
    assert isinstance(blob, pygit2.Blob)
    value = {**summarize(bytes(blob.data)), "blob_id": blob_id}
    cache.put_json("summaries", "blob_id", blob_id, value)
    return value


def summarize(data: bytes) -> dict[str, Any]:
    """The listed fields of a case file (JSON-ready), from its front matter only."""
    try:
        text = decode_case_text(data).text
        raw = load_front_matter(split_front_matter(text).yaml_text).data
    except CaseFileError as error:
        return {"error": error.problems[0].message if error.problems else str(error)}
    try:
        case = Case.model_validate({**raw, "avsnitt": []})
    except ValidationError as error:
        return {**_best_effort(raw), "error": _first_error(error)}
    return {
        "dnr": str(case.dnr),
        "title": case.title,
        "rotel": case.rotel,
        "presenters": list(case.presenters),
        "status": case.status.value,
        "date": case.date.isoformat() if case.date else None,
    }


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))


def _best_effort(raw: dict[str, Any]) -> dict[str, Any]:
    presenters = raw.get("föredragande")
    return {
        "dnr": raw.get("dnr") if isinstance(raw.get("dnr"), str) else None,
        "title": raw.get("rubrik") if isinstance(raw.get("rubrik"), str) else "",
        "rotel": raw.get("rotel") if isinstance(raw.get("rotel"), str) else "",
        "presenters": [p for p in presenters if isinstance(p, str)]
        if isinstance(presenters, list)
        else [],
        "status": raw.get("status") if isinstance(raw.get("status"), str) else None,
        "date": None,
    }


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
