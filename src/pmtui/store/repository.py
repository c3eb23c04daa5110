"""``CaseRepository``: the one object the rest of pmtui uses to read and save cases."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygit2

from pmtui.format.decoding import decode_case_text
from pmtui.format.problems import CaseFileError
from pmtui.model.dnr import Dnr
from pmtui.store import opening, trees
from pmtui.store.cache import StoreCache
from pmtui.store.errors import InvalidCase, RepositoryStateError, UnsafePath
from pmtui.store.history_reading import CaseHistoryReading, dnr_of, sha_of
from pmtui.store.identity import Clock, Identity, system_clock
from pmtui.store.lifecycle import CaseLifecycle
from pmtui.store.locks import DEFAULT_DEADLINE
from pmtui.store.messages import propose_message
from pmtui.store.milestones import milestone_request
from pmtui.store.name_scan import collision_candidates
from pmtui.store.parsed_versions import ParsedVersions, full_message, save_result
from pmtui.store.paths import check_collision, check_relative, path_for
from pmtui.store.types import (
    CaseSummary,
    LoadedCase,
    ReconcileReport,
    SaveBase,
    SaveResult,
)
from pmtui.texts import store as texts

if TYPE_CHECKING:  # the case models load where a case is read or written (`log` reads none)
    from pmtui.model.case import Case, Status
    from pmtui.store.saving import SaveOutcome  # saving and reconciling: where they run

FSYNC_VARIABLE = "PMTUI_FSYNC"
# Durability first (docs/reliability.md, rule 4). PMTUI_FSYNC=0 turns it off for throwaway
# repositories in tests and benchmarks only.
pygit2.settings.enable_fsync_gitdir(os.environ.get(FSYNC_VARIABLE, "1") != "0")


class CaseRepository(CaseHistoryReading, CaseLifecycle):
    """A Git repository of case files. Only this class (and its package) touches pygit2.
    ``archive`` and ``delete`` come from ``store/lifecycle.py``."""

    def __init__(
        self,
        git: pygit2.Repository,
        clock: Clock | None = None,
        lock_timeout: float = DEFAULT_DEADLINE,
        cache: bool = True,
        identity: Identity | None = None,
        verify: bool = True,
    ) -> None:
        self._git = git
        self.identity = identity  # (name, email) instead of git config, e.g. for demos
        # False: saves skip the pre-commit and commit-msg hooks (``--no-verify``) unless a
        # call says otherwise.
        self.verify = verify
        # A reason to save a case that holds personal data (--personuppgifter-granskat),
        # used when a call gives none (docs/decisions.md, "Personal data").
        self.personal_data_reason: str | None = None
        self.clock: Clock = clock or system_clock
        self.lock_timeout = lock_timeout
        self._cache = StoreCache(Path(git.path), persistent=cache)
        self._versions = ParsedVersions(git)

    # --- opening -----------------------------------------------------------------------
    @classmethod
    def discover(
        cls, start: Path | str | None = None, explicit: Path | str | None = None, **options: object
    ) -> CaseRepository:
        """``explicit`` (--repo), else PMTUI_REPO, else the repository enclosing ``start``."""
        return cls(opening.discover(start, explicit), **options)  # type: ignore[arg-type]

    @classmethod
    def init(cls, path: Path | str, **options: object) -> CaseRepository:
        """A new repository: ``cases/``, ``.gitattributes`` and a first commit."""
        from pmtui.store.setup import initial_commit

        repo = cls(opening.create_repository(Path(path)), **options)  # type: ignore[arg-type]
        initial_commit(repo._git, repo.clock, repo.lock_timeout, repo.identity)
        return repo

    @property
    def root(self) -> Path | None:
        return None if self._git.is_bare else Path(self._git.workdir).resolve()

    @property
    def gitdir(self) -> Path:
        return Path(self._git.path).resolve()

    @property
    def is_bare(self) -> bool:
        return bool(self._git.is_bare)

    @property
    def branch(self) -> str | None:
        ref = trees.branch_ref_name(self._git)
        return ref.removeprefix("refs/heads/") if ref else None

    # --- reading -----------------------------------------------------------------------
    def list_cases(
        self, rev: str | None = None, progress: Callable[[int, int], None] | None = None
    ) -> list[CaseSummary]:
        """``progress(done, total)``: how far a cold listing's reading has come."""
        from pmtui.store import listing

        commit = self.resolve(None, rev) if rev else self.head_commit
        tree = trees.commit_tree(self._git, commit)
        if commit is not None and tree is None:  # a damaged repository is not an empty one
            missing = texts.COMMIT_MISSING.format(commit=commit[:12])
            raise RepositoryStateError(missing, texts.GIT_FAILED_HINT)
        return listing.list_tree(self._git, tree, self._cache, progress)

    def case_paths(self, rev: str | None = None) -> list[str]:
        commit = self.resolve(None, rev) if rev else self.head_commit
        from pmtui.store import reconcile

        return reconcile.tree_paths(trees.commit_tree(self._git, commit), "cases")

    def load(self, dnr_or_path: str | Dnr, rev: str | None = None) -> LoadedCase:
        """The case at ``rev``; without ``rev``, the work-tree file (what editors see)."""
        path = path_for(dnr_or_path)
        tip = self.head_commit
        commit = self.resolve(dnr_of(dnr_or_path), rev) if rev else tip
        blob_id = trees.blob_id_at(trees.commit_tree(self._git, commit), path)
        disk = self._disk_bytes(path) if rev is None else None
        data = disk if disk is not None else self._blob_or_missing(blob_id, path, rev)
        return self._loaded(path, data, SaveBase(path, commit, blob_id, sha_of(disk)))

    def _loaded(self, path: str, data: bytes, base: SaveBase) -> LoadedCase:
        from pmtui.format.casefile import inspect_case

        report = inspect_case(data, path)
        text = data.decode("utf-8", errors="replace")
        unsaved = base.disk_sha is not None and base.disk_sha != base.blob_id
        if base.blob_id is not None and sha_of(data) == base.blob_id:
            self._versions.remember(
                base.blob_id,
                report.case.model_copy(deep=True) if report.ok and report.case else None,
            )
        return LoadedCase((report.ok and report.case) or None, text, base, report.problems, unsaved)

    def _disk_bytes(self, path: str) -> bytes | None:
        if self.root is None:
            return None
        from pmtui.store.paths import check_worktree_target

        target = check_worktree_target(self.root, path)
        return target.read_bytes() if target.is_file() else None

    def base_for_new(self, dnr: Dnr) -> SaveBase:
        """The base for creating a case that does not exist yet."""
        return SaveBase(path_for(dnr), self.head_commit, None, None)

    # --- saving ------------------------------------------------------------------------
    def propose_message(self, old: Case | None, new: Case) -> str:
        return propose_message(old, new)

    def create(
        self,
        case: Case,
        message: str | None = None,
        *,
        verify: bool | None = None,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        """Save a new case; refused if it exists or its path collides with another."""
        path = path_for(case.dnr)
        existing = set(collision_candidates(trees.commit_tree(self._git, self.head_commit), path))
        if path in existing or (self.root is not None and (self.root / path).exists()):
            raise UnsafePath(
                texts.CASE_EXISTS.format(dnr=case.dnr, path=path), texts.CASE_EXISTS_HINT
            )
        check_collision(path, existing)
        reason = personal_data_reason
        base = self.base_for_new(case.dnr)
        return self.save(case, base, message, verify=verify, personal_data_reason=reason)

    def save(
        self,
        case: Case,
        base: SaveBase,
        message: str | None = None,
        *,
        verify: bool | None = None,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        """One commit with ``case`` at ``base.path`` (no commit if nothing changed).
        ``verify`` False skips pre-commit and commit-msg (None: ``self.verify``). A case
        holding personal data is refused (``PersonalDataFound``) unless
        ``personal_data_reason`` (None: ``self.personal_data_reason``) gives a reason."""
        from pmtui.format.emit import serialize_case

        data = serialize_case(case).encode("utf-8")
        return self._save_bytes(case, data, base, message, verify, personal_data_reason)

    def save_text(
        self,
        path: str,
        text: str,
        base: SaveBase,
        message: str | None = None,
        *,
        verify: bool | None = None,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        """Save text as written (BOM/CRLF normalised) after validating it."""
        from pmtui.format.casefile import inspect_case

        report = inspect_case(text, path)
        if report.case is None or report.errors:
            problems = "\n".join(p.located(path) for p in report.errors)
            raise InvalidCase(
                texts.CASE_INVALID.format(problems=problems),
                texts.CASE_INVALID_HINT,
                problems=list(report.errors),
            )
        try:
            normalised = decode_case_text(text).text
        except CaseFileError:  # pragma: no cover - inspect_case accepted it
            normalised = text
        data = normalised.encode("utf-8")
        return self._save_bytes(report.case, data, base, message, verify, personal_data_reason)

    def _save_bytes(
        self,
        case: Case,
        data: bytes,
        base: SaveBase,
        message: str | None,
        verify: bool | None,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        from pmtui.store.personal_guard import reviewed_save  # with the models, as a save

        path = check_relative(base.path)
        if base.blob_id is None and path != path_for(case.dnr):
            raise InvalidCase(
                texts.DNR_MISMATCH.format(found=case.dnr, expected=path), texts.DNR_MISMATCH_HINT
            )
        old, invalid = self._versions.at(self.head_commit, path)
        full = full_message(case, old, invalid, message)
        checks = self.verify if verify is None else verify  # None: the repository's setting
        reason = personal_data_reason or self.personal_data_reason
        with reviewed_save(self.gitdir, str(case.dnr), path, data, reason) as trailer:
            milestone = milestone_request(case, old)
            from pmtui.store.saving import Saver, SaveTarget

            target = SaveTarget(path, data, base, full + trailer, checks, milestone)
            outcome = Saver(self._git, self.clock, self.lock_timeout, self.identity).save(target)
        self._versions.remember(outcome.blob_id, case.model_copy(deep=True))
        return self._result(path, outcome)

    def _result(self, path: str, outcome: SaveOutcome) -> SaveResult:
        return save_result(path, outcome, self.head_commit)

    def set_status(
        self,
        dnr: Dnr | str,
        status: Status,
        base: SaveBase | None = None,
        message: str | None = None,
        *,
        verify: bool | None = None,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        """Move the status (one commit) and tag the milestone. ``base`` defaults to now."""
        loaded = self.load(dnr)
        if loaded.case is None:
            raise InvalidCase(
                texts.CASE_INVALID.format(problems="\n".join(p.located() for p in loaded.problems)),
                texts.CASE_INVALID_HINT,
            )
        updated = loaded.case.model_copy(update={"status": status})
        base = base or loaded.base
        reason = personal_data_reason
        return self.save(updated, base, message, verify=verify, personal_data_reason=reason)

    def reconcile(self, *, full: bool = True) -> ReconcileReport:
        from pmtui.store import reconcile

        return reconcile.reconcile(self._git, self._cache, full=full)

    def require_worktree(self) -> Path:
        if self.root is None:
            raise RepositoryStateError(texts.BARE_NO_DISK, texts.BARE_NO_DISK_HINT)
        return self.root
