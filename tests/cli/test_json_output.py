"""Every ``--json`` output parses with a strict JSON parser, holds no raw control character
and gives a field's text back exactly (docs/reliability.md, F32).

One writer (``pmtui.terminal.json_text``) serves every command; it is fuzzed directly,
and each command with ``--json`` runs in-process on a real Git repository (built with
the git CLI) with fuzzed text in one field: commands on the work tree change its file
per example, commands on history get a new one-commit repository per example.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pmtui.cli.main import build_parser, main
from pmtui.format import inspect_case, parse_case, serialize_case
from pmtui.model import Case
from pmtui.terminal import json_text
from tests.conftest import git
from tests.diff.helpers import case_text
from tests.diff.repo import CASE_PATH, DNR, commit_case, new_repo

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Terminal escapes (CSI, OSC 52), C0, DEL, C1, JSON's own escapes and look-alikes of them.
PIECES = [
    *"\x00\x01\x07\x08\t\n\r\x0b\x0c\x1b\x1f\x7f\x80\x85\x9b\x9c\x9f",
    "\x1b[2J",
    "\x1b]52;c;aGk=\x07",
    "\x9b31m",
    "\\",
    '"',
    "\\x7f",
    "\\u0000",
    "\u2028",
    "\ufeff",
    "😀",
    "å",
    " ",
    "a",
]
NASTY = st.one_of(st.text(), st.lists(st.sampled_from(PIECES)).map("".join))
# Text a case file or a commit message can hold: anything but NUL.
STORABLE = NASTY.map(lambda text: text.replace("\x00", ""))
BASE = parse_case(case_text())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | NASTY,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NASTY, inner, max_size=4),
    max_leaves=12,
)


def parsed(output: str) -> Any:
    """``output`` read by a strict JSON parser (which also refuses ``\\x`` escapes and raw
    control characters inside strings), after checking that it holds no raw control
    character: only the line breaks of its indentation, which lie outside strings."""
    data = json.loads(output, strict=True)
    assert CONTROL.search(output.replace("\n", "")) is None
    return data


def run(capsys: pytest.CaptureFixture[str], repo: Path, *args: str) -> str:
    capsys.readouterr()
    code = main(["--repo", str(repo), *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = new_repo(tmp_path / "arkiv")
    commit_case(root, case_text(), "första")
    return root


def case_file(title: str = "Rubrik", heading: str | None = None) -> tuple[str, Case]:
    """The case file with this title (and first heading), and the case as pmtui reads it
    back from that file: what every ``--json`` must give back exactly."""
    data = BASE.model_dump(mode="json", by_alias=True)
    data["rubrik"] = title
    data["avsnitt"][0]["rubrik"] = heading or data["avsnitt"][0]["rubrik"]
    try:
        text = serialize_case(Case.model_validate(data))
    except ValueError:  # not a valid case (e.g. a heading ending in '#'): not this test's
        assume(False)
    report = inspect_case(text)
    assert report.case is not None
    return text, report.case


@contextlib.contextmanager
def committed(parent: Path, text: str, message: str = "ändrat") -> Iterator[Path]:
    """A new repository whose one commit holds the case file ``text`` and exactly
    ``message``. One per example: amending a single repository instead would make every
    example slower than the last (each rewritten head stays a tip in pmtui's history cache)."""
    root = Path(tempfile.mkdtemp(dir=parent))
    try:
        git(root, "init", "-q")
        (root / CASE_PATH).parent.mkdir(parents=True)
        (root / CASE_PATH).write_bytes(text.encode("utf-8"))
        git(root, "add", CASE_PATH)
        verbatim = ["--allow-empty-message", "--cleanup=verbatim", "-F", "-"]
        subprocess.run(
            ["git", "commit", "-q", *verbatim], input=message.encode(), cwd=root, check=True
        )
        yield root
    finally:
        shutil.rmtree(root)


@given(JSON_VALUES)
def test_json_writer_escapes_every_control_character_and_round_trips(value: Any) -> None:
    assert parsed(json_text(value)) == value


def test_json_writer_escapes_del_c1_and_lone_surrogates_as_u_escapes() -> None:
    text = json_text(["\x7f", "\x9b", "\x1b", "\ud800"])
    assert text == '[\n  "\\u007f",\n  "\\u009b",\n  "\\u001b",\n  "\\ud800"\n]'
    assert parsed(text) == ["\x7f", "\x9b", "\x1b", "\ud800"]


def test_every_command_with_json_output_is_covered_here() -> None:
    [commands] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    with_json = {
        name
        for name, parser in commands.choices.items()
        if any("--json" in action.option_strings for action in parser._actions)
    }
    # status and sync: tests/sync/test_sync_json.py (they need a remote and two clones)
    assert with_json == {
        "show",
        "list",
        "log",
        "diff",
        "blame",
        "review",
        "agenda",
        "status",
        "sync",
    }


def test_show_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file("R " + text)
        (repo / CASE_PATH).write_bytes(file.encode("utf-8"))
        assert parsed(run(capsys, repo, "show", "--json", DNR))["rubrik"] == case.title

    check()


def test_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file("R " + text)
        with committed(tmp_path, file) as repo:
            [row] = parsed(run(capsys, repo, "list", "--json"))
        assert row["rubrik"] == case.title

    check()


def test_log_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file, _ = case_file()

    @given(STORABLE)
    def check(message: str) -> None:
        with committed(tmp_path, file, message) as repo:
            [entry] = parsed(run(capsys, repo, "log", "--json", DNR))
        assert entry["message"] == message.lstrip("\n")  # libgit2 drops leading newlines

    check()


def test_diff_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file("R " + text)
        (repo / CASE_PATH).write_bytes(file.encode("utf-8"))
        data = parsed(run(capsys, repo, "diff", DNR, "--json"))
        [title] = [field for field in data["fields"] if field["key"] == "rubrik"]
        assert (title["old"], title["new"]) == (BASE.title, case.title)
        assert "".join(s["text"] for s in title["spans"] if s["op"] != "delete") == case.title

    check()


def test_blame_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file(heading="Avsnitt " + text)
        with committed(tmp_path, file) as repo:
            data = parsed(run(capsys, repo, "blame", DNR, "--json"))
        assert data[0]["heading"] == case.sections[0].heading

    check()


def test_review_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``review --json`` is written in pieces as cases are compared: still one document."""

    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file("R " + text)
        (repo / CASE_PATH).write_bytes(file.encode("utf-8"))
        git(repo, "commit", "-q", "--allow-empty", "-am", "ändrat")
        data = parsed(run(capsys, repo, "review", "--json", "HEAD~1..HEAD"))
        assume(data["cases"])  # the same title as the example before: nothing changed
        assert data["cases"][0]["title"] == case.title
        assert data["cases"][0]["fields"][0]["new"] == case.title

    check()


def test_agenda_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``agenda --json`` gives the title of a case planned for the meeting back exactly."""
    planned = "sammanträden:\n  - organ: kommunstyrelsen\n    datum: 2023-09-13\n"

    @given(STORABLE)
    def check(text: str) -> None:
        file, case = case_file("R " + text)
        front, body = file.removeprefix("---\n").split("\n---\n", 1)
        (repo / CASE_PATH).write_bytes(f"---\n{front}\n{planned}---\n{body}".encode())
        data = parsed(run(capsys, repo, "agenda", "ks", "2023-09-13", "--json"))
        assert data["punkter"][0]["rubrik"] == case.title

    check()


def test_schema_is_strict_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert parsed(run(capsys, repo, "schema"))["type"] == "object"
