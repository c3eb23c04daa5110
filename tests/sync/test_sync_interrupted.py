"""A sync killed at any step loses nothing, and the next sync finishes it
(docs/reliability.md, F50): killed (SIGKILL) right after the fetch, the merge of the
upstream, the merge of the default branch into a case branch and the push; and killed
while the server holds the push in its pre-receive hook. After each: the local commits
are all there, the work tree is clean, no merge is left half-done, nothing is stashed,
and a second ``pmtui sync`` ends with the server and the clone equal, every edit kept."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmtui.store.sync import SYNC_STEPS
from tests.conftest import git
from tests.servers.daemon import GitDaemon
from tests.sync.conftest import (
    MEMBERS,
    PROPOSAL,
    SEED_PATH,
    MakeTeam,
    Team,
    case_text,
    edit,
    head,
    served,
    sync,
)

CHILD = Path(__file__).with_name("sync_child.py")
BRANCH = "arende/ks-2023-886-resa"
MORE_MEMBERS = MEMBERS.replace("ca 160", "ca 165")
TAKES_PART = PROPOSAL + " och deltar i mötet"
OPINION = "Stadsledningskontoret anser att social- och trygghetsborgarrådets medverkan"
NEW_OPINION = OPINION.replace("anser", "bedömer")
WAIT_LIMIT = 60.0  # seconds before a wait for the server's hook counts as a failure


def three_way_team(make_team: MakeTeam, server: GitDaemon, name: str) -> tuple[Team, str]:
    """A's case branch, published; then B adds to that branch and to main, and A commits:
    A's next sync fetches, merges its upstream, merges main into the branch and pushes."""
    team = make_team(server, name)
    git(team.a, "switch", "--quiet", "-c", BRANCH)
    git(team.a, "push", "--quiet", "-u", "origin", BRANCH)
    git(team.b, "fetch", "--quiet")
    git(team.b, "switch", "--quiet", BRANCH)
    edit(team.b, PROPOSAL, TAKES_PART, "B på grenen")
    git(team.b, "push", "--quiet", "origin", BRANCH)
    git(team.b, "switch", "--quiet", "main")
    edit(team.b, OPINION, NEW_OPINION, "B på main")
    git(team.b, "push", "--quiet", "origin", "main")
    return team, edit(team.a, MEMBERS, MORE_MEMBERS, "A på grenen")


def assert_nothing_lost(team: Team, mine: str) -> None:
    assert git(team.a, "merge-base", "--is-ancestor", mine, "HEAD", check=False) == ""
    assert git(team.a, "status", "--porcelain") == ""
    assert not (team.a / ".git" / "MERGE_HEAD").exists()
    assert git(team.a, "stash", "list") == ""
    assert git(team.a, "symbolic-ref", "--short", "HEAD").strip() == BRANCH


def assert_second_sync_finishes(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = sync(capsys, team.a)
    assert code == 0, err
    assert served(team.bare, BRANCH) == head(team.a)
    text = case_text(team.a)
    assert MORE_MEMBERS in text and TAKES_PART in text and NEW_OPINION in text
    assert git(team.a, "merge-base", "--is-ancestor", "origin/main", "HEAD", check=False) == ""
    git(team.a, "fsck", "--no-progress")


@pytest.mark.parametrize("step", SYNC_STEPS)
def test_a_sync_killed_after_each_step_loses_nothing_and_a_second_sync_finishes(
    git_daemon: GitDaemon,
    make_team: MakeTeam,
    capsys: pytest.CaptureFixture[str],
    step: str,
) -> None:
    team, mine = three_way_team(make_team, git_daemon, f"avbruten-{step}")
    before = served(team.bare, BRANCH)
    command = [sys.executable, str(CHILD), step, "--repo", str(team.a), "sync"]

    killed = subprocess.run(command, capture_output=True, text=True, check=False)

    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert_nothing_lost(team, mine)
    if step == "sync-pushed":
        assert served(team.bare, BRANCH) == head(team.a)
    else:
        assert served(team.bare, BRANCH) == before
    assert_second_sync_finishes(team, capsys)


def holding_hook(gate: Path) -> str:
    """A pre-receive hook that holds the first push (``gate/arrived``) until
    ``gate/release`` exists, then refuses it (``gate/left``), so a killed push can never
    land later; a push that comes once ``release`` exists is accepted."""
    arrived, release, left = (
        shlex.quote(str(gate / name)) for name in ("arrived", "release", "left")
    )
    return (
        f"#!/bin/sh\nif [ -e {release} ]; then exit 0; fi\n: > {arrived}\ni=0\n"
        f'while [ ! -e {release} ] && [ "$i" -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done\n'
        f": > {left}\nexit 1\n"
    )


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


def test_a_sync_killed_while_the_server_holds_its_push_loses_nothing(
    git_daemon: GitDaemon,
    make_team: MakeTeam,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    team, mine = three_way_team(make_team, git_daemon, "avbruten-under-push")
    gate = tmp_path / "grind"
    gate.mkdir()
    hook = team.bare / "hooks" / "pre-receive"
    hook.write_text(holding_hook(gate), encoding="utf-8")
    hook.chmod(0o755)
    before = served(team.bare, BRANCH)
    command = [sys.executable, str(CHILD), "none", "--repo", str(team.a), "sync"]
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        wait_for(gate / "arrived")
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # pmtui and its git push, mid-push
        child.wait()
    (gate / "release").touch()
    wait_for(gate / "left")

    assert_nothing_lost(team, mine)
    assert served(team.bare, BRANCH) == before
    assert SEED_PATH in git(team.a, "log", "-1", "--name-only", "--format=", mine)
    assert_second_sync_finishes(team, capsys)
