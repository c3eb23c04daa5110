"""``pmtui import``: --dry-run writes nothing, the default writes cases/, never over a case,
--commit makes one commit per file, and a file that is not a PM is named."""

from __future__ import annotations

from pathlib import Path

import pygit2
import pytest

from tests.conftest import SEED_TEXT, run_cli
from tests.diff.repo import new_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = new_repo(tmp_path / "arkiv")
    monkeypatch.chdir(root)
    return root


def test_dry_run_shows_the_case_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "import", "--dry-run", str(SEED_TEXT))
    assert code == 0 and out.startswith("---\ndnr: KS 2023/886")
    assert "Ord: 460 i filen, 460 placerade" in err
    assert not (repo / "cases" / "2023" / "ks-2023-886.md").exists()


def test_import_writes_the_case_and_refuses_to_overwrite(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "import", str(SEED_TEXT))[0] == 0
    written = repo / "cases" / "2023" / "ks-2023-886.md"
    before = written.read_bytes()
    code, _, err = run_cli(capsys, "import", str(SEED_TEXT))
    assert code == 1 and "finns redan" in err and written.read_bytes() == before


def test_commit_makes_one_commit_per_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = pygit2.Repository(str(repo)).head.target
    code, _, err = run_cli(capsys, "import", "--commit", str(SEED_TEXT))
    git = pygit2.Repository(str(repo))
    commit = git.get(git.head.target)
    assert isinstance(commit, pygit2.Commit)
    assert code == 0 and commit.parents[0].id == head
    assert "cases" in commit.tree and "Importerade 1 av 1" in err


def test_a_file_that_is_not_a_pm_is_named(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "brev.txt"
    other.write_text("Hej!\n\nTack för senast.\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "import", str(other))
    assert code == 1 and "brev.txt" in err and "Hej!" in err and "Traceback" not in err
