"""Summarising many blobs on two cores: a helper process works from the front of the list
while this process works from the back, until they meet (``git grep`` uses every core
too). The split adapts to whichever is faster, and the helper's slow start costs nothing.

The helper is ``python -m pmtui.store.summary_worker``: it reads ``marshal``-ed
``(gitdir, [blob ids])`` on stdin and writes its rows in order, in length-prefixed
``marshal`` batches, on stdout. Its stderr goes nowhere (it must not draw on the TUI's
screen). Whatever goes wrong with it (cannot start, dies, writes nonsense), this process
simply summarises further.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import subprocess
import sys
import threading
from typing import IO

import pygit2

from pmtui.store.summary import ROW_LENGTH, SummaryRow, summarize

# Below this many blobs, starting Python again costs more than it saves.
PARALLEL_FROM = 3000
MARSHAL_VERSION = 4
_BATCH = 64
_LENGTH_BYTES = 4


def summarize_blobs(repo: pygit2.Repository, oids: list[pygit2.Oid]) -> dict[str, SummaryRow]:
    """Summary rows by blob id for every blob in ``oids``."""
    if len(oids) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return summarize_here(repo, oids)
    helper = _Helper.start(repo.path, [str(oid) for oid in oids])
    if helper is None:
        return summarize_here(repo, oids)
    rows: dict[str, SummaryRow] = {}
    index = len(oids) - 1
    while index >= len(helper.rows):
        rows[str(oids[index])] = _summarize_one(repo, oids[index])
        index -= 1
    helper.stop()
    rows.update(zip((str(oid) for oid in oids[: index + 1]), helper.rows, strict=False))
    return rows


def summarize_here(repo: pygit2.Repository, oids: list[pygit2.Oid]) -> dict[str, SummaryRow]:
    return {str(oid): _summarize_one(repo, oid) for oid in oids}


def _summarize_one(repo: pygit2.Repository, oid: pygit2.Oid) -> SummaryRow:
    blob = repo[oid]
    assert isinstance(blob, pygit2.Blob)
    return summarize(blob.data)


class _Helper:
    """The helper process and a thread collecting its rows into ``rows`` as they come."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.rows: list[SummaryRow] = []
        self._reader = threading.Thread(target=self._collect, daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, gitdir: str, blob_ids: list[str]) -> _Helper | None:
        command = [sys.executable, "-m", "pmtui.store.summary_worker"]
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
        except OSError:
            return None
        payload = marshal.dumps((gitdir, blob_ids), MARSHAL_VERSION)
        assert process.stdin is not None
        threading.Thread(target=_feed, args=(process.stdin, payload), daemon=True).start()
        return cls(process)

    def _collect(self) -> None:
        """Append every well-formed batch; stop at the first bad or missing one."""
        assert self.process.stdout is not None
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            while batch := _read_batch(self.process.stdout):
                self.rows.extend(batch)

    def stop(self) -> None:
        """Called when this process has met the helper: its remaining work is not needed."""
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()
        self._reader.join()


def _read_batch(pipe: IO[bytes]) -> list[SummaryRow]:
    header = pipe.read(_LENGTH_BYTES)
    if len(header) < _LENGTH_BYTES:
        return []
    data = pipe.read(int.from_bytes(header, "big"))
    batch = marshal.loads(data)
    valid = isinstance(batch, list) and all(
        isinstance(row, tuple) and len(row) == ROW_LENGTH for row in batch
    )
    return batch if valid else []


def _feed(pipe: IO[bytes], payload: bytes) -> None:
    with contextlib.suppress(OSError), pipe:
        pipe.write(payload)


def _serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    gitdir, blob_ids = marshal.loads(stdin.read())
    repo = pygit2.Repository(gitdir)
    for start in range(0, len(blob_ids), _BATCH):
        chunk = [pygit2.Oid(hex=blob_id) for blob_id in blob_ids[start : start + _BATCH]]
        data = marshal.dumps([_summarize_one(repo, oid) for oid in chunk], MARSHAL_VERSION)
        stdout.write(len(data).to_bytes(_LENGTH_BYTES, "big") + data)
        stdout.flush()
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(_serve(sys.stdin.buffer, sys.stdout.buffer))
