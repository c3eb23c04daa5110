"""argparse's own words in Swedish: every message template it has is translated, and the
help and errors of a real parse show none of its English."""

from __future__ import annotations

import re

import pytest

from pmtui.cli.main import build_parser, main
from pmtui.cli.parser import ARGPARSE_MESSAGES, translate
from tests.test_swedish import english_words


def _example(template: str) -> str:
    """The template with each placeholder filled as argparse fills it."""
    values = iter(["'lila'", "'auto', 'always'", "--color", "--word", "3"])
    return re.sub(r"%\((\w+)\)[rs]|%[rs]", lambda _: next(values, "x"), template)


@pytest.mark.parametrize("template", sorted(ARGPARSE_MESSAGES))
def test_every_argparse_message_is_translated(template: str) -> None:
    english = _example(template)
    swedish = translate(english)
    assert swedish != english
    assert not english_words(swedish), swedish


def test_a_nested_message_is_translated_inside_out() -> None:
    message = "argument --color: invalid choice: 'lila' (choose from 'auto', 'never')"
    assert translate(message) == "--color: ogiltigt val 'lila' (välj bland 'auto', 'never')"
    assert translate("invalid int value: 'x'") == "ogiltigt värde 'x': väntade ett heltal"
    assert translate("något helt annat") == "något helt annat"


def test_help_has_swedish_headings_usage_and_help_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["diff", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("användning: pmtui diff ")
    assert "\nargument:\n" in text and "\nflaggor:\n" in text
    assert "-h, --help            Visa den här hjälpen och avsluta." in text
    assert "usage" not in text and "options" not in text and "positional" not in text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["nytt"], "pmtui: KOMMANDO: ogiltigt val 'nytt' (välj bland 'check', "),
        (["new"], "pmtui: följande argument saknas: --dnr, --rubrik"),
        (
            ["list", "--alla"],
            "pmtui: okända argument: --alla\nSkriv 'pmtui --help' eller 'pmtui list",
        ),
        (["diff", "X", "--context", "två"], "pmtui: --context: ogiltigt värde 'två'"),
        (["diff", "X", "--word", "--line"], "pmtui: --line: kan inte anges tillsammans med"),
        (["show", "X", "--yaml"], "pmtui: okända argument: --yaml"),
    ],
)
def test_usage_errors_are_swedish_and_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(argv)
    except SystemExit as exited:  # errors found while parsing exit from argparse
        code = int(exited.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(expected) and not english_words(err)
