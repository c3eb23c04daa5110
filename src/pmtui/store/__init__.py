"""The Git store: the only package that imports pygit2. See docs/store-api.md."""

from pmtui.store.errors import (
    CaseNotFound,
    IdentityMissing,
    InvalidCase,
    NotACaseRepository,
    RepositoryBusy,
    RepositoryStateError,
    SaveConflict,
    StoreError,
    UnknownRevision,
    UnsafePath,
)
from pmtui.store.milestones import MILESTONE_STATUSES
from pmtui.store.repository import CaseRepository
from pmtui.store.types import (
    CaseSummary,
    ChangeInfo,
    HistoryEntry,
    LoadedCase,
    Milestone,
    ReconcileReport,
    SaveBase,
    SaveResult,
)

__all__ = [
    "MILESTONE_STATUSES",
    "CaseNotFound",
    "CaseRepository",
    "CaseSummary",
    "ChangeInfo",
    "HistoryEntry",
    "IdentityMissing",
    "InvalidCase",
    "LoadedCase",
    "Milestone",
    "NotACaseRepository",
    "ReconcileReport",
    "RepositoryBusy",
    "RepositoryStateError",
    "SaveBase",
    "SaveConflict",
    "SaveResult",
    "StoreError",
    "UnknownRevision",
    "UnsafePath",
]
