"""Reading many blobs by id at once: the listing's summaries and the body-text index.

``git cat-file --batch`` reads a pack's long delta chains at about half the CPU time of
libgit2 (30,000 case blobs of a 100,000-commit history: 0.8 s against 1.6–2.0 s, measured
side by side), and it runs in its own process: the blobs are inflated on the other core
while this process uses them, and a thread of the app reading the pipe leaves the
interpreter to the UI. Blobs come back in the order asked. Whatever git does not deliver
(no git program, git fails or dies, an id it does not find) is read with pygit2 instead,
so the result is the same either way.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from collections.abc import Iterator
from typing import IO

import pygit2

from pmtui.store.trees import blob_bytes

# Below this many blobs, starting git costs more than libgit2's slower reads.
GIT_FROM = 200
_COMMAND = ("cat-file", "--batch", "--buffer")
_PIPE_BUFFER = 1 << 20  # few, large reads of the pipe


def read_blobs(repo: pygit2.Repository, blob_ids: list[str]) -> Iterator[tuple[str, bytes]]:
    """(blob id, bytes) for every id of ``blob_ids``, in that order; ``KeyError`` for an
    id that is not a blob of ``repo`` (as ``repo[id]`` raises)."""
    done = 0
    if len(blob_ids) >= GIT_FROM and shutil.which("git") is not None:
        for pair in _from_git(repo.path, blob_ids):
            yield pair
            done += 1
    for blob_id in blob_ids[done:]:
        yield blob_id, blob_bytes(repo, blob_id)


def _from_git(gitdir: str, blob_ids: list[str]) -> Iterator[tuple[str, bytes]]:
    """The blobs git delivers, in order, until the first it does not (then it stops)."""
    try:
        process = subprocess.Popen(
            ["git", f"--git-dir={gitdir}", *_COMMAND],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=_PIPE_BUFFER,
        )
    except OSError:
        return
    assert process.stdin is not None and process.stdout is not None
    request = "".join(f"{blob_id}\n" for blob_id in blob_ids).encode("ascii")
    feeder = threading.Thread(target=_feed, args=(process.stdin, request), daemon=True)
    feeder.start()
    try:
        for blob_id in blob_ids:
            data = _next_blob(process.stdout, blob_id)
            if data is None:
                return
            yield blob_id, data
    finally:
        with contextlib.suppress(OSError):
            process.kill()
        process.wait()
        process.stdout.close()
        feeder.join()


def _next_blob(stream: IO[bytes], blob_id: str) -> bytes | None:
    """The next object of git's output if it is ``blob_id``'s blob, whole; else None."""
    header = stream.readline().split()
    if len(header) != 3 or header[0].decode("ascii", "replace") != blob_id:
        return None
    if header[1] != b"blob" or not header[2].isdigit():
        return None
    size = int(header[2])
    data = stream.read(size)
    return data if len(data) == size and stream.read(1) == b"\n" else None


def _feed(pipe: IO[bytes], request: bytes) -> None:
    with contextlib.suppress(OSError), pipe:
        pipe.write(request)
