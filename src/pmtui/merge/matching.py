"""Aligning one side with the base: which base item each of the side's items continues.

* Ordered things (sentences, Markdown lines, list items) by ``difflib.SequenceMatcher``,
  as the diff does; inside a replaced run, items are paired one to one when the run kept
  its length (edited in place), else by word similarity, order kept.
* Decision points by content, as the diff does (``pmtui.diff.points``): identical texts
  first, then the most alike pairs (similarity ≥ 0.5), so renumbering is no change.
* Sections by heading, then renamed look-alikes (``pmtui.diff.sections.match_parts``).

Content matching may find that a side moved items. Such pairs are not *monotonic*, and
the caller then merges the whole sequence as one unit.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher

from pmtui.diff.points import MATCH_THRESHOLD
from pmtui.diff.text import trace_pairs
from pmtui.diff.words import similarity
from pmtui.merge.sequence import Pairs

# Above this many candidate pairs in one replaced run, only equal-length runs are paired.
PAIRING_BUDGET = 400
PAIR_THRESHOLD = 0.5  # as pmtui.diff.text: below this, a deletion and an insertion

Score = Callable[[int, int], float]  # how alike base item i and side item j are (0: never)


def ordered_pairs(base: Sequence[Hashable], side: Sequence[Hashable], score: Score) -> Pairs:
    """Equal runs paired in order; replaced runs as described above."""
    pairs: Pairs = {}
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.update(zip(range(i1, i2), range(j1, j2), strict=True))
        elif tag == "replace":
            pairs.update(_replaced(range(i1, i2), range(j1, j2), score))
    return pairs


def _replaced(base: range, side: range, score: Score) -> Pairs:
    if len(base) == len(side):
        return {i: j for i, j in zip(base, side, strict=True) if score(i, j) > 0}
    if len(base) * len(side) > PAIRING_BUDGET:
        return {}
    table = [[_alike(score(i, j)) for j in side] for i in base]
    best = [[0.0] * (len(side) + 1) for _ in range(len(base) + 1)]
    for i in range(len(base) - 1, -1, -1):
        for j in range(len(side) - 1, -1, -1):
            take = best[i + 1][j + 1] + table[i][j] if table[i][j] else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    return {base[i]: side[j] for i, j in trace_pairs(best, table)}


def _alike(score: float) -> float:
    return score if score >= PAIR_THRESHOLD else 0.0


def content_pairs(base: Sequence[str], side: Sequence[str]) -> Pairs:
    """Texts matched by content: identical ones first, then the most alike pairs."""
    free: dict[str, list[int]] = {}
    for i, text in enumerate(base):
        free.setdefault(text, []).append(i)
    pairs: Pairs = {}
    for j, text in enumerate(side):
        if free.get(text):
            pairs[free[text].pop(0)] = j
    used = set(pairs.values())
    scored = [
        (similarity(base[i], side[j], MATCH_THRESHOLD), i, j)
        for i in range(len(base))
        if i not in pairs
        for j in range(len(side))
        if j not in used
    ]
    for ratio, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if ratio >= MATCH_THRESHOLD and i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def in_place(pairs: Pairs, base_size: int, side_size: int) -> Pairs:
    """``pairs`` (monotonic) with the unpaired items between two paired ones paired one
    to one where both runs have the same length: a point replaced in its place is a
    changed point (a conflict if the other side changed it too), not one removed and
    another added beside it."""
    bounds = [(-1, -1), *sorted(pairs.items()), (base_size, side_size)]
    filled = dict(pairs)
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        if i1 - i0 == j1 - j0 > 1:
            filled.update(zip(range(i0 + 1, i1), range(j0 + 1, j1), strict=True))
    return filled


def monotonic(pairs: Pairs) -> bool:
    """The paired items kept their order (nothing was moved)."""
    sides = [pairs[i] for i in sorted(pairs)]
    return all(a < b for a, b in itertools.pairwise(sides))
