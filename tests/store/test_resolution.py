"""``store.resolution``: a case a real ``git merge`` left in conflict is read with its
conflicting parts, and a resolution is written to the work tree only when it is a valid
case with no marker left and the file on disk is still the conflicted one; never a commit,
never the index (docs/reliability.md, F45)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.store import CaseRepository, InvalidCase, SaveConflict
from pmtui.store.resolution import (
    ConflictedCase,
    conflict_hunks,
    read_conflict,
    write_resolution,
)
from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"
ORIGINAL = "Finansborgarrådet har mottagit en inbjudan"
OURS = "Finansborgarrådet har tagit emot en inbjudan"
THEIRS = "Finansborgarrådet har fått en inbjudan"


def merge_with_conflict(root: Path, path: str = PATH) -> None:
    """Branch ``annan`` and the current branch change the same sentence of ``path`` in
    different ways (plain git commits); ``git merge annan`` stops in conflict."""
    home = git(root, "branch", "--show-current").strip()
    git(root, "switch", "-q", "-c", "annan")
    _replace(root / path, ORIGINAL, THEIRS)
    git(root, "commit", "-q", "-am", "Deras formulering")
    git(root, "switch", "-q", home)
    _replace(root / path, ORIGINAL, OURS)
    git(root, "commit", "-q", "-am", "Vår formulering")
    git(root, "merge", "annan", check=False)
    assert "<<<<<<< HEAD" in (root / path).read_text(encoding="utf-8")


def resolved_as_ours(text: str) -> str:
    """The conflicted text with our side kept and the markers gone."""
    kept, skipping = [], False
    for line in text.split("\n"):
        if line.startswith("<<<<<<<"):
            continue
        if line.startswith("======="):
            skipping = True
        elif line.startswith(">>>>>>>"):
            skipping = False
        elif not skipping:
            kept.append(line)
    return "\n".join(kept)


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


@pytest.fixture
def conflicted(saved: CaseRepository) -> ConflictedCase:
    merge_with_conflict(_root(saved))
    conflict = read_conflict(saved, PATH)
    assert conflict is not None
    return conflict


def test_nothing_is_in_conflict_without_a_merge(saved: CaseRepository) -> None:
    assert read_conflict(saved, PATH) is None


def test_a_conflict_is_read_with_its_sides_and_their_labels(
    saved: CaseRepository, conflicted: ConflictedCase
) -> None:
    assert conflicted.operation == "merge" and conflicted.branch == "main"
    assert conflicted.path == PATH and conflicted.others == ()
    assert conflicted.disk_blob == git(_root(saved), "hash-object", PATH).strip()
    [hunk] = conflicted.hunks
    assert (hunk.ours.label, hunk.theirs.label, hunk.base) == ("HEAD", "annan", None)
    assert hunk.ours.lines[0].startswith(OURS) and hunk.theirs.lines[0].startswith(THEIRS)
    lines = conflicted.text.split("\n")
    assert lines[hunk.line - 1] == "<<<<<<< HEAD"


def test_a_case_the_merge_did_not_touch_is_not_in_conflict(saved: CaseRepository) -> None:
    other = seed_other(saved)
    merge_with_conflict(_root(saved))
    assert read_conflict(saved, other) is None


def seed_other(repo: CaseRepository) -> str:
    from tests.store.conftest import seed_case

    return repo.create(seed_case("KS 2023/887")).base.path


def test_the_common_ancestor_is_a_side_of_its_own_in_diff3_style(saved: CaseRepository) -> None:
    git(_root(saved), "config", "merge.conflictStyle", "diff3")
    merge_with_conflict(_root(saved))
    conflict = read_conflict(saved, PATH)
    assert conflict is not None
    [hunk] = conflict.hunks
    assert hunk.base is not None and hunk.base.lines[0].startswith(ORIGINAL)
    assert hunk.theirs.lines[0].startswith(THEIRS)


def test_a_part_never_closed_is_no_conflict() -> None:
    assert conflict_hunks("a\n<<<<<<< HEAD\nb\n=======\nc\n") == []
    assert conflict_hunks("<<<<<<< HEAD\nb\n>>>>>>> x\n") == []


def test_a_resolution_is_written_without_a_commit_or_an_index_change(
    saved: CaseRepository, conflicted: ConflictedCase
) -> None:
    root = _root(saved)
    head, stages = git(root, "rev-parse", "HEAD"), git(root, "ls-files", "-s", PATH)
    resolution = resolved_as_ours(conflicted.text)
    write_resolution(saved, conflicted, resolution)
    assert (root / PATH).read_text(encoding="utf-8") == resolution
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "ls-files", "-s", PATH) == stages  # still the three conflict stages
    assert git(root, "diff", "--name-only", "--diff-filter=U") == PATH + "\n"
    git(root, "add", PATH)
    git(root, "commit", "-q", "--no-edit")
    assert git(root, "status", "--porcelain") == ""


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(
    saved: CaseRepository, conflicted: ConflictedCase
) -> None:
    theirs = resolved_as_ours(conflicted.text).replace(OURS, "Någon annans lösning")
    (_root(saved) / PATH).write_text(theirs, encoding="utf-8")
    with pytest.raises(SaveConflict) as refused:
        write_resolution(saved, conflicted, resolved_as_ours(conflicted.text))
    assert refused.value.where == "disk" and "ändrats på disken" in refused.value.message
    assert (_root(saved) / PATH).read_text(encoding="utf-8") == theirs


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda text: text,
            [
                ":{<}: Git-konfliktmarkör '<<<<<<<'",
                ":{=}: Git-konfliktmarkör '======='",
                ":{>}: Git",
            ],
        ),
        (lambda text: resolved_as_ours(text).replace("rotel: I", "rotel: [I"), ["ogiltig YAML"]),
        (
            lambda text: resolved_as_ours(text).replace("dnr: KS 2023/886", "dnr: KS 2023/1"),
            ["filen har dnr KS 2023/1 men sparas som"],
        ),
    ],
    ids=["markers-left", "invalid-yaml", "other-dnr"],
)
def test_a_text_that_is_no_resolution_is_refused_with_located_problems(
    saved: CaseRepository, conflicted: ConflictedCase, change: object, expected: list[str]
) -> None:
    before = (_root(saved) / PATH).read_bytes()
    assert callable(change)
    with pytest.raises(InvalidCase) as refused:
        write_resolution(saved, conflicted, change(conflicted.text))
    located = "\n".join(problem.located(PATH) for problem in refused.value.problems)
    lines = conflicted.text.split("\n")
    where = {m: str(1 + next(i for i, t in enumerate(lines) if t.startswith(m * 7))) for m in "<=>"}
    for words in expected:
        for marker, line in where.items():
            words = words.replace(f"{{{marker}}}", line)
        assert words in located
    assert located.startswith(PATH)
    assert (_root(saved) / PATH).read_bytes() == before
