"""``pmtui sync`` through each of the three real servers (git daemon, sshd with throwaway
keys and known_hosts, smart HTTP with basic auth and a credential helper): transport is
the user's own git, so what works for ``git push`` works for pmtui. Two clones that edit
different sections of one case both sync with no manual merge, and a push the server
refuses reaches the user as refused, with the server's words, over each protocol."""

from __future__ import annotations

import pytest

from tests.servers.common import GitServer, protecting_hook
from tests.sync.conftest import MEMBERS, PROPOSAL, MakeTeam, case_text, edit, head, served, sync

MORE_MEMBERS = MEMBERS.replace("ca 160", "ca 165")
TAKES_PART = PROPOSAL + " och deltar i mötet"
PROTECTED = "main är skyddad; använd en pull request"


def test_two_clones_sync_different_sections_through_each_server(
    git_server: GitServer, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_server, "team")
    edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    edit(team.b, PROPOSAL, TAKES_PART, "B")

    for clone in (team.a, team.b, team.a):
        code, _, err = sync(capsys, clone)
        assert code == 0, err

    assert head(team.a) == head(team.b) == served(team.bare)
    text = case_text(team.a)
    assert text == case_text(team.b)
    assert MORE_MEMBERS in text and TAKES_PART in text and "<<<<<<<" not in text


def test_a_protected_branch_refuses_the_push_through_each_server(
    git_server: GitServer, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_server, "skyddad")
    hook = team.bare / "hooks" / "pre-receive"
    hook.write_text(protecting_hook("main", PROTECTED), encoding="utf-8")
    hook.chmod(0o755)
    before = served(team.bare)
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")

    code, out, err = sync(capsys, team.a)

    assert code == 1 and out == ""
    assert "push vägrades" in err and PROTECTED in err
    assert served(team.bare) == before and head(team.a) == mine
