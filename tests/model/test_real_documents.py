"""Real documents in the model (issue 12, part 1): the formula, the older layout, dnr as
printed and unknown, printed numbering, the kinds, the protocol line, bilagor, noted
statements, yrkanden and remissinstanser summarised in Beredning."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from pmtui.format.casefile import inspect_case, parse_case
from pmtui.format.emit import serialize_case
from pmtui.format.render import Role, document_parts, render_text
from pmtui.model import check_case
from pmtui.model.case import DocumentKind, Layout
from tests.conftest import BUNDLED_CASES, run_cli
from tests.model.helpers import BLOCK, SUMMARY, make_case, section

OLDER_PM = BUNDLED_CASES / "2003" / "okant-2003-1.md"
SERVICE_STATEMENT = BUNDLED_CASES / "2008" / "23-1083-2008.md"
BOARD_BLOCK = {
    "inledning": "Borgarrådsberedningen föreslår kommunstyrelsen besluta följande",
    "punkter": ["Ja.", "Nej."],
}


def _codes(**fields: object) -> set[str]:
    return {p.code for p in check_case(make_case(**fields))}


# The formula


def test_a_modern_pm_prints_the_presenters_without_the_formula() -> None:
    assert make_case().presenters_line == "Föredragande borgarrådet Ingrid Falk"


def test_an_utlatande_and_an_older_pm_print_the_formula() -> None:
    two = ["Ingrid Falk", "Ola Berg"]
    assert make_case(handling="Utlåtande", nummer="2017:1").presenters_line == (
        "Föredragande borgarrådet Ingrid Falk anför följande."
    )
    assert make_case(uppställning="äldre", föredragande=two).presenters_line == (
        "Föredragande borgarråden Ingrid Falk och Ola Berg anför följande."
    )


def test_a_printed_line_that_differs_is_kept_and_printed() -> None:
    line = "Föredragande borgarrådet Ingrid Falk anför följande i ärendet."
    case = make_case(föredragande_text=line)
    assert case.presenters_line == line
    assert "föredragande_text: " + line in serialize_case(case)
    assert [p.text for p in document_parts(case) if p.role is Role.PRESENTERS] == [line]


# The older layout


def test_the_older_layout_draws_neither_false_warning() -> None:
    older = {"uppställning": "äldre", "status": "beslutad", "avsnitt": [section("Bakgrund", "X.")]}
    codes = _codes(**older, beredningens_beslutsförslag=[BOARD_BLOCK])
    assert "beslutsforslag-saknas" not in codes and "sammanfattning-saknas" not in codes
    modern = {**older, "uppställning": "modern"}
    codes = _codes(**modern, beredningens_beslutsförslag=[BOARD_BLOCK])
    assert {"beslutsforslag-saknas", "sammanfattning-saknas"} <= codes


def test_an_older_pm_without_any_proposal_is_still_warned() -> None:
    assert "beslutsforslag-saknas" in _codes(uppställning="äldre", status="beredd")


def test_the_older_layout_prints_the_board_proposal_first_without_a_heading() -> None:
    case = parse_case(OLDER_PM.read_bytes())
    assert case.layout is Layout.ALDRE
    roles = [(p.role, p.text) for p in document_parts(case)]
    assert (Role.HEADING, "Förslag till beslut") not in roles
    intro = roles.index((Role.INTRO, case.board_proposal[0].intro))
    presenters = [r for r, _ in roles].index(Role.PRESENTERS)
    first_section = roles.index((Role.HEADING, "Bakgrund"))
    assert intro < presenters < first_section
    assert [r for r, _ in roles].count(Role.INTRO) == 1  # printed once, not again later


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValidationError, match="uppställning"):
        make_case(uppställning="gammal")


# dnr as printed, and unknown


def test_fmt_keeps_the_leading_zeros_and_the_path_stays(tmp_path: Path) -> None:
    case = make_case(dnr="023 - 1083 / 2008")
    assert str(case.dnr) == "023-1083/2008"
    assert case.dnr.relative_path == "cases/2008/23-1083-2008.md"
    assert serialize_case(case).startswith("---\ndnr: 023-1083/2008\n")
    assert case.dnr == make_case(dnr="23-1083/2008").dnr


def test_an_unknown_dnr_needs_its_local_id_and_prints_as_unknown() -> None:
    case = make_case(dnr="okänt (lokalt 2003-1)")
    assert not case.dnr.is_known
    assert case.header == "PM Rotel II (Dnr okänt)"
    assert case.dnr.relative_path == "cases/2003/okant-2003-1.md"
    report = inspect_case(serialize_case(case).replace("okänt (lokalt 2003-1)", "okänt"))
    assert report.case is None
    assert any("lokalt" in p.message and p.line == 2 for p in report.errors)


def test_a_serial_of_zero_is_a_located_error() -> None:
    report = inspect_case(serialize_case(make_case()).replace("KS 2024/512", "KS 2024/0"))
    assert report.case is None and [p.line for p in report.errors] == [2]


# Printed numbering


def test_printed_numbers_are_kept_where_they_differ() -> None:
    points = ["Första.", {"text": "Tredje.", "nummer": "3.", "underpunkter": ["Under."]}]
    case = make_case(beslutsförslag=[{**BLOCK, "punkter": points}])
    numbers = [n for n, _ in case.decision_blocks[0].numbered_points()]
    assert numbers == ["1", "3", "3.1"]
    assert "nummer: '3'" in serialize_case(case)


def test_a_lone_point_printed_with_one_keeps_it() -> None:
    case = make_case(beslutsförslag=[{**BLOCK, "punkter": [{"text": "Ja.", "nummer": "1."}]}])
    assert [n for n, _ in case.decision_blocks[0].numbered_points()] == ["1"]
    assert render_text(case).count("\n1. Ja.\n") == 1


def test_a_printed_number_equal_to_the_derived_one_is_dropped() -> None:
    points = [{"text": "Ett.", "nummer": "1"}, {"text": "Två.", "nummer": " 2 "}]
    case = make_case(beslutsförslag=[{**BLOCK, "punkter": points}])
    assert all(p.number is None for p in case.decision_blocks[0].points)
    assert "nummer" not in serialize_case(case)


def test_a_point_number_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ValidationError, match="punktnummer"):
        make_case(beslutsförslag=[{**BLOCK, "punkter": [{"text": "Ja.", "nummer": "a"}]}])


# Kinds


def test_a_tjansteutlatande_is_a_kind_and_prints_no_presenters_line() -> None:
    case = parse_case(SERVICE_STATEMENT.read_bytes())
    assert case.kind is DocumentKind.TJANSTEUTLATANDE
    assert case.presenters_line is None
    assert "sammanfattning-saknas" not in {p.code for p in check_case(case)}
    assert render_text(case).startswith("Tjänsteutlåtande Rotel I (Dnr 023-1083/2008)\n")


def test_another_kind_is_refused_naming_the_kinds_we_model() -> None:
    report = inspect_case(
        serialize_case(make_case()).replace("handling: PM", "handling: Skrivelse")
    )
    [problem] = report.errors
    assert "Skrivelse" in problem.message and "Tjänsteutlåtande" in problem.message
    assert problem.line == 3


# Protocol line, bilagor, noted statements, yrkanden


def test_protocol_line_and_bilagor_are_kept_and_printed() -> None:
    line = "Bilaga 4:2 till kommunstyrelsens protokoll den 12 mars 2003, 6"
    case = make_case(protokollsbilaga=line, bilagor=["Karta", "Tidplan"])
    text = serialize_case(case)
    assert text.index("protokollsbilaga:") < text.index("handling:")
    assert "bilagor:\n  - Karta\n  - Tidplan\n" in text
    printed = render_text(case)
    assert printed.startswith(line + "\n\nPM Rotel II")
    assert printed.endswith("Bilagor\n\nKarta\n\nTidplan\n")


def test_noted_statements_and_yrkanden_are_kept_and_printed() -> None:
    case = parse_case(SERVICE_STATEMENT.read_bytes())
    assert case.outcome is not None
    [noted] = case.outcome.noted_statements
    [motion] = case.outcome.motions
    assert noted.party == "mp" and motion.members == ["Olle Berg"]
    printed = render_text(case)
    assert "Karin Sjöberg (mp) antecknade som yttrande följande." in printed
    assert "Yrkande av Olle Berg (v).\n\nKommunstyrelsen beslutar följande.\n1. " in printed


def test_a_yrkande_needs_decision_points() -> None:
    motion = {"parti": "v", "ledamöter": ["Olle Berg"], "beslutsförslag": []}
    with pytest.raises(ValidationError):
        make_case(utfall={"yrkanden": [motion]})


# Remissinstanser summarised in Beredning


def test_remissinstanser_mentioned_in_beredning_draw_no_warning() -> None:
    referrals = [{"instans": "Socialtjänstnämnden"}, {"instans": "Idrottsnämnden"}]
    beredning = section("Beredning", "Ärendet har remitterats till socialtjänstnämnden.")
    problems = check_case(make_case(remisser=referrals, avsnitt=[SUMMARY, beredning]))
    assert [(p.code, p.field) for p in problems] == [("remiss-utan-yttrande", "remisser.1")]


def test_with_a_remissammanstallning_a_mention_in_beredning_is_not_enough() -> None:
    beredning = section("Beredning", "Ärendet har remitterats till socialtjänstnämnden.")
    summary = section("Remissammanställningen", "Sammanställning.")
    case = make_case(
        remisser=[{"instans": "Socialtjänstnämnden"}], avsnitt=[SUMMARY, beredning, summary]
    )
    assert [p.code for p in check_case(case)] == ["remiss-utan-yttrande"]


# The bundled examples


@pytest.mark.parametrize("path", [OLDER_PM, SERVICE_STATEMENT], ids=lambda p: p.name)
def test_the_examples_are_valid_canonical_and_at_their_dnr_path(path: Path) -> None:
    report = inspect_case(path.read_bytes())
    assert report.case is not None and not report.errors and not report.warnings
    assert serialize_case(report.case) == path.read_text(encoding="utf-8")
    assert path.relative_to(BUNDLED_CASES.parent).as_posix() == report.case.dnr.relative_path


def test_fmt_migrates_a_dnr_and_numbers_to_the_canonical_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = serialize_case(make_case(beslutsförslag=[BLOCK])).replace(
        "KS 2024/512", "0023 - 1083/2008"
    )
    old = old.replace("      - Ja.\n", "      - text: Ja.\n        nummer: '1.'\n")
    path = tmp_path / "a.md"
    path.write_text(old, encoding="utf-8")
    code, _, _ = run_cli(capsys, "fmt", str(path))
    text = path.read_text(encoding="utf-8")
    assert code == 0 and "dnr: 0023-1083/2008\n" in text and "nummer: '1'\n" in text
    assert run_cli(capsys, "fmt", "--check", str(path))[0] == 0
