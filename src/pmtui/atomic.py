"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

A reader or a crash sees the old bytes or the new bytes, never a torn file.
Temp files are named ``.<name>.pmtui-tmp-<pid>-<random>``: start-up can find our own and
tell a live writer's (keep) from one a dead process left behind (remove).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

TEMP_MARKER = ".pmtui-tmp-"
# A temp file lives for the milliseconds of one write. Older than this, it is abandoned
# even if its pid is alive again (pid reuse, or a writer in another pid namespace).
ABANDONED_AFTER_SECONDS = 15 * 60


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_prefix(path: Path) -> str:
    """The name start of this process's temp files for ``path``."""
    return f".{path.name}{TEMP_MARKER}{os.getpid()}-"


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist."""
    directory = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_directory(directory)


def is_temp_file(path: Path) -> bool:
    return TEMP_MARKER in path.name


def temp_owner(path: Path) -> int | None:
    """The pid in a temp file's name; None for other names (or the old pid-less form)."""
    _, marker, rest = path.name.partition(TEMP_MARKER)
    pid, dash, _ = rest.partition("-")
    if not marker or not dash or not pid.isdigit() or int(pid) <= 0:
        return None
    return int(pid)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    except OverflowError:
        return False
    return True


def is_abandoned_temp(path: Path, now: float | None = None) -> bool:
    """True for a temp file no live writer can still rename: its process is gone, or it
    is older than ``ABANDONED_AFTER_SECONDS`` (also the rule for names without a pid)."""
    if not is_temp_file(path):
        return False
    try:
        age = (time.time() if now is None else now) - path.lstat().st_mtime
    except OSError:
        return False
    if age > ABANDONED_AFTER_SECONDS:
        return True
    owner = temp_owner(path)
    return owner is not None and not process_alive(owner)
