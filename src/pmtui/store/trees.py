"""Small pygit2 helpers: blobs at a path, a tree with one path replaced or removed, the
branch tip."""

from __future__ import annotations

from pathlib import PurePosixPath

import pygit2
from pygit2.enums import FileMode, ObjectType


def tree_entry(tree: pygit2.Tree | None, path: str) -> pygit2.Object | None:
    if tree is None:
        return None
    try:
        return tree[path]
    except KeyError:
        return None


def subtree(tree: pygit2.Tree | None, path: str) -> pygit2.Tree | None:
    """The folder at ``path`` in ``tree`` (None if absent or not a folder)."""
    entry = tree_entry(tree, path)
    return entry if isinstance(entry, pygit2.Tree) else None


def blob_id_at(tree: pygit2.Tree | None, path: str) -> str | None:
    """The blob id at ``path`` in ``tree`` (None if absent or not a blob)."""
    entry = tree_entry(tree, path)
    if entry is None or entry.type != ObjectType.BLOB:
        return None
    return str(entry.id)


def commit_tree(repo: pygit2.Repository, commit_id: str | None) -> pygit2.Tree | None:
    if commit_id is None:
        return None
    commit = repo.get(commit_id)
    return commit.tree if isinstance(commit, pygit2.Commit) else None


def tree_with_blob(
    repo: pygit2.Repository,
    tree: pygit2.Tree | None,
    path: str,
    blob_id: pygit2.Oid,
    mode: FileMode = FileMode.BLOB,
) -> pygit2.Oid:
    """A new tree: ``tree`` with ``path`` set to ``blob_id`` (file ``mode``: 100644 or
    100755); every other entry kept."""
    parts = PurePosixPath(path).parts
    return _replace(repo, tree, parts, blob_id, mode)


def _replace(
    repo: pygit2.Repository,
    tree: pygit2.Tree | None,
    parts: tuple[str, ...],
    blob_id: pygit2.Oid,
    mode: FileMode,
) -> pygit2.Oid:
    builder = repo.TreeBuilder(tree) if tree is not None else repo.TreeBuilder()
    name = parts[0]
    if len(parts) == 1:
        builder.insert(name, blob_id, mode)
        return builder.write()
    child = _replace(repo, subtree(tree, name), parts[1:], blob_id, mode)
    builder.insert(name, child, FileMode.TREE)
    return builder.write()


def tree_without(repo: pygit2.Repository, tree: pygit2.Tree | None, path: str) -> pygit2.Oid:
    """A new tree: ``tree`` without ``path``; a folder left empty goes too, as git keeps
    no empty folders. Every other entry kept."""
    kept = _remove(repo, tree, PurePosixPath(path).parts)
    return kept if kept is not None else repo.TreeBuilder().write()


def _remove(
    repo: pygit2.Repository, tree: pygit2.Tree | None, parts: tuple[str, ...]
) -> pygit2.Oid | None:
    """The folder without the entry; None when nothing is left in it."""
    builder = repo.TreeBuilder(tree) if tree is not None else repo.TreeBuilder()
    name = parts[0]
    if len(parts) == 1:
        if builder.get(name) is not None:
            builder.remove(name)
    elif (child := subtree(tree, name)) is not None:
        inner = _remove(repo, child, parts[1:])
        if inner is None:
            builder.remove(name)
        else:
            builder.insert(name, inner, FileMode.TREE)
    return builder.write() if len(builder) else None


def branch_ref_name(repo: pygit2.Repository) -> str | None:
    """``refs/heads/main`` for an attached (possibly unborn) HEAD; None when detached."""
    head = repo.lookup_reference("HEAD")
    target = head.target
    if isinstance(target, str) and target.startswith("refs/heads/"):
        return target
    return None


def lookup_branch(repo: pygit2.Repository, ref_name: str) -> pygit2.Reference | None:
    try:
        return repo.lookup_reference(ref_name)
    except (KeyError, pygit2.InvalidSpecError):
        return None


def head_commit_id(repo: pygit2.Repository) -> str | None:
    if repo.head_is_unborn:
        return None
    return str(repo.head.target)


def blob_bytes(repo: pygit2.Repository, blob_id: str) -> bytes:
    """The bytes of a blob; ``KeyError`` if ``blob_id`` is no blob of ``repo``."""
    blob = repo.get(blob_id)
    if not isinstance(blob, pygit2.Blob):
        raise KeyError(blob_id)
    return bytes(blob.data)
