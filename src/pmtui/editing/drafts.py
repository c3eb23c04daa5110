"""Swap files for unsaved editor text: written often, atomically, outside the work tree.

A draft lives at ``$XDG_STATE_HOME/pmtui/drafts/<repository id>/<slug>.json`` and holds
what the editor had (the raw state of every field and section, and the file text when the
state could be built), with the commit and blob it was based on. Nothing here needs
Textual, so the signal handlers can write drafts without the event loop.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from platformdirs import user_state_path

from pmtui.atomic import write_atomically
from pmtui.terminal import safe_line
from pmtui.texts import editor as texts

DRAFT_FORMAT = 1
_SAFE_NAME = re.compile(r"[^a-z0-9._-]+")


@dataclass
class Draft:
    """The unsaved work on one case."""

    dnr: str
    path: str  # repo-relative path of the case file
    base_commit: str | None
    base_blob: str | None
    state: dict[str, Any]  # the editor's raw state (see editing.state)
    text: str | None = None  # the case file as it would be saved, when it can be built
    saved_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def to_json(self) -> str:
        return json.dumps({"format": DRAFT_FORMAT, **asdict(self)}, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data = json.loads(text)
        if not isinstance(data, dict) or data.pop("format", None) != DRAFT_FORMAT:
            raise ValueError("not a pmtui draft")
        return cls(**data)


def drafts_root() -> Path:
    """``$XDG_STATE_HOME/pmtui/drafts`` (platformdirs' state folder elsewhere)."""
    state_home = os.environ.get("XDG_STATE_HOME")
    base = Path(state_home) / "pmtui" if state_home else user_state_path("pmtui")
    return base / "drafts"


def repository_id(root: Path | str | None) -> str:
    """A stable folder name for one repository: its name and a hash of its path."""
    resolved = Path(root).resolve() if root is not None else Path("bare")
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:16]
    name = _SAFE_NAME.sub("-", resolved.name.casefold()).strip("-.") or "repo"
    return f"{name}-{digest}"


def _file_name(path: str) -> str:
    """``cases/2023/ks-2023-886.md`` → ``ks-2023-886.json`` (never a path separator)."""
    stem = Path(path).name.removesuffix(".md")
    return (_SAFE_NAME.sub("-", stem.casefold()).strip("-.") or "case") + ".json"


class DraftStore:
    """The swap files of one repository."""

    def __init__(self, repository_root: Path | str | None, root: Path | None = None) -> None:
        self.folder = (root or drafts_root()) / repository_id(repository_root)

    def location(self, path: str) -> Path:
        return self.folder / _file_name(path)

    def write(self, draft: Draft) -> Path:
        """Write the draft atomically (folder created private to the user)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = self.location(draft.path)
        write_atomically(target, draft.to_json().encode("utf-8"), mode=0o600)
        return target

    def read(self, path: str) -> Draft | None:
        """The draft for a case file, or None when there is none (or it is unreadable)."""
        try:
            return Draft.from_json(self.location(path).read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            return None

    def discard(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.location(path).unlink()

    def all(self) -> list[Draft]:
        """Every readable draft of this repository, oldest first."""
        found = [self.read_file(p) for p in sorted(self.folder.glob("*.json"))]
        return sorted((d for d in found if d is not None), key=lambda d: d.saved_at)

    @staticmethod
    def read_file(file: Path) -> Draft | None:
        try:
            return Draft.from_json(file.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            return None


DraftWriter = Callable[[], object]  # what it returns is not used


class EmergencySavers:
    """Who must write a draft right now (on SIGTERM, SIGHUP or a crash).

    Editor screens register a writer while they are open. ``flush`` calls each one and
    never raises: an emergency save must not stop the others or the exit.
    """

    def __init__(self) -> None:
        self._writers: dict[int, DraftWriter] = {}

    def register(self, owner: object, writer: DraftWriter) -> None:
        self._writers[id(owner)] = writer

    def unregister(self, owner: object) -> None:
        self._writers.pop(id(owner), None)

    def flush(self) -> int:
        """Run every writer; return how many succeeded."""
        done = 0
        for writer in list(self._writers.values()):
            try:
                writer()
            except Exception:
                continue
            done += 1
        return done


EMERGENCY = EmergencySavers()

TERMINATING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def install_signal_handlers(exit_app: Callable[[int], None]) -> None:
    """On SIGTERM/SIGHUP: write every draft, then ask the app to exit (it restores the
    terminal). ``exit_app`` gets the exit code (128 + signal number).

    Uses the running asyncio loop when there is one, so the handler runs between events.
    """

    def handle(signum: int) -> None:
        EMERGENCY.flush()
        _exit_if_stuck(128 + signum)
        exit_app(128 + signum)

    import asyncio  # here, not at the top: the CLI imports this module and never needs it

    try:
        loop = asyncio.get_running_loop()
        for sig in TERMINATING_SIGNALS:
            loop.add_signal_handler(sig, handle, int(sig))
    except (RuntimeError, NotImplementedError):
        for sig in TERMINATING_SIGNALS:
            signal.signal(sig, _sync_handler(handle))


# After a terminating signal the drafts are written; if the app cannot shut down within
# this time (a hung-up terminal can stall the output thread), the process exits anyway.
EXIT_GRACE_SECONDS = 3.0


def _exit_if_stuck(code: int) -> None:
    timer = threading.Timer(EXIT_GRACE_SECONDS, os._exit, args=(code,))
    timer.daemon = True
    timer.start()


def _sync_handler(handle: Callable[[int], None]) -> Callable[[int, FrameType | None], None]:
    def on_signal(signum: int, _frame: FrameType | None) -> None:
        handle(signum)

    return on_signal


def store_for(repository: object) -> DraftStore:
    """The drafts of a case repository (its work tree, or its Git folder when bare)."""
    root = getattr(repository, "root", None) or getattr(repository, "gitdir", None)
    return DraftStore(root)


def draft_paths(repository: object) -> frozenset[str]:
    """The repo-relative paths of the cases that have a draft (the case list marks them)."""
    return frozenset(draft.path for draft in store_for(repository).all())


def drafts_notice(repository: object) -> str | None:
    """A start-up notice naming the cases that have unsaved drafts (None if there are none)."""
    drafts = store_for(repository).all()
    if not drafts:
        return None
    return texts.DRAFTS_AT_START.format(dnrs=", ".join(safe_line(d.dnr) for d in drafts))
