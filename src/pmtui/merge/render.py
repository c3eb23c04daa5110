"""Writing a merged case: its lines as the canonical file has them, and a conflict as Git
writes one, around just the conflicting part, with the base between (diff3 style):

    <<<<<<< vår – avsnitt 'Ärendet', mening 2
    Vår mening.
    ||||||| bas
    Basens mening.
    =======
    Deras mening.
    >>>>>>> deras

The label after ``<<<<<<<`` names the part, which ``pmtui check`` reports with the line.
In the front matter a part is a field's lines, a decision point's lines or a list item's
lines: each side is written with ``dump_front_matter`` in place of the conflict, and the
lines where the side differs from the rest are what goes between the markers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pmtui.format.decoding import CONFLICT_PLACE_SEPARATOR
from pmtui.format.emit import dump_front_matter
from pmtui.merge.conflicts import Conflict, Side
from pmtui.merge.sections import MergedPart, Part, lifted
from pmtui.merge.sentences import Unit, unit_lines
from pmtui.texts import merge as texts


class RenderError(Exception):
    """Two conflicts in the front matter could not be marked apart."""


@dataclass(frozen=True)
class MarkerBlock:
    """A conflict as lines: where it is, why, and each side's lines."""

    place: str
    why: str
    ours: list[str]
    base: list[str]
    theirs: list[str]


Piece = str | MarkerBlock
_SIDES = (Side.OURS, Side.BASE, Side.THEIRS)


def materialize(node: Any, choose: Callable[[Conflict[Any]], tuple[Any, ...]]) -> Any:
    """Plain data: each conflict replaced by what ``choose`` gives for it."""
    if isinstance(node, dict):
        plain: dict[str, Any] = {}
        for key, value in node.items():
            if not isinstance(value, Conflict):
                plain[key] = materialize(value, choose)
            elif chosen := choose(value):
                plain[key] = materialize(chosen[0], choose)
        return plain
    if isinstance(node, list):
        items: list[Any] = []
        for value in node:
            if isinstance(value, Conflict):
                items.extend(materialize(v, choose) for v in choose(value))
            else:
                items.append(materialize(value, choose))
        return items
    return node


def conflicts_of(node: Any) -> Iterator[Conflict[Any]]:
    """The conflicts in merged front-matter data, in file order."""
    if isinstance(node, Conflict):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from conflicts_of(value)
    elif isinstance(node, list):
        for value in node:
            yield from conflicts_of(value)


def _dumped(data: Any) -> list[str]:
    return dump_front_matter(data).split("\n")[:-1]


def front_matter_pieces(data: dict[str, Any]) -> list[Piece]:
    """The front matter's lines, a ``MarkerBlock`` in place of each conflict."""
    conflicts = list(conflicts_of(data))
    token = "PMTUI-KONFLIKT"
    while token in repr(data):
        token += "X"
    tokens = {id(c): f"{token}-{n}" for n, c in enumerate(conflicts)}
    lines = _dumped(materialize(data, lambda c: (tokens[id(c)],)))
    regions = []
    for conflict in conflicts:
        sides = {s: _dumped(materialize(data, _chooser(conflict, s, tokens))) for s in _SIDES}
        regions.append(_region(lines, conflict, sides))
    return _replaced(lines, regions)


def _chooser(
    conflict: Conflict[Any], side: Side, tokens: dict[int, str]
) -> Callable[[Conflict[Any]], tuple[Any, ...]]:
    return lambda c: c.side(side) if c is conflict else (tokens[id(c)],)


def _region(
    lines: list[str], conflict: Conflict[Any], sides: dict[Side, list[str]]
) -> tuple[int, int, MarkerBlock]:
    """Where in ``lines`` the conflict's token stands, and each side's lines there."""
    start, end = len(lines), 0
    for side_lines in sides.values():
        head = _common_head(lines, side_lines)
        tail = _common_head(lines[head:][::-1], side_lines[head:][::-1])
        start, end = min(start, head), max(end, len(lines) - tail)
    after = len(lines) - end

    def part(side: Side) -> list[str]:
        return sides[side][start : len(sides[side]) - after]

    block = MarkerBlock(
        conflict.place, conflict.why, part(Side.OURS), part(Side.BASE), part(Side.THEIRS)
    )
    return start, end, block


def _common_head(a: list[str], b: list[str]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _replaced(lines: list[str], regions: list[tuple[int, int, MarkerBlock]]) -> list[Piece]:
    pieces: list[Piece] = []
    done = 0
    for start, end, block in sorted(regions, key=lambda r: r[0]):
        if start < done or start >= end:
            raise RenderError(block.place)
        pieces += [*lines[done:start], block]
        done = end
    return [*pieces, *lines[done:]]


def body_pieces(parts: list[MergedPart | Conflict[Part]]) -> list[Piece]:
    """The body's lines: sections separated by a blank line."""
    pieces: list[Piece] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append("")
        pieces += _part_pieces(part, 2)
    return pieces


def _part_pieces(part: MergedPart | Conflict[Part], level: int) -> list[Piece]:
    if isinstance(part, Conflict):
        sides = (_parts_lines(part.side(s), level) for s in _SIDES)
        return [MarkerBlock(part.place, part.why, *sides)]
    hashes = "#" * part.level + " "
    heading = part.heading
    pieces: list[Piece] = [hashes + heading] if isinstance(heading, str) else []
    if isinstance(heading, Conflict):
        sides = ([hashes + h for h in heading.side(s)] for s in _SIDES)
        pieces.append(MarkerBlock(heading.place, heading.why, *sides))
    if part.units:
        pieces += ["", *_unit_pieces(part.units)]
    for sub in part.subsections:
        pieces += ["", *_part_pieces(sub, level + 1)]
    return pieces


def _parts_lines(parts: tuple[Part, ...], level: int) -> list[str]:
    """The lines of whole sections (no conflict in them), a blank line between."""
    lines: list[str] = []
    for part in parts:
        plain = [p for p in _part_pieces(lifted(part, level), level) if isinstance(p, str)]
        lines += ["", *plain] if lines else plain
    return lines


def _unit_pieces(units: list[Unit | Conflict[Unit]]) -> list[Piece]:
    """Unit lines; neighbouring conflicts are one marked block."""
    pieces: list[Piece] = []
    for unit in units:
        if isinstance(unit, Unit):
            pieces.append(unit.text)
            continue
        sides = [unit_lines(unit.side(s)) for s in _SIDES]
        previous = pieces[-1] if pieces else None
        if isinstance(previous, MarkerBlock):
            sides = [old + new for old, new in zip(_block_sides(previous), sides, strict=True)]
            pieces[-1] = MarkerBlock(previous.place, previous.why, *sides)
        else:
            pieces.append(MarkerBlock(unit.place, unit.why, *sides))
    return pieces


def _block_sides(block: MarkerBlock) -> list[list[str]]:
    return [block.ours, block.base, block.theirs]


@dataclass(frozen=True)
class Written:
    """A merged case's text, and the line of each conflict's ``<<<<<<<`` marker."""

    text: str
    conflicts: list[tuple[int, MarkerBlock]]


def assemble(front: list[Piece], body: list[Piece], marker_size: int) -> Written:
    lines: list[str] = []
    marked: list[tuple[int, MarkerBlock]] = []
    for piece in ["---", *front, "---", *([""] if body else []), *body]:
        if isinstance(piece, str):
            lines.append(piece)
            continue
        marked.append((len(lines) + 1, piece))
        lines += _marked(piece, marker_size)
    return Written("\n".join(lines) + "\n", marked)


def _marked(block: MarkerBlock, size: int) -> list[str]:
    return [
        f"{'<' * size} {texts.OURS_LABEL}{CONFLICT_PLACE_SEPARATOR}{block.place}",
        *block.ours,
        f"{'|' * size} {texts.BASE_LABEL}",
        *block.base,
        "=" * size,
        *block.theirs,
        f"{'>' * size} {texts.THEIRS_LABEL}",
    ]
