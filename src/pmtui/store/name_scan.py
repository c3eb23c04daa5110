"""The unportable-name warnings of HEAD's ``cases/`` tree (docs/reliability.md, F29),
cached so a write does not rescan 30,000 names (docs/decisions.md, "reconcile cache").

The answer depends only on the names in the tree, so it is cached by tree id: the whole
``cases/`` tree first, then each top folder (``cases/2023``) by its name and tree id.
After a save only the folder that changed is looked at again, and when its names are
the ones of the folder's last scanned tree (a case edited, none added, removed or
renamed: libgit2's diff of the two trees has only modifications) that scan's answer is
kept, so an edit costs the same at any number of cases. Twins can only span two folders
when the folders' own names are twins; then the whole tree is scanned at once.
"""

from __future__ import annotations

import pygit2
from pygit2.enums import DeltaStatus

from pmtui.store import trees
from pmtui.store.cache import StoreCache
from pmtui.store.paths import CASES_DIR, fold, path_name_warnings
from pmtui.store.worktree_facts import WorktreeFacts


def case_name_warnings(
    tree: pygit2.Tree | None, cache: StoreCache | None, repo: pygit2.Repository | None = None
) -> list[str]:
    """The same warnings as ``paths.name_warnings`` over every path below ``cases/``
    (with ``repo``, a changed folder with the same names keeps its last answer)."""
    top = trees.subtree(tree, CASES_DIR)
    if top is None:
        return []
    if cache is None:
        return [w for _, w in path_name_warnings(_paths(top, CASES_DIR))]
    key = f"{CASES_DIR}:{top.id}"
    pairs = cache.get_name_warnings(key)
    if pairs is None:
        pairs = _by_folder(top, _Scan(cache, repo))
        cache.put_name_warnings(key, pairs)
    return [warning for _, warning in pairs]


class _Scan:
    """The cache, and the repository to look up a folder's last scanned tree in."""

    def __init__(self, cache: StoreCache, repo: pygit2.Repository | None) -> None:
        self.cache = cache
        self.repo = repo
        self.facts = WorktreeFacts(cache)


def _by_folder(top: pygit2.Tree, scan: _Scan) -> list[tuple[str, str]]:
    entries = list(top)
    folded = {fold(entry.name or "") for entry in entries}
    if len(folded) != len(entries):  # twin folder names: paths may collide across folders
        return path_name_warnings(_paths(top, CASES_DIR))
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        prefix = f"{CASES_DIR}/{entry.name}"
        if isinstance(entry, pygit2.Tree):
            pairs.extend(_folder_pairs(entry, prefix, scan))
        else:
            pairs.extend(path_name_warnings([prefix]))
    pairs.sort(key=lambda pair: pair[0])  # stable: the order of one pass over sorted paths
    return pairs


def _folder_pairs(folder: pygit2.Tree, prefix: str, scan: _Scan) -> list[tuple[str, str]]:
    key = f"{prefix}:{folder.id}"
    pairs = scan.cache.get_name_warnings(key)
    if pairs is None:
        pairs = _same_names_as_last(folder, prefix, scan)
        if pairs is None:
            pairs = path_name_warnings(_paths(folder, prefix))
        scan.cache.put_name_warnings(key, pairs)
        if scan.repo is not None:
            scan.facts.put(f"names-tree:{prefix}", str(folder.id))
    return pairs


def _same_names_as_last(
    folder: pygit2.Tree, prefix: str, scan: _Scan
) -> list[tuple[str, str]] | None:
    """The warnings of the folder's last scanned tree, if ``folder`` has exactly its
    names (only modified files between them); None otherwise."""
    last = scan.facts.get(f"names-tree:{prefix}") if scan.repo is not None else None
    if scan.repo is None or not isinstance(last, str):
        return None
    pairs = scan.cache.get_name_warnings(f"{prefix}:{last}")
    try:
        old = scan.repo.get(last)
    except (ValueError, pygit2.GitError):
        return None
    if pairs is None or not isinstance(old, pygit2.Tree):
        return None
    deltas = list(old.diff_to_tree(folder).deltas)
    if any(delta.status not in (DeltaStatus.MODIFIED, DeltaStatus.ADDED) for delta in deltas):
        return None
    added = [f"{prefix}/{d.new_file.path}" for d in deltas if d.status == DeltaStatus.ADDED]
    return pairs if _adds_no_warning(folder, prefix, added) else None


def _adds_no_warning(folder: pygit2.Tree, prefix: str, added: list[str]) -> bool:
    """True when the ``added`` paths have no warning of their own and no twin among the
    folder's paths (then the folder's warnings are those it had without them)."""
    if not added:
        return True
    if path_name_warnings(added):
        return False
    keys = [fold(path) for path in _paths(folder, prefix)]
    return len(set(keys)) == len(keys)


def collision_candidates(tree: pygit2.Tree | None, path: str) -> list[str]:
    """The file paths below ``cases/`` in ``tree`` that may equal ``path`` after casefold
    and NFC: those in folders whose names fold to ``path``'s folders (one year's cases,
    not all of them, for the check before a new case is created)."""
    first, *folders, _ = path.split("/")
    level = [(first, trees.subtree(tree, first))] if first == CASES_DIR else []
    for name in folders:
        key = fold(name)
        level = [
            (f"{prefix}/{entry.name}", entry)
            for prefix, parent in level
            if parent is not None
            for entry in parent
            if isinstance(entry, pygit2.Tree) and fold(entry.name or "") == key
        ]
    return [
        f"{prefix}/{entry.name}"
        for prefix, parent in level
        if parent is not None
        for entry in parent
        if not isinstance(entry, pygit2.Tree)
    ]


def _paths(tree: pygit2.Tree, prefix: str) -> list[str]:
    """Every file path below ``tree``, each starting with ``prefix``."""
    paths: list[str] = []
    for entry in tree:
        path = f"{prefix}/{entry.name}"
        if isinstance(entry, pygit2.Tree):
            paths.extend(_paths(entry, path))
        else:
            paths.append(path)
    return paths
