"""A review as people and scripts read it: one summary line per case, JSON, Markdown.

Shared by ``pmtui review`` (text, ``--json``, ``--markdown``), ``pmtui pr`` (the pull
request's title and description) and the review screen (the summary line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pmtui.diff.review import CaseReview
from pmtui.diff.types import SectionOp
from pmtui.store.changeset import ChangeKind
from pmtui.texts import counted
from pmtui.texts import review as texts

NAMES_SHOWN = 4  # names listed in a summary line before "och N till"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
WHOLE_FILE = (ChangeKind.ADDED, ChangeKind.DELETED)  # every word counts; none listed


def kind_name(kind: ChangeKind) -> str:
    return texts.KIND_NAMES[kind.value]


def kind_mark(kind: ChangeKind) -> str:
    return texts.KIND_MARKS[kind.value]


def _names(names: list[str]) -> str:
    if len(names) <= NAMES_SHOWN:
        return ", ".join(names)
    shown = ", ".join(names[:NAMES_SHOWN])
    return texts.NAMES_MORE.format(names=shown, more=len(names) - NAMES_SHOWN)


def _part(n: int, forms: tuple[str, str], names: list[str], listed: bool) -> str:
    count = counted(n, forms)
    return texts.SUMMARY_NAMES.format(count=count, names=_names(names)) if listed else count


def case_summary(review: CaseReview) -> str:
    """One line: ``1 uppgift (status) · 1 att-sats (2 omformulerad) · 1 avsnitt (Ärendet)
    · +3 −1 ord``. Names are listed for a changed case, only counted for a new or
    deleted one (all of it changed)."""
    if review.diff.problems:
        return texts.SUMMARY_PROBLEM.format(problem=review.diff.problems[0])
    listed = review.kind not in WHOLE_FILE
    parts = []
    if review.fields:
        labels = [f.label for f in review.fields]
        parts.append(_part(len(labels), texts.SUMMARY_FIELDS, labels, listed))
    if review.points:
        points = [point_brief(p.number, p.op.value) for p in review.points]
        parts.append(_part(len(points), texts.SUMMARY_POINTS, points, listed))
    if review.sections:
        headings = [s.heading for s in review.sections]
        parts.append(_part(len(headings), texts.SUMMARY_SECTIONS, headings, listed))
    words = review.words
    if words.count:
        parts.append(texts.SUMMARY_WORDS.format(added=len(words.added), removed=len(words.removed)))
    if review.kind is ChangeKind.RENAMED:
        parts.insert(0, texts.SUMMARY_RENAMED.format(path=review.change.old_path))
    return texts.SUMMARY_JOIN.join(parts) or texts.SUMMARY_NOTHING


def point_brief(number: str, op: str) -> str:
    return texts.SUMMARY_POINT.format(number=number, op=texts.POINT_OPS[op])


@dataclass
class ReviewTotals:
    """Sums over the cases reviewed so far."""

    cases: int = 0
    fields: int = 0
    points: int = 0
    sections: int = 0
    added: int = 0
    removed: int = 0

    def add(self, review: CaseReview) -> None:
        words = review.words
        self.cases += 1
        self.fields += len(review.fields)
        self.points += len(review.points)
        self.sections += len(review.sections)
        self.added += len(words.added)
        self.removed += len(words.removed)

    def summary(self) -> str:
        parts = [
            counted(self.fields, texts.SUMMARY_FIELDS),
            counted(self.points, texts.SUMMARY_POINTS),
            counted(self.sections, texts.SUMMARY_SECTIONS),
            texts.SUMMARY_WORDS.format(added=self.added, removed=self.removed),
        ]
        return texts.SUMMARY_JOIN.join(parts)

    def as_data(self) -> dict[str, int]:
        return {
            "cases": self.cases,
            "fields": self.fields,
            "points": self.points,
            "sections": self.sections,
            "words_added": self.added,
            "words_removed": self.removed,
        }


# JSON ----------------------------------------------------------------------------------


def review_data(review: CaseReview) -> dict[str, Any]:
    """One case for ``--json``: counts, and what changed (field values, points, headings;
    the words themselves for a changed or renamed case)."""
    words = review.words
    listed = review.kind not in WHOLE_FILE
    return {
        "path": review.change.path,
        "old_path": review.change.old_path,
        "kind": review.kind.value,
        "dnr": review.dnr,
        "title": review.title,
        "counts": {
            "fields": len(review.fields),
            "points": len(review.points),
            "sections": len(review.sections),
            "words_added": len(words.added),
            "words_removed": len(words.removed),
        },
        "fields": [
            {"key": f.key, "label": f.label, "old": f.old, "new": f.new} for f in review.fields
        ],
        "points": [
            {"op": p.op.value, "old_number": p.old_number, "new_number": p.new_number}
            for p in review.points
        ],
        "sections": [
            {"heading": s.heading, "old_heading": s.old_heading, "op": s.op.value}
            for s in review.sections
        ],
        "words": {"added": list(words.added), "removed": list(words.removed)} if listed else None,
        "problems": list(review.diff.problems),
        "summary": case_summary(review),
    }


# Markdown ------------------------------------------------------------------------------


def markdown_text(text: str) -> str:
    """Text from a document, shown as itself in Markdown: one line, specials escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_name(review: CaseReview) -> str:
    title = f" – {review.title}" if review.title else ""
    return markdown_text(review.name + title)


def markdown_row(review: CaseReview) -> str:
    words = review.words
    listed = review.kind not in WHOLE_FILE
    fields = ", ".join(f.label for f in review.fields) if listed else str(len(review.fields))
    points = ", ".join(point_brief(p.number, p.op.value) for p in review.points)
    sections = ", ".join(s.heading for s in review.sections)
    return texts.MD_ROW.format(
        name=markdown_name(review),
        kind=kind_name(review.kind),
        fields=markdown_text(fields) or texts.MD_NONE,
        points=(markdown_text(points) if listed else str(len(review.points))) or texts.MD_NONE,
        sections=(markdown_text(sections) if listed else str(len(review.sections)))
        or texts.MD_NONE,
        added=len(words.added),
        removed=len(words.removed),
    )


def markdown_details(review: CaseReview) -> list[str]:
    """What changed in a changed or renamed case, item by item (nothing for a new or
    deleted case: the table says it all)."""
    if review.kind in WHOLE_FILE and not review.diff.problems:
        return []
    lines = [texts.MD_DETAILS.format(name=markdown_name(review)), ""]
    lines += [texts.MD_PROBLEM.format(problem=markdown_text(p)) for p in review.diff.problems]
    for f in review.fields:
        old, new = (markdown_text(v) if v is not None else texts.MD_ABSENT for v in (f.old, f.new))
        lines.append(texts.MD_FIELD.format(label=markdown_text(f.label), old=old, new=new))
    for p in review.points:
        lines.append(texts.MD_POINT.format(number=p.number, op=texts.POINT_OPS[p.op.value]))
    for s in review.sections:
        lines.append(texts.MD_SECTION.format(heading=markdown_text(s.heading), op=_section_op(s)))
    words = review.words
    if words.added:
        lines.append(texts.MD_WORDS_ADDED.format(words=markdown_text(" ".join(words.added))))
    if words.removed:
        lines.append(texts.MD_WORDS_REMOVED.format(words=markdown_text(" ".join(words.removed))))
    return [*lines, ""]


def _section_op(section: Any) -> str:
    op = texts.SECTION_OPS.get(section.op.value, "")
    if section.op is SectionOp.CHANGED and section.renamed:
        return f"{op}, {texts.SECTION_RENAMED.format(old=markdown_text(section.old_heading))}"
    return op
