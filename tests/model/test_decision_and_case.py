"""Decision blocks (numbering, nested points, the board's proposal stored once) and the
field validation of the case model."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pmtui.model import (
    Case,
    DecisionBlock,
    MarkdownBlock,
    Outcome,
    Paragraph,
    SectionKind,
    section_kind,
)
from tests.model.helpers import BLOCK, make_case, section

KS = "Kommunstyrelsen beslutar för egen del följande."


def _block(*points: object, board: str | None = None) -> DecisionBlock:
    data: dict[str, object] = {"inledning": KS, "punkter": list(points)}
    if board:
        data["beredningens_inledning"] = board
    return DecisionBlock.model_validate(data)


def test_a_single_point_is_unnumbered() -> None:
    assert [n for n, _ in _block("Ja.").numbered_points()] == [""]


def test_points_are_numbered_from_one_with_nested_points() -> None:
    block = _block(
        "Ett.",
        "Två.",
        {"text": "Tre:", "underpunkter": ["a,", {"text": "b", "underpunkter": ["x"]}]},
    )
    numbered = [(n, p.text) for n, p in block.numbered_points()]
    assert numbered == [
        ("1", "Ett."),
        ("2", "Två."),
        ("3", "Tre:"),
        ("3.1", "a,"),
        ("3.2", "b"),
        ("3.2.1", "x"),
    ]


def test_a_single_point_with_subpoints_is_numbered() -> None:
    block = _block({"text": "Uppdrag att", "underpunkter": ["utreda,", "redovisa."]})
    assert [n for n, _ in block.numbered_points()] == ["1", "1.1", "1.2"]


def test_each_block_is_numbered_from_one() -> None:
    case = make_case(
        beslutsförslag=[{**BLOCK, "punkter": ["A.", "B."]}, {**BLOCK, "punkter": ["C.", "D."]}]
    )
    assert [[n for n, _ in b.numbered_points()] for b in case.decision_blocks] == [
        ["1", "2"],
        ["1", "2"],
    ]


def test_block_needs_points_and_point_needs_text() -> None:
    with pytest.raises(ValidationError):
        _block()
    with pytest.raises(ValidationError):
        _block({"underpunkter": ["a"]})
    with pytest.raises(ValidationError):
        _block("   ")


BOARD = "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."


def test_board_proposal_is_derived_from_the_board_intro() -> None:
    case = make_case(beslutsförslag=[{**BLOCK, "beredningens_inledning": BOARD}])
    assert case.board_decision_blocks is None
    assert case.board_proposal == [
        DecisionBlock.model_validate(
            {"inledning": BOARD, "punkter": case.decision_blocks[0].points}
        )
    ]


def test_board_proposal_equal_to_the_derived_one_is_stored_once() -> None:
    own = {**BLOCK, "beredningens_inledning": BOARD}
    same = {"inledning": BOARD, "punkter": BLOCK["punkter"]}
    case = make_case(beslutsförslag=[own], beredningens_beslutsförslag=[same])
    assert case.board_decision_blocks is None
    assert [b.intro for b in case.board_proposal] == [BOARD]


def test_board_proposal_that_differs_is_kept() -> None:
    other = {"inledning": BOARD, "punkter": ["Nej."]}
    case = make_case(
        beslutsförslag=[{**BLOCK, "beredningens_inledning": BOARD}],
        beredningens_beslutsförslag=[other],
    )
    assert case.board_decision_blocks is not None
    assert case.board_proposal[0].points[0].text == "Nej."


def test_empty_outcome_is_no_outcome() -> None:
    assert make_case(utfall={}).outcome is None
    assert make_case(utfall={"ställningstagande": "tillstyrker"}).outcome == Outcome.model_validate(
        {"ställningstagande": "tillstyrker"}
    )


def test_header_line_for_each_form() -> None:
    assert make_case().header == "PM Rotel II (Dnr KS 2024/512)"
    joint = make_case(
        rotel="I+VII", handling="Utlåtande", nummer="2017:19", övriga_dnr=["155-1302/2015"]
    )
    assert joint.header == "Utlåtande 2017:19 RI+VII (Dnr KS 2024/512, 155-1302/2015)"
    assert make_case(rotel="I+VII").header == "PM RI+VII (Dnr KS 2024/512)"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("föredragande", []),
        ("föredragande", ["A", "a"]),
        ("övriga_dnr", ["KS 2020/1", "ks 2020/1"]),
        ("remisser", [{"instans": "X"}, {"instans": "x"}]),
        ("nummer", "17:41"),
        ("handling", "Skrivelse"),
        ("status", "klar"),
        ("rubrik", " \n "),
        ("datum", "2023-02-30"),
        ("okänd", "x"),
    ],
)
def test_invalid_fields_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        make_case(**{field: value})


def test_whitespace_in_one_line_fields_is_folded() -> None:
    case = make_case(rubrik="  Två \n  rader ", underrubriker=["a\tb"])
    assert (case.title, case.subtitles) == ("Två rader", ["a b"])


def test_flags_accept_swedish_yes_and_no() -> None:
    case = make_case(
        remisser=[{"instans": "A", "avstått": "ja"}, {"instans": "B", "avstått": "Nej"}]
    )
    assert [r.declined for r in case.referrals] == [True, False]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Sammanfattning av ärendet", SectionKind.SUMMARY),
        ("Beredning", SectionKind.PREPARATION),
        ("Föredragande borgarrådets synpunkter", SectionKind.VIEWS),
        ("Mina synpunkter", SectionKind.VIEWS),
        ("Våra  synpunkter", SectionKind.VIEWS),
        ("ärendena", SectionKind.BACKGROUND),
        ("Bakgrund", SectionKind.BACKGROUND),
        ("Remissammanställningen", SectionKind.REFERRALS),
        ("Ekonomiska konsekvenser", SectionKind.OTHER),
    ],
)
def test_section_kinds_come_from_headings(heading: str, kind: SectionKind) -> None:
    assert section_kind(heading) is kind


def test_unknown_headings_are_kept_as_written() -> None:
    case = make_case(avsnitt=[section("Ekonomiska  konsekvenser", "Inga.")])
    assert case.sections[0].heading == "Ekonomiska konsekvenser"
    assert case.section_named("ekonomiska konsekvenser") is case.sections[0]


def test_paragraph_may_not_start_like_markdown_and_heading_may_not_end_with_hash() -> None:
    with pytest.raises(ValidationError, match="Markdown-syntax"):
        Paragraph(text="- punkt")
    with pytest.raises(ValidationError, match="'#'"):
        make_case(avsnitt=[section("Rubrik #")])


def test_markdown_block_is_kept_but_must_stay_a_block() -> None:
    block = MarkdownBlock(text="- a  \r\n- b\r\n\n\n\n> c\n")
    assert block.text == "- a\n- b\n\n> c"
    code = "```\nx\n\n\n\ny\n```\n\n\n    indragen\n\n\n    kod"
    assert MarkdownBlock(text=code).text == code.replace("```\n\n\n    ", "```\n\n    ")
    for text, fragment in [
        ("```\nkod", "inte avslutat"),
        ("<!-- kommentar", "inte avslutat"),
        ("## Rubrik", "rubriker"),
        ("Rubrik\n---", "rubriker"),
        ("Bara ett stycke.", "vanligt stycke"),
        (" \n ", "tom"),
    ]:
        with pytest.raises(ValidationError, match=fragment):
            MarkdownBlock(text=text)


def test_adjacent_markdown_blocks_merge() -> None:
    case = make_case(
        avsnitt=[
            {
                "rubrik": "Ärendet",
                "innehåll": [
                    {"typ": "markdown", "text": "- a"},
                    {"typ": "markdown", "text": "1. b"},
                ],
            }
        ]
    )
    assert case.sections[0].blocks == [MarkdownBlock(text="- a\n\n1. b")]


def test_case_is_built_by_field_name_too() -> None:
    case = Case(dnr="KS 2024/1", rotel="I", title="Rubrik", presenters=["A"])
    assert case.place == "Stockholm" and case.status.value == "utkast"


def test_text_a_utf8_file_cannot_hold_is_refused() -> None:
    for bad in ["a\x00b", "a\ud800b"]:
        with pytest.raises(ValidationError, match="inte kan sparas"):
            make_case(rubrik=bad)
        with pytest.raises(ValidationError, match="inte kan sparas"):
            Paragraph(text=bad)
        with pytest.raises(ValidationError, match="inte kan sparas"):
            MarkdownBlock(text=f"- {bad}")


def test_escaped_nul_in_front_matter_is_a_located_error() -> None:
    from pmtui.format import inspect_case

    text = '---\ndnr: KS 2024/1\nrotel: I\nrubrik: "a\\0b"\nföredragande: [A]\n---\n'
    report = inspect_case(text, "x.md")
    assert [p.located() for p in report.errors] == [
        "x.md:4: rubrik: texten innehåller ett tecken som inte kan sparas (U+0000)"
    ]
