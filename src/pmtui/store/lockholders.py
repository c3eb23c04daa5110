"""Who may hold a Git lock file, read from ``/proc`` (Linux): processes that have the
file open, and git processes working in the repository (``git commit`` keeps
``index.lock`` but closes it while its hooks run). Where ``/proc`` cannot be read the
answer is "unknown" (None) and only the lock's age counts (``store/locks.py``).
Processes of other users are not visible without privileges."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
COMMAND_LENGTH = 60


@dataclass(frozen=True)
class Holder:
    """A process that may hold a lock: its pid and command line (shortened, printable)."""

    pid: int
    command: str


def lock_holders(lock: Path, repo_dirs: Iterable[Path]) -> list[Holder] | None:
    """The processes that have ``lock`` open or are git processes whose working folder is
    inside one of ``repo_dirs``; None when ``/proc`` cannot be read."""
    if not (PROC / "self" / "fd").is_dir():
        return None
    target = os.path.realpath(lock)
    folders = [os.path.realpath(d) for d in repo_dirs]
    found: list[Holder] = []
    for entry in os.scandir(PROC):
        if entry.name.isdigit() and _may_hold(int(entry.name), target, folders):
            found.append(Holder(int(entry.name), _command(int(entry.name))))
    return found


def _may_hold(pid: int, target: str, folders: list[str]) -> bool:
    return _has_open(pid, target) or _git_working_in(pid, folders)


def _has_open(pid: int, target: str) -> bool:
    fd_dir = PROC / str(pid) / "fd"
    try:
        names = os.listdir(fd_dir)
    except OSError:  # gone, or another user's process
        return False
    for name in names:
        with contextlib.suppress(OSError):
            if os.readlink(fd_dir / name) == target:
                return True
    return False


def _git_working_in(pid: int, folders: list[str]) -> bool:
    try:
        name = (PROC / str(pid) / "comm").read_text(encoding="utf-8", errors="replace").strip()
        cwd = os.readlink(PROC / str(pid) / "cwd")
    except OSError:
        return False
    if name != "git" and not name.startswith("git-"):
        return False
    return any(cwd == folder or cwd.startswith(folder + os.sep) for folder in folders)


def _command(pid: int) -> str:
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "?"
    text = raw.replace(b"\0", b" ").decode("utf-8", errors="replace").strip()
    printable = "".join(c if c.isprintable() else "?" for c in text)
    if len(printable) > COMMAND_LENGTH:
        return printable[: COMMAND_LENGTH - 1] + "…"
    return printable or "?"
