"""A YAML syntax error in front matter is told in Swedish, located, never in libyaml's
English (docs/reliability.md: no English reaches users)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmtui.format.frontmatter import load_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.texts import format as texts
from tests.test_swedish import english_words

BROKEN = {
    "rubrik: [1, 2": "listan som börjar med [",
    "rubrik: {a: 1": "mappningen som börjar med {",
    "rubrik: a: b": "ett kolon följt av mellanslag",
    "- a\nrubrik: c": "en rad i listan",
    "rubrik:\n  - b\n c: d": "en rad i mappningen",
    "rubrik: 'x": "texten tar slut",
    'rubrik: "\\q"': "okänd escape-sekvens",
    "rubrik: @x": "ett tecken som inte får inleda",
    "rubrik: !x!y z": "okänd YAML-tagg",
    "rubrik: *": "ett & eller *",
    "rubrik: \x07": "styrtecken",
    "dnr: a\n  rotel: 2": "ett kolon följt av mellanslag",
    "rubrik: " + "[" * 2000 + "]" * 2000: "för djup nästling",
}


def problem_of(yaml_text: str) -> tuple[str, int]:
    with pytest.raises(CaseFileError) as caught:
        load_front_matter(yaml_text)
    problem = caught.value.problems[0]
    return problem.message, problem.line or 0


@pytest.mark.parametrize(("yaml_text", "said"), BROKEN.items())
def test_each_syntax_error_is_said_in_swedish(yaml_text: str, said: str) -> None:
    message, line = problem_of(yaml_text)
    assert said in message
    assert not english_words(message), message
    assert line >= 2  # a file line: the front matter starts on line 2


@given(st.text(alphabet="ab: -[]{}'\"\n\t@&*!|>%#,?\\", max_size=40))
def test_no_broken_front_matter_yields_english(yaml_text: str) -> None:
    try:
        load_front_matter(yaml_text)
    except CaseFileError as error:
        for problem in error.problems:
            assert not english_words(problem.message), problem.message
            assert "found" not in problem.message and "expected" not in problem.message


def test_an_unknown_libyaml_text_gets_the_general_swedish_message() -> None:
    from pmtui.format.frontmatter import yaml_problem

    assert yaml_problem("some future libyaml complaint") == texts.YAML_SYNTAX_UNKNOWN
