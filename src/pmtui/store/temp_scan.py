"""Finding our temp files (``.<name>.pmtui-tmp-<pid>-…``) below ``cases/`` without
listing 30,000 names on every write (docs/decisions.md, "reconcile cache").

A temp file is an entry of its folder, so making one changes the folder's times. A
folder whose times are as remembered (``worktree_facts.folder_key``) and that held no
temp file then holds none now; only the other folders are listed again. A folder that
held a temp file (a live save's, kept) is never remembered, so it is listed every time.
"""

from __future__ import annotations

import os
from pathlib import Path

from pmtui.atomic import TEMP_MARKER
from pmtui.store.worktree_facts import WorktreeFacts, folder_key

FACT = "temp-free-folders"  # {folder: [key, [subfolder names]]}, folders without temp files


def temp_names(top: Path, facts: WorktreeFacts) -> list[Path]:
    """Every entry named like our temp files below ``top`` (symlinked folders not
    followed); folders unchanged since a scan found none there are not listed."""
    remembered = facts.get(FACT)
    known = remembered if isinstance(remembered, dict) else {}
    fresh: dict[str, list[object]] = {}
    found: list[Path] = []
    _scan(top, top.name, known, fresh, found)
    if fresh != known:
        facts.put(FACT, fresh)
    return found


def _scan(
    folder: Path,
    name: str,
    known: dict[str, object],
    fresh: dict[str, list[object]],
    found: list[Path],
) -> None:
    key = folder_key(folder)  # read before the listing: a later change gives another key
    entry = known.get(name)
    subfolders = _remembered_subfolders(entry, key)
    if subfolders is None:
        temps, subfolders, complete = _listing(folder)
        found.extend(temps)
        if key is not None and complete and not temps:
            fresh[name] = [key, subfolders]
    else:
        fresh[name] = [key, subfolders]
    for sub in subfolders:
        _scan(folder / sub, f"{name}/{sub}", known, fresh, found)


def _remembered_subfolders(entry: object, key: str | None) -> list[str] | None:
    if key is None or not isinstance(entry, list) or len(entry) != 2 or entry[0] != key:
        return None
    subfolders = entry[1]
    if not isinstance(subfolders, list) or not all(isinstance(s, str) for s in subfolders):
        return None
    return subfolders


def _listing(folder: Path) -> tuple[list[Path], list[str], bool]:
    """The temp-named entries of ``folder`` and its real subfolders, in one ``scandir``;
    False when the folder could not be read to the end (then it is not remembered)."""
    temps: list[Path] = []
    subfolders: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if TEMP_MARKER in entry.name:
                    temps.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.name)
    except OSError:
        return temps, sorted(subfolders), False
    return temps, sorted(subfolders), True
