"""Decision blocks and their points merged point by point.

Points are matched by content, as the diff matches them, so a point that only got a new
number is not a change. Two people who edit, add or remove different points merge
cleanly; a point reworded both ways, or removed on one side and edited on the other, is
a conflict of that point alone. Subpoints are merged the same way inside their point.
Blocks are merged by position, their intros as fields; when the number of blocks changed
and both sides changed the proposal, the whole proposal is one conflict (the caller's).
A side that moved points makes the block's points one conflict.

The data is the front matter as ``pmtui.format.emit.front_matter_data`` writes it: a
point is its text, or ``{"text": …, "underpunkter": […]}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pmtui.merge.conflicts import MergeContext, pick
from pmtui.merge.matching import content_pairs, in_place, monotonic
from pmtui.merge.sequence import Aligned, Rules, merge_aligned
from pmtui.texts import merge as texts

POINTS_KEY = "punkter"
SUBPOINTS_KEY = "underpunkter"
BLOCK_KEYS = ("inledning", "beredningens_inledning", POINTS_KEY)


def point_text(point: Any) -> str:
    return point if isinstance(point, str) else str(point["text"])


def _subpoints(point: Any) -> list[Any]:
    return [] if isinstance(point, str) else list(point.get(SUBPOINTS_KEY, []))


class _PointRules(Rules[Any, Any]):
    def __init__(self, key: str, block: int, prefix: str, context: MergeContext) -> None:
        self.key, self.block, self.prefix, self.context = key, block, prefix, context

    def number(self, merged: Sequence[Any]) -> str:
        return f"{self.prefix}{len(merged) + 1}"

    def place(self, merged: Sequence[Any], item: Any) -> str:
        return texts.POINT_PLACE.format(key=self.key, block=self.block, number=self.number(merged))

    def text(self, item: Any) -> str:
        return point_text(item)

    def merge(self, merged: Sequence[Any], base: Any, ours: Any, theirs: Any) -> Any | None:
        """A point changed on both sides: its text changed on at most one, its subpoints
        merged; None otherwise (a conflict of the point)."""
        text = pick(point_text(base), point_text(ours), point_text(theirs))
        if text is None:
            return None
        where = (self.key, self.block, self.number(merged) + ".")
        subs = merge_points(
            _subpoints(base), _subpoints(ours), _subpoints(theirs), where, self.context
        )
        if subs is None:
            return None
        if text[0] != point_text(base):
            self.context.took(self.place(merged, ours), text[1], text[0])
        return {"text": text[0], SUBPOINTS_KEY: subs} if subs else text[0]


def _aligned(base: Sequence[Any], side: Sequence[Any]) -> Aligned[Any] | None:
    pairs = content_pairs([point_text(p) for p in base], [point_text(p) for p in side])
    if not monotonic(pairs):
        return None
    return Aligned(side, in_place(pairs, len(base), len(side)))


def merge_points(
    base: Sequence[Any],
    ours: Sequence[Any],
    theirs: Sequence[Any],
    where: tuple[str, int, str],
    context: MergeContext,
) -> list[Any] | None:
    """The points merged (``where``: the key, the block's number, and the number prefix
    of subpoints); None when a side moved points (then the list is one unit)."""
    key, block, prefix = where
    aligned = (_aligned(base, ours), _aligned(base, theirs))
    if aligned[0] is None or aligned[1] is None:
        return None
    rules = _PointRules(key, block, prefix, context)
    return merge_aligned(base, aligned[0], aligned[1], rules, context)


def merge_blocks(
    key: str, base: list[Any], ours: list[Any], theirs: list[Any], context: MergeContext
) -> list[Any] | None:
    """Decision blocks merged by position; None when the number of blocks differs."""
    if not len(base) == len(ours) == len(theirs):
        return None
    return [
        _block(key, number, blocks, context)
        for number, blocks in enumerate(zip(base, ours, theirs, strict=True), start=1)
    ]


def _block(
    key: str, number: int, blocks: tuple[dict[str, Any], ...], context: MergeContext
) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for field in BLOCK_KEYS:
        versions = tuple(block.get(field) for block in blocks)
        value = _block_field(key, number, field, versions, context)
        if value is not None:
            merged[field] = value
    return merged


def _block_field(
    key: str, number: int, field: str, versions: tuple[Any, ...], context: MergeContext
) -> Any:
    """A field of a block (None: absent), or a ``Conflict`` of it."""
    base, ours, theirs = versions
    place = texts.BLOCK_FIELD_PLACE.format(key=key, block=number, field=field)
    picked = pick(base, ours, theirs)
    if picked is not None:
        if picked[0] != base:
            context.took(place, picked[1], "" if picked[0] is None else str(picked[0]))
        return picked[0]
    if field == POINTS_KEY and None not in versions:
        points = merge_points(base, ours, theirs, (key, number, ""), context)
        if points is not None:
            return points
        place = texts.BLOCK_POINTS_PLACE.format(key=key, block=number)
    sides = tuple(() if v is None else (v,) for v in versions)
    return context.conflict(place, *sides)
