"""A save is one commit: message, trailer, identity, clock, clean status, index kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pmtui.store import CaseRepository, IdentityMissing
from tests.conftest import git
from tests.store.conftest import seed_case

PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def test_init_makes_cases_gitattributes_and_a_first_commit(repo: CaseRepository) -> None:
    root = _root(repo)
    assert (root / "cases").is_dir()
    attributes = (root / ".gitattributes").read_text(encoding="utf-8")
    assert "cases/**/*.md diff=pmtui text eol=lf" in attributes
    assert git(root, "log", "--format=%s").strip() == "Skapa ärendearkiv"
    assert git(root, "status", "--porcelain") == ""


def test_create_is_one_commit_with_summary_and_trailer(repo: CaseRepository) -> None:
    result = repo.create(seed_case())
    root = _root(repo)
    assert result.commit_id == git(root, "rev-parse", "HEAD").strip()
    assert git(root, "log", "-1", "--format=%B").strip() == (
        "KS 2023/886: nytt ärende\n\nÄrende: KS 2023/886"
    )
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [PATH]
    # git's trailer parser takes ASCII keys only, so the trailer is found with --grep.
    assert git(root, "log", "--format=%H", "--grep=^Ärende: KS 2023/886$").split() == [
        result.commit_id
    ]


def test_save_summarises_changed_parts(saved: CaseRepository) -> None:
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    changed = loaded.case.model_copy(update={"title": "Ny rubrik", "place": "Solna"})
    result = saved.save(changed, loaded.base)
    assert result.message == "KS 2023/886: ändrade rubrik, ort\n\nÄrende: KS 2023/886\n"


def test_message_option_overrides_summary_but_keeps_trailer(saved: CaseRepository) -> None:
    loaded = saved.load("ks-2023-886")
    assert loaded.case is not None
    result = saved.save(loaded.case.model_copy(update={"title": "X"}), loaded.base, "Rättat")
    assert result.message == "KS 2023/886: Rättat\n\nÄrende: KS 2023/886\n"


def test_unchanged_content_makes_no_commit(saved: CaseRepository) -> None:
    root = _root(saved)
    before = git(root, "rev-parse", "HEAD")
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    result = saved.save(loaded.case, loaded.base)
    assert result.commit_id is None
    assert git(root, "rev-parse", "HEAD") == before


def test_author_committer_and_time_come_from_config_and_clock(saved: CaseRepository) -> None:
    root = _root(saved)
    line = git(root, "log", "-1", "--format=%an|%ae|%cn|%aI|%cI").strip()
    # The init commit took 10:00, the create commit 10:01 from the stepping clock.
    assert line == (
        "Test Testsson|test@example.invalid|Test Testsson|"
        "2023-09-06T10:01:00+02:00|2023-09-06T10:01:00+02:00"
    )


def test_status_clean_fsck_clean_and_commit_am_does_not_revert(saved: CaseRepository) -> None:
    """F6: the index is updated with the commit, so a later `git commit -am` keeps the save."""
    root = _root(saved)
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    saved.save(loaded.case.model_copy(update={"title": "Sparad rubrik"}), loaded.base)
    assert git(root, "status", "--porcelain") == ""
    subprocess.run(["git", "fsck", "--full", "--strict"], cwd=root, check=True, capture_output=True)
    (root / "anteckning.txt").write_text("x\n", encoding="utf-8")
    git(root, "add", "anteckning.txt")
    git(root, "commit", "-am", "Användarens commit")
    assert "rubrik: Sparad rubrik" in git(root, "show", f"HEAD:{PATH}")
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == ["anteckning.txt"]


def test_user_staged_file_stays_staged_and_out_of_our_commit(saved: CaseRepository) -> None:
    """F4."""
    root = _root(saved)
    (root / "egen.txt").write_text("mitt\n", encoding="utf-8")
    git(root, "add", "egen.txt")
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    saved.save(loaded.case.model_copy(update={"title": "Y"}), loaded.base)
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [PATH]
    assert git(root, "status", "--porcelain") == "A  egen.txt\n"


def test_missing_identity_names_the_git_config_commands(
    tmp_path: Path, hermetic_environment: Path
) -> None:
    repo = CaseRepository.init(tmp_path / "a")
    (hermetic_environment / ".gitconfig").write_text("", encoding="utf-8")
    with pytest.raises(IdentityMissing) as caught:
        CaseRepository.discover(explicit=tmp_path / "a").create(seed_case())
    assert 'git config --global user.name "' in caught.value.hint
    assert 'git config --global user.email "' in caught.value.hint
    assert repo.head_commit is not None


def test_pmtui_now_fixes_the_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PMTUI_NOW", "2024-01-02T03:04:05+01:00")
    repo = CaseRepository.init(tmp_path / "a")
    repo.create(seed_case())
    assert git(tmp_path / "a", "log", "-1", "--format=%aI").strip() == "2024-01-02T03:04:05+01:00"


def test_save_text_keeps_the_users_bytes_and_validates(saved: CaseRepository) -> None:
    root = _root(saved)
    loaded = saved.load("KS 2023/886")
    text = loaded.text.replace("rubrik: Strong", "rubrik:  Strong")
    result = saved.save_text(PATH, text, loaded.base)
    assert result.commit_id is not None
    assert (root / PATH).read_text(encoding="utf-8") == text
    assert git(root, "status", "--porcelain") == ""
