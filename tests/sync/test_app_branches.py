"""Branches and the early warning in the app, driven by Pilot on real clones of a
repository served by ``git daemon``: opening a case on main offers a case branch (once;
"Fortsätt på main" is the focused answer), the list's status line shows the branch, its
upstream and ↑ahead ↓behind, F12 switches branch (refused while a draft is unsaved), the
editor warns of another branch's unmerged changes to the case, and the opt-in
background fetch brings them in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, OptionList

from pmtui.editing.drafts import Draft, store_for
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.config import TuiSettings
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.case_upstream import NOTICE_ID, UpstreamNotice
from pmtui.tui.screens.picker import PickerScreen
from tests.conftest import git
from tests.servers.daemon import GitDaemon
from tests.sync.conftest import PROPOSAL, SEED_PATH, MakeTeam, Team, edit, head, sync
from tests.tui.list_repository import pilot_test

SIZE = (120, 40)
DNR = "KS 2023/886"
TAKES_PART = PROPOSAL + " och deltar i mötet"
TODAYS_BRANCH = "arende/ks-2023-886-2023-09-06"


@pytest.fixture
def team(git_daemon: GitDaemon, make_team: MakeTeam) -> Team:
    return make_team(git_daemon, "appen")


def app_on(clone: Path, **settings: Any) -> PmtuiApp:
    repo = CaseRepository.discover(explicit=clone)
    return PmtuiApp(repo, TuiSettings.model_construct(**settings))


async def until(pilot: Pilot[int], condition: Callable[[], bool]) -> None:
    for _ in range(500):
        await pilot.pause(0.02)
        if condition():
            return
    raise AssertionError("the app never reached the expected state")


async def list_loaded(app: PmtuiApp, pilot: Pilot[int]) -> CaseListScreen:
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
    screen = app.screen
    assert isinstance(screen, CaseListScreen)
    return screen


async def open_seed(app: PmtuiApp, pilot: Pilot[int], screen: CaseListScreen) -> None:
    screen.filter_input.value = "strong"
    await until(pilot, lambda: len(screen.table.shown) == 1)
    await pilot.press("enter")


def branch_of(clone: Path) -> str:
    return git(clone, "symbolic-ref", "--short", "HEAD").strip()


@pilot_test
async def test_opening_a_case_on_main_offers_a_branch_once_and_enter_stays(team: Team) -> None:
    app = app_on(team.a)
    async with app.run_test(size=SIZE) as pilot:
        screen = await list_loaded(app, pilot)
        assert "gren main (origin/main ↑0 ↓0)" in screen.status_line(1)
        await open_seed(app, pilot, screen)
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog) and TODAYS_BRANCH in dialog.body
        focused = app.focused
        assert isinstance(focused, Button) and focused.id == "answer-stay"
        assert str(focused.label) == "Fortsätt på main"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert branch_of(team.a) == "main"
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await pilot.press("enter")  # asked once per session: straight to the editor now
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
    assert branch_of(team.a) == "main"


@pilot_test
async def test_the_offered_branch_is_created_at_the_same_commit_and_the_case_opens(
    team: Team,
) -> None:
    start = head(team.a)
    app = app_on(team.a)
    async with app.run_test(size=SIZE) as pilot:
        screen = await list_loaded(app, pilot)
        await open_seed(app, pilot, screen)
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.click("#answer-create")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert branch_of(team.a) == TODAYS_BRANCH and head(team.a) == start
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await screen.workers.wait_for_complete()
        screen.load_cases()
        await until(pilot, lambda: TODAYS_BRANCH in screen.branch_line)
        assert f"gren {TODAYS_BRANCH} (ingen uppströmsgren)" in screen.status_line(1)
    assert git(team.a, "status", "--porcelain") == ""


@pilot_test
async def test_f12_switches_branch_and_is_refused_while_a_draft_is_unsaved(team: Team) -> None:
    git(team.a, "branch", "arende/ks-2023-886-budget")
    repo = CaseRepository.discover(explicit=team.a)
    store_for(repo).write(Draft(DNR, SEED_PATH, repo.head_commit, None, {}, "min text"))
    app = app_on(team.a)
    async with app.run_test(size=SIZE) as pilot:
        screen = await list_loaded(app, pilot)
        await pilot.press(*"sum")
        await pilot.press("f12")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        error = app.screen
        assert isinstance(error, ErrorDialog)
        assert f"utkast som inte sparats ({SEED_PATH})" in error.body
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert branch_of(team.a) == "main" and screen.filter_input.value == "sum"

        store_for(repo).discard(SEED_PATH)
        await pilot.press("f12")
        await until(pilot, lambda: isinstance(app.screen, PickerScreen))
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 1  # the current branch, after the case branch
        await pilot.press("up", "enter")
        await until(pilot, lambda: "gren arende/ks-2023-886-budget" in screen.branch_line)
        assert screen.filter_input.value == "sum"
    assert branch_of(team.a) == "arende/ks-2023-886-budget"


@pilot_test
async def test_the_editor_warns_of_another_branchs_unmerged_changes_to_the_case(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Anna Andersson")
    edit(team.b, PROPOSAL, TAKES_PART, "KS 2023/886: ändrade remissvaret")
    monkeypatch.delenv("GIT_AUTHOR_NAME")
    assert sync(capsys, team.b)[0] == 0
    app = app_on(team.a, offer_branch=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await list_loaded(app, pilot)
        await open_seed(app, pilot, screen)  # not fetched yet: nothing to warn about
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        editor = app.screen
        await pilot.pause()
        await editor.workers.wait_for_complete()
        await pilot.pause()
        assert not editor.query(f"#{NOTICE_ID}")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)

        git(team.a, "fetch", "--quiet")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        editor = app.screen
        await until(pilot, lambda: bool(editor.query(f"#{NOTICE_ID}")))
        shown = str(editor.query_one(UpstreamNotice).render())
        assert "Ändringar i ärendet på andra grenar" in shown
        assert (
            "origin/main: Anna Andersson, 2023-09-06 10:00 – 1 avsnitt (Remissammanställningen)"
            in shown
        )
        assert "pmtui sync" in shown
    assert git(team.a, "status", "--porcelain") == ""


@pilot_test
async def test_the_opt_in_background_fetch_brings_in_what_others_pushed(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(team.b, PROPOSAL, TAKES_PART, "B")
    assert sync(capsys, team.b)[0] == 0
    app = app_on(team.a, background_fetch=True, background_fetch_minutes=10)
    async with app.run_test(size=SIZE) as pilot:
        screen = await list_loaded(app, pilot)
        await until(pilot, lambda: "↓1" in screen.branch_line)
        assert "gren main (origin/main ↑0 ↓1)" in screen.status_line(1)
    assert git(team.a, "rev-parse", "origin/main").strip() == head(team.b)
    assert head(team.a) != head(team.b)  # fetched only: the work tree is never touched
