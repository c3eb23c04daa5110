"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

A reader or a crash sees the old bytes or the new bytes, never a torn file.
Temp files are named ``.<name>.pmtui-tmp-<pid>-<random>``: start-up can find our own and
tell a live writer's (keep) from one a dead process left behind (remove).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
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


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist.

    ``mode`` None keeps the permission bits of the file being replaced (``chmod 444``,
    ``600`` and ``755`` stay as they were: rename needs no write permission on the file,
    as with ``git checkout``); a new file gets ``0666`` less the umask, as editors and git
    create files. The temp file is ``0600`` until its final mode is set.
    """
    kept = mode if mode is not None else existing_mode(path)
    fd, temp_name = _create_temp(path, 0o600 if kept is not None else 0o666)
    try:
        _fill(fd, data, kept)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_directory(path.parent)


def _fill(fd: int, data: bytes, mode: int | None) -> None:
    """Write, fsync, then set the final mode (the file stays 0600 until then)."""
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        if mode is not None:
            os.fchmod(handle.fileno(), mode)


def existing_mode(path: Path) -> int | None:
    """The permission bits of the regular file at ``path``; None if there is none."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return stat.S_IMODE(status.st_mode) if stat.S_ISREG(status.st_mode) else None


def _create_temp(path: Path, mode: int) -> tuple[int, str]:
    """A new temp file next to ``path`` (``O_EXCL``; the umask applies to ``mode``)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        name = str(path.parent / (temp_prefix(path) + secrets.token_hex(4)))
        try:
            return os.open(name, flags, mode), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


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
