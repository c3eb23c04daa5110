"""Revisions beyond one name: the merge base that ``A...B`` compares from, as git does."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import pygit2

from pmtui.model.dnr import Dnr


class Resolving(Protocol):
    """A ``CaseRepository``: resolves a revision (with milestones) and has a Git folder."""

    @property
    def gitdir(self) -> Path: ...

    def resolve(self, dnr: Dnr | str | None, rev: str) -> str: ...


def merge_base(repository: Resolving, dnr: Dnr | str | None, a: str, b: str) -> str | None:
    """The best common ancestor of revisions ``a`` and ``b`` (commits, branches, tags or,
    with a dnr, milestones), as ``git merge-base``; None when they share no history.
    Raises ``UnknownRevision`` for a revision that names nothing."""
    first, second = repository.resolve(dnr, a), repository.resolve(dnr, b)
    git = pygit2.Repository(str(repository.gitdir))
    base = git.merge_base(pygit2.Oid(hex=first), pygit2.Oid(hex=second))
    return str(base) if base is not None else None
