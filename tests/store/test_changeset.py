"""The change set between two commits, the default base of a review and the push remote,
on real repositories (commits by pmtui and by plain git, clones with a real origin)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.model import Dnr, Status
from pmtui.store import CaseRepository, UnknownRevision
from pmtui.store.changeset import CaseChange, ChangeKind, ChangeSet
from pmtui.store.remotes import Upstream
from tests.conftest import git
from tests.store.conftest import seed_case

SEED = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _blob(root: Path, rev: str, path: str) -> str:
    return git(root, "rev-parse", f"{rev}:{path}").strip()


def _commit_all(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


@pytest.fixture
def branched(saved: CaseRepository) -> CaseRepository:
    """main: KS 2023/886 and KS 2023/5. Branch ``granskning`` (checked out), by plain
    git: 886 edited, 5 renamed to 6 (and edited a little), 7 added, a non-case file
    added; then 886 deleted in a second commit."""
    saved.create(seed_case("KS 2023/5", title="Femte ärendet"))
    root = _root(saved)
    git(root, "switch", "-q", "-c", "granskning")
    seed = root / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("New York", "Boston"), "utf-8")
    git(root, "mv", "cases/2023/ks-2023-5.md", "cases/2023/ks-2023-6.md")
    moved = root / "cases/2023/ks-2023-6.md"
    moved.write_text(moved.read_text(encoding="utf-8").replace("KS 2023/5", "KS 2023/6"), "utf-8")
    (root / "cases/2023/ks-2023-7.md").write_text(seed.read_text(encoding="utf-8"), "utf-8")
    (root / "cases/README.txt").write_text("inte ett ärende\n", encoding="utf-8")
    _commit_all(root, "Ändrat med git")
    return saved


def test_changes_are_added_changed_renamed_deleted_with_their_blobs(
    branched: CaseRepository,
) -> None:
    root = _root(branched)
    changes = ChangeSet(branched, "main", "HEAD").changes()
    assert [(c.kind, c.path) for c in changes] == [  # by path
        (ChangeKind.RENAMED, "cases/2023/ks-2023-6.md"),
        (ChangeKind.ADDED, "cases/2023/ks-2023-7.md"),
        (ChangeKind.CHANGED, SEED),
    ]
    renamed, added, changed = changes
    assert changed == CaseChange(
        ChangeKind.CHANGED, SEED, SEED, _blob(root, "main", SEED), _blob(root, "HEAD", SEED)
    )
    assert renamed.old_path == "cases/2023/ks-2023-5.md"
    assert renamed.old_blob == _blob(root, "main", "cases/2023/ks-2023-5.md")
    assert renamed.new_blob == _blob(root, "HEAD", "cases/2023/ks-2023-6.md")
    assert (added.old_path, added.old_blob) == (None, None)


def test_a_deletion_and_the_texts_of_both_sides(saved: CaseRepository) -> None:
    root = _root(saved)
    git(root, "rm", "-q", SEED)
    _commit_all(root, "Tog bort")
    changeset = ChangeSet(saved, "HEAD~1", "HEAD")
    [deleted] = changeset.changes()
    assert (deleted.kind, deleted.old_path, deleted.new_path) == (ChangeKind.DELETED, SEED, None)
    assert changeset.text(deleted.new_blob) is None
    assert "New York" in (changeset.text(deleted.old_blob) or "")


def test_the_same_commit_and_a_range_without_cases_have_no_changes(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    assert ChangeSet(saved, "HEAD", "HEAD").changes() == []
    (root / "LÄSMIG.md").write_text("Om arkivet\n", encoding="utf-8")
    _commit_all(root, "Läsmig")
    assert ChangeSet(saved, "HEAD~1", "HEAD").changes() == []


def test_the_first_commit_without_cases_compares_as_all_added(saved: CaseRepository) -> None:
    first = git(_root(saved), "rev-list", "--max-parents=0", "HEAD").strip()
    changes = ChangeSet(saved, first, "HEAD").changes()
    assert [(c.kind, c.path) for c in changes] == [(ChangeKind.ADDED, SEED)]


def test_an_unknown_revision_is_a_store_error(saved: CaseRepository) -> None:
    with pytest.raises(UnknownRevision):
        ChangeSet(saved, "finns-inte", "HEAD")


def test_milestones_reached_only_inside_the_range(saved: CaseRepository) -> None:
    """KS 2023/886 went on referral on main (before the range) and was endorsed on the
    branch: only the endorsement is reached by the range."""
    saved.set_status("KS 2023/886", Status.REMISS)
    root = _root(saved)
    git(root, "switch", "-q", "-c", "granskning")
    saved.set_status("KS 2023/886", Status.TILLSTYRKT)
    changeset = ChangeSet(saved, "main", "HEAD")
    dnr = Dnr.parse("KS 2023/886")
    assert changeset.milestones_reached([dnr]) == ["ks-2023-886/tillstyrkt"]
    assert ChangeSet(saved, "HEAD~1", "HEAD~1").milestones_reached([dnr]) == []


# The default base -------------------------------------------------------------------


def _clone(origin: CaseRepository, where: Path) -> CaseRepository:
    git(where.parent, "clone", "-q", str(_root(origin)), where.name)
    return CaseRepository.discover(explicit=where)


def test_default_base_is_where_the_branch_left_the_upstreams_default_branch(
    saved: CaseRepository, tmp_path: Path
) -> None:
    clone = _clone(saved, tmp_path / "klon")
    root = _root(clone)
    parted = git(root, "rev-parse", "HEAD").strip()
    git(root, "switch", "-q", "-c", "granskning")
    clone.create(seed_case("KS 2023/9"))
    git(root, "switch", "-q", "main")
    clone.create(seed_case("KS 2023/10"))  # main moved on after the branch left it
    git(root, "switch", "-q", "granskning")
    found = Upstream(clone).default_base()
    assert (found.branch, found.commit, found.upstream) == ("origin/main", parted, True)
    assert found.target == "main"


def test_without_origin_head_a_remote_main_is_used(saved: CaseRepository, tmp_path: Path) -> None:
    clone = _clone(saved, tmp_path / "klon")
    git(_root(clone), "remote", "set-head", "origin", "--delete")
    assert Upstream(clone).default_base().branch == "origin/main"


def test_without_a_remote_the_local_default_branch_is_the_base(saved: CaseRepository) -> None:
    root = _root(saved)
    main = git(root, "rev-parse", "HEAD").strip()
    git(root, "switch", "-q", "-c", "granskning")
    saved.create(seed_case("KS 2023/9"))
    found = Upstream(saved).default_base()
    assert (found.branch, found.commit, found.upstream) == ("main", main, False)


def test_no_default_branch_and_no_common_history_are_swedish_errors(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    git(root, "branch", "-q", "-m", "main", "arbete")
    with pytest.raises(UnknownRevision, match="hittar ingen gren att granska mot"):
        Upstream(saved).default_base()
    git(root, "switch", "-q", "--orphan", "main")
    (root / "annat.txt").write_text("annat\n", encoding="utf-8")
    _commit_all(root, "Egen historik")
    git(root, "switch", "-q", "arbete")
    with pytest.raises(UnknownRevision, match="ingen gemensam historik"):
        Upstream(saved).default_base()


# The push remote --------------------------------------------------------------------


def test_push_remote_follows_gits_order(saved: CaseRepository) -> None:
    root = _root(saved)
    assert Upstream(saved).push_remote() is None
    git(root, "remote", "add", "origin", "git@github.com:stad/arkiv.git")
    git(root, "remote", "add", "fork", "https://github.com/jag/arkiv")
    git(root, "remote", "add", "tredje", "https://gitlab.com/x/y.git")
    pushed = Upstream(saved).push_remote()
    assert pushed is not None
    assert (pushed.name, pushed.url, pushed.has_branch) == (
        "origin",
        "git@github.com:stad/arkiv.git",
        False,
    )
    git(root, "config", "remote.pushDefault", "tredje")
    assert (Upstream(saved).push_remote() or pushed).name == "tredje"
    git(root, "config", "branch.main.pushRemote", "fork")
    assert (Upstream(saved).push_remote() or pushed).url == "https://github.com/jag/arkiv"
    git(root, "remote", "set-url", "--push", "fork", "git@github.com:jag/arkiv.git")
    assert (Upstream(saved).push_remote() or pushed).url == "git@github.com:jag/arkiv.git"


def test_push_remote_knows_whether_the_branch_is_there(
    saved: CaseRepository, tmp_path: Path
) -> None:
    clone = _clone(saved, tmp_path / "klon")
    pushed = Upstream(clone).push_remote()
    assert pushed is not None and pushed.has_branch
    git(_root(clone), "switch", "-q", "-c", "ny-gren")
    assert not (Upstream(clone).push_remote() or pushed).has_branch
