"""``pmtui sync`` against a real ``git daemon`` (started once for this module on 127.0.0.1):
two clones that edit different sections both sync with no manual merge; the same
sentence changed both ways stops at a conflict with both versions kept; a push the
server refuses (a hook, a branch that moved meanwhile) is reported as refused, with the
server's words; an unreachable server says so; refusals before anything starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmtui.editing.drafts import Draft, store_for
from pmtui.store import CaseRepository, crashpoints
from tests.conftest import git, run_cli
from tests.servers.common import refusing_hook
from tests.servers.daemon import GitDaemon
from tests.sync.conftest import (
    MEMBERS,
    PROPOSAL,
    SEED_PATH,
    MakeTeam,
    case_text,
    edit,
    head,
    served,
    sync,
)

REFUSAL = "Grenen main är skyddad: skicka ändringen som en pull request."
MORE_MEMBERS = MEMBERS.replace("ca 160", "ca 165")
OTHER_MEMBERS = MEMBERS.replace("ca 160", "omkring 170")
TAKES_PART = PROPOSAL + " och deltar i mötet"


def test_two_clones_edit_different_sections_and_both_sync_without_a_manual_merge(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "olika-avsnitt")
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "KS 2023/886: ändrade avsnittet Ärendet")
    theirs = edit(team.b, PROPOSAL, TAKES_PART, "KS 2023/886: ändrade remissvaret")

    first = sync(capsys, team.a)
    assert first[0] == 0, first[2]
    assert served(team.bare) == mine and "Klart: grenen är skickad" in first[1]

    second = sync(capsys, team.b)
    assert second[0] == 0, second[2]
    assert "Slog ihop origin/main i main med ärendedrivrutinen." in second[2]
    # The driver's automatic resolutions are listed for review: which part from which side.
    assert "Så slog ärendedrivrutinen ihop 1 ärende; granska" in second[1]
    assert "avsnitt 'Ärendet': från den andra grenen" in second[1]

    third = sync(capsys, team.a)
    assert third[0] == 0, third[2]
    assert "Spolade fram main till origin/main." in third[2]
    assert head(team.a) == head(team.b) == served(team.bare)
    text = case_text(team.a)
    assert text == case_text(team.b)
    assert MORE_MEMBERS in text and TAKES_PART in text and "<<<<<<<" not in text
    merged = git(team.b, "log", "-1", "--format=%P%n%s").split("\n")
    assert set(merged[0].split()) == {theirs, mine}
    assert merged[1] == "Slog ihop origin/main i main"


def test_the_same_sentence_changed_both_ways_stops_at_a_conflict_and_loses_nothing(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "samma-mening")
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    assert sync(capsys, team.a)[0] == 0
    theirs = edit(team.b, MEMBERS, OTHER_MEMBERS, "B")

    code, out, err = sync(capsys, team.b, "--json")

    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and report["conflicts"] == [SEED_PATH]
    assert report["push"] is None  # stopped before pushing
    assert "krockar med din gren" in err and SEED_PATH in err
    assert "git merge --abort" in err and "konfliktvyn" in err
    assert served(team.bare) == mine  # nothing was sent
    # Both versions are kept: ours at HEAD, theirs at MERGE_HEAD, both in the marked file.
    assert head(team.b) == theirs
    assert git(team.b, "rev-parse", "MERGE_HEAD").strip() == mine
    marked = case_text(team.b)
    assert MORE_MEMBERS in marked and OTHER_MEMBERS in marked and "<<<<<<<" in marked
    # A second sync refuses while the merge is under way, and says how to go on.
    again = sync(capsys, team.b)
    assert again[0] == 1 and "mitt i en sammanslagning" in again[2]
    git(team.b, "merge", "--abort")
    assert OTHER_MEMBERS in case_text(team.b) and git(team.b, "status", "--porcelain") == ""


def test_a_push_refused_by_a_hook_is_reported_as_refused_with_the_servers_words(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "krok")
    (team.bare / "hooks" / "pre-receive").write_text(refusing_hook(REFUSAL), encoding="utf-8")
    (team.bare / "hooks" / "pre-receive").chmod(0o755)
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    before = served(team.bare)

    code, out, err = sync(capsys, team.a)

    assert code == 1 and out == ""
    assert "push vägrades: servern tog inte emot main (origin)" in err
    assert f"Servern svarade:\n    {REFUSAL}" in err
    assert "(pre-receive hook declined)" in err and "Klart" not in err
    assert "Dina incheckningar finns kvar här" in err
    assert served(team.bare) == before and head(team.a) == mine

    code, out, _ = sync(capsys, team.a, "--json")
    error = json.loads(out)["error"]
    assert code == 1 and error["kind"] == "push-refused" and error["reason"] == "hook"
    assert error["server"] == [REFUSAL]


def test_a_branch_that_moved_after_the_fetch_is_refused_never_forced(
    git_daemon: GitDaemon,
    make_team: MakeTeam,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Someone pushes between pmtui's fetch and its push: the push is refused (the server
    also denies non-fast-forwards), reported so, and the next sync merges and pushes."""
    team = make_team(git_daemon, "kapplopning", deny_non_fast_forwards=True)
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    theirs = edit(team.b, PROPOSAL, TAKES_PART, "B")

    def push_from_b(step: str) -> None:
        if step == "sync-integrated":
            git(team.b, "push", "--quiet", "origin", "main")

    monkeypatch.setattr(crashpoints, "hook", push_from_b)
    code, _, err = sync(capsys, team.a)
    monkeypatch.setattr(crashpoints, "hook", None)

    assert code == 1
    assert "push vägrades" in err and "(fetch first)" in err
    assert "Någon skickade till grenen efter att pmtui hämtade" in err
    assert served(team.bare) == theirs and head(team.a) == mine
    assert sync(capsys, team.a)[0] == 0
    assert served(team.bare) == head(team.a)
    assert MORE_MEMBERS in case_text(team.a) and TAKES_PART in case_text(team.a)


def test_an_unreachable_server_is_named_and_local_work_is_untouched(
    git_daemon: GitDaemon,
    make_team: MakeTeam,
    capsys: pytest.CaptureFixture[str],
    unreachable_git_url: str,
) -> None:
    team = make_team(git_daemon, "natlos")
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    git(team.a, "remote", "set-url", "origin", unreachable_git_url)

    code, out, err = sync(capsys, team.a)

    assert code == 1 and out == ""
    assert "kunde inte hämta från origin: servern går inte att nå (inget nätverk?)" in err
    assert "Dina incheckningar finns kvar här" in err
    assert head(team.a) == mine and git(team.a, "status", "--porcelain") == ""
    code, out, _ = sync(capsys, team.a, "--json")
    assert code == 1 and json.loads(out)["error"]["kind"] == "unreachable"


def test_uncommitted_case_text_stops_the_sync_before_anything_and_is_never_stashed(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "osparad")
    file = team.a / SEED_PATH
    file.write_text(file.read_text(encoding="utf-8").replace(MEMBERS, MORE_MEMBERS), "utf-8")
    edit(team.b, PROPOSAL, TAKES_PART, "B")
    assert sync(capsys, team.b)[0] == 0

    code, _, err = sync(capsys, team.a)

    assert code == 1
    assert f"ärendefiler har text som inte är incheckad ({SEED_PATH})" in err
    assert "git stash" in err  # says it never stashes
    assert MORE_MEMBERS in case_text(team.a) and TAKES_PART not in case_text(team.a)
    assert git(team.a, "stash", "list") == ""
    assert not (team.a / ".git" / "FETCH_HEAD").exists()  # not even fetched


def test_a_merge_needs_the_case_merge_driver_defined_in_this_clone(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "utan-drivrutin")
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    edit(team.b, PROPOSAL, TAKES_PART, "B")
    assert sync(capsys, team.b)[0] == 0
    git(team.a, "config", "--unset", "merge.pmtui.driver")

    code, _, err = sync(capsys, team.a)

    assert code == 1 and "ärendedrivrutinen (merge=pmtui) är inte inställd" in err
    assert "pmtui git-setup" in err
    assert head(team.a) == mine and not (team.a / ".git" / "MERGE_HEAD").exists()


def test_a_clone_without_a_remote_is_told_how_to_add_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "init", str(tmp_path / "ensam"))[0] == 0
    code, _, err = sync(capsys, tmp_path / "ensam")
    assert code == 1
    assert "grenen main har inget fjärrarkiv att synka med" in err
    assert "git remote add origin URL" in err


def test_a_case_branch_gets_the_default_branch_merged_in_before_it_is_pushed(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    """Forges do not run merge drivers: the base is merged here, with the driver, so a pull
    request has nothing left to merge; ``--utan-bas`` leaves it out."""
    team = make_team(git_daemon, "pr-bas")
    assert run_cli(capsys, "--repo", str(team.a), "branch", "KS 2023/886", "resa")[0] == 0
    mine = edit(team.a, MEMBERS, MORE_MEMBERS, "A på grenen")
    edit(team.b, PROPOSAL, TAKES_PART, "B på main")
    assert sync(capsys, team.b)[0] == 0

    code, _, err = sync(capsys, team.a, "--utan-bas")
    assert code == 0, err
    branch = "arende/ks-2023-886-resa"
    assert served(team.bare, branch) == mine == head(team.a)
    assert git(team.a, "config", "branch.arende/ks-2023-886-resa.remote").strip() == "origin"

    code, _, err = sync(capsys, team.a)
    assert code == 0, err
    assert "Slog ihop origin/main i arende/ks-2023-886-resa med ärendedrivrutinen." in err
    assert served(team.bare, branch) == head(team.a) != mine
    assert git(team.a, "merge-base", "--is-ancestor", "origin/main", "HEAD", check=False) == ""
    assert MORE_MEMBERS in case_text(team.a) and TAKES_PART in case_text(team.a)
    assert served(team.bare) == head(team.b)  # main itself is not touched


def test_unsaved_drafts_do_not_stop_a_sync_but_are_named(
    git_daemon: GitDaemon, make_team: MakeTeam, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(git_daemon, "utkast")
    repo = CaseRepository.discover(explicit=team.a)
    store_for(repo).write(Draft("KS 2023/886", SEED_PATH, repo.head_commit, None, {}, "text"))
    edit(team.a, MEMBERS, MORE_MEMBERS, "A")

    code, _, err = sync(capsys, team.a)

    assert code == 0, err
    assert f"Obs: utkast som inte sparats finns för {SEED_PATH}. De ligger kvar" in err
    assert store_for(repo).read(SEED_PATH) is not None
