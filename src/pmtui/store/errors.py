"""Errors of the store. Each carries a Swedish ``message`` and ``hint``; no pygit2 error
crosses the store's boundary."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from pmtui.model.problems import Problem
from pmtui.store.types import SaveBase

if TYPE_CHECKING:  # annotations only: an error needs no case model
    from pmtui.format.personal_numbers import Hit


class StoreError(Exception):
    """Something the store refused or could not do; ``message`` and ``hint`` are Swedish."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class NotACaseRepository(StoreError):
    """No repository was found, or Git refused to open it (e.g. another owner)."""


class SaveConflict(StoreError):
    """The case changed on disk, in the index or on the branch since it was loaded."""

    def __init__(self, message: str, hint: str = "", *, where: str = "") -> None:
        super().__init__(message, hint)
        self.where = where  # "disk", "index", "branch" or "created"


class RepositoryBusy(StoreError):
    """A lock was held past the retry deadline; ``lock`` names it (may be None)."""

    def __init__(self, message: str, hint: str = "", *, lock: str | None = None) -> None:
        super().__init__(message, hint)
        self.lock = lock


class IdentityMissing(StoreError):
    """Git has no user.name / user.email."""


class RepositoryStateError(StoreError):
    """A merge/rebase is in progress, HEAD is detached, the index has conflicts, or the
    repository has no work tree for an operation that needs one."""


class UnsafePath(StoreError):
    """A case path is a symlink, a directory, outside cases/, or collides with another."""


class CaseNotFound(StoreError):
    """No case with that dnr or path at that revision."""


class InvalidCase(StoreError):
    """The text to save does not validate; ``problems`` are located."""

    def __init__(self, message: str, hint: str = "", *, problems: list[Problem] | None = None):
        super().__init__(message, hint)
        self.problems = problems or []


class PersonalDataFound(StoreError):
    """The text to save holds a personnummer, samordningsnummer or an own pattern's match,
    and no reason to keep it was given. Nothing was written or committed. ``hits`` are
    located in ``path`` (line, part of the case) and masked."""

    def __init__(self, message: str, hint: str = "", *, path: str, hits: list[Hit]) -> None:
        super().__init__(message, hint)
        self.path = path
        self.hits = hits


class InvalidPersonalDataPattern(StoreError):
    """A ``pmtui.personalDataPattern`` in git config is no valid regular expression."""


class UnknownRevision(StoreError):
    """A revision that is no commit, branch, tag or milestone."""


class GitConfigFailed(StoreError):
    """``git config`` could not run, or refused to set a value."""


class SaveRefused(StoreError):
    """The save stopped before the commit: nothing was committed and the branch did not
    move, but the new text is in the work-tree file (an uncommitted change, as after a
    refused ``git commit PATH``). ``base`` is the SaveBase to save again from (its
    ``disk_sha`` is the file as it is now); None when no file was written."""

    def __init__(self, message: str, hint: str = "", *, base: SaveBase | None = None) -> None:
        super().__init__(message, hint)
        self.base = base


class HookRefused(SaveRefused):
    """A Git hook (``pre-commit``, ``prepare-commit-msg``, ``commit-msg``) exited non-zero,
    could not run, changed what was to be committed, or left an empty message. ``hook`` is
    its name, ``output`` its stdout and stderr together."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        hook: str,
        output: str = "",
        base: SaveBase | None = None,
    ) -> None:
        super().__init__(message, hint, base=base)
        self.hook = hook
        self.output = output


class SigningFailed(SaveRefused):
    """``commit.gpgsign`` / ``tag.gpgSign`` is on and the signing program failed or is
    missing. ``program`` is the command, ``output`` its stderr (gpg status lines removed)."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        program: str,
        output: str = "",
        base: SaveBase | None = None,
    ) -> None:
        super().__init__(message, hint, base=base)
        self.program = program
        self.output = output


# The errors with which the system says a disk or a quota is full.
NO_SPACE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


class DiskFull(StoreError):
    """The disk (or the user's quota) ran full during a save. Nothing was committed;
    ``written`` tells whether the work-tree file already holds the new text."""

    def __init__(self, message: str, hint: str = "", *, written: bool) -> None:
        super().__init__(message, hint)
        self.written = written
