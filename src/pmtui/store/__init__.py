"""The Git store: the only package that imports pygit2. See docs/store-api.md.

Its names load when first used (PEP 562 ``__getattr__``): ``from pmtui.store import
StoreError`` imports store/errors.py, not pygit2 and every module of the store
(docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pmtui.lazy import lazy_names

if TYPE_CHECKING:
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

# The module under pmtui.store that defines each public name.
_NAMES_OF: dict[str, tuple[str, ...]] = {
    "errors": (
        "CaseNotFound",
        "DiskFull",
        "GitConfigFailed",
        "HookRefused",
        "IdentityMissing",
        "InvalidCase",
        "InvalidPersonalDataPattern",
        "NotACaseRepository",
        "PersonalDataFound",
        "RepositoryBusy",
        "RepositoryStateError",
        "SaveConflict",
        "SaveRefused",
        "SigningFailed",
        "StoreError",
        "UnknownRevision",
        "UnsafePath",
    ),
    "types": (
        "CaseSummary",
        "ChangeInfo",
        "HistoryEntry",
        "LoadedCase",
        "Milestone",
        "ReconcileReport",
        "SaveBase",
        "SaveResult",
    ),
    "milestones": ("MILESTONE_STATUSES",),
    "repository": ("CaseRepository",),
    "setup": ("configure_word_diff", "word_diff_commands"),
    "revisions": ("merge_base",),
    "merge_state": ("merge_state",),
}


__getattr__, __dir__ = lazy_names(__name__, _NAMES_OF, globals())


class _Store(types.ModuleType):
    """``pmtui.store.merge_state`` is the function, as it was when this package imported
    it eagerly: the import system names a newly loaded submodule on its package
    (``merge_state.py``), which would otherwise hide the function of that name."""

    @property
    def merge_state(self) -> Callable[..., Any]:
        from pmtui.store.merge_state import merge_state

        return merge_state

    @merge_state.setter
    def merge_state(self, module: object) -> None:
        """The module stays in ``sys.modules``; the name keeps the function."""


sys.modules[__name__].__class__ = _Store
