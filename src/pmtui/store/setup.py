"""The first commit of a new case repository: ``cases/`` and ``.gitattributes``."""

from __future__ import annotations

from pathlib import Path

import pygit2

from pmtui.atomic import write_atomically
from pmtui.store import trees
from pmtui.store.identity import Clock, Identity, user_signature
from pmtui.store.opening import GITATTRIBUTES, gitattributes_text
from pmtui.store.paths import CASES_DIR
from pmtui.store.saving import preflight
from pmtui.texts import store as texts

KEEP_FILE = f"{CASES_DIR}/.gitkeep"


def initial_files() -> dict[str, bytes]:
    return {GITATTRIBUTES: gitattributes_text().encode("utf-8"), KEEP_FILE: b""}


def initial_commit(
    repo: pygit2.Repository, clock: Clock, lock_timeout: float, identity: Identity | None = None
) -> str:
    """Write the files, commit them as the root commit, stage them, create the branch."""
    ref_name = preflight(repo)
    signature = user_signature(repo, clock, identity)
    root = Path(repo.workdir)
    tree: pygit2.Oid | None = None
    for path, data in initial_files().items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(root / path, data)
        current = repo.get(tree) if tree is not None else None
        assert current is None or isinstance(current, pygit2.Tree)
        tree = trees.tree_with_blob(repo, current, path, repo.create_blob(data))
    assert tree is not None
    commit = repo.create_commit(None, signature, signature, texts.INIT_MESSAGE + "\n", tree, [])
    index = repo.index
    index.read(False)
    for path in initial_files():
        index.add(path)
    index.write()
    repo.create_reference(ref_name, commit, force=False, message="commit (initial)")
    return str(commit)
