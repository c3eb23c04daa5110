"""No English reaches a user: every command's help, and representative runs (results and
errors) on a real temporary repository, are scanned for common English words.

Allowed, because they are not English prose: command names where they name a command
(``pmtui show``, ``'show'`` in a list of choices, a row of the command list), options
(``--help``), quoted git commands (``git commit``, ``git merge --abort``), paths, and the
keys of ``--json`` output and of the JSON Schema (machine-readable field names; their
values are scanned, and the schema's titles and descriptions), commit ids and e-mail
addresses.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pmtui.cli.main import build_parser, main
from tests.conftest import git

ENGLISH = frozenset(
    """
    the an and or of to from by with without this that these those is are was were be been
    not no yes should must can cannot could would will may might shall please try see use
    using used show shows help message messages exit error errors warning warnings valid
    invalid input output options option optional arguments positional usage required
    requires missing unknown unrecognized unexpected expected expecting found choose choice
    choices allowed ignored ambiguous match matches matched value values type string number
    integer file files folder directory failed failure success done nothing none empty line
    lines field fields save saved changed change changes here there where which what when
    """.split()  # noqa: SIM905 - a word list reads better as text
)
COMMANDS = "|".join(  # every command, as ``pmtui --help`` lists them
    sorted(re.findall(r"^    ([a-z][\w-]*)(?=\s)", build_parser().format_help(), re.MULTILINE))
)
_ALLOWED = [
    re.compile(r"^git .*$", re.MULTILINE),  # a git command line (git-setup --print)
    re.compile(r"\bgit [^'\"(),;\n]*"),  # a quoted git command, up to where the quote ends
    re.compile(rf"\bpmtui(?: --?[\w-]+(?: \S+)?)* (?:{COMMANDS})\b"),
    re.compile(rf"'(?:{COMMANDS})'"),
    re.compile(rf"^\s+(?:{COMMANDS})(?=\s)", re.MULTILINE),  # the help's list of commands
    re.compile(rf"\{{(?:{COMMANDS}|,)+\}}"),
    re.compile(r"(?<![\w-])--?[\w-]+"),  # options
    re.compile(r"\S*/\S*"),  # paths (and dnr like KS 2023/886)
    re.compile(r"\S+@\S+"),  # e-mail addresses
    re.compile(r"\b[0-9a-f]{7,40}\b"),  # commit ids
]
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # letters, Swedish ones too


@dataclass
class Output:
    argv: tuple[str, ...]
    text: str


def english_words(text: str) -> list[str]:
    """The English words in ``text`` once the allowed parts are taken out."""
    for allowed in _ALLOWED:
        text = allowed.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.casefold() in ENGLISH]


def json_strings(value: Any) -> Iterator[str]:
    """The string values of JSON data (its keys are field names, not prose)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)
    elif isinstance(value, str):
        yield value


def schema_texts(node: Any) -> Iterator[str]:
    """What editors show from the JSON Schema: titles, descriptions, error messages."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "description", "patternErrorMessage") and isinstance(value, str):
                yield value
            else:
                yield from schema_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from schema_texts(item)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Output:
    capsys.readouterr()
    with contextlib.suppress(SystemExit):  # --help and usage errors exit from argparse
        main(list(argv))
    captured = capsys.readouterr()
    out = captured.out
    if "--json" in argv or argv[-1:] == ("schema",):
        data = json.loads(out)
        out = "\n".join(schema_texts(data) if argv[-1:] == ("schema",) else json_strings(data))
    return Output(argv, out + "\n" + captured.err)


def subcommands() -> list[str]:
    """The commands, as ``pmtui --help`` lists them (one per row, indented four spaces)."""
    help_text = build_parser().format_help()
    return re.findall(r"^    ([a-z][\w-]*)(?=\s)", help_text, re.MULTILINE)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    root = tmp_path / "arkiv"
    run(capsys, "init", str(root))
    monkeypatch.chdir(root)
    monkeypatch.setenv("PMTUI_NOW", "2023-09-06T10:00:00+02:00")
    new = ("new", "--dnr", "KS 2023/886", "--rubrik", "Resa till Göteborg", "--rotel", "I")
    run(capsys, *new, "--foredragande", "Karin Wanngård")
    run(capsys, "set", "KS 2023/886", "rubrik=Resa till Malmö")
    return root


def test_the_word_list_finds_english_and_allows_what_it_should() -> None:
    assert english_words("usage: pmtui [-h]\n\noptions:\n  -h, --help  show this help") == [
        "usage",
        "options",
        "show",
        "this",
        "help",
    ]
    assert english_words("Input should be a valid date") == ["Input", "should", "be", "valid"]
    allowed = "Kör 'pmtui show DNR', välj bland 'check', 'show'; avsluta: git commit --no-edit"
    assert english_words(allowed) == []
    assert english_words("    show      Visa ett ärende") == []


def test_every_help_text_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = [run(capsys, "--help")] + [run(capsys, c, "--help") for c in subcommands()]
    assert len(outputs) == len(COMMANDS.split("|")) + 1 >= 17  # every command, and pmtui
    _assert_swedish(outputs)


def test_every_usage_error_is_swedish(capsys: pytest.CaptureFixture[str], archive: Path) -> None:
    outputs = [
        run(capsys, *argv)
        for argv in (
            ("okänt-kommando",),
            ("list", "--okänd-flagga"),
            ("--okänd-flagga",),
            ("new",),
            ("new", "--dnr"),
            ("new", "--dnr", "KS 2023/1", "--rubrik", "R"),
            ("show",),
            ("diff", "KS 2023/886", "--color", "lila"),
            ("diff", "KS 2023/886", "--context", "många"),
            ("diff", "KS 2023/886", "--word", "--line"),
            ("diff", "KS 2023/886", "A..B", "C"),
            ("diff", "KS 2023/886", "--context", "-1"),
            ("set", "KS 2023/886"),
            ("set", "KS 2023/886", "färg=blå"),
            ("set", "KS 2023/886", "utan-likhetstecken"),
            ("status", "KS 2023/886", "klar"),
            ("list", "--status", "klar"),
            ("show", "inget-ärende"),
            ("check", "saknas.md"),
        )
    ]
    _assert_swedish(outputs)


def test_every_command_speaks_swedish(capsys: pytest.CaptureFixture[str], archive: Path) -> None:
    git(archive, "tag", "-a", "forsta", "-m", "första")
    outputs = [
        run(capsys, *argv)
        for argv in (
            ("--version",),
            ("list",),
            ("list", "--json"),
            ("log", "KS 2023/886"),
            ("log", "KS 2023/886", "--json"),
            ("show", "KS 2023/886"),
            ("show", "KS 2023/886", "--json"),
            ("check",),
            ("fmt", "--check"),
            ("schema",),
            ("diff", "KS 2023/886", "HEAD~1", "HEAD"),
            ("diff", "KS 2023/886", "HEAD~1...HEAD", "--side-by-side", "--color", "never"),
            ("diff", "KS 2023/886", "HEAD~1", "--json"),
            ("blame", "KS 2023/886"),
            ("git-setup", "--print"),
            ("git-setup",),
            ("edit", "KS 2023/886"),
            ("status", "KS 2023/886", "remiss"),
            ("agenda", "ks", "2023-09-13"),
            ("agenda", "ks", "2023-09-13", "--json"),
            ("agenda", "ks", "2023-09-13", "--to", "md"),
            ("set", "KS 2023/886", "rotel=I"),
            ("tui",),
            ("demo", str(archive.parent / "demo"), "--no-tui"),
        )
    ]
    _assert_swedish(outputs)


def test_every_refusal_and_validation_message_is_swedish(
    capsys: pytest.CaptureFixture[str], archive: Path
) -> None:
    bad = archive / "cases" / "2023" / "ks-2023-999.md"
    bad.write_text(
        "---\ndnr: KS 2023/999\nhandling: Brev\nrotel: Z\nrubrik: 5\nföredragande: []\n"
        "datum: 2023-02-30\nstatus: klar\nokänd: 1\nremisser:\n  - typ: 1\n---\n\n"
        "## Ärendet\n\nText.\n",
        encoding="utf-8",
    )
    (archive / "cases" / "2023" / "mapp.md").mkdir()
    outputs = [
        run(capsys, *argv)
        for argv in (
            ("check",),
            ("fmt", "--check"),
            ("show", "KS 2023/999"),
            ("set", "KS 2023/886", "datum=2023-02-30"),
            ("set", "KS 2023/886", "datum=igår"),
            ("set", "KS 2023/886", "handling=Brev"),
            ("set", "KS 2023/886", "rotel=Z"),
            ("set", "KS 2023/886", "föredragande="),
            ("set", "KS 2023/886", "övriga_dnr=KS"),
            ("new", "--dnr", "KS 2023/5", "--rubrik", "", "--rotel", "I", "--foredragande", "A"),
            ("new", "--dnr", "KS 2023/6", "--rubrik", "R", "--rotel", "XX", "--foredragande", "A"),
            ("log", "KS 2099/1"),
            ("show", "KS 2099/1"),
            ("diff", "KS 2099/1"),
            ("blame", "KS 2099/1"),
            ("diff", "KS 2023/886", "ingen-sådan-version"),
            ("--repo", str(archive.parent / "saknas"), "list"),
            ("status", "KS 2023/886", "beslutad"),
            ("agenda", "styrelsen", "2023-09-13"),
            ("agenda", "ks", "2023-02-30"),
            ("agenda", "ks", "2023-09-13", "--to", "md", "-o", "cases/lista.md"),
            # the guard for personal data (a generated number, born 2091)
            ("set", "KS 2023/886", "rubrik=Sökande 20911218-9874"),
            ("set", "KS 2023/886", "rubrik=Sökande", "--personuppgifter-granskat", " "),
            ("guard", "--staged", "x.md"),
            ("set", "KS 2023/886", "rubrik=20911218-9874", "--personuppgifter-granskat", "ok"),
            ("check",),
            ("guard",),
            ("git-setup", "--installera-krok"),
            ("git-setup", "--installera-krok"),
        )
    ]
    _assert_swedish(outputs)


def _assert_swedish(outputs: list[Output]) -> None:
    found = {" ".join(o.argv): english_words(o.text) for o in outputs}
    offenders = {argv: words for argv, words in found.items() if words}
    assert not offenders, "\n".join(
        f"pmtui {argv}: {words}\n{next(o.text for o in outputs if ' '.join(o.argv) == argv)}"
        for argv, words in offenders.items()
    )
