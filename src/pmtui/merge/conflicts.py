"""What a three-way merge of a case finds: the parts it took from one side (resolutions),
the parts changed both ways (conflicts), and the time it may take."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pmtui.texts import merge as texts

T = TypeVar("T")


class Side(StrEnum):
    """Where a merged part came from (``ours`` is the version the merge runs on)."""

    BASE = "base"
    OURS = "ours"
    THEIRS = "theirs"
    BOTH = "both"  # the same change on both sides


@dataclass(frozen=True)
class Conflict(Generic[T]):
    """A part changed both ways. Each side is a run of items: none (absent or deleted),
    one (a field's value, a sentence), or several (what one side inserted at a place)."""

    place: str  # where it is, in the case's own terms: "avsnitt 'Ärendet', mening 3"
    base: tuple[T, ...]
    ours: tuple[T, ...]
    theirs: tuple[T, ...]

    def side(self, side: Side) -> tuple[T, ...]:
        return {Side.BASE: self.base, Side.OURS: self.ours, Side.THEIRS: self.theirs}[side]

    @property
    def why(self) -> str:
        if not self.base:
            return texts.BOTH_ADDED
        if not self.ours or not self.theirs:
            return texts.DELETED_AND_CHANGED
        return texts.BOTH_CHANGED


@dataclass(frozen=True)
class Resolution:
    """A part the merge took from one side without asking: for review (``pmtui sync``)."""

    place: str
    side: Side
    text: str  # what the merged case holds there, shortened; "" when it was removed


def pick(base: T, ours: T, theirs: T) -> tuple[T, Side] | None:
    """The value when at most one side changed it (or both the same way), and where it
    came from; None when the two sides changed it differently."""
    if ours == theirs:
        return ours, Side.BOTH
    if ours == base:
        return theirs, Side.THEIRS
    if theirs == base:
        return ours, Side.OURS
    return None


class MergeTimeout(Exception):
    """The merge ran past its time limit."""


class Deadline:
    """A time limit, checked between parts of the merge (no signals, no threads)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def check(self) -> None:
        if self._clock() >= self._end:
            raise MergeTimeout(self.seconds)


SHORT_TEXT = 80  # a resolution's text is shortened to this many characters


@dataclass
class MergeContext:
    """Collects what the merge decided, and carries its deadline."""

    deadline: Deadline = field(default_factory=lambda: Deadline(float("inf")))
    resolutions: list[Resolution] = field(default_factory=list)
    conflicts: list[Conflict[Any]] = field(default_factory=list)

    def took(self, place: str, side: Side, text: str) -> None:
        short = text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1] + "…"
        self.resolutions.append(Resolution(place, side, short))

    def conflict(
        self, place: str, base: tuple[T, ...], ours: tuple[T, ...], theirs: tuple[T, ...]
    ) -> Conflict[T]:
        found = Conflict(place, base, ours, theirs)
        self.conflicts.append(found)
        return found
