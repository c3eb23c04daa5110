"""Side by side without colour: lines break only between words, never inside one, and an
edit that spans lines is marked on each of them."""

from __future__ import annotations

import re

import pytest

from pmtui.diff import RenderOptions, compare_cases, render_diff
from pmtui.diff.paint import Style
from pmtui.diff.sidebyside import wrap
from tests.diff.helpers import make_case

OLD = (
    "Stadsledningskontoret anser att förslaget om samverkan mellan förvaltningarna är ett "
    "mycket utmärkt och genomtänkt förslag som bör genomföras skyndsamt."
)
NEW = (
    "Stadsledningskontoret anser att förslaget om samarbete mellan stadsdelsförvaltningarna "
    "och bolagen är ett bra förslag som bör genomföras."
)
_MARKERS = re.compile(r"\[-|-\]|\{\+|\+\}")


def columns(width: int, color: bool = False) -> tuple[list[str], list[str]]:
    diff = compare_cases(make_case(views=OLD), make_case(views=NEW))
    text = render_diff(diff, RenderOptions(side_by_side=True, width=width, color=color))
    rows = [line for line in text.splitlines() if " │ " in line][1:]  # not Före │ Efter
    return [r.split(" │ ")[0][2:] for r in rows], [r.split(" │ ")[1] for r in rows]


def words_of(column: list[str]) -> list[str]:
    return [w for line in column for w in _MARKERS.sub("", line).split()]


@pytest.mark.parametrize("width", [50, 60, 72, 90, 120])
def test_no_word_is_split_across_lines(width: int) -> None:
    left, right = columns(width)
    assert words_of(left) == OLD.split()
    assert words_of(right) == NEW.split()


@pytest.mark.parametrize("width", [50, 60, 72, 90, 120])
def test_every_line_closes_the_markers_it_opens(width: int) -> None:
    left, right = columns(width)
    for line in left:
        assert line.count("[-") == line.count("-]"), line
    for line in right:
        assert line.count("{+") == line.count("+}"), line


@pytest.mark.parametrize("width", [60, 72, 90, 120])  # {+stadsdelsförvaltningarna+} fits
def test_rows_keep_within_the_width_markers_included(width: int) -> None:
    diff = compare_cases(make_case(views=OLD), make_case(views=NEW))
    text = render_diff(diff, RenderOptions(side_by_side=True, width=width))
    assert all(len(line) <= width for line in text.splitlines() if " │ " in line)


def test_an_edit_over_several_lines_is_marked_on_each() -> None:
    pieces = [("Det är ", Style.PLAIN), ("ett mycket långt inskott", Style.DELETED)]
    lines = wrap(pieces, 16, color=False)
    assert [[t for t, _ in line] for line in lines] == [
        ["Det är ", "ett"],
        ["mycket långt"],
        ["inskott"],
    ]
    assert all(style is Style.DELETED for line in lines[1:] for _, style in line)


def test_a_word_wider_than_the_column_stands_alone_and_whole() -> None:
    pieces = [("en stadsdelsförvaltningsövergripande fråga", Style.PLAIN)]
    assert wrap(pieces, 12, color=False) == [
        [("en", Style.PLAIN)],
        [("stadsdelsförvaltningsövergripande", Style.PLAIN)],
        [("fråga", Style.PLAIN)],
    ]


def test_colour_output_breaks_at_the_same_words() -> None:
    plain_left, _ = columns(60)
    coloured_left, _ = columns(60, color=True)
    strip = re.compile(r"\x1b\[[0-9;]*m")
    assert words_of([strip.sub("", line) for line in coloured_left]) == OLD.split()
    assert len(coloured_left) <= len(plain_left)
