"""A change set reviewed like a pull request: for each case the range added, changed,
renamed or deleted, what changed in it, counted as a reader counts: fields, decision
points, sections and words.

The comparison of one case is ``compare_cases`` (fields, points, sections, words: see
docs/diff.md); this module only counts and lists it. ``review_changes`` yields one
``CaseReview`` at a time, so a command can print the first case while the rest are
being compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from pmtui.diff.case import compare_cases, compare_texts
from pmtui.diff.types import (
    CaseDiff,
    FieldChange,
    Op,
    PointChange,
    PointOp,
    SectionDiff,
    SectionOp,
    Span,
    TextDiff,
    UnitChange,
)
from pmtui.format import CaseFileError, parse_case
from pmtui.model.case import Case
from pmtui.store.changeset import CaseChange, ChangeKind, ChangeSet, Resolving
from pmtui.store.remotes import DefaultBase, Upstream
from pmtui.texts import review as texts

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ChangedWords:
    """The words a change added and removed, in document order (repeats kept)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.added) + len(self.removed)


@dataclass(frozen=True)
class CaseReview:
    """One changed case: what happened to its file, who it is, and what changed in it."""

    change: CaseChange
    dnr: str | None
    title: str
    diff: CaseDiff

    @property
    def kind(self) -> ChangeKind:
        return self.change.kind

    @property
    def name(self) -> str:
        """The dnr, or the path of a file that could not be read as a case."""
        return self.dnr or self.change.path

    @property
    def fields(self) -> tuple[FieldChange, ...]:
        return self.diff.fields

    @property
    def points(self) -> tuple[PointChange, ...]:
        return self.diff.points

    @cached_property
    def sections(self) -> list[SectionDiff]:
        return self.diff.changed_sections()

    @cached_property
    def words(self) -> ChangedWords:
        return diff_words(self.diff)


@dataclass(frozen=True)
class ReviewRange:
    """What a review compares: the commits ``base`` and ``head``, named as ``label``
    (``origin/main...HEAD``); ``default`` says how the default base was found."""

    base: str
    head: str
    label: str
    default: DefaultBase | None = None


def default_range(repository: Resolving, head: str = "HEAD") -> ReviewRange:
    """``head`` from where it parted from the upstream's default branch (else the local
    default branch). Raises the store's ``UnknownRevision`` when there is none."""
    head_commit = repository.resolve(None, head)
    found = Upstream(repository).default_base(head_commit)
    label = texts.DEFAULT_RANGE.format(branch=found.branch, head=head)
    return ReviewRange(found.commit, head_commit, label, found)


def review_changes(changeset: ChangeSet, changes: Iterable[CaseChange]) -> Iterator[CaseReview]:
    """Each change compared, in the order given, one at a time."""
    for change in changes:
        yield review_change(
            change, changeset.text(change.old_blob), changeset.text(change.new_blob)
        )


def review_change(change: CaseChange, old: str | None, new: str | None) -> CaseReview:
    """The change of one case file between the texts ``old`` and ``new`` (None: absent)."""
    old_case, new_case = _parsed(old, change.old_path), _parsed(new, change.new_path)
    if (old is not None and old_case is None) or (new is not None and new_case is None):
        paths = (change.old_path or "", change.new_path or "")
        diff = compare_texts(old, new, paths)  # located problems, then a line comparison
    else:
        diff = compare_cases(old_case, new_case)
    shown = new_case or old_case
    dnr = str(shown.dnr) if shown is not None else None
    return CaseReview(change, dnr, shown.title if shown is not None else "", diff)


def _parsed(text: str | None, path: str | None) -> Case | None:
    if text is None:
        return None
    try:
        return parse_case(text, path or "")
    except CaseFileError:
        return None


# Words ----------------------------------------------------------------------------------


def words_of(text: str | None) -> tuple[str, ...]:
    """The words of a text: runs of letters and digits (å, ä and ö are letters)."""
    return tuple(_WORD.findall(text or ""))


def span_words(spans: tuple[Span, ...]) -> ChangedWords:
    """The inserted and deleted words of a word diff."""
    added = " ".join(s.text for s in spans if s.op is Op.INSERT)
    removed = " ".join(s.text for s in spans if s.op is Op.DELETE)
    return ChangedWords(words_of(added), words_of(removed))


def _pair_words(old: str | None, new: str | None, spans: tuple[Span, ...]) -> ChangedWords:
    """What changed between ``old`` and ``new``: the spans' words when both exist, else
    every word of the side that exists."""
    if spans:
        return span_words(spans)
    if old is not None and new is not None and old == new:
        return ChangedWords()
    return ChangedWords(words_of(new), words_of(old))


def _unit_words(unit: UnitChange) -> ChangedWords:
    if unit.op is Op.EQUAL:
        return ChangedWords()
    if unit.op is Op.CHANGE:
        return _pair_words(unit.old, unit.new, unit.spans)
    return ChangedWords(words_of(unit.new), words_of(unit.old))


def _text_words(body: TextDiff) -> list[ChangedWords]:
    return [_unit_words(unit) for unit in body.units if unit.op is not Op.EQUAL]


def _section_words(section: SectionDiff) -> list[ChangedWords]:
    if section.op is SectionOp.UNCHANGED:
        return []
    found = _text_words(section.body)
    for sub in section.subsections:
        found += _section_words(sub)
    return found


def _point_words(point: PointChange) -> ChangedWords:
    if point.op is PointOp.MOVED:
        return ChangedWords()
    return _pair_words(point.old, point.new, point.spans)


def _joined(parts: list[ChangedWords]) -> ChangedWords:
    """The parts' words in one, in order (joined once: a new case has thousands)."""
    added = tuple(word for part in parts for word in part.added)
    return ChangedWords(added, tuple(word for part in parts for word in part.removed))


def diff_words(diff: CaseDiff) -> ChangedWords:
    """Every word added and removed: in fields, decision points and sections (or, for a
    file that is no valid case, in its lines)."""
    if diff.raw is not None:
        return _joined(_text_words(diff.raw))
    parts = [_pair_words(f.old, f.new, f.spans) for f in diff.fields]
    parts += [_point_words(point) for point in diff.points]
    for section in diff.sections:
        parts += _section_words(section)
    return _joined(parts)
