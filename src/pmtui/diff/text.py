"""Prose compared sentence by sentence, then word by word inside changed sentences.

A body of blocks becomes a sequence of units: each paragraph's sentences (normalised,
so re-wrapping and whitespace are not changes), each line of a verbatim Markdown block,
and a break between blocks. ``difflib.SequenceMatcher`` aligns the units; inside each
replaced run, old and new sentences are paired by similarity (order kept) and only those
pairs are diffed word by word (docs/decisions.md: line level first, words only where needed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from pmtui.diff import words
from pmtui.diff.types import Op, TextDiff, UnitChange, UnitKind
from pmtui.diff.words import similarity, word_spans
from pmtui.model.body import MarkdownBlock, Paragraph
from pmtui.model.prose import normalize_whitespace, split_sentences

# Two sentences at least this alike are shown as one reworded sentence, not as a
# deletion and an insertion.
PAIR_THRESHOLD = 0.5
# Above this many candidate pairs in one replaced run, pair by position only.
_PAIRING_BUDGET = 400


@dataclass(frozen=True)
class Unit:
    kind: UnitKind
    text: str


_BREAK = Unit(UnitKind.BREAK, "")


@lru_cache(maxsize=8192)
def _sentence_units(text: str) -> tuple[Unit, ...]:
    return tuple(Unit(UnitKind.SENTENCE, s) for s in split_sentences(text))


def clear_caches() -> None:
    """Forget cached sentence splits and word tokens (for cold benchmarks)."""
    _sentence_units.cache_clear()
    words.clear_caches()


def block_units(block: Paragraph | MarkdownBlock) -> list[Unit]:
    if isinstance(block, Paragraph):
        return list(_sentence_units(block.text))
    lines = [line.rstrip() for line in block.text.split("\n")]
    return [Unit(UnitKind.LINE, line) if line.strip() else _BREAK for line in lines]


def body_units(blocks: Sequence[Paragraph | MarkdownBlock]) -> list[Unit]:
    """The units of a section's blocks, with a break between blocks."""
    units: list[Unit] = []
    for block in blocks:
        if units:
            units.append(_BREAK)
        units.extend(block_units(block))
    return units


def prose_units(text: str) -> list[Unit]:
    """Units of free prose (blank-line separated paragraphs), e.g. a reservation."""
    paragraphs = [p for p in (normalize_whitespace(b) for b in text.split("\n\n")) if p]
    return body_units([Paragraph(text=p) for p in paragraphs])


def line_units(text: str) -> list[Unit]:
    """Units of a file that could not be read as a case: its lines, trailing space cut."""
    return [Unit(UnitKind.LINE, line.rstrip()) for line in text.split("\n")]


def _equal(unit: Unit) -> UnitChange:
    return UnitChange(Op.EQUAL, unit.kind, unit.text, unit.text)


def _deleted(unit: Unit) -> UnitChange:
    return UnitChange(Op.DELETE, unit.kind, unit.text, None)


def _inserted(unit: Unit) -> UnitChange:
    return UnitChange(Op.INSERT, unit.kind, None, unit.text)


def _changed(old: Unit, new: Unit) -> UnitChange:
    return UnitChange(Op.CHANGE, new.kind, old.text, new.text, word_spans(old.text, new.text))


def _pairable(old: Unit, new: Unit) -> bool:
    return old.kind is new.kind and old.kind is not UnitKind.BREAK


def _alignment(old: list[Unit], new: list[Unit]) -> list[tuple[int, int]]:
    """Order-keeping pairs (i, j) of alike units with the greatest total similarity."""
    if len(old) == len(new):  # the common case: sentences edited in place
        diagonal = [_score(o, n) for o, n in zip(old, new, strict=True)]
        if all(diagonal):
            return [(i, i) for i in range(len(old))]
    if len(old) * len(new) > _PAIRING_BUDGET:
        pairs = zip(range(len(old)), range(len(new)), strict=False)
        return [(i, j) for i, j in pairs if _score(old[i], new[j]) > 0]
    scores = [[_score(o, n) for n in new] for o in old]
    best = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            take = best[i + 1][j + 1] + scores[i][j] if scores[i][j] else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    return trace_pairs(best, scores)


def _score(old: Unit, new: Unit) -> float:
    if not _pairable(old, new):
        return 0.0
    ratio = similarity(old.text, new.text, floor=PAIR_THRESHOLD)
    return ratio if ratio >= PAIR_THRESHOLD else 0.0


def trace_pairs(best: list[list[float]], scores: list[list[float]]) -> list[tuple[int, int]]:
    """The index pairs of a best alignment table (filled backwards), first to last."""
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < len(scores) and j < len(scores[0]):
        paired = scores[i][j]
        if paired and abs(best[i][j] - (best[i + 1][j + 1] + paired)) < 1e-9:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _replaced(old: list[Unit], new: list[Unit]) -> list[UnitChange]:
    """A replaced run: paired units as word-level changes, the rest deleted/inserted."""
    changes: list[UnitChange] = []
    i = j = 0
    for pi, pj in [*_alignment(old, new), (len(old), len(new))]:
        changes += [_deleted(u) for u in old[i:pi]] + [_inserted(u) for u in new[j:pj]]
        if pi < len(old) and pj < len(new):
            changes.append(_changed(old[pi], new[pj]))
        i, j = pi + 1, pj + 1
    return changes


def _mark_moves(changes: list[UnitChange]) -> list[UnitChange]:
    """A sentence deleted in one place and inserted unchanged in another has moved."""
    gone = Counter(c.old for c in changes if c.op is Op.DELETE and c.kind is UnitKind.SENTENCE)
    came = Counter(c.new for c in changes if c.op is Op.INSERT and c.kind is UnitKind.SENTENCE)
    both = gone & came
    if not both:
        return changes
    return [
        UnitChange(c.op, c.kind, c.old, c.new, c.spans, moved=True)
        if c.kind is UnitKind.SENTENCE and (c.old in both or c.new in both)
        else c
        for c in changes
    ]


def compare_units(old: Sequence[Unit], new: Sequence[Unit]) -> TextDiff:
    """Align two unit sequences and explain every difference."""
    changes: list[UnitChange] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.extend(_equal(u) for u in new[j1:j2])
        else:
            changes.extend(_replaced(list(old[i1:i2]), list(new[j1:j2])))
    return TextDiff(tuple(_mark_moves(changes)))


def compare_blocks(
    old: Sequence[Paragraph | MarkdownBlock], new: Sequence[Paragraph | MarkdownBlock]
) -> TextDiff:
    return compare_units(body_units(old), body_units(new))


def compare_prose(old: str, new: str) -> TextDiff:
    return compare_units(prose_units(old), prose_units(new))
