"""With the config from ``pmtui git-setup``, plain git shows case files word by word."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.cli.main import main
from tests.conftest import git
from tests.diff.helpers import LONG_SENTENCE, case_text
from tests.diff.repo import CASE_PATH, commit_case, new_repo


@pytest.fixture
def repo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = new_repo(tmp_path / "arkiv")
    assert main(["--repo", str(root), "git-setup"]) == 0
    capsys.readouterr()
    filler = "".join(f"Mening nummer {n} står kvar.\n" for n in range(1, 5))
    views = (
        LONG_SENTENCE + "\n" + filler + "Staden tackar ja till mötet, bl.a. för städernas skull."
    )
    commit_case(root, case_text(views=views), "första")
    changed = views.replace("tackar ja", "tackar nej").replace("städernas skull.", "stadens skull!")
    commit_case(root, case_text(views=changed), "andra", day=2)
    return root


def test_git_log_word_diff_shows_the_changed_words(repo: Path) -> None:
    out = git(repo, "log", "-p", "--word-diff", "-1", "--format=%s", "--", CASE_PATH)
    changed = [line for line in out.splitlines() if "[-" in line or "{+" in line]
    assert changed == [
        "Staden tackar [-ja-]{+nej+} till mötet, bl.a. för [-städernas-]{+stadens+} skull[-.-]{+!+}"
    ]


def test_aliases_and_hunk_header_naming_the_section(repo: Path) -> None:
    out = git(repo, "wlog", "-1", "--format=%s", "--", CASE_PATH)
    assert "[-ja-]{+nej+}" in out
    hunk = next(line for line in out.splitlines() if line.startswith("@@"))
    assert hunk.endswith("## Föredragande borgarrådets synpunkter")
    assert "[-ja-]{+nej+}" in git(repo, "wshow", "HEAD", "--format=%s")


def test_plain_git_log_shows_the_sentence_as_one_line(repo: Path) -> None:
    out = git(repo, "log", "-p", "-1", "--format=%s", "--", CASE_PATH)
    removed = [
        line for line in out.splitlines() if line.startswith("-") and not line.startswith("---")
    ]
    assert removed == ["-Staden tackar ja till mötet, bl.a. för städernas skull."]


def test_print_only_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = new_repo(tmp_path / "annat")
    assert main(["--repo", str(root), "git-setup", "--print"]) == 0
    out = capsys.readouterr().out
    assert "git config diff.pmtui.wordRegex '[^[:space:][:punct:]]+|[[:punct:]]'" in out
    assert git(root, "config", "--get", "diff.pmtui.wordRegex", check=False) == ""
