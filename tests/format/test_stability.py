"""Stable text: a change to one field changes only that field's lines; BOM and CRLF are
accepted with a warning and normalised; serialising is deterministic."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pmtui.format import inspect_case, parse_case, serialize_case
from pmtui.model import Case, DecisionBlock, Paragraph
from tests.conftest import BUNDLED_CASES

SEED = BUNDLED_CASES / "2023" / "ks-2023-886.md"
ALL_CASES = sorted(BUNDLED_CASES.rglob("*.md"))


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _seed() -> tuple[str, Case]:
    text = SEED.read_text(encoding="utf-8")
    return text, parse_case(text)


def test_changing_the_status_changes_one_line() -> None:
    text, case = _seed()
    changed = serialize_case(case.model_copy(update={"status": "beslutad"}))
    assert _changed_lines(text, changed) == ["-status: tillstyrkt", "+status: beslutad"]


def test_changing_a_point_changes_only_that_point() -> None:
    text, case = _seed()
    block = case.decision_blocks[0]
    point = block.points[0].model_copy(update={"text": "Staden tackar nej."})
    new_block = block.model_copy(update={"points": [point]})
    changed = serialize_case(case.model_copy(update={"decision_blocks": [new_block]}))
    lines = _changed_lines(text, changed)
    assert len(lines) == 2
    assert lines[0].startswith("-      - Staden tackar ja")
    assert lines[1] == "+      - Staden tackar nej."


def test_changing_one_sentence_changes_only_its_line() -> None:
    text, case = _seed()
    sections = [s.model_copy(deep=True) for s in case.sections]
    background = next(s for s in sections if s.heading == "Ärendet")
    old = background.blocks[2].text
    background.blocks[2] = Paragraph(text=old.replace("till ca 160.", "till ca 170."))
    changed = serialize_case(case.model_copy(update={"sections": sections}))
    assert _changed_lines(text, changed) == [
        "-Antalet medlemsstäder uppgår 2023 till ca 160.",
        "+Antalet medlemsstäder uppgår 2023 till ca 170.",
    ]


def test_adding_a_presenter_adds_one_line() -> None:
    text, case = _seed()
    changed = serialize_case(case.model_copy(update={"presenters": [*case.presenters, "Anna Ek"]}))
    assert _changed_lines(text, changed) == ["+  - Anna Ek"]


def test_adding_a_point_adds_only_its_line() -> None:
    text, case = _seed()
    block = case.decision_blocks[0]
    more = DecisionBlock.model_validate(
        {
            **block.model_dump(by_alias=True),
            "punkter": [block.points[0].text, "Resan bekostas av KS."],
        }
    )
    changed = serialize_case(case.model_copy(update={"decision_blocks": [more]}))
    assert _changed_lines(text, changed) == ["+      - Resan bekostas av KS."]


@pytest.mark.parametrize("path", ALL_CASES, ids=lambda p: p.name)
def test_every_bundled_case_serialises_to_its_own_bytes(path: Path) -> None:
    data = path.read_bytes()
    report = inspect_case(data, str(path))
    assert report.ok and report.canonical
    assert serialize_case(parse_case(data)).encode("utf-8") == data


@pytest.mark.parametrize("path", ALL_CASES, ids=lambda p: p.name)
def test_bom_and_crlf_are_accepted_normalised_and_warned(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    windows = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    report = inspect_case(windows, "w.md")
    assert report.ok and not report.canonical
    assert [(p.code, p.line) for p in report.warnings] == [("bom", 1), ("crlf", 1)]
    assert report.case == parse_case(text)
    assert serialize_case(report.case) == text


def test_lone_cr_line_ends_are_warned_as_cr_not_crlf() -> None:
    text = SEED.read_text(encoding="utf-8")
    report = inspect_case(text.replace("\n", "\r"))
    assert [p.code for p in report.warnings] == ["cr"]
    assert report.case == parse_case(text)


def test_non_canonical_file_is_reported_as_such() -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "föredragande:\n  - Karin Wanngård", "föredragande: [Karin Wanngård]"
    )
    report = inspect_case(text)
    assert report.ok and not report.canonical
    assert serialize_case(report.case) == SEED.read_text(encoding="utf-8")  # type: ignore[arg-type]


def test_serialising_is_deterministic_and_ends_with_one_newline() -> None:
    _, case = _seed()
    first, second = serialize_case(case), serialize_case(parse_case(serialize_case(case)))
    assert first == second
    assert first.endswith("\n") and not first.endswith("\n\n")
