"""A three-way merge of a case file: base, ours and theirs in, the merged text out.

1. Each version is read as a case. One that cannot be (not UTF-8, not a case, already
   holding conflict markers, e.g. the virtual base of a criss-cross merge) stops the
   merge: the caller falls back to Git's line merge, so a broken file is never made
   worse. So does running past the time limit.
2. The front matter is merged field by field (``merge.fields``, ``merge.points``), the
   body section by section and sentence by sentence (``merge.sections``).
3. With conflicts, the text has Git's markers around each conflicting part, named in the
   case's own terms (``merge.render``). Without, the text is read back as a case and
   written canonically; a result that is no valid case, or would read back as something
   else, is reported with its problems and left to a person (when in doubt, conflict).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pmtui.format.casefile import inspect_case
from pmtui.format.decoding import CONFLICT_CODE, decode_case_text
from pmtui.format.emit import front_matter_data, serialize_case
from pmtui.format.problems import CaseFileError, file_error
from pmtui.merge.conflicts import Deadline, MergeContext, MergeTimeout, Resolution, Side
from pmtui.merge.fields import merge_front_matter
from pmtui.merge.render import RenderError, Written, assemble, body_pieces, front_matter_pieces
from pmtui.merge.sections import MergedPart, merge_sections, units_of
from pmtui.merge.sentences import part_units, reading
from pmtui.model.body import Section, Subsection
from pmtui.model.case import Case
from pmtui.model.problems import Problem
from pmtui.texts import merge as texts

# Any line that looks like a conflict marker, of any length (a criss-cross merge's
# virtual base has longer ones): such an input is left to Git.
_MARKER = re.compile(r"^([<>|=])\1{6,}(?: |$)", re.MULTILINE)
DEFAULT_MARKER_SIZE = 7


class Outcome(StrEnum):
    CLEAN = "clean"  # merged; ``text`` is the canonical case
    CONFLICTS = "conflicts"  # ``text`` has markers around each conflicting part
    INVALID = "invalid"  # merged, but no valid case: ``text`` without markers, ``problems``
    FALLBACK = "fallback"  # not merged here; ``reason`` says why (use Git's line merge)


@dataclass(frozen=True)
class LocatedConflict:
    line: int  # of its ``<<<<<<<`` marker in ``text``
    place: str
    why: str


@dataclass(frozen=True)
class CaseMerge:
    outcome: Outcome
    text: str = ""
    resolutions: tuple[Resolution, ...] = ()
    conflicts: tuple[LocatedConflict, ...] = ()
    problems: tuple[Problem, ...] = ()
    reason: str = ""

    def count(self, side: Side) -> int:
        """How many parts were taken from ``side`` (``Side.BOTH``: the same on both)."""
        return sum(r.side is side for r in self.resolutions)


class _Unusable(Exception):
    """A version that cannot be merged here; the message says why, in Swedish."""


def merge_case_texts(
    base: bytes | str,
    ours: bytes | str,
    theirs: bytes | str,
    *,
    path: str = "",
    marker_size: int = DEFAULT_MARKER_SIZE,
    deadline: Deadline | None = None,
) -> CaseMerge:
    """Merge three versions of a case file (``path`` names it in problems)."""
    context = MergeContext(deadline or Deadline(float("inf")))
    try:
        cases = [_read(data, side, path) for data, side in _versions(base, ours, theirs)]
        written, parts = _merged(cases, context, marker_size)
    except _Unusable as error:
        return CaseMerge(Outcome.FALLBACK, reason=str(error))
    except MergeTimeout as error:
        seconds = f"{error.args[0]:g}"
        return CaseMerge(Outcome.FALLBACK, reason=texts.REASON_TIMEOUT.format(seconds=seconds))
    except RenderError:
        return CaseMerge(Outcome.FALLBACK, reason=texts.REASON_RENDER)
    resolutions = tuple(context.resolutions)
    if written.conflicts:
        located = tuple(LocatedConflict(n, b.place, b.why) for n, b in written.conflicts)
        return CaseMerge(Outcome.CONFLICTS, written.text, resolutions, located)
    return _checked(written, resolutions, path, parts)


def _versions(
    base: bytes | str, ours: bytes | str, theirs: bytes | str
) -> list[tuple[bytes | str, Side]]:
    return [(base, Side.BASE), (ours, Side.OURS), (theirs, Side.THEIRS)]


def _read(data: bytes | str, side: Side, path: str) -> Case:
    name = texts.SIDE_NAMES[side.value]
    try:
        text = decode_case_text(data).text
    except CaseFileError as error:
        problem = error.problems[0]
        if problem.code == CONFLICT_CODE:
            raise _Unusable(texts.REASON_MARKERS.format(side=name, line=problem.line)) from None
        raise _Unusable(_unreadable(name, problem, path)) from None
    if marker := _MARKER.search(text):
        line = text.count("\n", 0, marker.start()) + 1
        raise _Unusable(texts.REASON_MARKERS.format(side=name, line=line))
    report = inspect_case(text, path)
    if report.case is None or report.errors:
        raise _Unusable(_unreadable(name, report.errors[0], path))
    return report.case


def _unreadable(name: str, problem: Problem, path: str) -> str:
    return texts.REASON_UNREADABLE.format(side=name, problem=problem.located(path))


def _merged(
    cases: list[Case], context: MergeContext, marker_size: int
) -> tuple[Written, list[MergedPart]]:
    """The merged text, and the merged sections (to check the text against)."""
    base, ours, theirs = cases
    data = [front_matter_data(case) for case in cases]
    front = merge_front_matter(data[0], data[1], data[2], context)
    body = merge_sections(base.sections, ours.sections, theirs.sections, context)
    written = assemble(front_matter_pieces(front), body_pieces(body), marker_size)
    return written, [part for part in body if isinstance(part, MergedPart)]


def _checked(
    written: Written, resolutions: tuple[Resolution, ...], path: str, parts: list[MergedPart]
) -> CaseMerge:
    """A merge without conflicts, read back: canonical if it is a valid case that reads
    as what was merged; else the problems."""
    report = inspect_case(written.text, path)
    if report.case is None or report.errors:
        return CaseMerge(Outcome.INVALID, written.text, resolutions, problems=tuple(report.errors))
    differs = _reads_differently(parts, report.case)
    if differs is not None:
        problem = file_error("sammanslagning", texts.REREAD_DIFFERS.format(heading=differs))
        return CaseMerge(Outcome.INVALID, written.text, resolutions, problems=(problem,))
    return CaseMerge(Outcome.CLEAN, serialize_case(report.case), resolutions)


def _reads_differently(parts: list[MergedPart], case: Case) -> str | None:
    """The heading of the first part whose text reads back otherwise; None if none does."""
    if len(case.sections) != len(parts):
        return case.sections[0].heading if case.sections else ""
    for merged, section in zip(parts, case.sections, strict=True):
        pairs: list[tuple[object, Section | Subsection]] = [(merged, section)]
        pairs += zip(merged.subsections, section.subsections, strict=False)
        if len(merged.subsections) != len(section.subsections) or not all(
            _reads_as(m, p) for m, p in pairs
        ):
            return section.heading
    return None


def _reads_as(merged: object, part: Section | Subsection) -> bool:
    if not isinstance(merged, MergedPart):
        return False
    return reading(units_of(merged)) == reading(part_units(part.blocks))
