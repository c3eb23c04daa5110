"""Start-up reconcile: clean our temp files, report stale locks (never delete them),
refresh an index that is behind HEAD, report unsaved changes and unportable names."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pygit2
from pygit2.enums import FileStatus

from pmtui.atomic import TEMP_MARKER, is_abandoned_temp
from pmtui.store import trees
from pmtui.store.locks import format_age, lock_age
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR, name_warnings
from pmtui.store.types import ReconcileReport
from pmtui.texts import store as texts

_UNSAVED = (
    FileStatus.WT_MODIFIED
    | FileStatus.WT_NEW
    | FileStatus.WT_DELETED
    | FileStatus.INDEX_MODIFIED
    | FileStatus.INDEX_NEW
    | FileStatus.INDEX_DELETED
)


def reconcile(repo: pygit2.Repository) -> ReconcileReport:
    report = ReconcileReport()
    gitdir = Path(repo.path)
    report.stale_locks = [str(p) for p in stale_locks(gitdir)]
    for lock in report.stale_locks:
        report.messages.append(
            texts.RECONCILE_STALE_LOCK.format(lock=lock, age=format_age(lock_age(Path(lock))))
        )
    tree = trees.commit_tree(repo, trees.head_commit_id(repo))
    report.name_warnings = name_warnings(tree_paths(tree, CASES_DIR))
    report.messages.extend(report.name_warnings)
    if repo.is_bare:
        return report
    root = Path(repo.workdir)
    report.removed_temp_files = remove_temp_files(root) + remove_temp_indexes(gitdir, root)
    if report.removed_temp_files:
        report.messages.append(
            texts.RECONCILE_TEMP_REMOVED.format(count=len(report.removed_temp_files))
        )
    if not report.stale_locks:
        report.index_refreshed = refresh_index(repo, tree, root)
        if report.index_refreshed:
            report.messages.append(texts.RECONCILE_INDEX_REFRESHED)
    report.unsaved_paths = unsaved_paths(repo)
    report.messages.extend(texts.RECONCILE_UNSAVED.format(path=p) for p in report.unsaved_paths)
    return report


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
        candidates.extend(p for p in cases.rglob(f"*{TEMP_MARKER}*"))
    for path in candidates:
        if path.is_file() and not path.is_symlink() and is_abandoned_temp(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(str(path.relative_to(root)))
    return removed


def remove_temp_indexes(gitdir: Path, root: Path) -> list[str]:
    """Delete abandoned temporary indexes of the commit hooks (``.git/.index.pmtui-tmp-…``;
    store/commit_hooks.py), left when a process died while a hook ran."""
    removed: list[str] = []
    for path in gitdir.glob(f".index{TEMP_MARKER}*"):
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
