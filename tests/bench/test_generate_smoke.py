"""The benchmark generator still builds a valid repository, so the benchmarks cannot rot.

A tiny size (50 cases, 200 commits) is generated into a temporary directory; the checks
are on the repository itself with the real git CLI, never on timings.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bench.generate import copy_repository, ensure_repository, load_manifest

from pmtui.format import inspect_case
from tests.conftest import git

CASES, COMMITS = 50, 200


@pytest.fixture(scope="module")
def small_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_repository(
        cases=CASES, commits=COMMITS, data_dir=tmp_path_factory.mktemp("data"), progress=print
    )


def _case_blobs(repo: Path) -> dict[str, str]:
    """Every version of every case file in the history: blob id -> path."""
    listing = git(repo, "rev-list", "--objects", "--all").splitlines()
    pairs = (line.split(" ", 1) for line in listing if " cases/" in line and line.endswith(".md"))
    return {oid: path for oid, path in pairs}


def _read_blobs(repo: Path, oids: list[str]) -> list[bytes]:
    batch = subprocess.run(
        ["git", "cat-file", "--batch"],
        cwd=repo,
        input=("\n".join(oids) + "\n").encode(),
        capture_output=True,
        check=True,
    ).stdout
    blobs, at = [], 0
    for _ in oids:
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        blobs.append(batch[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1
    return blobs


def test_repository_is_valid_with_the_planned_history(small_repo: Path) -> None:
    assert subprocess.run(["git", "fsck", "--full"], cwd=small_repo).returncode == 0
    assert int(git(small_repo, "rev-list", "--count", "HEAD")) == COMMITS
    assert git(small_repo, "status", "--porcelain") == ""
    files = git(small_repo, "ls-files", "cases").split()
    assert len(files) == CASES
    assert all(f.count("/") == 2 and f.endswith(".md") for f in files)  # cases/<year>/<slug>.md
    graph = (small_repo / ".git" / "objects" / "info" / "commit-graph").read_bytes()
    assert b"BIDX" in graph and b"BDAT" in graph  # changed-path Bloom filters are present


def test_every_version_of_every_case_is_valid_and_canonical(small_repo: Path) -> None:
    blobs = _case_blobs(small_repo)
    assert len(blobs) > CASES
    for (oid, path), data in zip(blobs.items(), _read_blobs(small_repo, list(blobs)), strict=True):
        report = inspect_case(data, path)
        assert report.ok, (oid, path, report.errors)
        assert report.canonical, (oid, path)


def test_manifest_counts_match_git(small_repo: Path) -> None:
    manifest = load_manifest(small_repo)
    assert sum(c["commits"] for c in manifest["cases"]) + 1 == COMMITS
    for key in ("heavy_case", "rare_case"):
        case = manifest[key]
        log = git(small_repo, "log", "--format=%H", "--", case["path"]).split()
        assert len(log) == case["commits"]
    assert manifest["heavy_case"]["commits"] > 10 * manifest["rare_case"]["commits"]


def test_messages_have_trailers_except_plain_git_commits(small_repo: Path) -> None:
    # git's own trailer parser (%(trailers), interpret-trailers) only takes ASCII keys, so
    # it does not see "Ärende:"; `git log --grep` does, and that is what users run.
    found = git(small_repo, "log", "--format=%H", "--grep=^Ärende: ").split()
    assert 0.8 * COMMITS < len(found) < COMMITS - 1
    authors = set(git(small_repo, "log", "--format=%an").split("\n"))
    assert len(authors) > 3


def test_cache_is_reused_and_copies_start_clean(small_repo: Path, tmp_path: Path) -> None:
    messages: list[str] = []
    again = ensure_repository(
        cases=CASES, commits=COMMITS, data_dir=small_repo.parent.parent, progress=messages.append
    )
    assert again == small_repo and messages == []
    copy = copy_repository(small_repo, tmp_path / "copy")
    assert git(copy, "status", "--porcelain") == ""
    assert git(copy, "rev-parse", "HEAD") == git(small_repo, "rev-parse", "HEAD")
