"""The body merged section by section, and inside each section sentence by sentence.

Sections (and the ``###`` subsections in them) are matched by heading, or as renamed
look-alikes, as the diff matches them. A section changed on both sides is merged inside:
its heading, its sentences, its subsections. A section deleted on one side and changed on
the other, or two different sections inserted at one place, are a conflict of the whole
section. A side that reordered the sections makes the order itself a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from pmtui.diff.sections import match_parts, part_text
from pmtui.merge.conflicts import Conflict, MergeContext, pick
from pmtui.merge.matching import monotonic
from pmtui.merge.sentences import MergedUnits, Unit, merge_units, part_units
from pmtui.merge.sequence import Aligned, Rules, merge_aligned
from pmtui.model.body import Section, Subsection
from pmtui.texts import merge as texts

Part = Section | Subsection


@dataclass(frozen=True)
class MergedPart:
    """A section or subsection after the merge; parts of it may be conflicts."""

    level: int  # 2 for a section, 3 for a subsection
    heading: str | Conflict[str]
    units: MergedUnits
    subsections: list[MergedPart | Conflict[Part]] = field(default_factory=list)


def lifted(part: Part, level: int) -> MergedPart:
    """A part taken whole from one side."""
    units: MergedUnits = list(part_units(part.blocks))
    subs: list[MergedPart | Conflict[Part]] = [lifted(s, level + 1) for s in _subsections(part)]
    return MergedPart(level, part.heading, units, subs)


def _subsections(part: Part) -> list[Subsection]:
    return part.subsections if isinstance(part, Section) else []


class _PartRules(Rules[Part, MergedPart]):
    def __init__(self, level: int, parent: str, context: MergeContext) -> None:
        self.level, self.parent, self.context = level, parent, context

    def lift(self, item: Part) -> MergedPart:
        return lifted(item, self.level)

    def place(self, merged: Sequence[MergedPart | Conflict[Part]], item: Part) -> str:
        if self.level == 2:
            return texts.SECTION_PLACE.format(heading=item.heading)
        return texts.SUBSECTION_PLACE.format(heading=self.parent, sub=item.heading)

    def text(self, item: Part) -> str:
        return item.heading

    def merge(
        self, merged: Sequence[MergedPart | Conflict[Part]], base: Part, ours: Part, theirs: Part
    ) -> MergedPart:
        place = self.place(merged, ours)
        heading = _heading(base.heading, ours.heading, theirs.heading, place, self.context)
        units = merge_units(
            part_units(base.blocks),
            part_units(ours.blocks),
            part_units(theirs.blocks),
            place,
            self.context,
        )
        subs = merge_parts(
            _subsections(base), _subsections(ours), _subsections(theirs), self.context, ours
        )
        return MergedPart(self.level, heading, units, subs)


def _heading(
    base: str, ours: str, theirs: str, place: str, context: MergeContext
) -> str | Conflict[str]:
    where = texts.HEADING_PLACE.format(part=place)
    picked = pick(base, ours, theirs)
    if picked is None:
        return context.conflict(where, (base,), (ours,), (theirs,))
    if picked[0] != base:
        context.took(where, picked[1], picked[0])
    return picked[0]


def _aligned(base: Sequence[Part], side: Sequence[Part]) -> Aligned[Part] | None:
    def keyed(parts: Sequence[Part]) -> list[tuple[str, partial[str]]]:
        return [(p.heading, partial(part_text, p)) for p in parts]

    pairs = match_parts(keyed(base), keyed(side))
    return Aligned(side, pairs) if monotonic(pairs) else None


def merge_parts(
    base: Sequence[Part],
    ours: Sequence[Part],
    theirs: Sequence[Part],
    context: MergeContext,
    parent: Part | None = None,
) -> list[MergedPart | Conflict[Part]]:
    """Sections (``parent`` None) or the subsections of ``parent``, merged."""
    level = 2 if parent is None else 3
    rules = _PartRules(level, parent.heading if parent else "", context)
    aligned = (_aligned(base, ours), _aligned(base, theirs))
    if aligned[0] is not None and aligned[1] is not None:
        return merge_aligned(base, aligned[0], aligned[1], rules, context)
    return _reordered(base, ours, theirs, context, parent)


def _reordered(
    base: Sequence[Part],
    ours: Sequence[Part],
    theirs: Sequence[Part],
    context: MergeContext,
    parent: Part | None,
) -> list[MergedPart | Conflict[Part]]:
    """A side moved parts: its order wins if the other side left them all as they were;
    else the order itself is a conflict."""
    level = 2 if parent is None else 3
    place = texts.SECTIONS_PLACE
    if parent is not None:
        place = texts.SUBSECTIONS_PLACE.format(
            part=texts.SECTION_PLACE.format(heading=parent.heading)
        )
    picked = pick(tuple(base), tuple(ours), tuple(theirs))
    if picked is None:
        return [context.conflict(place, tuple(base), tuple(ours), tuple(theirs))]
    context.took(place, picked[1], ", ".join(p.heading for p in picked[0]))
    return [lifted(p, level) for p in picked[0]]


def merge_sections(
    base: Sequence[Section],
    ours: Sequence[Section],
    theirs: Sequence[Section],
    context: MergeContext,
) -> list[MergedPart | Conflict[Part]]:
    """The whole body merged."""
    return merge_parts(base, ours, theirs, context)


def units_of(part: MergedPart) -> list[Unit]:
    """The units of a part with no conflict in it."""
    return [u for u in part.units if isinstance(u, Unit)]
