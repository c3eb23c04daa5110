"""Start-up reconcile: clean our temp files, report locks (advise removing only stale
ones, never delete them), finish or undo a save that died (``store/recovery.py``),
refresh an index that is behind HEAD, report unsaved changes and unportable names.

Before a write (``full=False``) the same steps run, but the unsaved changes reported are
the index's (what ``git add`` staged), not every work-tree file's: the write's own file
is checked by the save itself (``preflight.check_worktree``). Temp folders, the index's
differences from HEAD and the name scan are remembered with the keys that make them true
(``store/worktree_facts.py``, docs/decisions.md "reconcile cache")."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pygit2
from pygit2.enums import FileStatus

from pmtui.atomic import TEMP_MARKER, is_abandoned_temp
from pmtui.store import trees
from pmtui.store.cache import StoreCache
from pmtui.store.errors import RepositoryBusy
from pmtui.store.journal import journal_path
from pmtui.store.locks import (
    DEFAULT_DEADLINE,
    GitLocks,
    LockAdvice,
    advise,
    format_age,
    repo_dirs,
    save_lock,
)
from pmtui.store.name_scan import case_name_warnings
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR
from pmtui.store.preflight import operation_in_progress
from pmtui.store.recovery import recover_pending
from pmtui.store.temp_scan import temp_names
from pmtui.store.types import ReconcileReport
from pmtui.store.worktree_facts import WorktreeFacts, index_key
from pmtui.texts import counted
from pmtui.texts import store as texts

INDEX_FACT = "index-differences"  # [index key + tree id, the cases/ paths that differ]
RECONCILE_WAIT = 0.2  # seconds to wait for pmtui's save lock before skipping the repairs
_UNSAVED = (
    FileStatus.WT_MODIFIED
    | FileStatus.WT_NEW
    | FileStatus.WT_DELETED
    | FileStatus.INDEX_MODIFIED
    | FileStatus.INDEX_NEW
    | FileStatus.INDEX_DELETED
)


def reconcile(
    repo: pygit2.Repository, cache: StoreCache | None = None, *, full: bool = True
) -> ReconcileReport:
    """Everything a start (``full``) or a write checks first; see the module docstring
    for what a write leaves out and what is remembered in ``cache``."""
    report = ReconcileReport()
    gitdir = Path(repo.path)
    facts = WorktreeFacts(cache)
    _report_locks(report, [advise(p, repo_dirs(gitdir)) for p in stale_locks(gitdir)])
    if not repo.is_bare:
        _remove_temp(Path(repo.workdir), gitdir, report, facts)
    if not (report.stale_locks or report.busy_locks or operation_in_progress(repo)):
        _repair(repo, report, facts)
    elif journal_path(gitdir).exists():
        report.messages.append(texts.RECOVERY_WAITING)
    _report_tree(repo, report, cache, facts, full)
    return report


def _remove_temp(root: Path, gitdir: Path, report: ReconcileReport, facts: WorktreeFacts) -> None:
    removed = remove_temp_files(root, facts)
    report.removed_temp_files = removed + remove_temp_indexes(gitdir, root)
    if report.removed_temp_files:
        count = len(report.removed_temp_files)
        report.messages.append(counted(count, texts.RECONCILE_TEMP_REMOVED))


def _report_tree(
    repo: pygit2.Repository,
    report: ReconcileReport,
    cache: StoreCache | None,
    facts: WorktreeFacts,
    full: bool,
) -> None:
    """Unportable names in HEAD's tree; case files with unsaved changes (before a write:
    the staged ones only)."""
    tree = trees.commit_tree(repo, trees.head_commit_id(repo))
    report.name_warnings = case_name_warnings(tree, cache, repo)
    report.messages.extend(report.name_warnings)
    if not repo.is_bare:
        if full:
            report.unsaved_paths = unsaved_paths(repo)
        else:
            report.unsaved_paths = _case_files(index_differences(repo, tree, facts))
        report.messages.extend(texts.RECONCILE_UNSAVED.format(path=p) for p in report.unsaved_paths)


def _report_locks(report: ReconcileReport, found: list[LockAdvice]) -> None:
    """Stale locks (old, no holder) with the advice to remove them; the others as busy."""
    for advice in found:
        lock, age = str(advice.lock), format_age(advice.age)
        if advice.removable:
            report.stale_locks.append(lock)
            report.messages.append(texts.RECONCILE_STALE_LOCK.format(lock=lock, age=age))
        else:
            report.busy_locks.append(lock)
            held = texts.RECONCILE_HELD_LOCK.format(lock=lock, holders=advice.who())
            young = texts.RECONCILE_YOUNG_LOCK.format(lock=lock, age=age)
            report.messages.append(held if advice.holders else young)


def _repair(repo: pygit2.Repository, report: ReconcileReport, facts: WorktreeFacts) -> None:
    """Under pmtui's save lock (skipped while a save runs, whose journal is its own): finish
    or undo a save that died, then refresh an index behind HEAD."""
    gitdir = Path(repo.path)
    try:
        with save_lock(gitdir, time.monotonic() + RECONCILE_WAIT):
            locks = GitLocks(gitdir, trees.branch_ref_name(repo), DEFAULT_DEADLINE)
            report.recovered = recover_pending(repo, locks)
            report.messages.extend(report.recovered)
            if not repo.is_bare:
                tree = trees.commit_tree(repo, trees.head_commit_id(repo))
                report.index_refreshed = refresh_index(repo, tree, Path(repo.workdir), facts)
    except RepositoryBusy:  # a save runs (its journal is its own), or a lock came back
        if journal_path(gitdir).exists():
            report.messages.append(texts.RECOVERY_WAITING)
        return
    if report.index_refreshed:
        report.messages.append(texts.RECONCILE_INDEX_REFRESHED)


def stale_locks(gitdir: Path) -> list[Path]:
    """Every ``*.lock`` git would wait on: index, HEAD, packed-refs, refs/**."""
    found = [gitdir / n for n in ("index.lock", "HEAD.lock", "packed-refs.lock", "config.lock")]
    locks = [p for p in found if p.exists()]
    refs = gitdir / "refs"
    if refs.is_dir():
        locks.extend(sorted(refs.rglob("*.lock")))
    return locks


def remove_temp_files(root: Path, facts: WorktreeFacts | None = None) -> list[str]:
    """Delete our own abandoned temp files (``.<name>.pmtui-tmp-<pid>-*``) under cases/
    and at the root. A live process's temp file is its save in flight: it is kept.
    Folders unchanged since a scan found no temp file there are not listed again."""
    removed: list[str] = []
    candidates = [p for p in root.iterdir() if TEMP_MARKER in p.name]
    cases = root / CASES_DIR
    if cases.is_dir() and not cases.is_symlink():
        candidates.extend(temp_names(cases, facts or WorktreeFacts(None)))
    for path in candidates:
        if path.is_file() and not path.is_symlink() and is_abandoned_temp(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(str(path.relative_to(root)))
    return removed


def remove_temp_indexes(gitdir: Path, root: Path) -> list[str]:
    """Delete our abandoned temp files in the Git folder: the commit hooks' temporary
    indexes (``.git/.index.pmtui-tmp-…``; store/commit_hooks.py), left when a process died
    while a hook ran, and a journal's temp file (``.pmtui-save.journal.pmtui-tmp-…``)."""
    removed: list[str] = []
    for path in gitdir.glob(f".*{TEMP_MARKER}*"):
        if path.is_file() and not path.is_symlink() and is_abandoned_temp(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(os.path.relpath(path, root))
    return removed


def refresh_index(
    repo: pygit2.Repository, tree: pygit2.Tree | None, root: Path, facts: WorktreeFacts
) -> bool:
    """Stage HEAD's version of every case whose index entry lags behind HEAD while the
    work tree already has HEAD's bytes (a save interrupted between ref and index)."""
    differences = index_differences(repo, tree, facts)
    if tree is None or not differences:
        return False
    index = repo.index
    index.read(False)
    lagging = [
        path
        for path in _index_differences(index, tree)
        if trees.blob_id_at(tree, path) is not None
        and _disk_blob(root / path) == trees.blob_id_at(tree, path)
    ]
    for path in lagging:
        index.add(path)
    if lagging:
        index.write()
    return bool(lagging)


def index_differences(
    repo: pygit2.Repository, tree: pygit2.Tree | None, facts: WorktreeFacts
) -> list[str]:
    """The ``cases/`` paths whose index entry differs from ``tree``'s, remembered by the
    index's key (its checksum: worktree_facts.index_key) and the tree id."""
    if tree is None:
        return []
    before = index_key(Path(repo.path))
    key = f"{before}:{tree.id}" if before is not None else None
    known = facts.get(INDEX_FACT)
    if key is not None and isinstance(known, list) and len(known) == 2 and known[0] == key:
        return [str(path) for path in known[1]]
    index = repo.index
    index.read(False)
    differences = _index_differences(index, tree)
    if key is not None and index_key(Path(repo.path)) == before:
        facts.put(INDEX_FACT, [key, differences])
    return differences


def _case_files(paths: list[str]) -> list[str]:
    return [p for p in paths if p.endswith(CASE_SUFFIX) and TEMP_MARKER not in p]


def _index_differences(index: pygit2.Index, tree: pygit2.Tree) -> list[str]:
    diff = index.diff_to_tree(tree)
    paths = {d.new_file.path for d in diff.deltas} | {d.old_file.path for d in diff.deltas}
    return sorted(p for p in paths if p.startswith(CASES_DIR + "/"))


def _disk_blob(path: Path) -> str | None:
    if path.is_symlink() or not path.is_file():
        return None
    return str(pygit2.hash(path.read_bytes()))


def unsaved_paths(repo: pygit2.Repository) -> list[str]:
    """Case files whose work-tree or staged version differs from HEAD."""
    status = repo.status()
    return sorted(
        path
        for path, flags in status.items()
        if path.startswith(CASES_DIR + "/")
        and path.endswith(CASE_SUFFIX)
        and flags & _UNSAVED
        and TEMP_MARKER not in path
    )


def tree_paths(tree: pygit2.Tree | None, prefix: str) -> list[str]:
    """Every file path below ``prefix`` in ``tree``."""
    top = trees.subtree(tree, prefix)
    if top is None:
        return []
    return [f"{prefix}/{p}" for p in _walk(top)]


def _walk(tree: pygit2.Tree) -> list[str]:
    paths: list[str] = []
    for entry in tree:
        if isinstance(entry, pygit2.Tree):
            paths.extend(f"{entry.name}/{p}" for p in _walk(entry))
        else:
            paths.append(entry.name or "")
    return paths
