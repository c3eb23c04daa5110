"""The work tree that Git's discovery would find, read from the folders alone (no pygit2).

``pmtui show`` needs the repository's folder to find ``cases/``, not Git: loading pygit2
costs more than reading the case. When the layout leaves no doubt (a plain ``.git``
folder of the same user on the same file system, no ``core.worktree``), the folder
holding it is the answer; otherwise ``plain_work_tree`` says None and the caller asks
Git (``CaseRepository.discover``).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

# Config keys that move or drop the work tree, and includes that could set them.
_MOVES_WORK_TREE = re.compile(
    r"^\s*worktree\s*=|^\s*bare\s*(=\s*(true|yes|on|1)\s*)?$|^\s*\[\s*include",
    re.MULTILINE | re.IGNORECASE,
)


def plain_work_tree(start: Path) -> Path | None:
    """The folder holding the ``.git`` folder nearest above ``start`` (an absolute,
    resolved path); None when Git's own discovery might answer otherwise."""
    try:
        device = start.stat().st_dev
        for folder in (start, *start.parents):
            if folder.stat().st_dev != device or _is_git_dir(folder):
                return None  # a file-system boundary, or inside a Git folder itself
            dot_git = folder / ".git"
            try:
                facts = dot_git.lstat()
            except FileNotFoundError:
                continue
            return folder if _plain_git_dir(dot_git, facts) else None
    except OSError:
        return None
    return None


def _is_git_dir(folder: Path) -> bool:
    return (folder / "HEAD").is_file() and (folder / "objects").is_dir()


def _plain_git_dir(dot_git: Path, facts: os.stat_result) -> bool:
    """A real ``.git`` folder (no link, no ``gitdir:`` file), of this user, whose config
    leaves the work tree where it is."""
    if not stat.S_ISDIR(facts.st_mode) or facts.st_uid != os.geteuid():
        return False
    if not _is_git_dir(dot_git):
        return False
    config = dot_git / "config"
    text = config.read_text(encoding="utf-8", errors="replace") if config.exists() else ""
    return not _MOVES_WORK_TREE.search(text)
