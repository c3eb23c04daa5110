"""The case as the document reads: plain text in the order of a printed PM.

Used by ``pmtui show`` and by exports. The proposal is stored once and rendered twice
(the commissioner's in the synpunkter section, borgarrådsberedningen's after it).
"""

from __future__ import annotations

import datetime as dt

from pmtui.model.body import Section, SectionKind
from pmtui.model.case import Case, DocumentKind
from pmtui.model.decision import DecisionBlock
from pmtui.model.outcome import MemberStatement, Outcome
from pmtui.texts import document as texts


def swedish_date(date: dt.date) -> str:
    """``6 september 2023``."""
    return f"{date.day} {texts.MONTHS[date.month - 1]} {date.year}"


def presenters_line(names: list[str]) -> str:
    if len(names) == 1:
        return texts.PRESENTER_ONE.format(name=names[0])
    joined = ", ".join(names[:-1]) + texts.AND + names[-1]
    return texts.PRESENTERS_MANY.format(names=joined)


def decision_lines(block: DecisionBlock) -> list[str]:
    lines = [block.intro]
    for number, point in block.numbered_points():
        lines.append(f"{number}. {point.text}" if number else point.text)
    return lines


def _blocks_text(blocks: list[DecisionBlock]) -> list[str]:
    return ["\n".join(decision_lines(b)) for b in blocks]


def _section_text(section: Section) -> list[str]:
    parts = [section.heading, *(b.text for b in section.blocks)]
    for sub in section.subsections:
        parts.extend([sub.heading, *(b.text for b in sub.blocks)])
    return parts


def _statement(kind: str, statement: MemberStatement) -> list[str]:
    who = ", ".join(statement.members)
    intro = texts.STATEMENT_KINDS[kind].format(who=who, party=statement.party)
    return [intro, statement.text]


def _outcome_text(outcome: Outcome) -> list[str]:
    parts = [outcome.sentence] if outcome.sentence else []
    for kind in texts.STATEMENT_KINDS:
        for statement in getattr(outcome, kind):
            parts.extend(_statement(kind, statement))
    return parts


def _signature(case: Case) -> list[str]:
    if case.date is None:
        return list(case.presenters)
    return [texts.SIGNED.format(place=case.place, date=swedish_date(case.date)), *case.presenters]


def _proposal_position(case: Case) -> int:
    """Index of the section after which the proposal is printed."""
    kinds = [s.kind for s in case.sections]
    if SectionKind.VIEWS in kinds:
        return kinds.index(SectionKind.VIEWS) + 1
    later = [i for i, k in enumerate(kinds) if k in (SectionKind.BACKGROUND, SectionKind.REFERRALS)]
    return later[0] if later else len(kinds)


def _after_views(case: Case) -> list[str]:
    outcome = _outcome_text(case.outcome) if case.outcome else []
    return [*_blocks_text(case.board_proposal), *_signature(case), *outcome]


def render_text(case: Case) -> str:
    """The whole case as plain text, paragraphs separated by blank lines."""
    parts = [case.header, case.title, *case.subtitles]
    if case.kind is DocumentKind.UTLATANDE:
        parts.extend([*_blocks_text(case.decision_blocks), presenters_line(case.presenters)])
    else:
        parts.extend([texts.PROPOSAL_HEADING, presenters_line(case.presenters)])
    position = _proposal_position(case)
    for index, section in enumerate(case.sections):
        if index == position:
            parts.extend(_proposal(case))
        parts.extend(_section_text(section))
    if position == len(case.sections):
        parts.extend(_proposal(case))
    return "\n\n".join(p for p in parts if p) + "\n"


def _proposal(case: Case) -> list[str]:
    own = [] if case.kind is DocumentKind.UTLATANDE else _blocks_text(case.decision_blocks)
    return [*own, *_after_views(case)]
