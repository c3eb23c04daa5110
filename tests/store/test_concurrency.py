"""Nothing is lost under concurrency (F1) or SIGKILL (F12). Real processes, real repos."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmtui.format import inspect_case
from pmtui.store import CaseRepository, locks
from tests.conftest import REPO_ROOT, git
from tests.store.conftest import StepClock, seed_case

CHILD = Path(__file__).with_name("saver_child.py")


def _spawn(repo: Path, dnr: str, count: int, prefix: str, fsync: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PMTUI_FSYNC": "1" if fsync else "0"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(repo), dnr, str(count), prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _acks(output: str) -> list[tuple[str, str]]:
    return [
        (line.split(" ", 2)[1], line.split(" ", 2)[2])
        for line in output.splitlines()
        if line.startswith("ACK ")
    ]


def _fsck(root: Path) -> None:
    result = subprocess.run(["git", "fsck", "--full", "--strict"], cwd=root, capture_output=True)
    assert result.returncode == 0, result.stderr


def _two_case_repo(tmp_path: Path) -> Path:
    repo = CaseRepository.init(tmp_path / "arkiv", clock=StepClock())
    repo.create(seed_case("KS 2023/886"))
    repo.create(seed_case("KS 2023/900"))
    assert repo.root is not None
    return repo.root


@pytest.mark.slow
def test_f1_two_processes_200_saves_each_lose_nothing(tmp_path: Path) -> None:
    """fsync is off here: this test is about races between writers, not power loss."""
    root = _two_case_repo(tmp_path)
    children = [
        _spawn(root, "KS 2023/886", 200, "A", fsync=False),
        _spawn(root, "KS 2023/900", 200, "B", fsync=False),
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    assert [c.returncode for c in children] == [0, 0], [o[1][-2000:] for o in outputs]
    acks = [_acks(out) for out, _ in outputs]
    assert [len(a) for a in acks] == [200, 200]
    assert git(root, "rev-list", "--count", "HEAD").strip() == str(3 + 400)
    reachable = set(git(root, "rev-list", "HEAD").split())
    assert {commit for side in acks for commit, _ in side} <= reachable
    _fsck(root)
    assert git(root, "status", "--porcelain") == ""


@pytest.mark.slow
def test_f1_save_racing_plain_git_commit_both_survive(tmp_path: Path) -> None:
    root = _two_case_repo(tmp_path)
    child = _spawn(root, "KS 2023/886", 60, "A", fsync=False)
    git_commits: list[str] = []
    for number in range(40):
        (root / "anteckningar.txt").write_text(f"{number}\n", encoding="utf-8")
        add = subprocess.run(["git", "add", "anteckningar.txt"], cwd=root, capture_output=True)
        done = subprocess.run(
            ["git", "commit", "-qm", f"anteckning {number}", "--", "anteckningar.txt"],
            cwd=root,
            capture_output=True,
        )
        if add.returncode == 0 and done.returncode == 0:
            git_commits.append(git(root, "rev-parse", "HEAD").strip())
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err[-2000:]
    acks = _acks(out)
    assert len(acks) == 60 and len(git_commits) >= 20
    history = git(root, "rev-list", "HEAD").split()
    assert {c for c, _ in acks} <= set(history)
    assert set(git_commits) <= set(history)
    _fsck(root)
    assert git(root, "status", "--porcelain", "--", "cases") == ""


def _kill_round(root: Path, number: int, rng: random.Random) -> list[tuple[str, str]]:
    """Start a saver, let it acknowledge a random number of saves, then SIGKILL it at a
    random moment of the next one. Counting acknowledgements (not seconds) keeps the test
    independent of how loaded the machine is."""
    child = _spawn(root, "KS 2023/886", 1000, f"R{number}", fsync=False)
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "READY", first + (child.stderr.read() if child.stderr else "")
    wanted = rng.randint(2, 16)
    seen: list[str] = []
    while sum(line.startswith("ACK ") for line in seen) < wanted:
        line = child.stdout.readline()
        assert not line.startswith(("CONFLICT", "INVALID")), line
        if not line:
            break
        seen.append(line)
    time.sleep(rng.uniform(0.0, 0.12))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=60)
    return _acks("".join(seen) + out)


def _clear_stale_locks(root: Path) -> None:
    """What the user does after reconcile reported a stale lock (never done by pmtui).
    The test sets ``locks.STALE_AFTER`` to 0: a lock no process holds is stale at once
    (the killed saver is gone), instead of after the user has waited for it to age."""
    report = CaseRepository.discover(explicit=root, clock=StepClock()).reconcile()
    for lock in report.stale_locks:
        Path(lock).unlink()


@pytest.mark.slow
def test_f12_sigkill_during_saves_loses_no_acknowledged_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync only matters for power loss; after SIGKILL the page cache survives, so it is
    off here to get 100+ saves into a short test."""
    monkeypatch.setattr(locks, "STALE_AFTER", 0.0)
    root = _two_case_repo(tmp_path)
    rng = random.Random(12)
    acknowledged: list[tuple[str, str]] = []
    rounds = 0
    while len(acknowledged) < 100 or rounds < 8:
        acknowledged += _kill_round(root, rounds, rng)
        rounds += 1
        _fsck(root)
        text = (root / "cases/2023/ks-2023-886.md").read_bytes()
        assert inspect_case(text).ok, "torn or invalid case file after SIGKILL"
        _clear_stale_locks(root)
        assert rounds < 40
    report = CaseRepository.discover(explicit=root, clock=StepClock()).reconcile()
    assert report.stale_locks == [] and report.busy_locks == []
    assert not (root / ".git" / "pmtui-save.journal").exists()
    assert not list((root / "cases").rglob("*.pmtui-tmp-*"))
    history = set(git(root, "rev-list", "HEAD").split())
    assert {commit for commit, _ in acknowledged} <= history
    last_title = acknowledged[-1][1]
    committed = git(root, "show", "HEAD:cases/2023/ks-2023-886.md")
    on_disk = (root / "cases/2023/ks-2023-886.md").read_text(encoding="utf-8")
    assert f"rubrik: {last_title}" in committed or committed == on_disk
    # The index is never behind HEAD: the staged blob is HEAD's or the text on disk.
    path = "cases/2023/ks-2023-886.md"
    staged = git(root, "ls-files", "-s", path).split()[1]
    committed = git(root, "rev-parse", f"HEAD:{path}").strip()
    disk = git(root, "hash-object", path).strip()
    assert staged in (committed, disk)
