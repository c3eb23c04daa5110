"""Cross-field rules of a case. Errors block a save; warnings are shown and kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pmtui.model import meeting_rules
from pmtui.model.body import SectionKind
from pmtui.model.case import Case, DocumentKind, Layout, Status
from pmtui.model.problems import Problem, Severity
from pmtui.model.secrecy import secrecy_marks_sections
from pmtui.texts import model as texts

Rule = Callable[[Case], Iterator[Problem]]
_PREPARED = {Status.TILLSTYRKT, Status.BESLUTAD}
_EARLY = {Status.UTKAST, Status.REMISS}


def _error(code: str, message: str, field: str) -> Problem:
    return Problem(code=code, message=message, severity=Severity.ERROR, field=field)


def _warning(code: str, message: str, field: str) -> Problem:
    return Problem(code=code, message=message, severity=Severity.WARNING, field=field)


def section_field(heading: str) -> str:
    """The location key of a body section (``avsnitt:Beredning``)."""
    return f"avsnitt:{heading}"


def views_heading_matches_presenters(case: Case) -> Iterator[Problem]:
    views = case.section(SectionKind.VIEWS)
    if views is None:
        return
    heading, count = views.heading.casefold(), len(case.presenters)
    if heading == "mina synpunkter" and count > 1:
        yield _warning(
            "synpunkter-mina",
            texts.RULE_SYNPUNKTER_MINA.format(n=count),
            section_field(views.heading),
        )
    if heading == "våra synpunkter" and count == 1:
        yield _warning("synpunkter-vara", texts.RULE_SYNPUNKTER_VARA, section_field(views.heading))


def _preparation_text(case: Case) -> str:
    """The text of *Beredning* (or *Remisser*), folded, where a remissinstans may be
    summarised instead of quoted under *Remissammanställningen*."""
    section = case.section(SectionKind.PREPARATION)
    if section is None:
        return ""
    parts = [b.text for b in section.blocks]
    parts.extend(b.text for sub in section.subsections for b in sub.blocks)
    return " ".join(" ".join(parts).split()).casefold()


def referrals_match_statements(case: Case) -> Iterator[Problem]:
    summary = case.section(SectionKind.REFERRALS)
    statements = {s.heading.casefold(): s.heading for s in summary.subsections} if summary else {}
    # Without Remissammanställningen, the statements may be summarised in Beredning.
    preparation = _preparation_text(case) if summary is None else ""
    for index, referral in enumerate(case.referrals):
        name = " ".join(referral.body.split()).casefold()
        has_statement = name in statements
        field = f"remisser.{index}"
        if referral.declined and has_statement:
            message = texts.RULE_REMISS_AVSTATT_WITH_STATEMENT.format(instans=referral.body)
            yield _error("remiss-avstatt-med-yttrande", message, field)
        elif (
            not referral.declined
            and not has_statement
            and not (preparation and name in preparation)
        ):
            message = texts.RULE_REMISS_NO_STATEMENT.format(instans=referral.body)
            yield _warning("remiss-utan-yttrande", message, field)
    listed = {r.body.casefold() for r in case.referrals}
    for key, heading in statements.items():
        if key not in listed:
            message = texts.RULE_STATEMENT_NOT_LISTED.format(instans=heading)
            yield _warning("yttrande-utan-remiss", message, section_field(heading))


def dnr_consistency(case: Case) -> Iterator[Problem]:
    if case.dnr in case.other_dnr:
        yield _error("dnr-upprepat", texts.RULE_DNR_REPEATED.format(dnr=case.dnr), "övriga_dnr")
    for index, reference in enumerate(case.references):
        if reference.dnr == case.dnr:
            message = texts.RULE_OWN_DNR_REFERENCED.format(dnr=reference.dnr)
            yield _error("egen-hanvisning", message, f"hänvisningar.{index}.dnr")


def sections_unique(case: Case) -> Iterator[Problem]:
    seen: set[str] = set()
    for section in case.sections:
        key = section.heading.casefold()
        if key in seen:
            message = texts.RULE_SECTION_TWICE.format(heading=section.heading)
            yield _error("avsnitt-dubblett", message, section_field(section.heading))
        seen.add(key)


def status_matches_content(case: Case) -> Iterator[Problem]:
    status = case.status.value
    position = case.outcome.position if case.outcome else None
    if case.status in _PREPARED and position is None:
        message = texts.RULE_ENDORSED_WITHOUT_OUTCOME.format(status=status)
        yield _warning("utfall-saknas", message, "utfall")
    if case.status in _EARLY and position is not None:
        message = texts.RULE_OUTCOME_BEFORE_PREPARED.format(status=status)
        yield _warning("utfall-for-tidigt", message, "status")
    if case.status in _PREPARED and case.date is None:
        yield _warning("datum-saknas", texts.RULE_FUTURE_NOT_SIGNED.format(status=status), "datum")
    older_board_only = case.layout is Layout.ALDRE and case.board_decision_blocks
    if case.status is not Status.UTKAST and not case.decision_blocks and not older_board_only:
        yield _warning("beslutsforslag-saknas", texts.RULE_NO_DECISION, "beslutsförslag")


def document_completeness(case: Case) -> Iterator[Problem]:
    if case.kind is DocumentKind.UTLATANDE and case.number is None:
        yield _warning("utlatande-nummer", texts.RULE_UTLATANDE_NUMMER, "nummer")
    modern_pm = case.kind is DocumentKind.PM and case.layout is Layout.MODERN
    if modern_pm and case.section(SectionKind.SUMMARY) is None:
        yield _warning("sammanfattning-saknas", texts.RULE_NO_SUMMARY, "avsnitt")


RULES: tuple[Rule, ...] = (
    views_heading_matches_presenters,
    referrals_match_statements,
    dnr_consistency,
    sections_unique,
    status_matches_content,
    document_completeness,
    meeting_rules.meetings_once,
    meeting_rules.nothing_after_the_decision,
    meeting_rules.decision_matches_status,
    secrecy_marks_sections,
)


def check_case(case: Case) -> list[Problem]:
    """Every cross-field problem of a valid-typed case, errors and warnings."""
    return [problem for rule in RULES for problem in rule(case)]
