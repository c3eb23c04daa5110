"""``store.merge_finish`` with real Git: a resolution is written, staged with ``git add``
and the operation finished (a merge commit with both parents, ``git rebase --continue``)
only when no other file is left in conflict; a refusing hook or a missing identity is
reported and nothing is lost; an abort restores the branch and the work tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.store import CaseRepository, IdentityMissing, RepositoryStateError
from pmtui.store.merge_finish import GitCommandFailed, abort_operation, complete_resolution
from pmtui.store.resolution import ConflictedCase, read_conflict
from tests.conftest import git
from tests.store.test_resolution import (
    OURS,
    PATH,
    THEIRS,
    merge_with_conflict,
    resolved_as_ours,
    seed_other,
)


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _conflict(repo: CaseRepository, path: str = PATH) -> ConflictedCase:
    conflict = read_conflict(repo, path)
    assert conflict is not None
    return conflict


def _parents(root: Path) -> list[str]:
    return git(root, "rev-list", "--parents", "-n", "1", "HEAD").split()[1:]


def test_a_resolution_is_staged_and_the_merge_committed_with_both_parents(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    merge_with_conflict(root)
    ours, theirs = git(root, "rev-parse", "HEAD").strip(), git(root, "rev-parse", "annan").strip()
    conflict = _conflict(saved)
    outcome = complete_resolution(saved, conflict, resolved_as_ours(conflict.text))
    assert outcome.finished and outcome.commit == git(root, "rev-parse", "HEAD").strip()
    assert _parents(root) == [ours, theirs]
    assert git(root, "log", "-1", "--format=%B").strip() == "Merge branch 'annan'"
    assert git(root, "status", "--porcelain") == ""
    assert OURS in git(root, "show", f"HEAD:{PATH}")


def test_with_another_file_in_conflict_the_case_is_only_staged(saved: CaseRepository) -> None:
    root = _root(saved)
    other = seed_other(saved)
    git(root, "switch", "-q", "-c", "annan")
    for path in (PATH, other):
        _replace(root / path, "har mottagit", "har fått")
    git(root, "commit", "-q", "-am", "Deras")
    git(root, "switch", "-q", "main")
    for path in (PATH, other):
        _replace(root / path, "har mottagit", "har tagit emot")
    git(root, "commit", "-q", "-am", "Vår")
    git(root, "merge", "annan", check=False)
    head = git(root, "rev-parse", "HEAD").strip()
    first = _conflict(saved)
    outcome = complete_resolution(saved, first, resolved_as_ours(first.text))
    assert outcome.remaining == (other,) and outcome.commit is None and not outcome.finished
    assert git(root, "rev-parse", "HEAD").strip() == head
    assert git(root, "diff", "--name-only", "--diff-filter=U") == f"{other}\n"
    last = _conflict(saved, other)
    assert complete_resolution(saved, last, resolved_as_ours(last.text)).finished
    assert len(_parents(root)) == 2 and git(root, "status", "--porcelain") == ""


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_rebase_goes_on_with_continue(saved: CaseRepository) -> None:
    root = _root(saved)
    merge_with_conflict(root)
    git(root, "merge", "--abort")
    main = git(root, "rev-parse", "main").strip()
    git(root, "switch", "-q", "annan")
    git(root, "rebase", "main", check=False)
    conflict = _conflict(saved)
    assert conflict.operation == "rebase"  # ours: main; theirs: the commit being moved
    theirs = resolved_as_ours(conflict.text).replace(OURS, THEIRS, 1)
    outcome = complete_resolution(saved, conflict, theirs)
    assert outcome.finished
    assert git(root, "branch", "--show-current").strip() == "annan"
    assert _parents(root) == [main]
    assert git(root, "log", "-1", "--format=%s").strip() == "Deras formulering"
    assert git(root, "status", "--porcelain") == ""


def test_a_refusing_hook_is_reported_and_the_resolution_stays_staged(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    merge_with_conflict(root)
    head = git(root, "rev-parse", "HEAD").strip()
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'stoppad av kroken' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    conflict = _conflict(saved)
    resolved = resolved_as_ours(conflict.text)
    with pytest.raises(GitCommandFailed) as refused:
        complete_resolution(saved, conflict, resolved)
    assert "stoppad av kroken" in refused.value.message
    assert "git commit --no-edit --cleanup=strip" in refused.value.hint
    assert (root / PATH).read_text(encoding="utf-8") == resolved
    assert git(root, "ls-files", "--unmerged") == ""  # staged …
    assert (root / ".git" / "MERGE_HEAD").exists()  # … but not committed
    assert git(root, "rev-parse", "HEAD").strip() == head


def test_a_missing_identity_is_said_before_anything_is_written(saved: CaseRepository) -> None:
    root = _root(saved)
    merge_with_conflict(root)
    git(root, "config", "user.name", "")
    conflict = _conflict(saved)
    with pytest.raises(IdentityMissing):
        complete_resolution(saved, conflict, resolved_as_ours(conflict.text))
    assert (root / PATH).read_text(encoding="utf-8") == conflict.text
    assert git(root, "status", "--porcelain") == f"UU {PATH}\n"


def test_an_abort_restores_the_branch_and_the_work_tree(saved: CaseRepository) -> None:
    root = _root(saved)
    merge_with_conflict(root)
    head = git(root, "rev-parse", "HEAD").strip()
    abort_operation(saved, "merge")
    assert git(root, "rev-parse", "HEAD").strip() == head
    assert git(root, "status", "--porcelain") == ""
    assert THEIRS not in (root / PATH).read_text(encoding="utf-8")
    with pytest.raises(RepositoryStateError):
        abort_operation(saved, None)
