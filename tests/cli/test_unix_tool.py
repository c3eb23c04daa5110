"""pmtui behaves like a Unix tool: a reader that stops early (``| head -1``) ends it
quietly with git's 141, the app refuses to run without a terminal, and an unknown case
fails every command that takes one. Real processes, pipes and repositories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.cli.main import main
from tests.conftest import git
from tests.diff.helpers import case_text
from tests.diff.repo import CASE_PATH, DNR, commit_case, new_repo

PMTUI = [sys.executable, "-m", "pmtui.cli.main"]
BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for git in `git log | head -1`
# Far more than a pipe holds (64 KiB on Linux) plus what the reader takes in one read, so
# pmtui is still writing when the reader goes away: EPIPE every time, not by chance.
BIG = 400_000


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = new_repo(tmp_path / "arkiv")
    commit_case(root, case_text(), "första")
    monkeypatch.chdir(root)
    return root


def read_first_line(args: list[str], cwd: Path) -> tuple[bytes, int, str]:
    """Run pmtui, read one line of its stdout and close the pipe, as ``| head -1`` does."""
    process = subprocess.Popen(
        [*PMTUI, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode("utf-8", errors="replace")
    return first, process.wait(timeout=120), errors


def test_log_into_a_pipe_closed_early_exits_141_without_a_word(repo: Path) -> None:
    subject = "Lång rad " * (BIG // 9)
    (repo / "meddelande").write_text(subject + "\n", encoding="utf-8")
    file = repo / CASE_PATH
    file.write_text(case_text(status="beredd"), encoding="utf-8")
    git(repo, "add", CASE_PATH)
    git(repo, "commit", "-q", "-F", "meddelande")
    commit_case(repo, case_text(status="tillstyrkt"), "senaste", day=2)
    for _ in range(3):
        first, code, errors = read_first_line(["log", DNR], repo)
        assert b"senaste" in first
        assert (code, errors) == (BROKEN_PIPE, "")


def test_diff_into_a_pipe_closed_early_exits_141_without_a_word(repo: Path) -> None:
    sentences = " ".join(f"Mening {n} läggs till i avsnittet." for n in range(BIG // 30))
    (repo / CASE_PATH).write_text(case_text(views=sentences), encoding="utf-8")
    for _ in range(3):
        first, code, errors = read_first_line(["diff", DNR, "--color", "never"], repo)
        assert first.startswith("Jämför".encode())
        assert (code, errors) == (BROKEN_PIPE, "")


def test_help_into_a_pipe_closed_early_is_quiet_too(repo: Path) -> None:
    for _ in range(5):
        process = subprocess.run(
            f"{sys.executable} -m pmtui.cli.main --help | head -c 1",
            shell=True,
            cwd=repo,
            capture_output=True,
            timeout=60,
        )
        assert process.stderr == b""


@pytest.mark.parametrize("argv", [[], ["tui"]], ids=["pmtui", "pmtui tui"])
def test_the_app_without_a_terminal_says_why_and_exits(repo: Path, argv: list[str]) -> None:
    (repo / "cases").mkdir(exist_ok=True)
    result = subprocess.run(
        [*PMTUI, *argv],
        cwd=repo,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    assert result.returncode == 1
    assert result.stdout == b""  # no escape codes in the pipe
    message = result.stderr.decode("utf-8")
    assert "terminal" in message and "stdin" in message and "stdout" in message
    assert "pmtui list" in message and "Traceback" not in message


UNKNOWN = "KS 2099/1"
COMMANDS_TAKING_A_CASE = {
    "show": ["show", UNKNOWN],
    "show --json": ["show", UNKNOWN, "--json"],
    "log": ["log", UNKNOWN],
    "log --json": ["log", UNKNOWN, "--json"],
    "diff": ["diff", UNKNOWN],
    "diff A B": ["diff", UNKNOWN, "HEAD", "HEAD"],
    "diff --json": ["diff", UNKNOWN, "--json"],
    "blame": ["blame", UNKNOWN],
    "edit": ["edit", UNKNOWN],
    "set": ["set", UNKNOWN, "rubrik=Ny"],
    "status": ["status", UNKNOWN, "remiss"],
}


@pytest.mark.parametrize("argv", COMMANDS_TAKING_A_CASE.values(), ids=COMMANDS_TAKING_A_CASE)
def test_an_unknown_case_fails_every_command(
    repo: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    head = git(repo, "rev-parse", "HEAD")
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "2099" in captured.err and captured.out == ""
    assert git(repo, "rev-parse", "HEAD") == head


def test_a_new_case_not_yet_committed_has_an_empty_log_not_an_error(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = repo / "cases" / "2023" / "ks-2023-900.md"
    other.write_text(case_text().replace("KS 2023/886", "KS 2023/900"), encoding="utf-8")
    assert main(["log", "KS 2023/900"]) == 0
    assert "ingen historik" in capsys.readouterr().err
