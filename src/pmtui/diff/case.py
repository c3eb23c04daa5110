"""Two versions of a case compared: the entry points of ``pmtui.diff``."""

from __future__ import annotations

from dataclasses import replace

from pmtui.diff.fields import absent_fields, compare_fields
from pmtui.diff.points import compare_intros, compare_points
from pmtui.diff.sections import compare_sections, filter_sections
from pmtui.diff.text import compare_units, line_units
from pmtui.diff.types import CaseDiff
from pmtui.format import CaseFileError, parse_case
from pmtui.model.case import Case


def compare_cases(old: Case | None, new: Case | None) -> CaseDiff:
    """Compare two versions; ``None`` stands for "no such version" (a new or deleted case)."""
    if old is None and new is None:
        return CaseDiff()
    if old is None or new is None:
        return _one_sided(old, new)
    return CaseDiff(
        fields=(
            *compare_fields(old, new),
            *compare_intros(old.decision_blocks, new.decision_blocks),
        ),
        points=tuple(compare_points(old.decision_blocks, new.decision_blocks)),
        sections=tuple(compare_sections(old.sections, new.sections)),
    )


def _one_sided(old: Case | None, new: Case | None) -> CaseDiff:
    """Everything added (``old`` is None) or everything removed (``new`` is None)."""
    present = new if new is not None else old
    assert present is not None
    empty = present.model_copy(update={"decision_blocks": [], "sections": []})
    before, after = (old or empty), (new or empty)
    return CaseDiff(
        fields=tuple(absent_fields(present, added=new is not None)),
        points=tuple(compare_points(before.decision_blocks, after.decision_blocks)),
        sections=tuple(compare_sections(before.sections, after.sections)),
    )


def compare_texts(old: str | None, new: str | None, paths: tuple[str, str] = ("", "")) -> CaseDiff:
    """Compare two case files' texts. When either cannot be read as a case, the files
    are compared line by line instead (``raw``) and ``problems`` says what was wrong,
    each located in its side's file (``paths``: where the old and the new text are)."""
    cases: list[Case | None] = []
    problems: list[str] = []
    for text, path in zip((old, new), paths, strict=True):
        if text is None:
            cases.append(None)
            continue
        try:
            cases.append(parse_case(text, path))
        except CaseFileError as error:
            problems += [p.located() for p in error.problems]
            cases.append(None)
    if problems:
        raw = compare_units(line_units(old or ""), line_units(new or ""))
        return CaseDiff(raw=raw, problems=tuple(problems))
    return compare_cases(cases[0], cases[1])


def only_sections(diff: CaseDiff, query: str) -> CaseDiff:
    """The comparison narrowed to the sections whose heading matches ``query``
    (fields and decision points left out)."""
    if diff.raw is not None:
        return diff
    return replace(
        diff, fields=(), points=(), sections=tuple(filter_sections(diff.sections, query))
    )
