"""Sections and subsections matched by heading (or, when renamed, by content) and compared.

Headings match case-insensitively with whitespace folded. A section left unmatched on
each side is paired with the most alike one on the other side if their texts are at
least half the same: it was renamed, not removed and added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Protocol

from pmtui.diff.text import body_units, compare_units
from pmtui.diff.types import SectionDiff, SectionOp, TextDiff
from pmtui.diff.words import similarity
from pmtui.model.body import MarkdownBlock, Paragraph, Section, Subsection
from pmtui.model.prose import normalize_whitespace

RENAME_THRESHOLD = 0.5


class Part(Protocol):
    """A section or a subsection: a heading and blocks."""

    @property
    def heading(self) -> str: ...

    @property
    def blocks(self) -> Sequence[Paragraph | MarkdownBlock]: ...


def heading_key(heading: str) -> str:
    return normalize_whitespace(heading).casefold()


def part_text(part: Part) -> str:
    return " ".join(u.text for u in body_units(part.blocks))


Keyed = tuple[str, Callable[[], str]]  # a heading, and how to get the part's text


def match_parts(old: Sequence[Keyed], new: Sequence[Keyed]) -> dict[int, int]:
    """Pairs of old → new indexes of parts: same heading first, then renamed look-alikes
    (texts are read only for parts left unmatched)."""
    pairs: dict[int, int] = {}
    free = {j: heading_key(heading) for j, (heading, _) in enumerate(new)}
    for i, (heading, _) in enumerate(old):
        j = next((j for j, key in free.items() if key == heading_key(heading)), None)
        if j is not None:
            pairs[i] = j
            del free[j]
    for i, (_, text_of) in enumerate(old):
        text = "" if i in pairs or not free else text_of()
        if not text:
            continue
        scored = [(similarity(text, new[j][1](), RENAME_THRESHOLD), j) for j in free]
        best = max(scored, default=(0.0, -1))
        if best[0] >= RENAME_THRESHOLD:
            pairs[i] = best[1]
            del free[best[1]]
    return pairs


def _keyed(parts: Sequence[Part]) -> list[Keyed]:
    return [(p.heading, partial(part_text, p)) for p in parts]


def _subsections(part: Part) -> Sequence[Subsection]:
    return part.subsections if isinstance(part, Section) else ()


def _one_sided(part: Part, op: SectionOp, level: int) -> SectionDiff:
    units = body_units(part.blocks)
    body = compare_units([], units) if op is SectionOp.ADDED else compare_units(units, [])
    subs = tuple(_one_sided(s, op, level + 1) for s in _subsections(part))
    old, new = (None, part.heading) if op is SectionOp.ADDED else (part.heading, None)
    return SectionDiff(op, level, old, new, body, subs)


def _matched(old: Part, new: Part, level: int) -> SectionDiff:
    body = compare_units(body_units(old.blocks), body_units(new.blocks))
    subs = compare_parts(_subsections(old), _subsections(new), level + 1)
    changed = body.changed or old.heading != new.heading
    changed = changed or any(s.op is not SectionOp.UNCHANGED for s in subs)
    op = SectionOp.CHANGED if changed else SectionOp.UNCHANGED
    return SectionDiff(op, level, old.heading, new.heading, body, tuple(subs))


def compare_parts(old: Sequence[Part], new: Sequence[Part], level: int = 2) -> list[SectionDiff]:
    """Every section, in the new document's order; removed ones where they stood."""
    pairs = match_parts(_keyed(old), _keyed(new))
    by_new = {j: i for i, j in pairs.items()}
    keyed: list[tuple[tuple[int, int, int], SectionDiff]] = []
    for j, part in enumerate(new):
        i = by_new.get(j)
        diff = (
            _one_sided(part, SectionOp.ADDED, level) if i is None else _matched(old[i], part, level)
        )
        keyed.append(((j, 0, 0), diff))
    for i, part in enumerate(old):
        if i not in pairs:
            place = max((pairs[k] for k in pairs if k < i), default=-1)
            keyed.append(((place, 1, i), _one_sided(part, SectionOp.REMOVED, level)))
    return [diff for _, diff in sorted(keyed, key=lambda k: k[0])]


def compare_sections(old: Sequence[Section], new: Sequence[Section]) -> list[SectionDiff]:
    return compare_parts(old, new, level=2)


def heading_matches(heading: str, query: str, *, anywhere: bool = True) -> bool:
    """``--section``: the heading starts with ``query`` (case-insensitive), or, with
    ``anywhere``, one of its words does and the rest follows (``synpunkter`` matches
    ``Föredragande borgarrådets synpunkter``)."""
    wanted, words = heading_key(query), heading_key(heading).split(" ")
    starts = range(len(words)) if anywhere else range(1)
    return any(" ".join(words[k:]).startswith(wanted) for k in starts)


def heading_filter(headings: Sequence[str], query: str) -> Callable[[str], bool]:
    """The match rule for a query: headings that start with it if there are any (so
    ``ärendet`` picks ``Ärendet``, not ``Sammanfattning av ärendet``), else word starts."""
    strict = any(heading_matches(h, query, anywhere=False) for h in headings)
    return lambda heading: heading_matches(heading, query, anywhere=not strict)


def all_headings(sections: Sequence[SectionDiff]) -> list[str]:
    found: list[str] = []
    for section in sections:
        found += [h for h in (section.old_heading, section.new_heading) if h]
        found += all_headings(section.subsections)
    return found


def filter_sections(sections: Sequence[SectionDiff], query: str) -> list[SectionDiff]:
    """Sections (or, inside others, subsections) whose heading matches ``query``."""
    return _filtered(sections, heading_filter(all_headings(sections), query))


def _filtered(sections: Sequence[SectionDiff], matches: Callable[[str], bool]) -> list[SectionDiff]:
    found: list[SectionDiff] = []
    for section in sections:
        if any(matches(h) for h in (section.old_heading, section.new_heading) if h):
            found.append(section)
            continue
        subs = _filtered(section.subsections, matches)
        if subs:
            found.append(replace(section, body=TextDiff(), subsections=tuple(subs)))
    return found
