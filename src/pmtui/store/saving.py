"""A save is one commit (docs/reliability.md, rule 1), made as ``git commit PATH`` makes it.

Order: preflight → conflict checks (branch, disk, index) → atomic work-tree write (the
file's mode kept) → blob + tree (the tip's tree with one path replaced, or removed for a
delete: ``store/staging.py``) → the commit hooks on a temporary index
(``store/commit_hooks.py``: pre-commit, prepare-commit-msg, commit-msg) → the commit
object, signed if ``commit.gpgsign`` (``store/signing.py``) → the milestone tag object,
signed if ``tag.gpgSign`` → the journal (``store/journal.py``) → ``index.read(False);
index.add(path); index.write()`` (a delete: the entry removed) → compare-and-swap of the
branch ref from the same lookup that gave the parent → (a delete: the work-tree file
removed) → the milestone's ref → journal removed → post-commit. A moved tip is retried
(re-signed, hooks not run again) only while the case's blob there is still the base's.
Each Git lock is retried for ``lock_timeout`` from the first time it is met, counted again
after the hooks and signing. A refused hook or a failed signature is ``SaveRefused``: no
commit, real index untouched, the new text in the file (a delete's file untouched).
A save that stops after its journal (an error, or a crash: then at the next save or
reconcile) is finished or undone by ``store/recovery.py``; ``crashpoints.reached`` marks
each step for the crash tests.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path

import pygit2

from pmtui.store import milestones, staging, trees
from pmtui.store.branch import move_branch
from pmtui.store.commit_hooks import CommitHooks, Staged
from pmtui.store.crashpoints import reached
from pmtui.store.disk_full import disk_full, is_disk_full
from pmtui.store.errors import SaveRefused, StoreError
from pmtui.store.identity import Clock, Identity, user_signature
from pmtui.store.indexing import Entry
from pmtui.store.journal import SaveRecord, remove_journal, write_journal
from pmtui.store.locks import GitLocks, save_lock
from pmtui.store.milestones import PendingMilestone
from pmtui.store.objects import write_commit
from pmtui.store.preflight import check_branch, check_worktree, preflight
from pmtui.store.recovery import recover_pending
from pmtui.store.signing import Signer, commit_signer, tag_signer
from pmtui.store.staging import SaveOutcome, SaveTarget
from pmtui.store.types import SaveBase
from pmtui.store.worktree import disk_blob
from pmtui.texts import store as texts

__all__ = ["SaveOutcome", "SaveTarget", "Saver"]  # the targets are defined in staging.py


@dataclass(frozen=True)
class _Tip:
    """The branch as looked up for one attempt (the ref object is the compare-and-swap's)."""

    ref: pygit2.Reference | None
    commit: str | None
    tree: pygit2.Tree | None


@dataclass
class _Prepared:
    """What the first attempt settled: the message after the hooks, the signers."""

    signature: pygit2.Signature
    message: str
    hooks: CommitHooks | None
    signer: Signer | None
    tagger: pygit2.Signature | None = None
    tag_signer: Signer | None = None
    warnings: list[str] = field(default_factory=list)

    def report(self) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        runner = self.hooks.runner if self.hooks else None
        warnings = [*(runner.warnings if runner else []), *self.warnings]
        return tuple(warnings), tuple(runner.output if runner else [])


class Saver:
    """Runs one save against a repository; see the module docstring for the order."""

    def __init__(
        self,
        repo: pygit2.Repository,
        clock: Clock,
        lock_timeout: float,
        identity: Identity | None = None,
    ) -> None:
        self.repo = repo
        self.identity = identity
        self.clock = clock
        self.gitdir = Path(repo.path)
        self.root = None if repo.is_bare else Path(repo.workdir)
        self.lock_timeout = lock_timeout
        self.deadline = time.monotonic() + lock_timeout  # pmtui's save lock only
        self.locks = GitLocks(self.gitdir, None, lock_timeout)
        self.index_before: Entry | None = None  # the case's entry before this save
        self.journaled = False

    def save(self, target: SaveTarget) -> SaveOutcome:
        ref_name = preflight(self.repo)
        signature = user_signature(self.repo, self.clock, self.identity)
        new_blob = target.new_blob
        self.locks = GitLocks(self.gitdir, ref_name, self.lock_timeout)
        with save_lock(self.gitdir, self.deadline):
            self.locks.wait()
            recovered = recover_pending(self.repo, self.locks)
            if self.root is not None:
                base = target.base
                self.index_before = check_worktree(self.repo, self.root, base, new_blob)
            try:
                outcome = self._guarded(target, ref_name, new_blob, signature)
            except SaveRefused as refused:
                refused.base = self._base_after_refusal(target)
                raise
            except (OSError, pygit2.GitError) as error:
                if not is_disk_full(error):
                    raise
                raise disk_full(self.root, target.path, new_blob) from error
        warnings = (*recovered, *outcome.warnings)
        return dataclasses.replace(outcome, warnings=warnings) if recovered else outcome

    def _guarded(
        self, target: SaveTarget, ref_name: str, new_blob: str | None, sig: pygit2.Signature
    ) -> SaveOutcome:
        """The commit loop; if it stops after the journal was written, its change to the
        index is undone at once, as recovery would after a crash (if that fails too, the
        journal stays for the next save or reconcile)."""
        try:
            return self._commit_loop(target, ref_name, new_blob, sig)
        except BaseException:
            if self.journaled:
                with contextlib.suppress(StoreError, pygit2.GitError, OSError):
                    recover_pending(self.repo, self.locks)
            raise

    def _commit_loop(
        self, target: SaveTarget, ref_name: str, new_blob: str | None, sig: pygit2.Signature
    ) -> SaveOutcome:
        prepared: _Prepared | None = None
        written = False
        while True:
            tip = self._tip(ref_name)
            tip_blob = trees.blob_id_at(tip.tree, target.path)
            check_branch(target.base, tip_blob, new_blob, ref_name, late=written)
            written = written or staging.write_new_text(self.root, target)
            reached("file")
            staged = staging.staged_for(self.repo, self.root, target, tip.tree)
            reached("blob")
            if tip_blob == staged.blob_id:
                return self._unchanged(target, staged)
            prepared = prepared or self._prepare(target, staged, sig)
            outcome = self._attempt(target, ref_name, tip, staged, prepared)
            if outcome is not None:
                return outcome

    def _tip(self, ref_name: str) -> _Tip:
        ref = trees.lookup_branch(self.repo, ref_name)
        commit = str(ref.target) if ref is not None else None
        return _Tip(ref, commit, trees.commit_tree(self.repo, commit))

    def _unchanged(self, target: SaveTarget, staged: Staged) -> SaveOutcome:
        """The branch has this content already: only the index (and, for a removal, the
        file) is brought in line."""
        disk_sha = self._update_index(staged)
        warnings: list[str] = []
        if staged.blob is None:
            disk_sha = self._remove_file(target, warnings)
        return SaveOutcome(None, staged.blob_id, disk_sha, target.message, None, tuple(warnings))

    def _prepare(self, target: SaveTarget, staged: Staged, sig: pygit2.Signature) -> _Prepared:
        """Signers first (a bad config stops before any hook), then the hooks."""
        prepared = _Prepared(sig, target.message, None, commit_signer(self.repo, sig))
        if target.milestone is not None:
            prepared.tagger = user_signature(self.repo, self.clock, self.identity)
            prepared.tag_signer = tag_signer(self.repo, prepared.tagger)
        if self.root is not None:
            prepared.hooks = CommitHooks(self.repo, sig, target.verify)
            prepared.message = prepared.hooks.before_commit(staged, target.message)
        self.locks.restart()
        return prepared

    def _attempt(
        self, target: SaveTarget, ref_name: str, tip: _Tip, staged: Staged, prepared: _Prepared
    ) -> SaveOutcome | None:
        """One commit on ``tip``; None when another writer moved the branch first."""
        tree = staging.commit_tree(self.repo, staged)
        parents = [pygit2.Oid(hex=tip.commit)] if tip.commit else []
        sig, message = prepared.signature, prepared.message
        commit = write_commit(self.repo, tree, parents, sig, message, prepared.signer)
        pending = self._milestone_object(target, str(commit), prepared)
        reached("commit")
        self._journal(ref_name, tip, staged, str(commit), pending)
        reached("journal")
        disk_sha = self._update_index(staged)
        reached("index")
        if not self._move_branch(tip.ref, ref_name, commit, message):
            return None
        reached("ref")
        return self._finish(target, str(commit), staged, disk_sha, prepared, pending)

    def _journal(
        self, ref_name: str, tip: _Tip, staged: Staged, commit: str, tag: PendingMilestone | None
    ) -> None:
        """Record what the index, ref and tag steps are about to change (store/journal.py)."""
        before = self.index_before
        base_blob = trees.blob_id_at(tip.tree, staged.path)
        index_blob, index_mode = before if before is not None else (None, None)
        tag_name, tag_object = (tag.name, str(tag.tag)) if tag is not None else (None, None)
        record = SaveRecord(
            staged.path, ref_name, tip.commit, base_blob, index_blob, index_mode,
            staged.blob_id, commit, tag_name, tag_object,
        )  # fmt: skip
        write_journal(self.gitdir, record)
        self.journaled = True

    def _finish(
        self,
        target: SaveTarget,
        commit: str,
        staged: Staged,
        disk_sha: str | None,
        prepared: _Prepared,
        pending: PendingMilestone | None,
    ) -> SaveOutcome:
        """After the branch moved: a removed case's file, the milestone's ref, then
        post-commit. Nothing here can undo the commit, so failures become warnings."""
        if staged.blob is None:
            disk_sha = self._remove_file(target, prepared.warnings)
            reached("unlink")
        milestone = self._publish(target, commit, prepared, pending)
        if milestone is not None:
            reached("tag")
        remove_journal(self.gitdir)
        self.journaled = False
        if prepared.hooks is not None:
            prepared.hooks.after_commit()
        warnings, output = prepared.report()
        blob = staged.blob_id
        return SaveOutcome(commit, blob, disk_sha, prepared.message, milestone, warnings, output)

    def _milestone_object(
        self, target: SaveTarget, commit: str, prepared: _Prepared
    ) -> PendingMilestone | None:
        if target.milestone is None or prepared.tagger is None:
            return None
        request, tagger, signer = target.milestone, prepared.tagger, prepared.tag_signer
        return milestones.prepare_milestone(self.repo, request, commit, tagger, signer)

    def _publish(
        self,
        target: SaveTarget,
        commit: str,
        prepared: _Prepared,
        pending: PendingMilestone | None,
    ) -> str | None:
        """The milestone's ref (the next name if this one was taken meanwhile)."""
        if pending is None:
            return None

        def rebuild() -> PendingMilestone:
            return self._milestone_object(target, commit, prepared) or pending

        try:
            return milestones.publish_milestone(self.repo, pending, rebuild)
        except (StoreError, pygit2.GitError, ValueError, OSError) as error:
            reason = error.message if isinstance(error, StoreError) else str(error)
            prepared.warnings.append(texts.MILESTONE_FAILED.format(tag=pending.name, error=reason))
            return None

    def _update_index(self, staged: Staged) -> str | None:
        """Stage the committed blob, or remove the entry; the disk's blob id."""
        return staging.update_index(self.repo, self.root, staged, self.locks)

    def _remove_file(self, target: SaveTarget, warnings: list[str]) -> str | None:
        """A removal's file, once the branch has it; the disk's blob id after it."""
        kept = staging.remove_case_file(self.root, target.path, target.base.blob_id)
        if kept is None:
            return None
        warnings.append(kept)
        return None if self.root is None else disk_blob(self.root / target.path)

    def _move_branch(
        self, ref: pygit2.Reference | None, ref_name: str, commit: pygit2.Oid, message: str
    ) -> bool:
        """Compare-and-swap; False when another writer moved the tip first (retry)."""
        return move_branch(self.repo, ref, ref_name, commit, message, self.locks)

    def _base_after_refusal(self, target: SaveTarget) -> SaveBase:
        """The base to save again from: as loaded, but with the file as it is now."""
        on_disk = None if self.root is None else disk_blob(self.root / target.path)
        return SaveBase(target.path, target.base.commit_id, target.base.blob_id, on_disk)
