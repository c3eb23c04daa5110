"""``pmtui review [RANGE] [--json|--markdown]``: a branch reviewed like a pull request.

Each changed case is printed as soon as it is compared (and stdout flushed), so a range
of 1,000 cases shows its first lines at once. ``--json`` streams one document: the range
first, then the cases, then the totals and milestones.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from pmtui.cli.common import EXIT_OK, CommandFailed, Commands, add_command, err, out
from pmtui.cli.ranges import parse_revisions
from pmtui.cli.repo import open_repository, store_errors
from pmtui.diff.review import CaseReview, ReviewRange, default_range, review_changes
from pmtui.diff.review_text import (
    ReviewTotals,
    case_summary,
    kind_mark,
    markdown_details,
    markdown_row,
    review_data,
)
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store import CaseRepository, merge_base
from pmtui.store.changeset import ChangeSet
from pmtui.terminal import json_text, safe_line, safe_text
from pmtui.texts import counted
from pmtui.texts import diff as diff_texts
from pmtui.texts import review as texts


def register(commands: Commands) -> None:
    review = add_command(commands, "review", texts.HELP_REVIEW, run_review)
    review.add_argument("range", nargs="?", metavar="INTERVALL", help=texts.HELP_REVIEW_RANGE)
    shape = review.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help=texts.HELP_REVIEW_JSON)
    shape.add_argument("--markdown", action="store_true", help=texts.HELP_REVIEW_MARKDOWN)


def resolve_range(repo: CaseRepository, spec: str | None) -> ReviewRange:
    """``A..B`` and ``A...B`` as ``pmtui diff`` reads them (cli/ranges.py); a single
    revision, or none, is the head reviewed from the default base."""
    if spec is None or ".." not in spec:
        with store_errors():
            return default_range(repo, spec or "HEAD")
    revs = parse_revisions(spec, None)
    old, new = revs.old or "HEAD", revs.new or "HEAD"
    with store_errors():
        head = repo.resolve(None, new)
        if not revs.merge_base:
            return ReviewRange(repo.resolve(None, old), head, spec)
        base = merge_base(repo, None, old, new)
    if base is None:
        raise CommandFailed(diff_texts.NO_MERGE_BASE.format(old=old, new=new))
    return ReviewRange(base, head, spec)


def note_base(chosen: ReviewRange, head: str = "HEAD") -> None:
    """Say on stderr where the default base came from (and that it is a local branch)."""
    found = chosen.default
    if found is None:
        return
    template = texts.BASE_UPSTREAM if found.upstream else texts.BASE_LOCAL
    err(template.format(head=head, branch=found.branch, commit=found.commit[:8]))


def run_review(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    chosen = resolve_range(repo, args.range)
    note_base(chosen, args.range or "HEAD")
    with store_errors():
        changeset = ChangeSet(repo, chosen.base, chosen.head)
        changes = changeset.changes()
    reviews = review_changes(changeset, changes)
    if args.json:
        _print_json(chosen, changeset, reviews)
    elif args.markdown:
        _print_markdown(chosen, changeset, reviews, len(changes))
    else:
        _print_text(chosen, changeset, reviews, len(changes))
    return EXIT_OK


def _write(text: str) -> None:
    """A piece of output, at once: the next case may take a while to compare."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def milestone_tags(changeset: ChangeSet, reviewed: list[CaseReview]) -> list[str]:
    """The milestone tags of the reviewed cases that the range reached."""
    dnrs: list[Dnr] = []
    for review in reviewed:
        try:
            dnrs.append(Dnr.parse(review.dnr or ""))
        except DnrError:
            continue
    return changeset.milestones_reached(dnrs)


def _counted_reviews(reviews: Iterator[CaseReview], totals: ReviewTotals) -> Iterator[CaseReview]:
    for review in reviews:
        totals.add(review)
        yield review


def _print_text(
    chosen: ReviewRange, changeset: ChangeSet, reviews: Iterator[CaseReview], count: int
) -> None:
    cases = counted(count, texts.HEADER_CASES)
    values = {"base": chosen.base[:8], "head": chosen.head[:8]}
    if not count:
        out(texts.NO_CHANGES.format(**values))
        return
    out(texts.HEADER.format(range=chosen.label, cases=cases, **values))
    totals, reviewed = ReviewTotals(), []
    for review in _counted_reviews(reviews, totals):
        reviewed.append(review)
        title = f"  {review.title}" if review.title else ""
        _write("\n" + safe_line(f"{kind_mark(review.kind)} {review.name}{title}"))
        _write("    " + safe_line(case_summary(review)))
    out("\n" + texts.TOTALS.format(cases=cases, summary=totals.summary()))
    tags = milestone_tags(changeset, reviewed)
    if tags:
        out(texts.MILESTONES_REACHED.format(tags=", ".join(tags)))


def _print_markdown(
    chosen: ReviewRange, changeset: ChangeSet, reviews: Iterator[CaseReview], count: int
) -> None:
    for line in markdown_lines(chosen, changeset, reviews, count):
        _write(safe_text(line))


def markdown_lines(
    chosen: ReviewRange, changeset: ChangeSet, reviews: Iterator[CaseReview], count: int
) -> Iterator[str]:
    """The review as Markdown: a table of the cases, then what changed in each."""
    cases = counted(count, texts.HEADER_CASES)
    yield texts.MD_TITLE.format(range=chosen.label)
    yield ""
    yield texts.MD_INTRO.format(cases=cases, base=chosen.base[:8], head=chosen.head[:8])
    yield ""
    if not count:
        yield texts.MD_NO_CHANGES
        return
    yield texts.MD_TABLE_HEAD
    yield texts.MD_TABLE_RULE
    totals, reviewed = ReviewTotals(), []
    for review in _counted_reviews(reviews, totals):
        reviewed.append(review)
        yield markdown_row(review)
    yield ""
    for review in reviewed:
        yield from markdown_details(review)
    yield texts.MD_TOTALS.format(summary=totals.summary())
    tags = milestone_tags(changeset, reviewed)
    if tags:
        yield ""
        yield texts.MD_MILESTONES.format(tags=", ".join(f"`{tag}`" for tag in tags))


def _print_json(chosen: ReviewRange, changeset: ChangeSet, reviews: Iterator[CaseReview]) -> None:
    default = chosen.default
    head = {
        "range": chosen.label,
        "base": chosen.base,
        "head": chosen.head,
        "base_branch": default.branch if default else None,
        "base_is_upstream": default.upstream if default else None,
    }
    _write(json_text(head)[:-2] + ',\n  "cases": [')
    totals, reviewed = ReviewTotals(), []
    for n, review in enumerate(_counted_reviews(reviews, totals)):
        reviewed.append(review)
        _write(("," if n else "") + _indented(json_text(review_data(review))))
    tail = {"totals": totals.as_data(), "milestones": milestone_tags(changeset, reviewed)}
    _write("  ],\n" + json_text(tail)[2:])


def _indented(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
