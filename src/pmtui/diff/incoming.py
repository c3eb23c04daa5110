"""Early warning: the cases that remote branches changed and this branch has not merged,
with who changed them, when, and which fields, points and sections (the structural diff
from where the branches parted, as ``pmtui review`` shows it).

Read from the last fetch only (``pmtui.store.incoming``), so it costs no network and
works offline; the app's editor shows it when a case opens, ``pmtui status`` lists it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pmtui.diff.review import CaseReview, review_change
from pmtui.diff.review_text import case_summary
from pmtui.model.dnr import Dnr
from pmtui.store.changeset import ChangeSet
from pmtui.store.incoming import IncomingBranch, incoming_branches


class Resolving(Protocol):
    """A ``CaseRepository``: resolves a revision and has a Git folder."""

    @property
    def gitdir(self) -> Path: ...

    def resolve(self, dnr: Dnr | str | None, rev: str) -> str: ...


@dataclass(frozen=True)
class IncomingCase:
    """One case that ``branch`` (``origin/main``) changed and this branch has not merged:
    the ``authors`` of those commits, the newest one's time, and the change as a review
    (``summary``: ``1 avsnitt (Ärendet) · 1 att-sats (2 omformulerad) · +3 −1 ord``)."""

    branch: str
    path: str
    authors: tuple[str, ...]
    when: dt.datetime
    commits: int
    review: CaseReview

    @property
    def name(self) -> str:
        return self.review.name

    @property
    def summary(self) -> str:
        return case_summary(self.review)

    @property
    def parts(self) -> dict[str, list[str]]:
        """The names of what changed: ``fields``, ``points`` (numbers), ``sections``."""
        review = self.review
        return {
            "fields": [f.label for f in review.fields],
            "points": [p.number for p in review.points],
            "sections": [s.heading for s in review.sections],
        }


def incoming_cases(repository: Resolving, path: str | None = None) -> list[IncomingCase]:
    """The unmerged changes of every remote branch to case files (to ``path`` only, when
    given), by branch and path. A change that later commits undid is not listed."""
    found: list[IncomingCase] = []
    for branch in incoming_branches(repository, path):
        if branch.base is not None:
            found += _branch_cases(repository, branch, path)
    return found


def _branch_cases(
    repository: Resolving, branch: IncomingBranch, path: str | None
) -> list[IncomingCase]:
    assert branch.base is not None
    changeset = ChangeSet(repository, branch.base, branch.tip)
    found = []
    for change in changeset.changes():
        paths = {change.old_path, change.new_path} - {None}
        if path is not None and path not in paths:
            continue
        commits = [c for c in branch.commits if paths & set(c.paths)]
        if not commits:
            continue
        old, new = changeset.text(change.old_blob), changeset.text(change.new_blob)
        authors = tuple(dict.fromkeys(commit.author for commit in commits))
        review = review_change(change, old, new)
        newest = max(commit.when for commit in commits)
        found.append(IncomingCase(branch.name, change.path, authors, newest, len(commits), review))
    return found
