"""The unportable-name warnings of HEAD's ``cases/`` tree (docs/reliability.md, F29),
cached so a write does not rescan 30,000 names (docs/decisions.md, "reconcile cache").

The answer depends only on the names in the tree, so it is cached by tree id: the whole
``cases/`` tree first, then each top folder (``cases/2023``) by its name and tree id.
After a save only the folder that changed is scanned again. Twins can only span two
folders when the folders' own names are twins; then the whole tree is scanned at once.
"""

from __future__ import annotations

import pygit2

from pmtui.store import trees
from pmtui.store.cache import StoreCache
from pmtui.store.paths import CASES_DIR, fold, path_name_warnings


def case_name_warnings(tree: pygit2.Tree | None, cache: StoreCache | None) -> list[str]:
    """The same warnings as ``paths.name_warnings`` over every path below ``cases/``."""
    top = trees.subtree(tree, CASES_DIR)
    if top is None:
        return []
    if cache is None:
        return [w for _, w in path_name_warnings(_paths(top, CASES_DIR))]
    key = f"{CASES_DIR}:{top.id}"
    pairs = cache.get_name_warnings(key)
    if pairs is None:
        pairs = _by_folder(top, cache)
        cache.put_name_warnings(key, pairs)
    return [warning for _, warning in pairs]


def _by_folder(top: pygit2.Tree, cache: StoreCache) -> list[tuple[str, str]]:
    entries = list(top)
    folded = {fold(entry.name or "") for entry in entries}
    if len(folded) != len(entries):  # twin folder names: paths may collide across folders
        return path_name_warnings(_paths(top, CASES_DIR))
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        prefix = f"{CASES_DIR}/{entry.name}"
        if isinstance(entry, pygit2.Tree):
            pairs.extend(_folder_pairs(entry, prefix, cache))
        else:
            pairs.extend(path_name_warnings([prefix]))
    pairs.sort(key=lambda pair: pair[0])  # stable: the order of one pass over sorted paths
    return pairs


def _folder_pairs(folder: pygit2.Tree, prefix: str, cache: StoreCache) -> list[tuple[str, str]]:
    key = f"{prefix}:{folder.id}"
    pairs = cache.get_name_warnings(key)
    if pairs is None:
        pairs = path_name_warnings(_paths(folder, prefix))
        cache.put_name_warnings(key, pairs)
    return pairs


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
