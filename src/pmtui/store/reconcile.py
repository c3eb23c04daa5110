"""Start-up reconcile: clean our temp files, report locks (advise removing only stale
ones, never delete them), finish or undo a save that died (``store/recovery.py``),
refresh an index that is behind HEAD, report unsaved changes and unportable names."""

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
from pmtui.store.types import ReconcileReport
from pmtui.texts import counted
from pmtui.texts import store as texts

RECONCILE_WAIT = 0.2  # seconds to wait for pmtui's save lock before skipping the repairs
_UNSAVED = (
    FileStatus.WT_MODIFIED
    | FileStatus.WT_NEW
    | FileStatus.WT_DELETED
    | FileStatus.INDEX_MODIFIED
    | FileStatus.INDEX_NEW
    | FileStatus.INDEX_DELETED
)


def reconcile(repo: pygit2.Repository, cache: StoreCache | None = None) -> ReconcileReport:
    """Everything a start or a write checks first; the name scan is cached in ``cache``
    by tree id (store/name_scan.py), the rest is read fresh every time."""
    report = ReconcileReport()
    gitdir = Path(repo.path)
    _report_locks(report, [advise(p, repo_dirs(gitdir)) for p in stale_locks(gitdir)])
    if not repo.is_bare:
        _remove_temp(Path(repo.workdir), gitdir, report)
    if not (report.stale_locks or report.busy_locks or operation_in_progress(repo)):
        _repair(repo, report)
    elif journal_path(gitdir).exists():
        report.messages.append(texts.RECOVERY_WAITING)
    _report_tree(repo, report, cache)
    return report


def _remove_temp(root: Path, gitdir: Path, report: ReconcileReport) -> None:
    report.removed_temp_files = remove_temp_files(root) + remove_temp_indexes(gitdir, root)
    if report.removed_temp_files:
        count = len(report.removed_temp_files)
        report.messages.append(counted(count, texts.RECONCILE_TEMP_REMOVED))


def _report_tree(
    repo: pygit2.Repository, report: ReconcileReport, cache: StoreCache | None
) -> None:
    """Unportable names in HEAD's tree; case files with unsaved changes."""
    tree = trees.commit_tree(repo, trees.head_commit_id(repo))
    report.name_warnings = case_name_warnings(tree, cache)
    report.messages.extend(report.name_warnings)
    if not repo.is_bare:
        report.unsaved_paths = unsaved_paths(repo)
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


def _repair(repo: pygit2.Repository, report: ReconcileReport) -> None:
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
                report.index_refreshed = refresh_index(repo, tree, Path(repo.workdir))
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


def remove_temp_files(root: Path) -> list[str]:
    """Delete our own abandoned temp files (``.<name>.pmtui-tmp-<pid>-*``) under cases/
    and at the root. A live process's temp file is its save in flight: it is kept."""
    removed: list[str] = []
    candidates = [p for p in root.iterdir() if TEMP_MARKER in p.name]
    cases = root / CASES_DIR
    if cases.is_dir() and not cases.is_symlink():
        candidates.extend(_temp_names(cases))
    for path in candidates:
        if path.is_file() and not path.is_symlink() and is_abandoned_temp(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(str(path.relative_to(root)))
    return removed


def _temp_names(folder: Path) -> list[Path]:
    """Entries named like our temp files below ``folder`` (symlinked folders not
    followed); ``os.scandir`` reads each folder once, without a ``Path`` per file."""
    found: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if TEMP_MARKER in entry.name:
                found.append(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                found.extend(_temp_names(Path(entry.path)))
    return found


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


def refresh_index(repo: pygit2.Repository, tree: pygit2.Tree | None, root: Path) -> bool:
    """Stage HEAD's version of every case whose index entry lags behind HEAD while the
    work tree already has HEAD's bytes (a save interrupted between ref and index)."""
    if tree is None:
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
