"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

A reader or a crash sees the old bytes or the new bytes, never a torn file.
Temp files are named ``.<name>.pmtui-tmp-<random>`` so that start-up can find our own.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_MARKER = ".pmtui-tmp-"


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist."""
    directory = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARKER}", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_directory(directory)


def is_temp_file(path: Path) -> bool:
    return TEMP_MARKER in path.name
