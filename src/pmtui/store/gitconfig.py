"""Git config values read the way git reads them: booleans, paths, the work-tree top."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2


def config_text(repo: pygit2.Repository, key: str) -> str | None:
    """The value of ``key`` (local, global, system; last one wins), None if unset."""
    try:
        value = repo.config[key]
    except (KeyError, ValueError, pygit2.GitError):
        return None
    return None if value is None else str(value)


def config_bool(repo: pygit2.Repository, key: str, default: bool) -> bool:
    """``true``/``yes``/``on``/``1`` and their opposites; ``default`` if unset or invalid."""
    value = config_text(repo, key)
    if value is None:
        return default
    try:
        return bool(pygit2.Config.parse_bool(value))
    except (ValueError, pygit2.GitError):
        return default


def config_path(value: str, relative_to: Path) -> Path:
    """A path setting: ``~`` expanded (as git's ``pathname`` type), relative paths taken
    from ``relative_to`` (where git runs the command: the work-tree top)."""
    expanded = Path(os.path.expanduser(value))
    return expanded if expanded.is_absolute() else relative_to / expanded


def common_dir(gitdir: Path) -> Path:
    """The repository's shared git directory (differs from ``gitdir`` in a linked worktree)."""
    pointer = gitdir / "commondir"
    try:
        relative = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return gitdir
    return (gitdir / relative).resolve() if relative else gitdir


def work_dir(repo: pygit2.Repository) -> Path:
    """Where git runs hooks and commands: the work-tree top, or the git dir when bare."""
    return Path(repo.path if repo.is_bare else repo.workdir).resolve()
