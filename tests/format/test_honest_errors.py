"""Messages say what is there: line ends named for what they are, long values shortened
wherever a message repeats them, and a comparison's problems located in their file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmtui.diff import compare_texts
from pmtui.format import inspect_case
from pmtui.format.problems import SHORT_KEEP, SHORT_LIMIT, shorten_echoes, shortened, shortened_repr
from pmtui.texts import format as texts
from tests.diff.helpers import case_text

TEXT = case_text()
LONG_NUMBER = "9" * 5000


def _warnings(text: str) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in inspect_case(text.encode("utf-8"), "x.md").warnings]


def test_lone_cr_file_is_reported_as_cr_not_crlf() -> None:
    report = inspect_case(TEXT.replace("\n", "\r").encode("utf-8"), "mac.md")
    assert report.ok
    [warning] = report.warnings
    assert (warning.code, warning.line, warning.message) == ("cr", 1, texts.CR_NORMALISED)
    assert "CRLF" not in warning.located()
    assert warning.located().startswith("mac.md:1: ")


def test_crlf_file_is_still_reported_as_crlf() -> None:
    assert _warnings(TEXT.replace("\n", "\r\n")) == [("crlf", 1)]


def test_mixed_line_ends_are_each_named_at_their_first_line() -> None:
    lines = TEXT.split("\n")
    lines[2] += "\r"  # line 3 ends CRLF
    mixed = "\n".join(lines[:5]) + "\r" + "\n".join(lines[5:])  # line 5 ends with CR only
    assert _warnings(mixed) == [("crlf", 3), ("cr", 5)]


def test_problem_after_lone_cr_lines_is_located_on_its_line() -> None:
    text = TEXT.replace("rotel: I\n", "rotel: XYZ\n").replace("\n", "\r")
    [error] = inspect_case(text.encode("utf-8"), "mac.md").errors
    assert error.located().startswith("mac.md:4: rotel: ")


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("rotel: I\n", f"rotel: I\nnummer: {LONG_NUMBER}\n", "nummer"),
        ("rotel: I\n", f"rotel: I\ndatum: {LONG_NUMBER}\n", "datum"),
        ("dnr: KS 2023/886\n", f"dnr: KS {LONG_NUMBER}\n", "dnr"),
        ("rotel: I\n", f"rotel: {'I' * 5000}\n", "rotel"),
        ("status: remiss\n", f"status: {'x' * 5000}\n", "status"),
        ("  - Karin Wanngård\n", f"  - {'K' * 5000}\n  - {'K' * 5000}\n", "föredragande"),
    ],
)
def test_long_values_are_shortened_in_messages(old: str, new: str, field: str) -> None:
    assert old in TEXT
    [error] = inspect_case(TEXT.replace(old, new).encode("utf-8"), "x.md").errors
    assert error.field == field
    assert len(error.message) < 200, error.message
    assert "…" in error.message and "tecken)" in error.message


def test_long_number_message_keeps_its_start_and_length() -> None:
    text = TEXT.replace("rotel: I\n", f"rotel: I\nnummer: {LONG_NUMBER}\n")
    [error] = inspect_case(text.encode("utf-8"), "x.md").errors
    assert f"'{'9' * SHORT_KEEP}…' (5000 tecken)" in error.message
    assert "9" * (SHORT_KEEP + 1) not in error.message


def test_long_values_in_yaml_messages_are_shortened() -> None:
    key = "k" * 1000
    duplicate = TEXT.replace("rotel: I\n", f"rotel: I\n{key}: a\n{key}: b\n")
    scalar = "---\n" + "x" * 5000 + "\n---\n"
    for text, code in ((duplicate, "yaml-dubblett"), (scalar, "front-matter-typ")):
        [error] = inspect_case(text.encode("utf-8"), "x.md").errors
        assert error.code == code
        assert len(error.message) < 200 and " tecken)" in error.message, error.message


def test_long_unknown_key_is_shortened_in_the_field_name() -> None:
    key = "k" * 1000  # YAML's longest key
    text = TEXT.replace("rotel: I\n", f"rotel: I\n{key}: x\n")
    [error] = inspect_case(text.encode("utf-8"), "x.md").errors
    assert error.field == shortened(key)
    assert len(error.located()) < 200


def test_short_values_are_repeated_as_they_are() -> None:
    [error] = inspect_case(TEXT.replace("rotel: I", "rotel: XYZ").encode("utf-8")).errors
    assert "'XYZ'" in error.message and "…" not in error.message


@given(st.text(min_size=SHORT_LIMIT + 1))
def test_shortened_keeps_the_start_and_says_the_length(value: str) -> None:
    short = shortened(value)
    assert short.startswith(value[:SHORT_KEEP] + "…")
    assert short.endswith(f"({len(value)} tecken)")
    expected = f"x {shortened_repr(value)} y {short}"
    assert shorten_echoes(f"x {value!r} y {value}", [value]) == expected


@given(st.text(max_size=SHORT_LIMIT))
def test_short_values_are_not_shortened(value: str) -> None:
    assert shortened(value) == value
    assert shorten_echoes(f"x {value!r}", [value]) == f"x {value!r}"


def test_comparison_problems_name_each_side_s_file() -> None:
    conflicted = TEXT.replace("rotel: I\n", "<<<<<<< HEAD\nrotel: I\n=======\n>>>>>>> b\n")
    diff = compare_texts(TEXT, conflicted, ("HEAD:cases/a.md", "cases/a.md"))
    assert diff.raw is not None
    assert diff.problems == (f"cases/a.md:4: {texts.CONFLICT_MARKERS.format(marker='<<<<<<<')}",)
