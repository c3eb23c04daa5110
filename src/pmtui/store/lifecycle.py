"""Archiving and deleting a case, each one commit (``CaseRepository`` inherits them).

Archiving is an ordinary save of the case with ``arkiverad: true`` (restoring: without
it): the case stays in ``cases/`` with its history, and listings hide it. Deleting
commits the removal of the case's file through the same save machinery
(``store/saving.py`` with a target whose data is None: the same checks, hooks, signing,
journal and recovery); the file leaves the work tree once the branch has the commit.
Both refuse a case whose file on disk holds text that is not committed, so no word is
ever lost: that text must be saved (or thrown away) first.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Protocol

import pygit2

from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.errors import CaseNotFound, InvalidCase, SaveConflict
from pmtui.store.identity import Clock, Identity
from pmtui.store.messages import commit_message
from pmtui.store.paths import check_relative
from pmtui.store.types import LoadedCase, SaveBase, SaveResult
from pmtui.texts import lifecycle as texts
from pmtui.texts import store as store_texts

if TYPE_CHECKING:  # the case model is loaded by ``load``, where a case is read
    from pmtui.model.case import Case
    from pmtui.store.saving import SaveOutcome


class _Repository(Protocol):
    """What the lifecycle needs of ``CaseRepository``."""

    _git: pygit2.Repository
    clock: Clock
    lock_timeout: float
    identity: Identity | None
    verify: bool

    def load(self, dnr_or_path: str | Dnr, rev: str | None = None) -> LoadedCase: ...

    def save(
        self, case: Case, base: SaveBase, message: str | None = None, *, verify: bool | None = None
    ) -> SaveResult: ...

    def _result(self, path: str, outcome: SaveOutcome) -> SaveResult: ...


class CaseLifecycle:
    """``archive`` and ``delete`` of ``CaseRepository`` (docs/store-api.md)."""

    def archive(
        self: _Repository,
        dnr: Dnr | str,
        base: SaveBase | None = None,
        *,
        restore: bool = False,
        verify: bool | None = None,
    ) -> SaveResult:
        """One commit that archives the case (``restore``: takes it out of the archive).
        ``base`` defaults to the case as it is now; no commit when it already is so. The
        committed version is archived: the file on disk may hold it, or the archived text
        already (an archive a hook refused), nothing else."""
        loaded = self.load(dnr)
        base = base or loaded.base
        if base.disk_sha not in (None, base.blob_id) and base.commit_id is not None:
            loaded = self.load(base.path, rev=base.commit_id)
        if loaded.case is None:
            problems = "\n".join(p.located() for p in loaded.problems)
            raise InvalidCase(
                store_texts.CASE_INVALID.format(problems=problems), store_texts.CASE_INVALID_HINT
            )
        from pmtui.format.emit import serialize_case

        updated = loaded.case.model_copy(update={"archived": not restore})
        _refuse_unsaved(base, str(pygit2.hash(serialize_case(updated).encode("utf-8"))))
        summary = texts.RESTORED_SUMMARY if restore else texts.ARCHIVED_SUMMARY
        return self.save(updated, base, summary, verify=verify)

    def delete(
        self: _Repository,
        dnr: Dnr | str,
        base: SaveBase | None = None,
        message: str | None = None,
        *,
        verify: bool | None = None,
    ) -> SaveResult:
        """One commit that removes the case's file (its history stays in Git). Refused
        for a case that is not committed, or whose file holds uncommitted text."""
        loaded = self.load(dnr)
        base = base or loaded.base
        path = check_relative(base.path)
        if base.blob_id is None:
            raise CaseNotFound(
                texts.DELETE_NOT_COMMITTED.format(path=path),
                texts.DELETE_NOT_COMMITTED_HINT.format(path=path),
            )
        _refuse_unsaved(base)
        full = commit_message(_dnr_of(path, loaded), message or texts.DELETED_SUMMARY)
        checks = self.verify if verify is None else verify
        from pmtui.store.saving import Saver, SaveTarget  # loaded by the deletes that run

        target = SaveTarget(path, None, base, full, checks)
        outcome = Saver(self._git, self.clock, self.lock_timeout, self.identity).save(target)
        return self._result(path, outcome)


def _refuse_unsaved(base: SaveBase, ours: str | None = None) -> None:
    """The file on disk must be the committed version, gone, or already ``ours``: text
    that exists only on disk is saved or thrown away by the user, never by an archive or
    a delete."""
    if base.disk_sha not in (None, base.blob_id, ours):
        raise SaveConflict(
            texts.UNSAVED_ON_DISK.format(path=base.path),
            texts.UNSAVED_HINT.format(path=base.path),
            where="disk",
        )


def _dnr_of(path: str, loaded: LoadedCase) -> Dnr:
    """The dnr the commit message names: the file's own, else the one its name spells."""
    if loaded.case is not None:
        return loaded.case.dnr
    try:
        return Dnr.from_slug(PurePosixPath(path).stem)
    except DnrError:
        raise CaseNotFound(
            store_texts.CASE_MISSING.format(what=path, rev="HEAD"), store_texts.CASE_MISSING_HINT
        ) from None
