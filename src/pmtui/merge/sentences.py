"""The text of a section merged sentence by sentence.

A section's blocks become units, as in the file: each sentence of a paragraph (the
canonical file has one sentence per line), each line of a Markdown block (blank lines
inside it too), and a break between blocks. Two people who edit different sentences of
one paragraph, even neighbouring ones, merge cleanly; the same sentence changed both ways
is a conflict of that sentence alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pmtui.diff.types import UnitKind
from pmtui.diff.words import similarity
from pmtui.merge.conflicts import Conflict, MergeContext
from pmtui.merge.matching import PAIR_THRESHOLD, ordered_pairs
from pmtui.merge.sequence import Aligned, Rules, merge_aligned
from pmtui.model.body import MarkdownBlock, Paragraph
from pmtui.model.prose import normalize_whitespace, split_sentences
from pmtui.texts import merge as texts


@dataclass(frozen=True)
class Unit:
    kind: UnitKind
    text: str


BREAK = Unit(UnitKind.BREAK, "")
MergedUnits = list[Unit | Conflict[Unit]]


def block_units(block: Paragraph | MarkdownBlock) -> list[Unit]:
    if isinstance(block, Paragraph):
        return [Unit(UnitKind.SENTENCE, s) for s in split_sentences(block.text)]
    return [Unit(UnitKind.LINE, line) for line in block.text.split("\n")]


def part_units(blocks: Sequence[Paragraph | MarkdownBlock]) -> list[Unit]:
    """The units of a section's (or subsection's) blocks, with a break between blocks."""
    units: list[Unit] = []
    for block in blocks:
        if units:
            units.append(BREAK)
        units.extend(block_units(block))
    return units


def unit_lines(units: Sequence[Unit]) -> list[str]:
    """The lines of units as the canonical file has them (a break is a blank line)."""
    return [unit.text for unit in units]


def reading(units: Sequence[Unit]) -> list[tuple[str, str]]:
    """What a reader of the units gets: each paragraph's normalised text and each Markdown
    line, with paragraph ends; a break between two Markdown lines is a blank line inside
    one block (adjacent Markdown blocks read back as one)."""
    read: list[tuple[str, str]] = []
    for index, unit in enumerate(units):
        if unit.kind is UnitKind.SENTENCE:
            if read and read[-1][0] == "stycke":
                read[-1] = ("stycke", normalize_whitespace(read[-1][1] + " " + unit.text))
            else:
                read.append(("stycke", unit.text))
        elif unit.kind is UnitKind.LINE or _between_lines(units, index):
            read.append(("rad", unit.text))
        else:
            read.append(("slut", ""))
    return read


def _between_lines(units: Sequence[Unit], index: int) -> bool:
    before, after = units[index - 1 : index], units[index + 1 : index + 2]
    return bool(before and after) and before[0].kind is after[0].kind is UnitKind.LINE


class _UnitRules(Rules[Unit, Unit]):
    def __init__(self, part: str) -> None:
        self.part = part

    def place(self, merged: Sequence[Unit | Conflict[Unit]], item: Unit) -> str:
        if item.kind is UnitKind.BREAK:
            return texts.BREAK_PLACE.format(part=self.part)
        number = 1 + sum(_count(entry, item.kind) for entry in merged)
        template = texts.SENTENCE_PLACE if item.kind is UnitKind.SENTENCE else texts.LINE_PLACE
        return template.format(part=self.part, number=number)

    def text(self, item: Unit) -> str:
        return item.text


def _count(entry: Unit | Conflict[Unit], kind: UnitKind) -> int:
    units = entry.ours if isinstance(entry, Conflict) else (entry,)
    return sum(unit.kind is kind for unit in units)


def _aligned(base: Sequence[Unit], side: Sequence[Unit]) -> Aligned[Unit]:
    def score(i: int, j: int) -> float:
        old, new = base[i], side[j]
        if old.kind is not new.kind:
            return 0.0
        if old.kind is UnitKind.BREAK or old.text == new.text:
            return 1.0
        return max(similarity(old.text, new.text, PAIR_THRESHOLD), 1e-6)

    return Aligned(side, ordered_pairs(base, side, score))


def merge_units(
    base: Sequence[Unit],
    ours: Sequence[Unit],
    theirs: Sequence[Unit],
    part: str,
    context: MergeContext,
) -> MergedUnits:
    """The units of a section merged; ``part`` names the section for conflicts."""
    rules = _UnitRules(part)
    return merge_aligned(base, _aligned(base, ours), _aligned(base, theirs), rules, context)
