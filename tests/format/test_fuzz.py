"""Arbitrary and mutated files never crash the reader: each gives a case or located errors,
and whatever reads as a case is written canonically and reads back the same."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmtui.format import inspect_case, parse_case, serialize_case
from tests.conftest import BUNDLED_CASES

SOURCES = [p.read_text(encoding="utf-8") for p in sorted(BUNDLED_CASES.rglob("*.md"))]
PIECES = [
    "\n",
    "---\n",
    "## ",
    "### ",
    "# ",
    "- ",
    "  ",
    ":",
    "[",
    "]",
    "{",
    "&a ",
    "*a",
    "!",
    "```\n",
    "<!--",
    "> ",
    "1. ",
    "|",
    "\r\n",
    "\ufeff",
    "\t",
    "'",
    '"',
    "~",
    "null",
    "<<<<<<< ",
    "2023-02-30",
    "punkter:",
    "text: ",
    "avstått: ja",
    "\x00",
    "é",
    "\u2028",
]


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
    return text


def _check(data: str | bytes) -> None:
    report = inspect_case(data, "f.md")
    if report.case is None:
        assert report.errors
    for problem in report.problems:
        assert problem.line is None or problem.line >= 1
        assert problem.located().startswith("f.md")
    if report.ok:
        assert report.case is not None
        text = serialize_case(report.case)
        assert parse_case(text) == report.case
        assert serialize_case(parse_case(text)) == text


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_mutated_cases_give_a_case_or_located_errors(text: str) -> None:
    _check(text)
    _check(text.encode("utf-8", errors="surrogatepass"))


@settings(deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: "---\n" + t)))
def test_arbitrary_input_never_raises(data: str | bytes) -> None:
    _check(data)
