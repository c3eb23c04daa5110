"""Change summaries: which parts differ between two versions, named in Swedish."""

from __future__ import annotations

from pmtui.model.changes import ChangedPart, change_summary, changed_parts
from tests.model.helpers import BLOCK, SUMMARY, make_case, section


def test_new_case_and_no_change() -> None:
    case = make_case()
    assert change_summary(None, case) == "nytt ärende"
    assert changed_parts(None, case) == []
    assert change_summary(case, make_case()) == "inga ändringar"


def test_field_changes_use_the_yaml_keys_and_swedish_labels() -> None:
    old, new = make_case(), make_case(status="remiss", rubrik="Ny rubrik", övriga_dnr=["KS 2020/1"])
    parts = changed_parts(old, new)
    assert parts == [
        ChangedPart("field", "övriga_dnr"),
        ChangedPart("field", "rubrik"),
        ChangedPart("field", "status"),
    ]
    assert change_summary(old, new) == "ändrade övriga dnr, rubrik, status"


def test_a_changed_point_is_named_by_its_number() -> None:
    old = make_case(
        beslutsförslag=[{**BLOCK, "punkter": ["A.", {"text": "B:", "underpunkter": ["x", "y"]}]}]
    )
    new = make_case(
        beslutsförslag=[{**BLOCK, "punkter": ["A.", {"text": "B:", "underpunkter": ["x", "z"]}]}]
    )
    assert changed_parts(old, new) == [ChangedPart("point", "2.2")]
    assert change_summary(old, new) == "ändrade att-sats 2.2"


def test_points_in_later_blocks_carry_the_block_number() -> None:
    first = {**BLOCK, "punkter": ["A."]}
    old = make_case(beslutsförslag=[first, {**BLOCK, "punkter": ["B.", "C."]}])
    new = make_case(beslutsförslag=[first, {**BLOCK, "punkter": ["B.", "D."]}])
    assert changed_parts(old, new) == [ChangedPart("point", "2:2")]


def test_added_block_and_changed_intro_name_the_block() -> None:
    old = make_case(beslutsförslag=[BLOCK])
    new = make_case(
        beslutsförslag=[{**BLOCK, "inledning": "Kommunstyrelsen föreslår följande."}, BLOCK]
    )
    parts = changed_parts(old, new)
    assert ChangedPart("block", "1") in parts and ChangedPart("block", "2") in parts
    assert "beslutsblock 2" in change_summary(old, new)


def test_section_changes_are_named_by_heading() -> None:
    old = make_case(avsnitt=[SUMMARY, section("Beredning", "Ett.")])
    new = make_case(avsnitt=[SUMMARY, section("Beredning", "Två.")])
    assert change_summary(old, new) == "ändrade avsnittet Beredning"
    removed = make_case(avsnitt=[SUMMARY])
    assert changed_parts(old, removed) == [ChangedPart("section", "Beredning")]


def test_board_proposal_and_outcome_are_fields() -> None:
    old = make_case()
    new = make_case(
        beredningens_beslutsförslag=[BLOCK], utfall={"ställningstagande": "tillstyrker"}
    )
    assert change_summary(old, new) == "ändrade beredningens förslag, utfall"
