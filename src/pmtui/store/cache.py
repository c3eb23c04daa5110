"""A persistent cache per repository, keyed only by content ids (blob, tree, commit ids).

Objects in Git never change, so an entry keyed by an object id can never be stale; the
cache can only be incomplete. It lives in SQLite under the user's cache folder
(``$XDG_CACHE_HOME/pmtui``). If that cannot be opened, an in-memory cache is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import platformdirs

SCHEMA_VERSION = 3  # 3: listing rows carry the archived flag
_SCHEMA = """
CREATE TABLE IF NOT EXISTS summary_rows (blob_id TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS listing_rows (tree_id TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS commits (
    commit_id TEXT PRIMARY KEY, walk_tip TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS walks (walk_key TEXT PRIMARY KEY, tip TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS touches (
    path TEXT NOT NULL, commit_id TEXT NOT NULL, old_path TEXT,
    blob_id TEXT, parent_blob_id TEXT, PRIMARY KEY (path, commit_id));
CREATE TABLE IF NOT EXISTS name_warnings (folder_key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
    old_blob TEXT NOT NULL, new_blob TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (old_blob, new_blob));
"""


MARSHAL_VERSION = 4


def _unmarshal(data: object) -> Any:
    """None for anything unreadable (a damaged row is only a cache miss)."""
    if not isinstance(data, bytes):
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None


def _is_pair(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)


def cache_file(gitdir: Path) -> Path:
    key = hashlib.sha256(str(gitdir.resolve()).encode("utf-8")).hexdigest()[:24]
    folder = Path(platformdirs.user_cache_dir("pmtui"))
    return folder / f"repo-{key}-v{SCHEMA_VERSION}.sqlite"


def _connect(path: Path | None) -> sqlite3.Connection:
    if path is None:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(_SCHEMA)
    return connection


class StoreCache:
    """Values by object id (listing rows in ``marshal``, the rest JSON); ``touches`` is
    the per-commit index used by history."""

    def __init__(self, gitdir: Path, persistent: bool = True) -> None:
        self.connection = self._open(cache_file(gitdir) if persistent else None)
        self._lock = threading.RLock()  # one connection, shared by the app's worker threads

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        try:
            return _connect(path)
        except (sqlite3.Error, OSError):
            return _connect(None)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction for many writes (fast, and all-or-nothing)."""
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
        try:
            self.connection.execute("BEGIN")
        except sqlite3.Error:
            yield
            return
        try:
            yield
            self.connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            raise

    def get_listing(self, tree_id: str) -> list[tuple[Any, ...]] | None:
        """The listing rows stored for a tree (``marshal``: tuples of plain values)."""
        row = self._fetch("SELECT data FROM listing_rows WHERE tree_id = ?", (tree_id,))
        rows = _unmarshal(row[0]) if row else None
        return rows if isinstance(rows, list) else None

    def has_listing(self, tree_id: str) -> bool:
        sql = "SELECT 1 FROM listing_rows WHERE tree_id = ?"
        return self._fetch(sql, (tree_id,)) is not None

    def put_listing(self, tree_id: str, rows: list[tuple[Any, ...]]) -> None:
        data = marshal.dumps(rows, MARSHAL_VERSION)
        self._write("INSERT OR REPLACE INTO listing_rows VALUES (?, ?)", (tree_id, data))

    def get_summaries(self, blob_ids: list[str]) -> dict[str, Any]:
        """Cached summary rows by blob id, in one query per 500 ids."""
        found: dict[str, Any] = {}
        for start in range(0, len(blob_ids), 500):
            chunk = blob_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT blob_id, data FROM summary_rows WHERE blob_id IN ({marks})"
            for key, data in self._all(sql, tuple(chunk)):
                value = _unmarshal(data)
                if isinstance(value, tuple):
                    found[key] = value
        return found

    def put_summaries(self, summaries: dict[str, tuple[Any, ...]]) -> None:
        rows = [(k, marshal.dumps(v, MARSHAL_VERSION)) for k, v in summaries.items()]
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.connection.executemany("INSERT OR REPLACE INTO summary_rows VALUES (?, ?)", rows)

    def get_change(self, old_blob: str, new_blob: str) -> list[str] | None:
        row = self._fetch(
            "SELECT data FROM changes WHERE old_blob = ? AND new_blob = ?", (old_blob, new_blob)
        )
        return json.loads(row[0]) if row else None

    def get_changes(self, new_blobs: list[str]) -> dict[tuple[str, str], list[str]]:
        """Every cached (old, new) → labels whose new blob is in ``new_blobs``."""
        found: dict[tuple[str, str], list[str]] = {}
        for start in range(0, len(new_blobs), 500):
            chunk = new_blobs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT old_blob, new_blob, data FROM changes WHERE new_blob IN ({marks})"
            for old, new, data in self._all(sql, tuple(chunk)):
                found[(old, new)] = json.loads(data)
        return found

    def put_change(self, old_blob: str, new_blob: str, labels: list[str]) -> None:
        self._write(
            "INSERT OR REPLACE INTO changes VALUES (?, ?, ?)",
            (old_blob, new_blob, json.dumps(labels, ensure_ascii=False)),
        )

    def get_name_warnings(self, folder_key: str) -> list[tuple[str, str]] | None:
        """(path, warning) pairs of a folder, keyed by its name and tree id."""
        row = self._fetch("SELECT data FROM name_warnings WHERE folder_key = ?", (folder_key,))
        try:
            pairs = json.loads(row[0]) if row else None
        except ValueError:
            return None  # a damaged row is only a cache miss
        if not isinstance(pairs, list) or not all(_is_pair(p) for p in pairs):
            return None
        return [(str(path), str(warning)) for path, warning in pairs]

    def put_name_warnings(self, folder_key: str, pairs: list[tuple[str, str]]) -> None:
        data = json.dumps(pairs, ensure_ascii=False)
        self._write("INSERT OR REPLACE INTO name_warnings VALUES (?, ?)", (folder_key, data))

    def known_commit(self, commit_id: str) -> bool:
        return self._fetch("SELECT 1 FROM commits WHERE commit_id = ?", (commit_id,)) is not None

    def walk_tips(self) -> list[str]:
        """Tips whose ancestors are all indexed (walks merged into a descendant share it)."""
        return [row[0] for row in self._all("SELECT DISTINCT tip FROM walks", ())]

    def add_walk(self, head: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO walks VALUES (?, ?)", (head, head))

    def merge_walks(self, ancestors: list[str], head: str) -> None:
        """Walks whose tips are ancestors of ``head`` are reachable from it: one tip."""
        for tip in ancestors:
            self._write("UPDATE walks SET tip = ? WHERE tip = ?", (head, tip))

    def max_position(self) -> int:
        row = self._fetch("SELECT MAX(position) FROM commits", ())
        return int(row[0]) if row and row[0] is not None else 0

    def add_commits(self, rows: Iterable[tuple[str, str, int]]) -> None:
        """Raises ``sqlite3.Error``: call inside ``batch`` so touches and commits agree."""
        self.connection.executemany("INSERT OR IGNORE INTO commits VALUES (?, ?, ?)", rows)

    def add_touches(
        self, rows: Iterable[tuple[str, str, str | None, str | None, str | None]]
    ) -> None:
        self.connection.executemany("INSERT OR IGNORE INTO touches VALUES (?, ?, ?, ?, ?)", rows)

    def use_memory(self) -> None:
        """Fall back to an in-memory cache (the file could not be written)."""
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        self.connection = _connect(None)

    def touches_of(
        self, path: str
    ) -> list[tuple[str, str | None, str | None, str | None, str, int]]:
        """(commit_id, old_path, blob_id, parent_blob_id, walk_tip, position) for ``path``."""
        return list(
            self._all(
                "SELECT t.commit_id, t.old_path, t.blob_id, t.parent_blob_id, w.tip, "
                "c.position FROM touches t JOIN commits c USING (commit_id) "
                "JOIN walks w ON w.walk_key = c.walk_tip WHERE t.path = ?",
                (path,),
            )
        )

    def newest_touches(self, paths: list[str] | None) -> list[tuple[str, str, str]]:
        """(path, commit_id, walk_tip) of the newest indexed touch of each of ``paths`` (of
        every path if None): one row a path, chosen by SQLite, so a screenful of paths
        costs a screenful of index lookups, not a sort of every commit."""
        sql = (
            "SELECT t.path, t.commit_id, w.tip, MAX(c.position) FROM touches t JOIN commits c "
            "USING (commit_id) JOIN walks w ON w.walk_key = c.walk_tip"
        )
        if paths is None:
            return [row[:3] for row in self._all(sql + " GROUP BY t.path", ())]
        found: list[tuple[str, str, str]] = []
        for start in range(0, len(paths), 500):
            chunk = tuple(paths[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._all(f"{sql} WHERE t.path IN ({marks}) GROUP BY t.path", chunk)
            found.extend(row[:3] for row in rows)
        return found

    def _fetch(self, sql: str, args: tuple[Any, ...]) -> Any:
        try:
            with self._lock:
                return self.connection.execute(sql, args).fetchone()
        except sqlite3.Error:
            return None

    def _all(self, sql: str, args: tuple[Any, ...]) -> list[Any]:
        try:
            with self._lock:
                return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error:
            return []

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.connection.execute(sql, args)
