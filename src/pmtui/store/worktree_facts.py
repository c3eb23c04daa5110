"""What the reconcile remembers between runs about the work tree and the index, each
answer stored with the key that makes it true (docs/decisions.md, "reconcile cache").

Unlike the rest of the store cache these answers are not keyed by object ids, so each
one carries its own validity key and is used only while that key is read again unchanged:
- the index: its size, change time, inode and its trailing checksum (a hash of every byte
  git wrote, so any ``git add`` or index write gives another key);
- a folder: its modification and change times (ns), inode and device; creating, renaming
  or deleting an entry in a folder changes them. A folder changed less than
  ``RACY_SECONDS`` before it was read is never trusted (a change in the same clock tick
  would not move its times), as git treats a "racily clean" index entry.
The answers live in their own table of the store cache's SQLite file; without a cache
nothing is remembered and every question is answered by reading the disk.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from pmtui.store.cache import StoreCache

RACY_SECONDS = 2.0
_CHECKSUM_BYTES = 32  # enough for a SHA-1 (20) or SHA-256 (32) trailer
_TABLE = "CREATE TABLE IF NOT EXISTS worktree_facts (fact TEXT PRIMARY KEY, data TEXT NOT NULL)"


class WorktreeFacts:
    """Named answers (JSON) in the store cache; every failure is only a miss."""

    def __init__(self, cache: StoreCache | None) -> None:
        self.cache = cache
        self._ready = False

    def get(self, fact: str) -> Any:
        if self.cache is None or not self._table():
            return None
        try:
            with self.cache.batch():
                row = self.cache.connection.execute(
                    "SELECT data FROM worktree_facts WHERE fact = ?", (fact,)
                ).fetchone()
            return json.loads(row[0]) if row else None
        except (sqlite3.Error, ValueError):
            return None

    def put(self, fact: str, value: Any) -> None:
        if self.cache is None or not self._table():
            return
        try:
            with self.cache.batch():
                self.cache.connection.execute(
                    "INSERT OR REPLACE INTO worktree_facts VALUES (?, ?)", (fact, json.dumps(value))
                )
        except sqlite3.Error:
            return

    def _table(self) -> bool:
        if not self._ready and self.cache is not None:
            try:
                with self.cache.batch():
                    self.cache.connection.execute(_TABLE)
                self._ready = True
            except sqlite3.Error:
                return False
        return self._ready


def index_key(gitdir: Path) -> str | None:
    """The index file's identity: stat data and its trailing checksum, read from one open
    file; None without an index, or when git wrote no checksum (``index.skipHash``)."""
    try:
        with open(gitdir / "index", "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_size < _CHECKSUM_BYTES:
                return None
            handle.seek(-_CHECKSUM_BYTES, os.SEEK_END)
            tail = handle.read(_CHECKSUM_BYTES)
    except OSError:
        return None
    if not tail[-20:].strip(b"\0"):
        return None
    return f"{info.st_size}:{info.st_ctime_ns}:{info.st_ino}:{tail.hex()}"


def folder_key(folder: Path) -> str | None:
    """A folder's identity for "its entries are as they were"; None if it cannot be
    trusted yet (changed within ``RACY_SECONDS``) or is not a real folder."""
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    newest = max(info.st_mtime_ns, info.st_ctime_ns)
    if newest > time.time_ns() - int(RACY_SECONDS * 1e9):
        return None
    return f"{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"
