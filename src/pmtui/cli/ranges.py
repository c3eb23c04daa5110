"""Revision ranges as git writes them for ``git diff``: ``A..B`` compares A with B (as
``A B`` does) and ``A...B`` compares B with where A and B parted (their merge base), so a
branch's own changes show without the ones made meanwhile on the other. A side left
empty (``A..``, ``...B``) is HEAD."""

from __future__ import annotations

from dataclasses import dataclass

from pmtui.cli.common import UsageError
from pmtui.texts import diff as texts

HEAD = "HEAD"


@dataclass(frozen=True)
class Revisions:
    """``old``: the revision to compare from (None: HEAD); ``new``: to (None: the file on
    disk); ``merge_base``: compare from the merge base of ``old`` and ``new``."""

    old: str | None
    new: str | None
    merge_base: bool = False


def parse_revisions(a: str | None, b: str | None) -> Revisions:
    """The ``A [B]`` arguments of ``pmtui diff``, where A may be a range."""
    if b is not None and ".." in b:
        raise UsageError(texts.RANGE_NOT_SECOND.format(rev=b))
    if a is None or ".." not in a:
        return Revisions(a, b)
    if b is not None:
        raise UsageError(texts.RANGE_AND_REVISION.format(range=a, rev=b))
    symmetric = "..." in a
    left, _, right = a.partition("..." if symmetric else "..")
    if ".." in right or right.startswith("."):
        raise UsageError(texts.RANGE_INVALID.format(range=a))
    return Revisions(left or HEAD, right or HEAD, symmetric)
