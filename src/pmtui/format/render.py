"""The case as the document reads: its parts in the order of a printed PM.

``document_parts`` is the official layout as a list of typed parts (header, title,
headings, paragraphs, decision points with their printed numbers, signature, outcome);
``render_text`` joins them as plain text for ``pmtui show`` and the txt export, and the
other exports (``pmtui.export``) style the same parts. The proposal is stored once and
rendered twice (the commissioner's in the synpunkter section, borgarrådsberedningen's
after it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pmtui.model.body import MarkdownBlock, Section, SectionKind, Subsection
from pmtui.model.case import Case, DocumentKind, Layout
from pmtui.model.decision import DecisionBlock
from pmtui.model.outcome import MemberStatement, Motion, Outcome
from pmtui.model.presenters import presenters_formula
from pmtui.texts import document as texts
from pmtui.texts.dates import MONTHS


class Role(StrEnum):
    """What a part of the document is; the exports choose its style by it."""

    HEADER = "header"  # PM Rotel I (Dnr KS 2023/886)
    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"  # Förslag till beslut, a section's heading
    SUBHEADING = "subheading"  # a subsection's heading (one remissinstans)
    PRESENTERS = "presenters"  # Föredragande borgarrådet …
    PARAGRAPH = "paragraph"  # prose (may hold inline Markdown)
    MARKDOWN = "markdown"  # another Markdown block (list, table, quote, code), as written
    INTRO = "intro"  # a decision block's intro sentence; the points after it number from 1
    POINT = "point"  # an att-sats with its printed number ("" for a lone point)
    PLACE_DATE = "place_date"  # Stockholm den 6 september 2023
    SIGNATURE = "signature"  # a presenter's name under the date
    OUTCOME = "outcome"  # borgarrådsberedningen's position
    STATEMENT = "statement"  # Reservation anförs av … enligt följande.


@dataclass(frozen=True)
class DocumentPart:
    role: Role
    text: str
    number: str = ""  # POINT only: ``3``, ``3.1``; empty for a single unnumbered point

    @property
    def level(self) -> int:
        """A point's depth: 1 for ``3``, 2 for ``3.1``."""
        return self.number.count(".") + 1

    @property
    def line(self) -> str:
        """The part as printed: a point with its number (``3.1. text``)."""
        return f"{self.number}. {self.text}" if self.number else self.text


def swedish_date(date: dt.date) -> str:
    """``6 september 2023``."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def presenters_line(names: list[str]) -> str:
    """``Föredragande borgarrådet A`` (without the formula; ``Case.presenters_line`` is
    the line a case prints)."""
    return presenters_formula(names, formula=False)


def decision_lines(block: DecisionBlock) -> list[str]:
    return [part.line for part in _block_parts(block)]


def _block_parts(block: DecisionBlock) -> list[DocumentPart]:
    points = [DocumentPart(Role.POINT, p.text, n) for n, p in block.numbered_points()]
    return [DocumentPart(Role.INTRO, block.intro), *points]


def _blocks(blocks: list[DecisionBlock]) -> list[DocumentPart]:
    return [part for block in blocks for part in _block_parts(block)]


def _contents(part: Section | Subsection) -> list[DocumentPart]:
    return [
        DocumentPart(Role.MARKDOWN if isinstance(b, MarkdownBlock) else Role.PARAGRAPH, b.text)
        for b in part.blocks
    ]


def _section(section: Section) -> list[DocumentPart]:
    parts = [DocumentPart(Role.HEADING, section.heading), *_contents(section)]
    for sub in section.subsections:
        parts.extend([DocumentPart(Role.SUBHEADING, sub.heading), *_contents(sub)])
    return parts


def _prose(text: str) -> list[DocumentPart]:
    return [DocumentPart(Role.PARAGRAPH, paragraph) for paragraph in text.split("\n\n")]


def _statement(kind: str, statement: MemberStatement) -> list[DocumentPart]:
    who = ", ".join(statement.members)
    intro = texts.STATEMENT_KINDS[kind].format(who=who, party=statement.party)
    return [DocumentPart(Role.STATEMENT, intro), *_prose(statement.text)]


def _motion(motion: Motion) -> list[DocumentPart]:
    who = texts.MOTION.format(who=", ".join(motion.members), party=motion.party)
    text = _prose(motion.text) if motion.text else []
    return [DocumentPart(Role.STATEMENT, who), *text, *_blocks(motion.blocks)]


def _outcome(outcome: Outcome) -> list[DocumentPart]:
    parts = [DocumentPart(Role.OUTCOME, outcome.sentence)] if outcome.sentence else []
    for kind in texts.STATEMENT_KINDS:
        for statement in getattr(outcome, kind):
            parts.extend(_statement(kind, statement))
    for motion in outcome.motions:
        parts.extend(_motion(motion))
    return parts


def _signature(case: Case) -> list[DocumentPart]:
    names = [DocumentPart(Role.SIGNATURE, name) for name in case.presenters]
    if case.date is None:
        return names
    signed = texts.SIGNED.format(place=case.place, date=swedish_date(case.date))
    return [DocumentPart(Role.PLACE_DATE, signed), *names]


def _proposal_position(case: Case) -> int:
    """Index of the section after which the proposal is printed."""
    kinds = [s.kind for s in case.sections]
    if case.kind is DocumentKind.TJANSTEUTLATANDE:  # signed by the office, at the end
        return len(kinds)
    if SectionKind.VIEWS in kinds:
        return kinds.index(SectionKind.VIEWS) + 1
    later = [i for i, k in enumerate(kinds) if k in (SectionKind.BACKGROUND, SectionKind.REFERRALS)]
    return later[0] if later else len(kinds)


def _older_pm(case: Case) -> bool:
    """The older layout of a PM: the board's proposal first, without a heading."""
    return case.kind is DocumentKind.PM and case.layout is Layout.ALDRE


def _proposal(case: Case) -> list[DocumentPart]:
    printed_first = case.kind is not DocumentKind.PM
    own = [] if printed_first else _blocks(case.decision_blocks)
    board = [] if _older_pm(case) else _blocks(case.board_proposal)
    outcome = _outcome(case.outcome) if case.outcome else []
    return [*own, *board, *_signature(case), *outcome]


def _front_proposal(case: Case) -> list[DocumentPart]:
    """What stands between the title and the presenters: the proposal heading (a PM), the
    board's proposal (an older PM), the decision blocks (an utlåtande; a tjänsteutlåtande
    under the heading)."""
    if _older_pm(case):
        return _blocks(case.board_proposal)
    if case.kind is DocumentKind.UTLATANDE:
        return _blocks(case.decision_blocks)
    heading = [DocumentPart(Role.HEADING, texts.PROPOSAL_HEADING)]
    if case.kind is DocumentKind.TJANSTEUTLATANDE:
        return [*heading, *_blocks(case.decision_blocks)]
    return heading


def _front(case: Case) -> list[DocumentPart]:
    """The protocol line, header, title, subtitles, the proposal as the layout places it,
    and the presenters."""
    protocol = [DocumentPart(Role.HEADER, case.protocol_line)] if case.protocol_line else []
    parts = [*protocol, DocumentPart(Role.HEADER, case.header)]
    parts.append(DocumentPart(Role.TITLE, case.title))
    parts.extend(DocumentPart(Role.SUBTITLE, subtitle) for subtitle in case.subtitles)
    parts.extend(_front_proposal(case))
    line = case.presenters_line
    return [*parts, *([DocumentPart(Role.PRESENTERS, line)] if line else [])]


def _attachments(case: Case) -> list[DocumentPart]:
    if not case.attachments:
        return []
    items = [DocumentPart(Role.PARAGRAPH, text) for text in case.attachments]
    return [DocumentPart(Role.HEADING, texts.ATTACHMENTS_HEADING), *items]


def document_parts(case: Case) -> list[DocumentPart]:
    """The whole case in the official layout, part by part."""
    parts = _front(case)
    position = _proposal_position(case)
    for index, section in enumerate(case.sections):
        if index == position:
            parts.extend(_proposal(case))
        parts.extend(_section(section))
    if position == len(case.sections):
        parts.extend(_proposal(case))
    return [*parts, *_attachments(case)]


def parts_text(parts: list[DocumentPart]) -> str:
    """Parts as plain text: a blank line between parts, a decision block's points on the
    lines right after its intro."""
    chunks: list[str] = []
    for part in parts:
        if chunks:
            chunks.append("\n" if part.role is Role.POINT else "\n\n")
        chunks.append(part.line)
    return "".join(chunks) + "\n"


def render_text(case: Case) -> str:
    """The whole case as plain text, paragraphs separated by blank lines."""
    return parts_text(document_parts(case))
