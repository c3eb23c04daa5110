"""A case in conflict, unit by unit: what can be chosen for each conflicting part, what was
chosen, and the resolved text that follows.

A *unit* is one block between Git's markers. The case merge driver marks just the
conflicting part (a field, a point, a list item, a section, a run of sentences) and names
it after ``<<<<<<< vår – ``; plain Git marks a run of lines and names a commit. For each
unit the user takes ours, theirs, both (our lines, then theirs) or their own text. *Both*
is refused where it would write one value twice: a field (front-matter lines that are not
list items) or a section's heading. The resolved text is the conflicted file with each
block replaced by the chosen lines; everything outside the blocks stays byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pmtui.format.decoding import CONFLICT_PLACE_SEPARATOR
from pmtui.store.resolution import ConflictedCase, ConflictHunk
from pmtui.texts import conflict as texts

FRONT_MATTER_FENCE = "---"


class Pick(StrEnum):
    """What was chosen for a unit (the values are kept in the choices' draft)."""

    OURS = "vår"
    THEIRS = "deras"
    BOTH = "båda"
    EDITED = "egen"


@dataclass(frozen=True)
class Chosen:
    pick: Pick
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ConflictUnit:
    """One marked block: its number (1-based, in file order), the block, the part it
    names (``""`` for plain Git's markers) and whether it is in the front matter."""

    number: int
    hunk: ConflictHunk
    place: str
    in_front_matter: bool

    @property
    def line(self) -> int:
        """The line of the ``<<<<<<<`` marker in the conflicted file."""
        return self.hunk.line

    @property
    def span(self) -> int:
        """How many lines the block takes, markers included."""
        hunk = self.hunk
        base = 1 + len(hunk.base.lines) if hunk.base is not None else 0
        return 3 + len(hunk.ours.lines) + base + len(hunk.theirs.lines)

    @property
    def shown_place(self) -> str:
        return self.place or texts.UNIT_LINES

    @property
    def both_refused(self) -> str:
        """Why *both* is not offered (a Swedish sentence), or ``""`` when it is."""
        sides = [side for side in (self.hunk.ours.lines, self.hunk.theirs.lines) if side]
        if self.in_front_matter:
            if all(side[0].lstrip().startswith("- ") for side in sides):
                return ""
            return texts.BOTH_REFUSED_FIELD.format(place=self.shown_place)
        if sides and all(len(side) == 1 and side[0].startswith("#") for side in sides):
            return texts.BOTH_REFUSED_HEADING.format(place=self.shown_place)
        return ""

    def lines_of(self, pick: Pick) -> tuple[str, ...]:
        """The lines ``pick`` gives (not for ``EDITED``: those are the user's)."""
        ours, theirs = self.hunk.ours.lines, self.hunk.theirs.lines
        if pick is Pick.OURS:
            return ours
        if pick is Pick.THEIRS:
            return theirs
        if pick is Pick.BOTH:
            return ours + theirs
        raise ValueError(pick)


def units_of(conflict: ConflictedCase) -> tuple[ConflictUnit, ...]:
    """The conflicting units of ``conflict``, in file order."""
    fence = _front_matter_end(conflict.text.split("\n"))
    return tuple(
        ConflictUnit(number, hunk, place_of(hunk), hunk.line < fence)
        for number, hunk in enumerate(conflict.hunks, start=1)
    )


def place_of(hunk: ConflictHunk) -> str:
    """The part the case merge driver named after ``<<<<<<< vår – ``; ``""`` for Git's."""
    return hunk.ours.label.partition(CONFLICT_PLACE_SEPARATOR)[2].strip()


def _front_matter_end(lines: list[str]) -> int:
    """The 1-based line of the fence that closes the front matter (0 when there is none)."""
    if not lines or lines[0].rstrip("\r") != FRONT_MATTER_FENCE:
        return 0
    for index, line in enumerate(lines[1:], start=2):
        if line.rstrip("\r") == FRONT_MATTER_FENCE:
            return index
    return 0


class ConflictChoices:
    """The units of one conflicted file and what has been chosen for each."""

    def __init__(self, conflict: ConflictedCase, chosen: dict[int, Chosen] | None = None):
        self.conflict = conflict
        self.units = units_of(conflict)
        numbers = {unit.number for unit in self.units}
        self.chosen = {n: c for n, c in (chosen or {}).items() if n in numbers}

    def unit(self, number: int) -> ConflictUnit:
        return self.units[number - 1]

    def choose(self, number: int, pick: Pick) -> Chosen:
        """Take ours, theirs or both for unit ``number``; ``ValueError`` (the Swedish
        reason) for *both* where it is refused."""
        unit = self.unit(number)
        if pick is Pick.BOTH and unit.both_refused:
            raise ValueError(unit.both_refused)
        chosen = self.chosen[number] = Chosen(pick, unit.lines_of(pick))
        return chosen

    def write_own(self, number: int, text: str) -> Chosen:
        """The user's own text for unit ``number`` (trailing line breaks dropped; an
        empty text removes the part)."""
        text = text.replace("\r\n", "\n").rstrip("\n")
        chosen = self.chosen[number] = Chosen(Pick.EDITED, tuple(text.split("\n")) if text else ())
        return chosen

    def own_text(self, number: int) -> str:
        """What the edit field starts with: the lines chosen, else ours."""
        chosen = self.chosen.get(number)
        lines = chosen.lines if chosen else self.unit(number).hunk.ours.lines
        return "\n".join(lines)

    @property
    def open_numbers(self) -> list[int]:
        return [unit.number for unit in self.units if unit.number not in self.chosen]

    @property
    def complete(self) -> bool:
        return not self.open_numbers

    def resolved_text(self) -> str:
        """The conflicted text with every block replaced by what was chosen (a block
        without a choice keeps its markers)."""
        return "\n".join(self._resolved_lines()[0])

    def unit_at(self, line: int) -> ConflictUnit | None:
        """The unit whose chosen lines are at ``line`` (1-based) of the resolved text."""
        for unit, (first, last) in self._resolved_lines()[1].items():
            if first <= line <= last:
                return unit
        return None

    def _resolved_lines(self) -> tuple[list[str], dict[ConflictUnit, tuple[int, int]]]:
        lines = self.conflict.text.split("\n")
        result: list[str] = []
        where: dict[ConflictUnit, tuple[int, int]] = {}
        done = 0
        for unit in self.units:
            start = unit.line - 1
            result += lines[done:start]
            chosen = self.chosen.get(unit.number)
            block = list(chosen.lines) if chosen else lines[start : start + unit.span]
            where[unit] = (len(result) + 1, len(result) + max(1, len(block)))
            result += block
            done = start + unit.span
        return result + lines[done:], where
