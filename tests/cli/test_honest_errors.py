"""The command line's messages say what is there: a lone-CR file, a 5 000-digit number
and a diff of a file with conflict markers, on real Git repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.texts import format as texts
from tests.conftest import run_cli
from tests.diff.helpers import case_text
from tests.diff.repo import CASE_PATH, DNR, commit_case, new_repo

CONFLICTED = case_text().replace(
    "rotel: I\n", "<<<<<<< HEAD\nrotel: I\n=======\nrotel: II\n>>>>>>> annan\n"
)
LONG_NUMBER = "9" * 5000


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, *args)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = new_repo(tmp_path / "arkiv")
    commit_case(root, case_text(), "första")
    monkeypatch.chdir(root)
    return root


def test_check_names_lone_cr_line_ends(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / CASE_PATH).write_bytes(case_text().replace("\n", "\r").encode("utf-8"))
    code, out, _ = run(capsys, "check", CASE_PATH)
    assert code == 0
    assert out == f"{CASE_PATH}:1: varning: {texts.CR_NORMALISED}\n"


def test_check_shortens_a_5000_digit_number(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = case_text().replace("rotel: I\n", f"rotel: I\nnummer: {LONG_NUMBER}\n")
    (repo / CASE_PATH).write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", CASE_PATH)
    assert code == 1
    assert out.startswith(f"{CASE_PATH}:5: nummer: ogiltigt nummer '{'9' * 40}…' (5000 tecken)")
    assert len(out) < 200


def test_set_shortens_a_5000_digit_number(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "set", DNR, f"nummer={LONG_NUMBER}")
    assert code == 1
    assert "(5000 tecken)" in err and len(err) < 200


def test_new_shortens_a_long_dnr(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "new", "--dnr", f"KS {LONG_NUMBER}", "--rubrik", "R")
    assert code == 2
    assert "(5003 tecken)" in err and len(err) < 300


def test_diff_of_conflicted_work_file_names_the_file(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / CASE_PATH).write_text(CONFLICTED, encoding="utf-8")
    code, _, err = run(capsys, "diff", DNR)
    assert code == 0
    marker = texts.CONFLICT_MARKERS.format(marker="<<<<<<<")
    assert err == f"{CASE_PATH}:4: {marker}\n"


def test_diff_of_conflicted_commit_names_revision_and_file(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, CONFLICTED, "med konflikt", day=2)
    code, out, err = run(capsys, "diff", DNR, "HEAD~1", "HEAD", "--json")
    assert code == 0
    assert "<text>" not in err + out
    assert err.startswith(f"HEAD:{CASE_PATH}:4: ")
    code, _, err = run(capsys, "diff", DNR, "HEAD", "HEAD~1")
    assert err.startswith(f"HEAD:{CASE_PATH}:4: ")
