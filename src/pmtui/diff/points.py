"""Decision points (att-satser) compared by content, so renumbering is not a change.

Points of all blocks are flattened with their numbers. Identical texts are matched
first, then the remaining points by word similarity (best pairs first). A matched point
is *reworded* when its text differs and *moved* when its place relative to the other
matched points changed (it is outside the longest run that kept its order).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from pmtui.diff.types import FieldChange, PointChange, PointOp
from pmtui.diff.words import similarity, word_spans
from pmtui.model.decision import DecisionBlock
from pmtui.texts import diff as texts

# Below this similarity two points are a removal and an addition, not a rewording.
MATCH_THRESHOLD = 0.5


@dataclass(frozen=True)
class NumberedPoint:
    number: str  # "2", "3.1"; "1:2" when the case has several decision blocks
    text: str


def flatten(blocks: list[DecisionBlock]) -> list[NumberedPoint]:
    points: list[NumberedPoint] = []
    for index, block in enumerate(blocks, start=1):
        prefix = f"{index}:" if len(blocks) > 1 else ""
        for number, point in block.numbered_points():
            points.append(NumberedPoint(prefix + (number or "1"), point.text))
    return points


def _exact_pairs(old: list[NumberedPoint], new: list[NumberedPoint]) -> dict[int, int]:
    free: dict[str, list[int]] = {}
    for i, point in enumerate(old):
        free.setdefault(point.text, []).append(i)
    pairs: dict[int, int] = {}
    for j, point in enumerate(new):
        if free.get(point.text):
            pairs[free[point.text].pop(0)] = j
    return pairs


def _similar_pairs(
    old: list[NumberedPoint], new: list[NumberedPoint], taken: dict[int, int]
) -> dict[int, int]:
    used = set(taken.values())
    scored = [
        (similarity(old[i].text, new[j].text), i, j)
        for i in range(len(old))
        if i not in taken
        for j in range(len(new))
        if j not in used
    ]
    pairs = dict(taken)
    for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if score >= MATCH_THRESHOLD and i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _kept_order(pairs: dict[int, int]) -> set[int]:
    """Old indexes of the longest subsequence of matched points that kept their order."""
    tails: list[int] = []
    previous: dict[int, int | None] = {}
    for i in sorted(pairs, key=lambda k: pairs[k]):
        k = bisect_left(tails, i)
        previous[i] = tails[k - 1] if k else None
        tails[k : k + 1] = [i]
    kept: set[int] = set()
    node = tails[-1] if tails else None
    while node is not None:
        kept.add(node)
        node = previous[node]
    return kept


def _matched(old: NumberedPoint, new: NumberedPoint, moved: bool) -> PointChange | None:
    if old.text == new.text:
        if not moved:
            return None
        return PointChange(PointOp.MOVED, old.number, new.number, old.text, new.text)
    spans = word_spans(old.text, new.text)
    return PointChange(PointOp.REWORDED, old.number, new.number, old.text, new.text, spans, moved)


def compare_points(
    old_blocks: list[DecisionBlock], new_blocks: list[DecisionBlock]
) -> list[PointChange]:
    """Every added, removed, reworded or moved point, in the new document's order
    (removed points where they stood)."""
    old, new = flatten(old_blocks), flatten(new_blocks)
    pairs = _similar_pairs(old, new, _exact_pairs(old, new))
    kept = _kept_order(pairs)
    by_new = {j: i for i, j in pairs.items()}
    keyed: list[tuple[tuple[int, int, int], PointChange]] = []
    for j, point in enumerate(new):
        i = by_new.get(j)
        change = (
            PointChange(PointOp.ADDED, None, point.number, None, point.text)
            if i is None
            else _matched(old[i], point, i not in kept)
        )
        if change is not None:
            keyed.append(((j, 0, 0), change))
    for i, point in enumerate(old):
        if i not in pairs:
            keyed.append(((_place_of_removed(i, pairs), 1, i), _removed(point)))
    return [change for _, change in sorted(keyed, key=lambda k: k[0])]


def _removed(point: NumberedPoint) -> PointChange:
    return PointChange(PointOp.REMOVED, point.number, None, point.text, None)


def _place_of_removed(i: int, pairs: dict[int, int]) -> int:
    """A removed point is listed after the new place of the matched point before it."""
    before = [pairs[k] for k in pairs if k < i]
    return max(before) if before else -1


_INTRO_ATTRIBUTES = (
    ("intro", "inledning", texts.BLOCK_INTRO),
    ("board_intro", "beredningens_inledning", texts.BLOCK_BOARD_INTRO),
)


def _intro_changes(
    index: int, old: DecisionBlock | None, new: DecisionBlock | None
) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for attr, key, label in _INTRO_ATTRIBUTES:
        before, after = getattr(old, attr, None), getattr(new, attr, None)
        if before == after:
            continue
        spans = word_spans(before, after) if before and after else ()
        key = f"beslutsförslag.{index + 1}.{key}"
        changes.append(FieldChange(key, label.format(number=index + 1), before, after, spans))
    return changes


def compare_intros(
    old_blocks: list[DecisionBlock], new_blocks: list[DecisionBlock]
) -> list[FieldChange]:
    """Changed intro sentences of decision blocks, compared block by block."""
    changes: list[FieldChange] = []
    for index in range(max(len(old_blocks), len(new_blocks))):
        old = old_blocks[index] if index < len(old_blocks) else None
        new = new_blocks[index] if index < len(new_blocks) else None
        changes += _intro_changes(index, old, new)
    return changes
