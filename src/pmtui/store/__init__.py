"""The Git store: the only package that imports pygit2. See docs/store-api.md."""

from pmtui.store.errors import (
    CaseNotFound,
    DiskFull,
    GitConfigFailed,
    HookRefused,
    IdentityMissing,
    InvalidCase,
    InvalidPersonalDataPattern,
    NotACaseRepository,
    PersonalDataFound,
    RepositoryBusy,
    RepositoryStateError,
    SaveConflict,
    SaveRefused,
    SigningFailed,
    StoreError,
    UnknownRevision,
    UnsafePath,
)
from pmtui.store.merge_state import merge_state as merge_state
from pmtui.store.milestones import MILESTONE_STATUSES
from pmtui.store.repository import CaseRepository
from pmtui.store.revisions import merge_base as merge_base
from pmtui.store.setup import configure_word_diff, word_diff_commands
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
    "DiskFull",
    "GitConfigFailed",
    "HistoryEntry",
    "HookRefused",
    "IdentityMissing",
    "InvalidCase",
    "InvalidPersonalDataPattern",
    "LoadedCase",
    "Milestone",
    "NotACaseRepository",
    "PersonalDataFound",
    "ReconcileReport",
    "RepositoryBusy",
    "RepositoryStateError",
    "SaveBase",
    "SaveConflict",
    "SaveRefused",
    "SaveResult",
    "SigningFailed",
    "StoreError",
    "UnknownRevision",
    "UnsafePath",
    "configure_word_diff",
    "word_diff_commands",
]
