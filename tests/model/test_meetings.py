"""Meetings (sammanträden) and sekretess in the case model: values, rules, the file form,
and the agenda a set of cases gives for one meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from pmtui.diff.fields import compare_fields
from pmtui.format import inspect_case, parse_case, serialize_case
from pmtui.format.emit import front_matter_data
from pmtui.model import Case, Severity, check_case
from pmtui.model.agenda import build_agenda, rotel_order, waiting_for
from pmtui.model.meetings import Meeting, MeetingBody, MeetingDecision, parse_body
from pmtui.model.secrecy import case_ground, public_sections, section_ground
from tests.model.helpers import BLOCK, SUMMARY, make_case, section

KS, BRB, KF = (
    MeetingBody.KOMMUNSTYRELSEN,
    MeetingBody.BORGARRADSBEREDNINGEN,
    MeetingBody.KOMMUNFULLMAKTIGE,
)
HEAD = "---\ndnr: KS 2024/512\nrotel: II\nrubrik: R\nföredragande: [Ingrid Falk]\n"
BODY = "---\n\n## Sammanfattning av ärendet\n\nKort.\n"


def meeting(body: str, date: str, **more: Any) -> dict[str, Any]:
    return {"organ": body, "datum": date, **more}


MEETING_CODES = {"sammantrade-dubblett", "beslutad-fore-bordlagd", "sammantrade-efter-beslut"}
MEETING_CODES |= {"beslutad-men-status", "sekretess-dubblett", "sekretess-avsnitt-saknas"}


def codes(case: Case) -> dict[str, Severity]:
    """The problems of the rules of meetings and sekretess."""
    return {p.code: p.severity for p in check_case(case) if p.code in MEETING_CODES}


# --- values ------------------------------------------------------------------------------


def test_a_meeting_holds_body_date_item_and_decision() -> None:
    case = make_case(
        sammanträden=[meeting("kommunstyrelsen", "2023-09-13", punkt="007", beslut="bordlagd")]
    )
    (held,) = case.meetings
    assert (held.body, held.date, held.item) == (KS, dt.date(2023, 9, 13), 7)
    assert held.decision is MeetingDecision.BORDLAGD
    assert held.label == "kommunstyrelsen 2023-09-13"


@pytest.mark.parametrize(
    ("value", "text"),
    [("0", "punktnummer '0'"), ("10000", "punktnummer '10000'"), ("3a", "punktnummer '3a'")],
)
def test_an_item_number_is_a_whole_number_from_1(value: str, text: str) -> None:
    with pytest.raises(ValidationError, match=text):
        make_case(sammanträden=[meeting("kommunstyrelsen", "2023-09-13", punkt=value)])


def test_a_meeting_date_that_does_not_exist_is_a_located_error() -> None:
    text = f"{HEAD}sammanträden:\n  - organ: kommunstyrelsen\n    datum: 2023-02-30\n{BODY}"
    report = inspect_case(text, "x.md")
    assert [p.located() for p in report.errors] == [
        "x.md:8: sammanträden[1].datum: väntade ett datum (ÅÅÅÅ-MM-DD), fick 2023-02-30"
    ]


def test_an_unknown_body_names_the_three_bodies() -> None:
    text = f"{HEAD}sammanträden:\n  - organ: ks\n    datum: 2023-09-13\n{BODY}"
    (error,) = inspect_case(text, "x.md").errors
    assert error.line == 7 and "'kommunstyrelsen'" in error.message and "fick ks" in error.message


def test_short_names_of_bodies_on_the_command_line() -> None:
    assert [parse_body(t) for t in ("brb", " KS ", "kf", "Kommunstyrelsen")] == [BRB, KS, KF, KS]
    assert parse_body("styrelsen") is None


# --- rules -------------------------------------------------------------------------------


def test_a_case_planned_tabled_and_then_decided_has_no_problems() -> None:
    case = make_case(
        status="beslutad",
        sammanträden=[
            meeting("borgarrådsberedningen", "2023-09-06", beslut="behandlad"),
            meeting("kommunstyrelsen", "2023-09-13", beslut="bordlagd"),
            meeting("kommunstyrelsen", "2023-09-27", beslut="beslutad"),
        ],
    )
    assert codes(case) == {}


def test_the_same_meeting_twice_is_an_error() -> None:
    case = make_case(
        sammanträden=[
            meeting("kommunstyrelsen", "2023-09-13"),
            meeting("kommunstyrelsen", "2023-09-13"),
        ]
    )
    (problem,) = check_case(case)
    assert (problem.code, problem.field, problem.is_error) == (
        "sammantrade-dubblett",
        "sammanträden.1",
        True,
    )


def test_a_case_cannot_be_decided_before_the_meeting_that_tabled_it() -> None:
    case = make_case(
        status="beslutad",
        sammanträden=[
            meeting("kommunstyrelsen", "2023-09-13", beslut="beslutad"),
            meeting("kommunstyrelsen", "2023-09-27", beslut="bordlagd"),
        ],
    )
    (problem,) = [p for p in check_case(case) if p.code in MEETING_CODES]
    assert (problem.code, problem.field) == ("beslutad-fore-bordlagd", "sammanträden.1")
    assert "2023-09-27" in problem.message and "2023-09-13" in problem.message


def test_no_meeting_follows_the_decision() -> None:
    case = make_case(
        status="beslutad",
        sammanträden=[
            meeting("kommunfullmäktige", "2023-10-02"),
            meeting("kommunstyrelsen", "2023-09-13", beslut="beslutad"),
        ],
    )
    assert codes(case) == {"sammantrade-efter-beslut": Severity.ERROR}


def test_a_decision_while_the_status_says_otherwise_is_a_warning() -> None:
    case = make_case(
        status="tillstyrkt",
        datum="2023-09-06",
        beslutsförslag=[BLOCK],
        utfall={"ställningstagande": "tillstyrker"},
        sammanträden=[meeting("kommunstyrelsen", "2023-09-13", beslut="beslutad")],
    )
    assert codes(case) == {"beslutad-men-status": Severity.WARNING}


def test_rule_errors_are_located_at_their_meeting_in_the_file() -> None:
    text = (
        f"{HEAD}status: beslutad\nsammanträden:\n"
        "  - organ: kommunstyrelsen\n    datum: 2023-09-13\n    beslut: beslutad\n"
        "  - organ: kommunfullmäktige\n    datum: 2023-10-02\n    beslut: bordlagd\n"
        f"{BODY}"
    )
    (error,) = inspect_case(text, "x.md").errors
    assert error.located().startswith("x.md:11: sammanträden[2]: ärendet bordlades vid ")


# --- the file form -----------------------------------------------------------------------


def test_meetings_and_markings_are_written_last_and_after_ort_and_round_trip() -> None:
    case = make_case(
        ort="Solna",
        beslutsförslag=[BLOCK],
        sekretess=[{"grund": "OSL 19:3"}, {"avsnitt": "Sammanfattning av ärendet", "grund": "x"}],
        sammanträden=[meeting("kommunstyrelsen", "2023-09-13", punkt=2, beslut="behandlad")],
    )
    keys = list(front_matter_data(case))
    assert keys[keys.index("ort") + 1 : keys.index("ort") + 3] == ["sekretess", "beslutsförslag"]
    assert keys[-1] == "sammanträden"
    text = serialize_case(case)
    assert (
        "sekretess:\n  - grund: OSL 19:3\n  - avsnitt: Sammanfattning av ärendet\n    grund: x\n"
    ) in text
    assert (
        "sammanträden:\n  - organ: kommunstyrelsen\n    datum: 2023-09-13\n    punkt: 2\n"
        "    beslut: behandlad\n---\n"
    ) in text
    assert parse_case(text) == case


def test_a_case_without_meetings_or_markings_writes_neither_key() -> None:
    text = serialize_case(make_case())
    assert "sammanträden" not in text and "sekretess" not in text


# --- sekretess ---------------------------------------------------------------------------


def test_a_marking_covers_the_whole_case_or_one_section() -> None:
    sections = [SUMMARY, section("Ärendet", "Hemligt."), section("Beredning", "Öppet.")]
    marked = make_case(avsnitt=sections, sekretess=[{"avsnitt": " ärendet ", "grund": "OSL 21:1"}])
    assert case_ground(marked) is None
    assert section_ground(marked, "Ärendet") == "OSL 21:1"
    assert section_ground(marked, "Beredning") is None
    assert [s.heading for s in public_sections(marked)] == [
        "Sammanfattning av ärendet",
        "Beredning",
    ]
    whole = marked.model_copy(update={"secrecy": [*marked.secrecy, *make_secret().secrecy]})
    assert case_ground(whole) == "OSL 19:3" and section_ground(whole, "Beredning") == "OSL 19:3"
    assert public_sections(whole) == []


def make_secret() -> Case:
    return make_case(sekretess=[{"grund": "OSL 19:3"}])


def test_a_marking_must_name_a_section_there_is_and_only_once() -> None:
    missing = make_case(sekretess=[{"avsnitt": "Ärendet", "grund": "OSL 21:1"}])
    assert codes(missing) == {"sekretess-avsnitt-saknas": Severity.ERROR}
    twice = make_case(sekretess=[{"grund": "OSL 19:3"}, {"grund": "OSL 21:1"}])
    assert codes(twice) == {"sekretess-dubblett": Severity.ERROR}
    heading = "Sammanfattning av ärendet"
    same = make_case(
        sekretess=[{"avsnitt": heading, "grund": "a"}, {"avsnitt": heading, "grund": "b"}]
    )
    assert [p.field for p in check_case(same)] == ["sekretess.1"]


def test_a_marking_needs_its_legal_ground() -> None:
    (error,) = inspect_case(f"{HEAD}sekretess:\n  - avsnitt: Ärendet\n{BODY}", "x.md").errors
    assert error.located() == "x.md:7: sekretess[1].grund: saknas (obligatoriskt)"


# --- the agenda --------------------------------------------------------------------------


def ready(dnr: str, rotel: str, *meetings: dict[str, Any], **more: Any) -> Case:
    """A case ready for kommunstyrelsen: endorsed, signed, with a proposal."""
    fields = {
        "dnr": dnr,
        "rotel": rotel,
        "status": "tillstyrkt",
        "datum": "2023-09-06",
        "beslutsförslag": [BLOCK],
        "utfall": {"ställningstagande": "tillstyrker"},
        "sammanträden": list(meetings),
    }
    return make_case(**{**fields, **more})


SEPT_13 = dt.date(2023, 9, 13)
AT_KS = meeting("kommunstyrelsen", "2023-09-13")


def test_items_are_ordered_by_rotel_value_then_dnr() -> None:
    cases = [
        ready("KS 2023/5", "X", AT_KS),
        ready("KS 2023/9", "II", AT_KS),
        ready("KS 2023/4", "II", AT_KS),
        ready("KS 2023/1", "I+VII", AT_KS),
        ready("KS 2023/2", "I", AT_KS),
        ready("KS 2023/3", "I", meeting("kommunstyrelsen", "2023-09-27")),
    ]
    agenda = build_agenda(cases, KS, SEPT_13)
    assert [(i.number, str(i.case.dnr)) for i in agenda.items] == [
        (1, "KS 2023/2"),
        (2, "KS 2023/1"),
        (3, "KS 2023/4"),
        (4, "KS 2023/9"),
        (5, "KS 2023/5"),
    ]
    assert rotel_order("IX") < rotel_order("X") < rotel_order("XIX")
    assert agenda.warnings == []


def test_item_numbers_from_the_files_are_kept_and_the_others_fill_the_gaps() -> None:
    cases = [
        ready("KS 2023/1", "I", AT_KS),
        ready("KS 2023/2", "II", {**AT_KS, "punkt": 1}),
        ready("KS 2023/3", "III", {**AT_KS, "punkt": 4}),
        ready("KS 2023/4", "IV", {**AT_KS, "punkt": 4}),
    ]
    agenda = build_agenda(cases, KS, SEPT_13)
    assert [(i.number, str(i.case.dnr)) for i in agenda.items] == [
        (1, "KS 2023/2"),
        (2, "KS 2023/1"),
        (3, "KS 2023/4"),
        (4, "KS 2023/3"),
    ]
    (warning,) = agenda.warnings
    assert str(warning.dnr) == "KS 2023/4"
    assert warning.message == "punkt 4 används redan av KS 2023/3; ärendet fick punkt 3"


def test_a_case_tabled_at_the_previous_meeting_is_carried_over_until_decided() -> None:
    tabled = meeting("kommunstyrelsen", "2023-08-23", beslut="bordlagd")
    cases = [
        ready("KS 2023/1", "I", AT_KS),
        ready("KS 2023/2", "II", tabled),
        ready("KS 2023/3", "III", tabled, {**AT_KS, "punkt": 1}),
        ready("KS 2023/4", "IV", meeting("kommunstyrelsen", "2023-08-23", beslut="beslutad")),
        ready("KS 2023/5", "V", meeting("kommunstyrelsen", "2023-06-14", beslut="bordlagd")),
        ready("KS 2023/6", "VI", meeting("kommunfullmäktige", "2023-08-28", beslut="bordlagd")),
    ]
    agenda = build_agenda(cases, KS, SEPT_13)
    assert agenda.previous == dt.date(2023, 8, 23)
    rows = [(i.number, str(i.case.dnr), i.tabled_at) for i in agenda.items]
    assert rows == [
        (1, "KS 2023/3", dt.date(2023, 8, 23)),
        (2, "KS 2023/1", None),
        (3, "KS 2023/2", dt.date(2023, 8, 23)),
    ]
    assert [str(i.case.dnr) for i in agenda.carried_over] == ["KS 2023/3", "KS 2023/2"]
    later = build_agenda(cases, KS, dt.date(2023, 9, 27))
    assert later.previous == SEPT_13 and later.items == []


def test_a_decided_case_is_not_carried_over() -> None:
    tabled = meeting("kommunstyrelsen", "2023-08-23", beslut="bordlagd")
    decided = ready("KS 2023/1", "I", tabled, status="beslutad")
    assert build_agenda([decided, ready("KS 2023/2", "I", AT_KS)], KS, SEPT_13).carried_over == []


def test_warnings_name_cases_planned_but_not_ready_and_ready_but_not_planned() -> None:
    draft = make_case(dnr="KS 2023/7", sammanträden=[AT_KS])
    waiting = ready("KS 2023/8", "I")
    planned_later = ready("KS 2023/9", "I", meeting("kommunstyrelsen", "2023-10-04"))
    signed_later = ready("KS 2023/10", "I", datum="2023-09-20")
    handled = make_case(dnr="KS 2023/11", sammanträden=[{**AT_KS, "beslut": "bordlagd"}])
    cases = [draft, waiting, planned_later, signed_later, handled]
    agenda = build_agenda(cases, KS, SEPT_13)
    assert [(str(w.dnr), w.message) for w in agenda.warnings] == [
        (
            "KS 2023/7",
            "planerat för sammanträdet men inte klart: status är utkast, förslag till beslut "
            "saknas, datum för undertecknande saknas, borgarrådsberedningens "
            "ställningstagande saknas",
        ),
        (
            "KS 2023/8",
            "klart för kommunstyrelsen (tillstyrkt) men inte planerat för något sammanträde",
        ),
    ]


def test_a_case_waits_for_the_body_after_the_one_that_sent_it_on() -> None:
    assert waiting_for(ready("KS 2023/1", "I")) is KS
    assert waiting_for(make_case(status="beredd")) is BRB
    sent_on = ready("KS 2023/1", "I", {**AT_KS, "beslut": "behandlad"})
    assert waiting_for(sent_on) is KF
    assert waiting_for(ready("KS 2023/1", "I", status="beslutad")) is None
    assert waiting_for(make_case()) is None


def test_a_meeting_compares_by_body_and_date() -> None:
    held = Meeting.model_validate(AT_KS)
    assert held.is_of(KS, SEPT_13) and not held.is_of(KF, SEPT_13)


def test_a_diff_shows_meetings_and_markings_as_words() -> None:
    old = make_case(sammanträden=[AT_KS])
    new = make_case(
        sammanträden=[{**AT_KS, "punkt": 3, "beslut": "bordlagd"}],
        sekretess=[{"grund": "OSL 19:3"}],
    )
    changes = {c.key: (c.old, c.new) for c in compare_fields(old, new)}
    assert changes == {
        "sekretess": (None, "hela ärendet: OSL 19:3"),
        "sammanträden": (
            "kommunstyrelsen 2023-09-13",
            "kommunstyrelsen 2023-09-13, punkt 3, bordlagd",
        ),
    }
    section = make_case(sekretess=[{"avsnitt": "Sammanfattning av ärendet", "grund": "OSL 21:1"}])
    assert str(section.secrecy[0]) == "avsnittet Sammanfattning av ärendet: OSL 21:1"
