"""The case model: pydantic models of every part of a case, with no I/O.

Its names load when first used (PEP 562 ``__getattr__``): ``from pmtui.model.dnr import
Dnr`` builds the dnr's type, not every model of a case (docs/decisions.md, "lazy
imports").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.lazy import lazy_names

if TYPE_CHECKING:
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

# The module under pmtui.model that defines each public name.
_NAMES_OF: dict[str, tuple[str, ...]] = {
    "body": (
        "Block",
        "MarkdownBlock",
        "Paragraph",
        "Section",
        "SectionKind",
        "Subsection",
        "section_kind",
    ),
    "case": ("Case", "DocumentKind", "Reference", "Referral", "Status"),
    "decision": ("DecisionBlock", "DecisionPoint"),
    "dnr": ("Dnr", "DnrError"),
    "outcome": ("MemberStatement", "Outcome", "Position"),
    "problems": ("Problem", "Severity"),
    "rules": ("check_case",),
}


__getattr__, __dir__ = lazy_names(__name__, _NAMES_OF, globals())
