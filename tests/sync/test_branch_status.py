"""``pmtui branch`` (a branch per change, refused while work is unsaved) and ``pmtui
status`` without a case (branch, upstream, ahead/behind, uncommitted cases, conflicts,
drafts, the merge driver's setup, other branches' unmerged changes), on real clones of a
repository served by ``git daemon``; ``pmtui status DNR STATUS`` keeps moving a status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmtui.editing.drafts import Draft, store_for
from pmtui.store import CaseRepository
from tests.conftest import git, run_cli
from tests.servers.daemon import GitDaemon
from tests.sync.conftest import MEMBERS, PROPOSAL, SEED_PATH, MakeTeam, Team, edit, head, sync

DNR = "KS 2023/886"
MORE_MEMBERS = MEMBERS.replace("ca 160", "ca 165")
TAKES_PART = PROPOSAL + " och deltar i mötet"


@pytest.fixture
def team(git_daemon: GitDaemon, make_team: MakeTeam) -> Team:
    return make_team(git_daemon, "status")


def pmtui(capsys: pytest.CaptureFixture[str], clone: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(clone), *argv)


def test_branch_creates_a_case_branch_from_the_current_commit_and_switches_to_it(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    start = head(team.a)

    code, out, err = pmtui(capsys, team.a, "branch", DNR, "Resa till New York!")

    assert code == 0, err
    assert out == "arende/ks-2023-886-resa-till-new-york\n"
    assert "Skapade grenen arende/ks-2023-886-resa-till-new-york från main" in err
    assert git(team.a, "symbolic-ref", "--short", "HEAD").strip() == out.strip()
    assert head(team.a) == start and git(team.a, "status", "--porcelain") == ""
    code, out, _ = pmtui(capsys, team.a, "branch", "ks-2023-886")  # topic: today (PMTUI_NOW)
    assert code == 0 and out == "arende/ks-2023-886-2023-09-06\n"

    code, out, err = pmtui(capsys, team.a, "branch")
    assert code == 0
    assert out.splitlines() == [
        "* arende/ks-2023-886-2023-09-06",
        "  arende/ks-2023-886-resa-till-new-york",
        "  main  (följer origin/main)",
    ]
    code, _, err = pmtui(capsys, team.a, "branch", DNR, "resa till new york")
    assert code == 1 and "grenen arende/ks-2023-886-resa-till-new-york finns redan" in err


def test_branch_refuses_with_unsaved_drafts_or_uncommitted_case_text(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = CaseRepository.discover(explicit=team.a)
    store_for(repo).write(Draft(DNR, SEED_PATH, repo.head_commit, None, {}, "min text"))

    code, _, err = pmtui(capsys, team.a, "branch", DNR, "resa")

    assert code == 1 and f"det finns utkast som inte sparats ({SEED_PATH})" in err
    assert "spara eller kasta utkasten" in err
    store_for(repo).discard(SEED_PATH)
    file = team.a / SEED_PATH
    file.write_text(file.read_text(encoding="utf-8").replace(MEMBERS, MORE_MEMBERS), "utf-8")
    code, _, err = pmtui(capsys, team.a, "branch", DNR, "resa")
    assert code == 1 and f"text som inte är incheckad ({SEED_PATH})" in err
    assert git(team.a, "symbolic-ref", "--short", "HEAD").strip() == "main"
    assert MORE_MEMBERS in file.read_text(encoding="utf-8")
    code, _, err = pmtui(capsys, team.a, "branch", "KS 2099/1")
    assert code == 1


def test_status_shows_branch_upstream_counts_and_what_is_not_committed(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Anna Andersson")
    edit(team.b, PROPOSAL, TAKES_PART, "KS 2023/886: ändrade remissvaret")
    monkeypatch.delenv("GIT_AUTHOR_NAME")
    assert sync(capsys, team.b)[0] == 0
    edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    git(team.a, "fetch", "--quiet")
    new_case = team.a / "cases" / "2024" / "ks-2024-3.md"
    new_case.parent.mkdir()
    new_case.write_text("ny\n", encoding="utf-8")
    repo = CaseRepository.discover(explicit=team.a)
    store_for(repo).write(Draft(DNR, SEED_PATH, repo.head_commit, None, {}, "min text"))

    code, out, err = pmtui(capsys, team.a, "status")

    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == [
        "Gren: main (standardgrenen)",
        "Uppströmsgren: origin/main · ↑1 att skicka ↓1 att hämta",
    ]
    assert "Ärenden som inte är incheckade: 1" in lines
    assert "  ny         cases/2024/ks-2024-3.md" in lines
    assert "Ärenden i konflikt: inga" in lines and "Utkast som inte sparats: 1" in lines
    incoming = [line for line in lines if line.startswith("  origin/main · KS 2023/886")]
    assert incoming == [
        "  origin/main · KS 2023/886 · Anna Andersson, 2023-09-06 10:00 · "
        "1 avsnitt (Remissammanställningen) · +4 −0 ord"
    ]
    code, out, _ = pmtui(capsys, team.a, "status", "--json")
    data = json.loads(out)
    assert (data["branch"], data["upstream"], data["ahead"], data["behind"]) == (
        "main",
        "origin/main",
        1,
        1,
    )
    assert data["uncommitted"] == [{"path": "cases/2024/ks-2024-3.md", "change": "new"}]
    assert data["drafts"] == [SEED_PATH] and data["conflicts"] == []
    assert data["merge_driver_undefined"] is False and data["last_fetch"]
    [change] = data["incoming"]
    assert change["authors"] == ["Anna Andersson"] and change["case"] == DNR
    assert change["sections"] == ["Remissammanställningen"] and change["points"] == []


def test_status_names_conflicts_and_a_merge_driver_named_but_not_defined(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(team.b, MEMBERS, MEMBERS.replace("ca 160", "omkring 170"), "B")
    assert sync(capsys, team.b)[0] == 0
    edit(team.a, MEMBERS, MORE_MEMBERS, "A")
    assert sync(capsys, team.a)[0] == 1  # a conflict
    git(team.a, "config", "--unset", "merge.pmtui.driver")

    code, out, err = pmtui(capsys, team.a, "status")

    assert code == 0
    assert f"Ärenden i konflikt: 1\n  {SEED_PATH}" in out
    assert "pmtui git-setup" in err


def test_status_with_a_case_still_moves_its_status_and_half_a_call_is_a_usage_error(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = pmtui(capsys, team.a, "status", DNR, "beslutad")
    assert code == 0, err
    assert git(team.a, "log", "-1", "--format=%s").strip() == "KS 2023/886: ändrade status"
    assert pmtui(capsys, team.a, "status", DNR)[0] == 2
    assert pmtui(capsys, team.a, "status", DNR, "beslutad", "--json")[0] == 2
