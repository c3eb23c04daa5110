"""Blame on versions given directly (no repository): attribution rules."""

from __future__ import annotations

import datetime as dt

from pmtui.diff import CaseBlame, TextVersion, Version, blame_case
from pmtui.diff.blame import body_sections
from pmtui.format import parse_case
from tests.diff.helpers import case_text, make_case

WHEN = dt.datetime(2023, 9, 1, 10, tzinfo=dt.UTC)


def _lines(blame: CaseBlame, heading: str) -> list[tuple[str, str]]:
    (section,) = blame.only(heading)
    return [(line.text, line.revision.commit_id) for line in section.lines if line.text]


def test_rewrap_and_renamed_section_keep_attribution() -> None:
    first = case_text(views="Alfa är först. Beta är tvåa.")
    second = first.replace("Alfa är först.", "Alfa är\nförst.").replace(
        "## Föredragande borgarrådets synpunkter", "## Mina synpunkter"
    )
    third = second.replace("Beta är tvåa.", "Beta är tvåa. Gamma är ny.")
    history = [
        TextVersion("c3", "Anna", WHEN, third),
        TextVersion("c2", "Karin", WHEN, second),
        TextVersion("c1", "Karin", WHEN, first),
    ]
    assert _lines(blame_case(history), "mina") == [
        ("Alfa är först.", "c1"),
        ("Beta är tvåa.", "c1"),
        ("Gamma är ny.", "c3"),
    ]


def test_parsed_versions_and_texts_blame_alike() -> None:
    old, new = make_case(views="En mening. En till."), make_case(views="En mening. En annan.")
    by_case = blame_case([Version("b", "B", WHEN, new), Version("a", "A", WHEN, old)])
    by_text = blame_case(
        [
            TextVersion("b", "B", WHEN, case_text(views="En mening. En annan.")),
            TextVersion("a", "A", WHEN, case_text(views="En mening. En till.")),
        ]
    )
    assert by_case == by_text
    assert _lines(by_case, "synpunkter") == [("En mening.", "a"), ("En annan.", "b")]


def test_unreadable_version_is_skipped() -> None:
    good = case_text(views="Första. Andra.")
    history = [
        TextVersion("c3", "A", WHEN, case_text(views="Första. Tredje.")),
        TextVersion("c2", "A", WHEN, "inte ett ärende"),
        TextVersion("c1", "A", WHEN, good),
    ]
    assert _lines(blame_case(history), "synpunkter") == [("Första.", "c1"), ("Tredje.", "c3")]


def test_body_sections_read_like_the_whole_case(seed_case_text: str) -> None:
    assert body_sections(seed_case_text) == parse_case(seed_case_text).sections
    fenced = case_text(views="Text.\n\n```\n## inte en rubrik\n```")
    assert body_sections(fenced) == parse_case(fenced).sections
    assert len(body_sections(fenced) or []) == 2
