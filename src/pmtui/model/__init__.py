"""The case model: pydantic models of every part of a case, with no I/O."""

from pmtui.model.body import (
    Block,
    MarkdownBlock,
    Paragraph,
    Section,
    SectionKind,
    Subsection,
    section_kind,
)
from pmtui.model.case import Case, DocumentKind, Reference, Referral, Status
from pmtui.model.decision import DecisionBlock, DecisionPoint
from pmtui.model.dnr import Dnr, DnrError
from pmtui.model.outcome import MemberStatement, Outcome, Position
from pmtui.model.problems import Problem, Severity
from pmtui.model.rules import check_case

__all__ = [
    "Block",
    "Case",
    "DecisionBlock",
    "DecisionPoint",
    "Dnr",
    "DnrError",
    "DocumentKind",
    "MarkdownBlock",
    "MemberStatement",
    "Outcome",
    "Paragraph",
    "Position",
    "Problem",
    "Reference",
    "Referral",
    "Section",
    "SectionKind",
    "Severity",
    "Status",
    "Subsection",
    "check_case",
    "section_kind",
]
