"""Every cross-field rule: when it fires, when it does not, and whether it is an error."""

from __future__ import annotations

from pmtui.model import Severity, check_case
from pmtui.model.meeting_rules import (
    decision_matches_status,
    meetings_once,
    nothing_after_the_decision,
)
from pmtui.model.rules import (
    RULES,
    dnr_consistency,
    document_completeness,
    referrals_match_statements,
    sections_unique,
    status_matches_content,
    views_heading_matches_presenters,
)
from pmtui.model.secrecy import secrecy_marks_sections
from tests.model.helpers import BLOCK, SUMMARY, make_case, section


def _codes(problems: object) -> dict[str, Severity]:
    return {p.code: p.severity for p in problems}  # type: ignore[attr-defined]


def test_the_base_case_has_no_problems() -> None:
    assert check_case(make_case()) == []


def test_every_rule_is_tested_here() -> None:
    tested = {
        views_heading_matches_presenters,
        referrals_match_statements,
        dnr_consistency,
        sections_unique,
        status_matches_content,
        document_completeness,
    }
    # The rules of meetings and sekretess: tests/model/test_meetings.py.
    tested |= {meetings_once, nothing_after_the_decision, decision_matches_status}
    tested |= {secrecy_marks_sections}
    assert set(RULES) == tested


# views_heading_matches_presenters


def test_mina_synpunkter_with_two_presenters_warns() -> None:
    case = make_case(föredragande=["A", "B"], avsnitt=[SUMMARY, section("Mina synpunkter", "X.")])
    problems = list(views_heading_matches_presenters(case))
    assert _codes(problems) == {"synpunkter-mina": Severity.WARNING}
    assert problems[0].field == "avsnitt:Mina synpunkter"


def test_vara_synpunkter_with_one_presenter_warns() -> None:
    case = make_case(avsnitt=[SUMMARY, section("Våra synpunkter", "X.")])
    assert _codes(views_heading_matches_presenters(case)) == {"synpunkter-vara": Severity.WARNING}


def test_views_heading_that_fits_the_presenters_is_fine() -> None:
    one = make_case(avsnitt=[SUMMARY, section("Mina synpunkter", "X.")])
    two = make_case(föredragande=["A", "B"], avsnitt=[SUMMARY, section("Våra synpunkter", "X.")])
    neutral = make_case(
        föredragande=["A", "B"], avsnitt=[SUMMARY, section("Föredragande borgarrådets synpunkter")]
    )
    assert [list(views_heading_matches_presenters(c)) for c in (one, two, neutral)] == [[], [], []]


# referrals_match_statements


def _remiss_case(remisser: list[dict[str, object]], statements: list[str]) -> object:
    return make_case(
        remisser=remisser,
        avsnitt=[SUMMARY, section("Remissammanställningen", "Remitterat.", subsections=statements)],
    )


def test_declined_referral_with_a_statement_is_an_error() -> None:
    case = _remiss_case([{"instans": "Kulturnämnden", "avstått": True}], ["Kulturnämnden"])
    problems = list(referrals_match_statements(case))  # type: ignore[arg-type]
    assert _codes(problems) == {"remiss-avstatt-med-yttrande": Severity.ERROR}
    assert problems[0].field == "remisser.0"


def test_referral_without_statement_warns() -> None:
    case = _remiss_case([{"instans": "Kulturnämnden"}], [])
    assert _codes(referrals_match_statements(case)) == {  # type: ignore[arg-type]
        "remiss-utan-yttrande": Severity.WARNING
    }


def test_statement_from_an_unlisted_body_warns() -> None:
    case = _remiss_case([], ["Trafiknämnden"])
    problems = list(referrals_match_statements(case))  # type: ignore[arg-type]
    assert _codes(problems) == {"yttrande-utan-remiss": Severity.WARNING}
    assert problems[0].field == "avsnitt:Trafiknämnden"


def test_referrals_and_statements_that_match_are_fine() -> None:
    case = _remiss_case(
        [{"instans": "Kulturnämnden", "avstått": True}, {"instans": "Trafiknämnden"}],
        ["trafiknämnden"],
    )
    assert list(referrals_match_statements(case)) == []  # type: ignore[arg-type]


def test_referrals_without_a_remissammanstallning_only_warn() -> None:
    case = make_case(remisser=[{"instans": "Kulturnämnden", "avstått": "ja"}])
    assert list(referrals_match_statements(case)) == []
    case = make_case(remisser=[{"instans": "Kulturnämnden"}])
    assert _codes(referrals_match_statements(case)) == {"remiss-utan-yttrande": Severity.WARNING}


# dnr_consistency


def test_primary_dnr_repeated_among_other_dnr_is_an_error() -> None:
    case = make_case(övriga_dnr=["KS 2023/1", "ks 2024/0512"])
    problems = list(dnr_consistency(case))
    assert _codes(problems) == {"dnr-upprepat": Severity.ERROR}
    assert problems[0].field == "övriga_dnr"


def test_reference_to_the_case_itself_is_an_error() -> None:
    case = make_case(hänvisningar=[{"dnr": "KS 2023/9"}, {"dnr": "KS 2024/512"}])
    problems = list(dnr_consistency(case))
    assert _codes(problems) == {"egen-hanvisning": Severity.ERROR}
    assert problems[0].field == "hänvisningar.1.dnr"


def test_distinct_dnr_and_references_are_fine() -> None:
    case = make_case(övriga_dnr=["155-1302/2015"], hänvisningar=[{"dnr": "155-1302/2014"}])
    assert list(dnr_consistency(case)) == []


# sections_unique


def test_a_heading_twice_is_an_error_whatever_its_case() -> None:
    case = make_case(avsnitt=[SUMMARY, section("Beredning"), section("BEREDNING")])
    problems = list(sections_unique(case))
    assert _codes(problems) == {"avsnitt-dubblett": Severity.ERROR}
    assert problems[0].field == "avsnitt:BEREDNING"


def test_different_headings_are_fine() -> None:
    case = make_case(avsnitt=[SUMMARY, section("Beredning"), section("Ärendet")])
    assert list(sections_unique(case)) == []


# status_matches_content


def test_endorsed_without_position_or_date_warns() -> None:
    case = make_case(status="tillstyrkt", beslutsförslag=[BLOCK])
    assert _codes(status_matches_content(case)) == {
        "utfall-saknas": Severity.WARNING,
        "datum-saknas": Severity.WARNING,
    }


def test_outcome_while_still_a_draft_warns() -> None:
    case = make_case(
        status="remiss", beslutsförslag=[BLOCK], utfall={"ställningstagande": "tillstyrker"}
    )
    assert _codes(status_matches_content(case)) == {"utfall-for-tidigt": Severity.WARNING}


def test_past_draft_without_proposal_warns() -> None:
    case = make_case(status="beredd")
    assert _codes(status_matches_content(case)) == {"beslutsforslag-saknas": Severity.WARNING}


def test_status_that_fits_the_content_is_fine() -> None:
    decided = make_case(
        status="beslutad",
        datum="2024-05-02",
        beslutsförslag=[BLOCK],
        utfall={"ställningstagande": "tillstyrker"},
    )
    draft = make_case()
    assert list(status_matches_content(decided)) == list(status_matches_content(draft)) == []


# document_completeness


def test_utlatande_without_number_warns() -> None:
    case = make_case(handling="Utlåtande")
    assert _codes(document_completeness(case)) == {"utlatande-nummer": Severity.WARNING}


def test_pm_without_summary_warns() -> None:
    case = make_case(avsnitt=[section("Beredning")])
    assert _codes(document_completeness(case)) == {"sammanfattning-saknas": Severity.WARNING}


def test_complete_documents_are_fine() -> None:
    utlatande = make_case(handling="Utlåtande", nummer="2017:41", avsnitt=[])
    assert list(document_completeness(utlatande)) == list(document_completeness(make_case())) == []


def test_check_case_keeps_errors_and_warnings_apart() -> None:
    case = make_case(
        status="beredd",
        övriga_dnr=["KS 2024/512"],
        avsnitt=[section("Beredning"), section("beredning")],
    )
    problems = check_case(case)
    assert {p.code for p in problems if p.is_error} == {"dnr-upprepat", "avsnitt-dubblett"}
    assert {p.code for p in problems if not p.is_error} == {
        "beslutsforslag-saknas",
        "sammanfattning-saknas",
    }
