"""The case files ``check`` and ``fmt`` work on, and the ones they could not read.

A file or folder that cannot be read (no permission, a folder named ``*.md``, a symbolic
link to nothing) is named with the reason, and the others are still checked; a folder
named on the command line that holds no case file is said to hold none.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from pmtui.cli.common import (
    CASES_DIR,
    UsageError,
    display_path,
    os_error_text,
    read_failed,
)
from pmtui.texts import cli as texts

CASE_SUFFIX = ".md"


@dataclass
class FoundFiles:
    """Case files to work on, sorted; a Swedish message for each file or folder that
    could not be read, and for each folder named on the command line that holds none."""

    files: list[Path] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)


def find_case_files(paths: list[str], root: Path) -> FoundFiles:
    """Every ``*.md`` under the given files and folders (default: ``cases/``); a path
    that does not exist is a usage error."""
    found = FoundFiles()
    for target in [Path(p) for p in paths] or [root / CASES_DIR]:
        if not target.exists() and not target.is_symlink():
            raise UsageError(texts.NO_SUCH_PATH.format(path=target))
        before = len(found.files) + len(found.unreadable)
        _collect(target, found)
        if paths and len(found.files) + len(found.unreadable) == before:
            found.empty.append(texts.NO_CASE_FILES.format(path=display_path(target)))
    return found


def _collect(target: Path, found: FoundFiles) -> None:
    if target.is_dir() and not target.is_symlink():
        _walk(target, found)
    else:
        found.files.append(target)


def _walk(folder: Path, found: FoundFiles) -> None:
    """``*.md`` below ``folder``, skipping hidden names (``.git``); unreadable folders
    and folders named ``*.md`` are reported, not skipped in silence."""

    def failed(error: OSError) -> None:
        where = display_path(Path(error.filename or folder))
        message = texts.FOLDER_UNREADABLE.format(path=where, error=os_error_text(error))
        found.unreadable.append(message)

    files: list[Path] = []
    for current, folders, names in os.walk(folder, onerror=failed):
        folders[:] = _descend(Path(current), folders, found)
        files += [Path(current) / n for n in names if n.endswith(CASE_SUFFIX) and n[0] != "."]
    found.files += sorted(files)


def _descend(current: Path, folders: list[str], found: FoundFiles) -> list[str]:
    """The folders to walk into: not hidden ones; one named ``*.md`` is reported."""
    for name in sorted(n for n in folders if n.endswith(CASE_SUFFIX) and n[0] != "."):
        found.unreadable.append(read_failed(current / name, IsADirectoryError(errno.EISDIR, "")))
    return [n for n in folders if n[0] != "." and not n.endswith(CASE_SUFFIX)]


def read_case(path: Path, found: FoundFiles) -> bytes | None:
    """The file's bytes; None (and the reason in ``found.unreadable``) if unreadable."""
    try:
        return path.read_bytes()
    except OSError as error:
        found.unreadable.append(read_failed(path, error))
        return None
