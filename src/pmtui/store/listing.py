"""Listing every case from its front matter, cached by tree id and by blob id.

A tree id fixes every blob below it, so the listing of a ``cases/`` tree is stored whole
under that id (one cache read when nothing changed), and so is each folder's part of it:
after a save only the changed year folder is rebuilt, and in it only the changed blob is
read. Rows are plain tuples stored with ``marshal`` and turned into ``CaseSummary`` objects
without parsing anything again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pygit2
from pygit2.enums import ObjectType

from pmtui.model.dnr import Dnr, DnrError
from pmtui.model.status import Status
from pmtui.store import trees
from pmtui.store.cache import StoreCache
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR
from pmtui.store.types import CaseSummary

if TYPE_CHECKING:  # summarising loads the case model; a warm listing needs none of it
    from pmtui.store.summary import SummaryRow
    from pmtui.store.summary_worker import Progress

# (path below the tree, blob id, *SummaryRow)
ListingRow = tuple[Any, ...]

_STATUSES = {status.value: status for status in Status}
_PREFIX = CASES_DIR + "/"


def list_tree(
    repo: pygit2.Repository,
    root: pygit2.Tree | None,
    cache: StoreCache,
    progress: Progress | None = None,
) -> list[CaseSummary]:
    """Every ``cases/**/*.md`` in ``root``, sorted by path. ``progress(done, total)`` is
    told how far the summarising of blobs not cached yet has come (a cold listing)."""
    cases = trees.subtree(root, CASES_DIR)
    if cases is None:
        return []
    with _collector_paused():
        rows = cache.get_listing(str(cases.id))
        if rows is None:
            with cache.batch():
                known = _summaries(repo, _unlisted_blobs(repo, cases, cache), cache, progress)
                rows = _listing(repo, cases, cache, known)
        return _summaries_of(rows)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Tens of thousands of new tuples would set off Python's cycle collector again and
    again, each time walking every object of the process (in the TUI: all of them). Rows
    hold no cycles, so it is paused while they are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _unlisted_blobs(
    repo: pygit2.Repository, tree: pygit2.Tree, cache: StoreCache
) -> list[pygit2.Oid]:
    """The case blobs in the folders whose listing is not cached yet."""
    if cache.has_listing(str(tree.id)):
        return []
    oids: list[pygit2.Oid] = []
    for entry in tree:
        if entry.type == ObjectType.TREE:
            subtree = repo[entry.id]
            assert isinstance(subtree, pygit2.Tree)
            oids.extend(_unlisted_blobs(repo, subtree, cache))
        elif entry.type == ObjectType.BLOB and (entry.name or "").endswith(CASE_SUFFIX):
            oids.append(entry.id)
    return oids


def _listing(
    repo: pygit2.Repository,
    tree: pygit2.Tree,
    cache: StoreCache,
    known: dict[str, SummaryRow],
) -> list[ListingRow]:
    """The rows of ``tree`` (paths relative to it, sorted), from the cache or built from
    the summaries in ``known``."""
    cached = cache.get_listing(str(tree.id))
    if cached is not None:
        return cached
    rows: list[ListingRow] = []
    for entry in tree:
        name = entry.name or ""
        if entry.type == ObjectType.TREE:
            subtree = repo[entry.id]
            assert isinstance(subtree, pygit2.Tree)
            inner = _listing(repo, subtree, cache, known)
            rows.extend((f"{name}/{r[0]}", *r[1:]) for r in inner)
        elif entry.type == ObjectType.BLOB and name.endswith(CASE_SUFFIX):
            rows.append((name, str(entry.id), *_known(repo, entry.id, known)))
    rows.sort(key=lambda row: row[0])
    cache.put_listing(str(tree.id), rows)
    return rows


def _known(repo: pygit2.Repository, oid: pygit2.Oid, known: dict[str, SummaryRow]) -> SummaryRow:
    """The summary collected beforehand; made now if the folder's cached listing turned
    out unreadable after it was counted as cached."""
    row = known.get(str(oid))
    if row is not None:
        return row
    from pmtui.store.summary_worker import summarize_here

    return summarize_here(repo, [oid])[str(oid)]


def _summaries(
    repo: pygit2.Repository,
    oids: list[pygit2.Oid],
    cache: StoreCache,
    progress: Progress | None = None,
) -> dict[str, SummaryRow]:
    """Summaries by blob id: cached ones in one query, the rest read (in bulk by git when
    there are many) and cached in one ``executemany``."""
    found = cache.get_summaries([str(oid) for oid in oids])
    if len(found) == len(set(oids)):
        return found
    from pmtui.store.summary_worker import summarize_blobs

    # In tree order (git stores a folder's versions near each other): reads stay local.
    unknown = list(dict.fromkeys(oid for oid in oids if str(oid) not in found))
    pool: dict[Any, Any] = {}
    made = {k: _shared(row, pool) for k, row in summarize_blobs(repo, unknown, progress).items()}
    cache.put_summaries(made)
    return {**found, **made}


def _summaries_of(rows: list[ListingRow]) -> list[CaseSummary]:
    """CaseSummary objects from stored rows: no parsing, no validation (the rows were made
    from validated values), one tuple each; the hot path of a warm listing."""
    make, day_of, statuses = tuple.__new__, _day, _STATUSES.get
    dnr = _DnrFromRow().make
    return [
        make(
            CaseSummary,
            (
                dnr(registry, year, serial),
                _PREFIX + path,
                title,
                rotel,
                list(presenters),
                statuses(status),
                day_of(day),
                blob_id,
                error,
                archived is True,
            ),
        )
        for (
            path,
            blob_id,
            registry,
            year,
            serial,
            title,
            rotel,
            presenters,
            status,
            day,
            archived,
            error,
        ) in rows
    ]


class _DnrFromRow:
    """Dnrs from cached parts, without ``Dnr.parse``: each distinct registry is checked
    once and the numbers by range, so even a tampered cache file yields no odd dnr."""

    def __init__(self) -> None:
        self.registries: dict[Any, bool] = {}

    def make(self, registry: Any, year: Any, serial: Any) -> Dnr | None:
        if registry is None:
            return None
        ok = self.registries.get(registry)
        if ok is None:
            ok = self.registries[registry] = _valid_dnr(registry, 2000, 1)
        numbers_ok = type(year) is int and type(serial) is int
        if ok and numbers_ok and 0 <= year <= 9999 and 0 <= serial <= 9_999_999:
            return Dnr.from_trusted_parts(registry, year, serial)
        return None


def _valid_dnr(registry: Any, year: Any, serial: Any) -> bool:
    try:
        Dnr(registry, year, serial)
    except DnrError:
        return False
    return True


def _day(ordinal: int | None) -> dt.date | None:
    return dt.date.fromordinal(ordinal) if ordinal is not None else None


def _shared(row: SummaryRow, pool: dict[Any, Any]) -> SummaryRow:
    """Equal registry, rotel, names and status as one object each: ``marshal`` then stores
    each once and gives back shared objects (smaller rows, faster to load)."""
    registry, year, serial, title, rotel, presenters, status, day, archived, error = row
    names = tuple(pool.setdefault(name, name) for name in presenters)
    return (
        pool.setdefault(registry, registry),
        year,
        serial,
        title,
        pool.setdefault(rotel, rotel),
        pool.setdefault(names, names),
        pool.setdefault(status, status),
        day,
        archived,
        error,
    )
