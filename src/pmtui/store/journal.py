"""The save journal: what a save is about to do to the index and the refs, written
(atomically, fsynced) before it touches them, removed when they are done.

A save that dies between the index and the branch ref (or the ref and the milestone tag)
leaves its journal in ``$GIT_DIR/pmtui-save.journal``; ``store/recovery.py`` reads it and
finishes or undoes that save. Only one save runs at a time (pmtui's save lock), so there
is one journal at most. It names exact blob ids: an index entry that is not the
journal's new blob was staged by someone else and is never touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pmtui.atomic import write_atomically

JOURNAL = "pmtui-save.journal"
FORMAT = 1


class JournalUnreadable(Exception):
    """The journal exists but is not one this version of pmtui wrote."""


@dataclass(frozen=True)
class SaveRecord:
    """One save attempt. ``base_commit``: the tip the commit was built on (None: unborn
    branch); ``base_blob``: the case's blob there; ``index_blob``/``index_mode``: the
    case's index entry before the save (None: not in the index); ``new_blob``: what the
    save stages and commits (None: a delete, which removes the path, its index entry and,
    once the branch has the commit, its file); ``commit``: the commit object;
    ``tag_name``/``tag_object``: the milestone's tag object, whose ref is made after the
    branch moved."""

    path: str
    branch: str
    base_commit: str | None
    base_blob: str | None
    index_blob: str | None
    index_mode: int | None
    new_blob: str | None
    commit: str
    tag_name: str | None = None
    tag_object: str | None = None
    pid: int = field(default_factory=os.getpid)
    written: float = field(default_factory=time.time)


def journal_path(gitdir: Path) -> Path:
    return gitdir / JOURNAL


def write_journal(gitdir: Path, record: SaveRecord) -> None:
    """Replace the journal with ``record`` (temp file, fsync, rename, folder fsync)."""
    data = json.dumps({"format": FORMAT, **asdict(record)}, sort_keys=True, indent=1)
    write_atomically(journal_path(gitdir), (data + "\n").encode("utf-8"), mode=0o644)


def read_journal(gitdir: Path) -> SaveRecord | None:
    """The journal left by a save, None if there is none; ``JournalUnreadable`` if it
    cannot be read as one."""
    try:
        text = journal_path(gitdir).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise JournalUnreadable(str(error)) from None
    try:
        fields = json.loads(text)
        if fields.pop("format") != FORMAT:
            raise ValueError("unknown format")
        return SaveRecord(**fields)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise JournalUnreadable(str(error)) from None


def remove_journal(gitdir: Path) -> None:
    """The save is done (or undone). Not fsynced: a journal that comes back after a power
    loss describes a save that recovery then finds finished."""
    with contextlib.suppress(FileNotFoundError):
        journal_path(gitdir).unlink()


def set_aside(gitdir: Path) -> Path:
    """Move an unreadable journal out of the way (kept for a human, never deleted)."""
    aside = gitdir / f"{JOURNAL}.unreadable-{int(time.time())}"
    os.replace(journal_path(gitdir), aside)
    return aside
