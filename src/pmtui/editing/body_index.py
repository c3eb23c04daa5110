"""Full-text search over case texts: SQLite FTS5, keyed by blob id, kept between runs.

A case text is indexed once per blob id, so a warm start indexes only the cases that
changed since the last run (none, usually). The index is a cache file in the XDG cache
folder, one per repository; if it cannot be opened, an in-memory index is used instead.
Contentless FTS5 cannot delete rows (SQLite < 3.43), so texts of blobs no longer listed
stay until the file is rebuilt, which happens when they outnumber the live ones.

Queries are prefix queries per word (``"strong"* AND "cit"*``): Swedish compounds are
found by their first part, and every keystroke answers in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import platformdirs

SCHEMA_VERSION = 1
BATCH = 500
ROWS_PER_STATEMENT = 100  # 200 parameters: far below SQLite's limit
_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS blobs (blob_id TEXT PRIMARY KEY, ref INTEGER NOT NULL);
"""
_WORD = re.compile(r"\w+")
T = TypeVar("T")
# Given the row numbers to read, yields their texts in that order.
ReadTexts = Callable[[list[int]], Iterable[str]]


def index_file(gitdir: Path) -> Path:
    """The cache file of one repository's body index."""
    key = hashlib.sha256(str(gitdir.resolve()).encode("utf-8")).hexdigest()[:24]
    folder = platformdirs.user_cache_path("pmtui")
    return folder / f"bodies-{key}-v{SCHEMA_VERSION}.sqlite"


def _connect(path: Path | None) -> sqlite3.Connection:
    if path is not None:
        with contextlib.suppress(sqlite3.Error, OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=5.0, check_same_thread=False)
            # A cache rebuilt from the repository: no fsync at each batch's commit.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return db
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(_SCHEMA)
    return db


class BodyIndex:
    """Which rows of the list have texts with given words; built in a worker thread."""

    def __init__(self, path: Path | None = None) -> None:
        self._db = _connect(path)
        self._lock = threading.Lock()
        self._rows_of_ref: dict[int, list[int]] = {}

    def update(self, blob_ids: list[str], read_text: Callable[[int], str]) -> int:
        """Index the texts of ``blob_ids`` (row ``n`` has ``blob_ids[n]``) not indexed
        yet, reading each with ``read_text(n)``; returns how many were read."""
        return self.update_many(blob_ids, lambda rows: (read_text(n) for n in rows))

    def update_many(self, blob_ids: list[str], read_texts: ReadTexts) -> int:
        """As ``update``, reading the texts of all missing rows with one call that yields
        them in order (the store reads blobs in bulk: ``CaseRepository.blob_texts``)."""
        known = self._known_refs()
        self._maybe_rebuild(known, blob_ids)
        known = self._known_refs()
        missing = list({blob: n for n, blob in enumerate(blob_ids) if blob not in known}.values())
        texts = iter(read_texts(missing))
        for batch in _batches(missing, BATCH):
            self._add([(blob_ids[n], text) for n, text in zip(batch, texts, strict=False)])
            time.sleep(0.001)  # leave the interpreter to the UI thread now and then
        known = self._known_refs()
        self._rows_of_ref = {}
        for n, blob in enumerate(blob_ids):
            if blob in known:  # a text that could not be read is not found, not an error
                self._rows_of_ref.setdefault(known[blob], []).append(n)
        return len(missing)

    def _known_refs(self) -> dict[str, int]:
        with self._lock:
            return dict(self._db.execute("SELECT blob_id, ref FROM blobs"))

    def _maybe_rebuild(self, known: dict[str, int], blob_ids: list[str]) -> None:
        if len(known) > 2 * max(1, len(set(blob_ids))):
            with self._lock:
                self._db.executescript("DROP TABLE body; DROP TABLE blobs;" + _SCHEMA)

    def _add(self, texts: list[tuple[str, str]]) -> None:
        """One transaction a batch. The rowids are given, and each statement inserts many
        rows: SQLite works (and tokenises) without the GIL for a whole statement, so the
        UI thread is not made to hand the GIL back and forth for every text."""
        with self._lock, self._db:
            newest = self._db.execute("SELECT rowid FROM body ORDER BY rowid DESC LIMIT 1")
            last = max((ref for (ref,) in newest), default=0)
            refs = range(last + 1, last + 1 + len(texts))
            bodies = [(ref, text) for ref, (_, text) in zip(refs, texts, strict=True)]
            blobs = [(blob, ref) for ref, (blob, _) in zip(refs, texts, strict=True)]
            _insert(self._db, "INSERT INTO body(rowid, text) VALUES", bodies)
            _insert(self._db, "INSERT OR REPLACE INTO blobs VALUES", blobs)

    def rows_matching(self, word: str) -> set[int]:
        """Rows whose text has, for each token of ``word``, a word starting with it."""
        tokens = _WORD.findall(word)
        if not tokens:
            return set()
        query = " AND ".join(f'"{token}"*' for token in tokens)
        with self._lock:
            refs = self._db.execute("SELECT rowid FROM body WHERE body MATCH ?", (query,))
            found = [ref for (ref,) in refs]
        rows = self._rows_of_ref
        return {n for ref in found for n in rows.get(ref, ())}


def _insert(db: sqlite3.Connection, sql: str, rows: Sequence[tuple[object, object]]) -> None:
    """``sql`` followed by ``(?, ?), (?, ?), …``: up to ``ROWS_PER_STATEMENT`` rows a step."""
    for chunk in _batches(rows, ROWS_PER_STATEMENT):
        marks = ", ".join(["(?, ?)"] * len(chunk))
        db.execute(f"{sql} {marks}", [value for row in chunk for value in row])


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
