"""The store's value types: what a load returns, what a save needs and gives back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from pmtui.model.problems import Problem

if TYPE_CHECKING:  # annotations only: `pmtui log` builds no case model
    from pmtui.model.case import Case, Status
    from pmtui.model.dnr import Dnr


@dataclass(frozen=True)
class SaveBase:
    """What a case was when it was loaded; a save refuses if any of it has moved.

    ``commit_id``: branch tip when loaded (None in an empty repository);
    ``blob_id``: the case's blob at that commit (None for a new case);
    ``disk_sha``: git blob id of the work-tree bytes when loaded (None if absent/bare).
    """

    path: str
    commit_id: str | None
    blob_id: str | None
    disk_sha: str | None


@dataclass
class LoadedCase:
    """A case as read: ``case`` is None when the file does not validate (see problems)."""

    case: Case | None
    text: str
    base: SaveBase
    problems: list[Problem] = field(default_factory=list)
    unsaved_on_disk: bool = False  # the work-tree file differs from the branch's version


@dataclass(frozen=True)
class SaveResult:
    """``commit_id`` is None when nothing changed (no commit was made). ``message`` is the
    message committed (as the hooks left it). ``warnings`` are Swedish (a hook ignored
    because it is not executable, a failed post-commit); ``hook_output`` holds
    ``(hook, text)`` for each hook that printed something."""

    commit_id: str | None
    message: str
    path: str
    base: SaveBase
    milestone: str | None = None  # the tag created, e.g. ks-2023-886/tillstyrkt
    warnings: tuple[str, ...] = ()
    hook_output: tuple[tuple[str, str], ...] = ()


class CaseSummary(NamedTuple):
    """One row of the case list, from the front matter only (cached by blob id).

    ``error`` is set when the front matter does not validate; other fields are then best
    effort. Errors in the body show only when the case is loaded. ``archived``: the front
    matter says ``arkiverad: true`` (``pmtui list`` and the app hide it unless asked). A
    NamedTuple: immutable and cheap to build, because a listing makes tens of thousands
    of them.
    """

    dnr: Dnr | None
    path: str
    title: str
    rotel: str
    presenters: list[str]
    status: Status | None
    date: dt.date | None
    blob_id: str
    error: str | None = None
    archived: bool = False


@dataclass(frozen=True)
class ChangeInfo:
    """The last commit that changed a path."""

    commit_id: str
    author: str
    when: dt.datetime


@dataclass(frozen=True)
class HistoryEntry:
    """One commit in a case's history. ``path`` is the case's path in that commit;
    ``changed`` are Swedish labels of changed parts (empty when not computed)."""

    commit_id: str
    author: str
    email: str
    when: dt.datetime
    message: str
    path: str
    blob_id: str | None
    parent_blob_id: str | None
    changed: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return self.message.split("\n", 1)[0]


@dataclass(frozen=True)
class Milestone:
    """An annotated tag ``ks-2023-886/tillstyrkt`` marking a version of a case."""

    name: str
    tag: str
    commit_id: str
    when: dt.datetime


@dataclass
class ReconcileReport:
    """What start-up found and did; ``messages`` are Swedish, one per finding."""

    removed_temp_files: list[str] = field(default_factory=list)
    stale_locks: list[str] = field(default_factory=list)  # old, no holder: removal advised
    busy_locks: list[str] = field(default_factory=list)  # held, or too new to call stale
    recovered: list[str] = field(default_factory=list)  # what recovery did (store/recovery.py)
    index_refreshed: bool = False
    unsaved_paths: list[str] = field(default_factory=list)
    name_warnings: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.stale_locks or self.busy_locks or self.unsaved_paths or self.name_warnings)


class RepositoryPlaces(Protocol):
    """What the store's git-command modules use of a ``CaseRepository``: its Git folder,
    its work tree (None when bare) and the checked-out branch (None when detached)."""

    @property
    def gitdir(self) -> Path: ...

    @property
    def root(self) -> Path | None: ...

    @property
    def branch(self) -> str | None: ...
