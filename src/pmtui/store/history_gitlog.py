"""Filling the history index with one ``git log --raw`` (fast in C on large repositories).

The same facts as ``history_index.touched_paths`` computes with pygit2: per commit, in
topological order, the case paths whose blob differs from the first parent (renames
detected with ``-M``), and for merges the paths that differ from every parent (``-c``).
Used when the git program is available; the pygit2 walk is the fallback.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pmtui.store.paths import CASE_SUFFIX, CASES_DIR

Touch = tuple[str, str, str | None, str | None, str | None]
_ZERO = "0" * 40
_COMMAND = (
    "-c", "log.showSignature=false", "-c", "core.quotePath=false",
    "log", "--format=%x01%H", "--raw", "-z", "-M", "-c", "--no-abbrev", "--topo-order",
    "--no-color", "--no-ext-diff", "--no-textconv",
)  # fmt: skip


def git_available() -> bool:
    return shutil.which("git") is not None


def log_touches(gitdir: Path, head: str, hidden: list[str]) -> tuple[list[str], list[Touch]] | None:
    """(commits in topological order, touches) of ``head`` minus ``hidden``; None if git
    could not run (the caller falls back to pygit2)."""
    command = ["git", f"--git-dir={gitdir}", *_COMMAND, head]
    if hidden:
        command += ["--not", *hidden]
    try:
        result = subprocess.run(command, capture_output=True, check=False, timeout=3600)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return parse_log(result.stdout.decode("utf-8", errors="surrogateescape"))


def parse_log(output: str) -> tuple[list[str], list[Touch]]:
    commits: list[str] = []
    touches: list[Touch] = []
    for record in output.split("\x01")[1:]:
        commit, _, raw = record.partition("\x00")
        commits.append(commit.strip())
        touches.extend(_raw_touches(commit.strip(), raw.lstrip("\n")))
    return commits, touches


def _raw_touches(commit: str, raw: str) -> list[Touch]:
    tokens = raw.split("\x00")
    found: list[Touch] = []
    index = 0
    while index < len(tokens):
        meta = tokens[index].lstrip("\n")
        if not meta.startswith(":"):
            index += 1
            continue
        parents = len(meta) - len(meta.lstrip(":"))
        fields = meta.lstrip(":").split(" ")
        oids, status = fields[parents + 1 : 2 * parents + 2], fields[-1]
        renamed = parents == 1 and status[:1] in ("R", "C")
        paths = tokens[index + 1 : index + (3 if renamed else 2)]
        index += 3 if renamed else 2
        touch = _touch(commit, oids, status, paths, renamed)
        if touch is not None:
            found.append(touch)
    return found


def _touch(
    commit: str, oids: list[str], status: str, paths: list[str], renamed: bool
) -> Touch | None:
    old, new = _blob(oids[0]), _blob(oids[-1])
    path = paths[-1]
    if not _is_case(path) and not (renamed and _is_case(paths[0])):
        return None
    if renamed and status.startswith("R"):
        return (path, commit, paths[0], new, old)
    if renamed:  # a copy: the new path starts there
        return (path, commit, None, new, None)
    return (path, commit, None, new, old)


def _blob(oid: str) -> str | None:
    return None if oid == _ZERO else oid


def _is_case(path: str) -> bool:
    return path.startswith(CASES_DIR + "/") and path.endswith(CASE_SUFFIX)
