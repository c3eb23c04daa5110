"""The history index is extended, not rebuilt: after new commits only those are read;
rewritten history (amend, rebase) and branch switches still give git's own list."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pygit2
import pytest

from pmtui.store import CaseRepository, history_gitlog
from pmtui.store.history import Reachability
from pmtui.store.history_gitlog import log_touches, parse_log
from pmtui.store.history_index import update_index
from tests.conftest import git
from tests.store.conftest import StepClock, seed_case

PATH = "cases/2023/ks-2023-886.md"
DNR = "KS 2023/886"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _commit_title(root: Path, title: str) -> None:
    text = (root / PATH).read_text(encoding="utf-8")
    start = text.index("rubrik: ")
    end = text.index("\n", start)
    (root / PATH).write_text(text[:start] + f"rubrik: {title}" + text[end:], encoding="utf-8")
    git(root, "commit", "-qam", f"rubrik {title}")


def _commit_appended(root: Path, sentence: str) -> None:
    with (root / PATH).open("a", encoding="utf-8") as file:
        file.write(f"\n{sentence}\n")
    git(root, "commit", "-qam", sentence)


def _extend(repo: CaseRepository) -> int:
    head = repo.head_commit
    assert head is not None
    return update_index(repo._git, repo._cache, head)


def _count(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def _git_log(root: Path, path: str = PATH) -> list[str]:
    return git(root, "log", "--format=%H", "--", path).split()


def _pmtui_log(repo: CaseRepository) -> list[str]:
    return [e.commit_id for e in repo.history(DNR, details=False)]


@pytest.fixture(params=["git", "pygit2"])
def walk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both indexers: ``git log --raw`` and the pygit2 walk."""
    if request.param == "pygit2":
        monkeypatch.setenv("PMTUI_HISTORY_WALK", "pygit2")
    return str(request.param)


def test_a_build_after_new_commits_reads_only_those(saved: CaseRepository, walk: str) -> None:
    root = _root(saved)
    for number in range(3):
        _commit_title(root, f"Före {number}")
    assert _extend(saved) == _count(root)  # the first build reads everything
    assert _extend(saved) == 0  # nothing new: nothing read
    for number in range(5):
        _commit_title(root, f"Efter {number}")
    assert _extend(saved) == 5
    assert _pmtui_log(saved) == _git_log(root)
    assert len(_pmtui_log(saved)) == 9


def test_a_new_process_extends_the_stored_index(saved: CaseRepository) -> None:
    root = _root(saved)
    assert _extend(saved) == _count(root)
    _commit_title(root, "Ny")
    fresh = CaseRepository.discover(explicit=root, clock=StepClock())
    assert _extend(fresh) == 1
    assert _pmtui_log(fresh) == _git_log(root)


def test_amend_and_rebase_give_git_logs_list(saved: CaseRepository, walk: str) -> None:
    root = _root(saved)
    _commit_title(root, "Version 0")
    other = root / "cases" / "2023" / "ks-2023-900.md"
    other.write_text((root / PATH).read_text(encoding="utf-8"), encoding="utf-8")
    git(root, "add", str(other))
    git(root, "commit", "-qm", "ett annat ärende")
    for number in range(1, 3):
        _commit_title(root, f"Version {number}")
    assert _pmtui_log(saved) == _git_log(root)
    git(root, "commit", "-q", "--amend", "-m", "omskriven")
    assert _extend(saved) == 1  # only the amended commit is new
    assert _pmtui_log(saved) == _git_log(root)
    before = _pmtui_log(saved)
    dropped = git(root, "rev-parse", "HEAD~2").strip()
    git(root, "rebase", "-q", "--onto", f"{dropped}~1", dropped)  # drops the other case
    assert _extend(saved) == 2  # the two commits replayed on the commit before it
    assert _pmtui_log(saved) == _git_log(root)
    assert set(_pmtui_log(saved)).isdisjoint(before[:2])
    assert _git_log(root, "cases/2023/ks-2023-900.md") == []
    assert "cases/2023/ks-2023-900.md" not in saved.last_changes()
    git(root, "reset", "-q", "--hard", "HEAD~1")
    assert _extend(saved) == 0  # an older commit is already indexed
    assert _pmtui_log(saved) == _git_log(root)


def test_branch_switches_keep_several_tips(saved: CaseRepository, walk: str) -> None:
    root = _root(saved)
    _commit_title(root, "Gemensam")
    assert _extend(saved) == _count(root)
    git(root, "switch", "-q", "-c", "sida", "HEAD~1")
    _commit_appended(root, "Sida 1.")
    _commit_appended(root, "Sida 2.")
    assert _extend(saved) == 2
    assert _pmtui_log(saved) == _git_log(root)
    git(root, "switch", "-q", "main")
    assert _extend(saved) == 0
    assert _pmtui_log(saved) == _git_log(root)
    git(root, "merge", "-q", "--no-ff", "-m", "slå ihop", "sida")
    assert _extend(saved) == 1  # only the merge commit
    # The same commits; their order among equal commit times is git's own choice.
    assert sorted(_pmtui_log(saved)) == sorted(_git_log(root))
    assert _pmtui_log(saved)[0] == git(root, "rev-parse", "HEAD").strip()
    assert len(saved._cache.walk_tips()) == 1


def test_cases_created_after_a_build_show_in_last_changes(saved: CaseRepository) -> None:
    assert set(saved.last_changes()) == {PATH}
    created = saved.create(seed_case("KS 2023/901"))
    assert _extend(saved) == 1
    changes = saved.last_changes()
    assert changes["cases/2023/ks-2023-901.md"].commit_id == created.commit_id


def test_streamed_output_parses_like_the_whole(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root(saved)
    for number in range(6):
        _commit_title(root, f"Del {number}")
    git(root, "mv", PATH, "cases/2023/ks-2023-887.md")
    git(root, "commit", "-qm", "flytta")
    head = git(root, "rev-parse", "HEAD").strip()
    command = history_gitlog.log_command(root / ".git", head, [])
    whole = subprocess.run(command, capture_output=True, check=True).stdout
    expected = parse_log(whole.decode("utf-8"))
    batches: list[tuple[list[str], list[history_gitlog.Touch]]] = []
    monkeypatch.setattr(history_gitlog, "_CHUNK", 7)  # records cut at every place
    stream = io.BytesIO(whole)
    history_gitlog._pump(stream, lambda c, t: batches.append((c, t)))
    assert len(batches) > 7
    assert [c for b in batches for c in b[0]] == expected[0]
    assert [t for b in batches for t in b[1]] == expected[1]
    assert ("cases/2023/ks-2023-887.md", head) == expected[1][0][:2]
    assert expected[1][0][2] == PATH


def test_a_failing_git_falls_back_to_the_walk(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root(saved)
    assert log_touches(root / ".git", "0" * 40, []) is None
    assert _extend(saved) == _count(root)
    _commit_title(root, "Näst sist")
    _commit_title(root, "Sist")
    failing = ["git", f"--git-dir={root / 'saknas'}", "log"]
    monkeypatch.setattr(history_gitlog, "log_command", lambda *_: failing)
    assert _extend(saved) == 2  # read by the pygit2 walk; nothing of git's kept
    assert _pmtui_log(saved) == _git_log(root)


class _CountingRepository(pygit2.Repository):
    """The real repository, counting its graph queries."""

    queries = 0

    def descendant_of(self, descendant: object, ancestor: object) -> bool:
        type(self).queries += 1
        return bool(super().descendant_of(descendant, ancestor))  # type: ignore[arg-type]


def test_after_a_reset_reachability_needs_no_query_per_commit(saved: CaseRepository) -> None:
    root = _root(saved)
    for number in range(6):
        _commit_title(root, f"Version {number}")
    assert _extend(saved) == _count(root)
    git(root, "reset", "-q", "--hard", "HEAD~2")  # the indexed tip is not reachable now
    head = git(root, "rev-parse", "HEAD").strip()
    repository = _CountingRepository(str(root / ".git"))
    reach = Reachability(repository, head)
    rows = saved._cache.touches_of(PATH)
    assert [reach.reachable(row[0], row[4]) for row in rows].count(True) == len(rows) - 2
    assert _CountingRepository.queries == 1  # the tip only, not one per commit
    assert _pmtui_log(saved) == _git_log(root)
