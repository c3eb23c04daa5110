"""Filling the history index with one ``git log --raw`` (fast in C on large repositories).

The same facts as ``history_index.touched_paths`` computes with pygit2: per commit, in
topological order, the case paths whose blob differs from the first parent (renames
detected with ``-M``), and for merges the paths that differ from every parent (``-c``).
Used when the git program is available; the pygit2 walk is the fallback.

git's output is read while git still runs, and handed on in batches of whole commits,
so parsing and storing overlap git's own work instead of following it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import IO

from pmtui.store.paths import CASE_SUFFIX, CASES_DIR

Touch = tuple[str, str, str | None, str | None, str | None]
# Receives each batch: (commits in topological order, their touches).
Sink = Callable[[list[str], list[Touch]], None]
_ZERO = "0" * 40
_PREFIX = CASES_DIR + "/"
_RECORD = b"\x00\x01"  # a record (one commit) starts with \x01, after a NUL-ended field
_CHUNK = 1 << 20
_COMMAND = (
    "-c", "log.showSignature=false", "-c", "core.quotePath=false",
    "log", "--format=%x01%H", "--raw", "-z", "-M", "-c", "--no-abbrev", "--topo-order",
    "--no-color", "--no-ext-diff", "--no-textconv",
)  # fmt: skip


def git_available() -> bool:
    return shutil.which("git") is not None


def log_command(gitdir: Path, head: str, hidden: list[str]) -> list[str]:
    """The exact ``git log`` the index runs (benchmarks time the same command)."""
    command = ["git", f"--git-dir={gitdir}", *_COMMAND, head]
    return [*command, "--not", *hidden] if hidden else command


def log_touches(gitdir: Path, head: str, hidden: list[str]) -> tuple[list[str], list[Touch]] | None:
    """(commits in topological order, touches) of ``head`` minus ``hidden``; None if git
    could not run (the caller falls back to pygit2)."""
    commits: list[str] = []
    touches: list[Touch] = []

    def collect(batch: list[str], found: list[Touch]) -> None:
        commits.extend(batch)
        touches.extend(found)

    return (commits, touches) if stream_touches(gitdir, head, hidden, collect) else None


def stream_touches(gitdir: Path, head: str, hidden: list[str], sink: Sink) -> bool:
    """Give ``sink`` the commits and touches as git writes them; False if git could not
    run or failed (the caller then discards what the sink received)."""
    try:
        process = subprocess.Popen(
            log_command(gitdir, head, hidden),
            env={**os.environ, "GIT_FLUSH": "0"},  # whole buffers, not a write per commit
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
    except OSError:
        return False
    with process:
        assert process.stdout is not None
        try:
            _pump(process.stdout, sink)
        except BaseException:
            process.kill()
            raise
    return process.returncode == 0


def _pump(stream: IO[bytes], sink: Sink) -> None:
    pending = b""
    while chunk := stream.read(_CHUNK):  # blocks for a whole chunk: few wake-ups
        pending += chunk
        cut = pending.rfind(_RECORD) + 1
        if cut > 0:
            sink(*parse_log(pending[:cut].decode("utf-8", errors="surrogateescape")))
            pending = pending[cut:]
    if pending:
        sink(*parse_log(pending.decode("utf-8", errors="surrogateescape")))


def parse_log(output: str) -> tuple[list[str], list[Touch]]:
    """Commits and touches of whole records of git's output (NUL-separated fields)."""
    commits: list[str] = []
    touches: list[Touch] = []
    tokens = output.split("\x00")
    commit = ""
    index, end = 0, len(tokens)
    while index < end:
        token = tokens[index].lstrip("\n")
        index += 1
        if token[:1] == "\x01":
            commit = token[1:].strip()
            commits.append(commit)
        elif token[:2] == "::":
            index = _combined(token, tokens, index, commit, touches)
        elif token[:1] == ":":
            index = _single(token, tokens, index, commit, touches)
    return commits, touches


def _single(meta: str, tokens: list[str], index: int, commit: str, found: list[Touch]) -> int:
    """One entry against one parent (``:mode mode old new status``, then its path or, for
    a rename or copy, both paths); the index after it."""
    old, new, status = meta.split(" ")[2:5]
    if status[:1] not in ("R", "C"):
        path = tokens[index]
        if _is_case(path):
            found.append((path, commit, None, _blob(new), _blob(old)))
        return index + 1
    source, path = tokens[index], tokens[index + 1]
    if _is_case(path) or _is_case(source):
        if status[0] == "C":  # a copy: the new path starts there
            found.append((path, commit, None, _blob(new), None))
        else:
            found.append((path, commit, source, _blob(new), _blob(old)))
    return index + 2


def _combined(meta: str, tokens: list[str], index: int, commit: str, found: list[Touch]) -> int:
    """One entry of a merge (``-c``: a path differing from every parent; one path)."""
    parents = len(meta) - len(meta.lstrip(":"))
    oids = meta[parents:].split(" ")[parents + 1 : 2 * parents + 2]
    path = tokens[index]
    if _is_case(path):
        found.append((path, commit, None, _blob(oids[-1]), _blob(oids[0])))
    return index + 1


def _blob(oid: str) -> str | None:
    return None if oid == _ZERO else oid


def _is_case(path: str) -> bool:
    return path.startswith(_PREFIX) and path.endswith(CASE_SUFFIX)
