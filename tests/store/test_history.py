"""History of one case: newest first, renames, plain git, changed parts, tags, cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository
from tests.conftest import git
from tests.store.conftest import StepClock, seed_case

PATH = "cases/2023/ks-2023-886.md"


def _save_title(repo: CaseRepository, title: str) -> str:
    loaded = repo.load("KS 2023/886")
    assert loaded.case is not None
    result = repo.save(loaded.case.model_copy(update={"title": title}), loaded.base)
    assert result.commit_id is not None
    return result.commit_id


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def test_history_newest_first_with_authors_parts_and_plain_git(saved: CaseRepository) -> None:
    root = _root(saved)
    first = _save_title(saved, "Första")
    text = (root / PATH).read_text(encoding="utf-8").replace("ort: ", "ort: ")
    text = text.replace("Ärendet har beretts av stadsledningskontoret.\n", "Ändrat i vim.\n", 1)
    (root / PATH).write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "Handredigerat i vim")
    saved.create(seed_case("KS 2023/900"))  # touches another case: not in this history
    entries = saved.history("KS 2023/886")
    subjects = [e.subject for e in entries]
    assert subjects == [
        "Handredigerat i vim",
        "KS 2023/886: ändrade rubrik",
        "KS 2023/886: nytt ärende",
    ]
    assert entries[1].commit_id == first
    assert entries[0].changed == ["avsnittet Beredning"]
    assert entries[1].changed == ["rubrik"]
    assert entries[2].changed == ["nytt ärende"]
    assert entries[0].author == "Test Testsson" and entries[0].email == "test@example.invalid"
    assert entries[1].when.isoformat() == "2023-09-06T10:02:00+02:00"
    expected = git(root, "log", "--format=%H", "--", PATH).split()
    assert [e.commit_id for e in entries] == expected


def test_history_follows_a_rename(saved: CaseRepository) -> None:
    root = _root(saved)
    _save_title(saved, "Före flytten")
    old = "cases/2023/ks-2023-885.md"
    git(root, "mv", PATH, old)
    git(root, "commit", "-qm", "Fel namn")
    git(root, "mv", old, PATH)
    git(root, "commit", "-qm", "Rätt namn igen")
    entries = saved.history("KS 2023/886")
    assert [e.subject for e in entries] == [
        "Rätt namn igen",
        "Fel namn",
        "KS 2023/886: ändrade rubrik",
        "KS 2023/886: nytt ärende",
    ]
    assert [e.path for e in entries] == [PATH, old, PATH, PATH]


def test_history_marks_milestones_and_is_correct_after_branch_switch(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    saved.set_status("KS 2023/886", Status.REMISS)
    git(root, "switch", "-q", "-c", "utkast", "HEAD~1")
    assert [e.subject for e in saved.history("KS 2023/886")] == ["KS 2023/886: nytt ärende"]
    _save_title(saved, "På sidogren")
    git(root, "switch", "-q", "main")
    entries = saved.history("KS 2023/886")
    assert [e.subject for e in entries] == [
        "KS 2023/886: ändrade status",
        "KS 2023/886: nytt ärende",
    ]
    assert entries[0].tags == ["ks-2023-886/remiss"]


def test_history_cache_survives_a_new_process_and_stays_correct(saved: CaseRepository) -> None:
    _save_title(saved, "Ett")
    saved.history("KS 2023/886")
    fresh = CaseRepository.discover(explicit=saved.root, clock=StepClock())
    _save_title(fresh, "Två")
    assert [e.subject for e in fresh.history("KS 2023/886")][:2] == [
        "KS 2023/886: ändrade rubrik",
        "KS 2023/886: ändrade rubrik",
    ]
    assert len(fresh.history("KS 2023/886", details=False)) == 3


def test_text_at_any_revision_and_history_entry(saved: CaseRepository) -> None:
    _save_title(saved, "Nyare")
    entries = saved.history("KS 2023/886")
    assert "rubrik: Strong Cities" in saved.text_at("KS 2023/886", entries[-1].commit_id)
    assert "rubrik: Nyare" in saved.text_at("KS 2023/886", "HEAD")
    assert "rubrik: Strong Cities" in saved.text_at("KS 2023/886", "HEAD~1")


def test_last_changes_names_the_newest_commit_per_case(saved: CaseRepository) -> None:
    other = saved.create(seed_case("KS 2023/900"))
    newest = _save_title(saved, "Senast")
    changes = saved.last_changes()
    assert changes[PATH].commit_id == newest
    assert changes["cases/2023/ks-2023-900.md"].commit_id == other.commit_id
    assert changes[PATH].author == "Test Testsson"
    assert set(saved.last_changes([PATH])) == {PATH}


def _branchy_history(repo: CaseRepository) -> Path:
    """Renames, a merge where both sides changed cases, a non-case file, a deletion."""
    root = _root(repo)
    _save_title(repo, "Före grenen")
    git(root, "switch", "-q", "-c", "sida")
    repo.create(seed_case("KS 2023/901"))
    git(root, "mv", "cases/2023/ks-2023-901.md", "cases/2023/ks-2023-902.md")
    git(root, "commit", "-qm", "flytta 901")
    git(root, "switch", "-q", "main")
    _save_title(repo, "På main")
    (root / "README.txt").write_text("x\n", encoding="utf-8")
    git(root, "add", "README.txt")
    git(root, "commit", "-qm", "inte ett ärende")
    git(root, "merge", "-q", "--no-ff", "-m", "slå ihop", "sida")
    git(root, "rm", "-q", "cases/2023/ks-2023-902.md")
    git(root, "commit", "-qm", "ta bort 902")
    return root


def test_git_log_and_pygit2_indexers_agree(saved: CaseRepository) -> None:
    from pmtui.store.history_gitlog import log_touches
    from pmtui.store.history_index import walk_touches

    root = _branchy_history(saved)
    head = git(root, "rev-parse", "HEAD").strip()
    fast = log_touches(root / ".git", head, [])
    slow = walk_touches(saved._git, head, [])
    assert fast is not None
    assert sorted(fast[0]) == sorted(slow[0])
    assert sorted(fast[1]) == sorted(slow[1])
    renamed = [t for t in fast[1] if t[2] is not None]
    assert [(t[0], t[2]) for t in renamed] == [
        ("cases/2023/ks-2023-902.md", "cases/2023/ks-2023-901.md")
    ]


def test_history_is_the_same_with_the_pygit2_walk(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _branchy_history(saved)
    expected = git(root, "log", "--format=%H", "--", PATH).split()
    assert [e.commit_id for e in saved.history("KS 2023/886", details=False)] == expected
    monkeypatch.setenv("PMTUI_HISTORY_WALK", "pygit2")
    fresh = CaseRepository(saved._git, clock=StepClock(), cache=False)
    assert [e.commit_id for e in fresh.history("KS 2023/886", details=False)] == expected
    moved = [e.subject for e in fresh.history("cases/2023/ks-2023-902.md")]
    assert moved == ["ta bort 902", "flytta 901", "KS 2023/901: nytt ärende"]


def test_history_index_keeps_one_tip_on_a_growing_branch(saved: CaseRepository) -> None:
    for number in range(4):
        _save_title(saved, f"Version {number}")
        saved.history("KS 2023/886", details=False)
    assert saved._cache.walk_tips() == [saved.head_commit]
    assert len(saved.history("KS 2023/886")) == 5
