"""Three-way merge of a sequence (sentences, points, sections, list items), once each side
has been aligned with the base.

Every base item is looked at on both sides: kept, changed or deleted. A side that changed
it while the other kept it wins; the same change on both sides is taken once; two
different changes are merged by the item's own rule (a section merges its sentences) or
are a conflict. What a side inserted between two base items is taken as it is, unless the
other side inserted something else at the same place: then the order is unknown, and that
is a conflict too (when in doubt, conflict).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from pmtui.merge.conflicts import Conflict, MergeContext, Side, pick

T = TypeVar("T")
R = TypeVar("R")

Pairs = dict[int, int]  # base index → side index, increasing on both


@dataclass(frozen=True)
class Aligned(Generic[T]):
    """One side's items and which base item each one continues."""

    items: Sequence[T]
    pairs: Pairs

    def counterpart(self, index: int) -> T | None:
        """What became of base item ``index`` on this side (None: deleted)."""
        found = self.pairs.get(index)
        return None if found is None else self.items[found]

    def insertions(self) -> dict[int, list[T]]:
        """Items that continue no base item, by gap (gap ``g`` is before base item ``g``)."""
        base_of = {side: base for base, side in self.pairs.items()}
        gaps: dict[int, list[T]] = {}
        gap = 0
        for index, item in enumerate(self.items):
            if index in base_of:
                gap = base_of[index] + 1
            else:
                gaps.setdefault(gap, []).append(item)
        return gaps


class Rules(Generic[T, R]):
    """How the items of one kind are merged, named and shown; atoms by default."""

    def lift(self, item: T) -> R:
        """An item taken whole from one side, as a merged item."""
        return item  # type: ignore[return-value]

    def merge(self, merged: Sequence[R | Conflict[T]], base: T, ours: T, theirs: T) -> R | None:
        """An item changed on both sides, merged inside (to be appended to ``merged``);
        None when it cannot be."""
        return None

    def place(self, merged: Sequence[R | Conflict[T]], item: T) -> str:
        """Where ``item`` stands once appended to ``merged``, in the case's own terms."""
        raise NotImplementedError

    def text(self, item: T) -> str:
        return str(item)


def merge_aligned(
    base: Sequence[T],
    ours: Aligned[T],
    theirs: Aligned[T],
    rules: Rules[T, R],
    context: MergeContext,
) -> list[R | Conflict[T]]:
    """The merged sequence, with a ``Conflict`` wherever the two sides disagree."""
    merged: list[R | Conflict[T]] = []
    added_ours, added_theirs = ours.insertions(), theirs.insertions()
    for gap in range(len(base) + 1):
        context.deadline.check()
        _insertions(added_ours.get(gap, []), added_theirs.get(gap, []), rules, context, merged)
        if gap < len(base):
            changed = (base[gap], ours.counterpart(gap), theirs.counterpart(gap))
            _item(*changed, rules, context, merged)
    return merged


def _insertions(
    ours: list[T],
    theirs: list[T],
    rules: Rules[T, R],
    context: MergeContext,
    merged: list[R | Conflict[T]],
) -> None:
    if not ours and not theirs:
        return
    if ours and theirs and ours != theirs:
        place = rules.place(merged, ours[0])
        merged.append(context.conflict(place, (), tuple(ours), tuple(theirs)))
        return
    side = Side.BOTH if ours == theirs else Side.OURS if ours else Side.THEIRS
    for item in ours or theirs:
        context.took(rules.place(merged, item), side, rules.text(item))
        merged.append(rules.lift(item))


def _item(
    base: T,
    ours: T | None,
    theirs: T | None,
    rules: Rules[T, R],
    context: MergeContext,
    merged: list[R | Conflict[T]],
) -> None:
    picked = pick(base, ours, theirs)
    if picked is not None:
        chosen, side = picked
        if chosen != base:
            text = "" if chosen is None else rules.text(chosen)
            context.took(rules.place(merged, base if chosen is None else chosen), side, text)
        if chosen is not None:
            merged.append(rules.lift(chosen))
        return
    both = None if ours is None or theirs is None else rules.merge(merged, base, ours, theirs)
    if both is not None:
        merged.append(both)
        return
    place = rules.place(merged, base if ours is None else ours)
    merged.append(context.conflict(place, (base,), _run(ours), _run(theirs)))


def _run(item: T | None) -> tuple[T, ...]:
    return () if item is None else (item,)
