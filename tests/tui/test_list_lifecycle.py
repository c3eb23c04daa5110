"""The case list's F8 (archive, restore), Shift+F8 (delete) and F7 (show archived cases),
driven by Pilot on a real repository: each asks first ("Avbryt" is the focused button),
then makes one commit and reloads the list; nothing is typed into the filter field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button

from pmtui.editing.drafts import Draft, store_for
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)
SEED = "KS 2023/886"
SEED_PATH = "cases/2023/ks-2023-886.md"
FOUR = ["KS 2022/99", "KS 2023/886", "KS 2024/3", "KS 2024/12"]


async def until(pilot: Pilot[int], condition: Callable[[], bool]) -> None:
    """Let the app run until ``condition`` holds (a dialog keeps its worker waiting, so
    ``wait_for_complete`` cannot be used here)."""
    for _ in range(400):
        await pilot.pause(0.02)
        if condition():
            return
    raise AssertionError("the app never reached the expected state")


async def on_the_seed(app: PmtuiApp, pilot: Pilot[int]) -> CaseListScreen:
    """The list loaded, filtered to the seed case (its row under the cursor)."""
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
    screen = app.screen
    assert isinstance(screen, CaseListScreen)
    await pilot.press(*"strong")
    await until(pilot, lambda: shown(screen) == [SEED])
    return screen


def shown(screen: CaseListScreen) -> list[str]:
    return [screen.table.index.rows[number].dnr for number in screen.table.shown]


async def dialog_after(app: PmtuiApp, pilot: Pilot[int], key: str) -> ChoiceDialog:
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
    dialog = app.screen
    assert isinstance(dialog, ChoiceDialog)
    focused = app.focused
    assert isinstance(focused, Button) and focused.id == "answer-cancel"  # the default
    return dialog


async def confirm(app: PmtuiApp, pilot: Pilot[int], key: str, screen: CaseListScreen) -> str:
    """Press ``key``, confirm, wait for the reload; the body text the dialog showed."""
    dialog = await dialog_after(app, pilot, key)
    body = str(dialog.body)
    head = screen.repository.head_commit
    await pilot.click("#answer-confirm")
    await until(pilot, lambda: screen.loaded_commit != head and app.screen is screen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return body


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


@pilot_test
async def test_f8_asks_then_archives_in_one_commit_and_f7_shows_it_again(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "arkiv")
    root = repo.root
    assert root is not None
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_the_seed(app, pilot)
        before = commits(root)
        await dialog_after(app, pilot, "f8")
        await pilot.press("enter")  # "Avbryt" has the focus
        await until(pilot, lambda: app.screen is screen)
        assert commits(root) == before
        body = await confirm(app, pilot, "f8", screen)
        assert "KS 2023/886 – Strong Cities Network Global Summit" in body
        assert commits(root) == before + 1
        assert git(root, "log", "-1", "--format=%s").strip() == "KS 2023/886: arkiverade ärendet"
        assert git(root, "status", "--porcelain") == ""
        assert shown(screen) == [] and screen.filter_input.value == "strong"
        await pilot.press("f7")
        await until(pilot, lambda: shown(screen) == [SEED])
        assert screen.table.current_row is not None
        assert screen.table.current_row.title.startswith("[arkiverad] Strong Cities")
        assert "arkiverade visas" in screen.status_line(1)
        await confirm(app, pilot, "f8", screen)  # an archived case: restore
        assert git(root, "log", "-1", "--format=%s").strip() == (
            "KS 2023/886: återställde ärendet från arkivet"
        )
        assert screen.table.current_row is not None
        assert screen.table.current_row.title == "Strong Cities Network Global Summit"
        await pilot.press("escape", "f7")
        await until(pilot, lambda: shown(screen) == FOUR and not screen.show_archived)
        assert screen.filter_input.value == ""


@pilot_test
async def test_shift_f8_asks_then_deletes_in_one_commit(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "arkiv")
    root = repo.root
    assert root is not None
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_the_seed(app, pilot)
        before = commits(root)
        await dialog_after(app, pilot, "shift+f8")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert commits(root) == before and (root / SEED_PATH).exists()
        body = await confirm(app, pilot, "shift+f8", screen)
        assert "Tidigare versioner finns kvar" in body
        assert commits(root) == before + 1
        assert git(root, "log", "-1", "--format=%s").strip() == "KS 2023/886: tog bort ärendet"
        assert not (root / SEED_PATH).exists() and git(root, "status", "--porcelain") == ""
        await pilot.press("escape")
        await until(pilot, lambda: shown(screen) == [d for d in FOUR if d != SEED])


@pilot_test
async def test_unsaved_text_on_disk_is_never_deleted(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "arkiv")
    root = repo.root
    assert root is not None
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_the_seed(app, pilot)
        edited = (root / SEED_PATH).read_text(encoding="utf-8") + "\nMin rad.\n"
        (root / SEED_PATH).write_text(edited, encoding="utf-8")
        before = commits(root)
        await dialog_after(app, pilot, "shift+f8")
        await pilot.click("#answer-confirm")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        error = app.screen
        assert isinstance(error, ErrorDialog) and "inte är incheckade" in error.body
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert commits(root) == before
        assert (root / SEED_PATH).read_text(encoding="utf-8") == edited


@pilot_test
async def test_a_case_with_a_draft_is_not_deleted_and_help_names_the_keys(tmp_path: Path) -> None:
    repo: CaseRepository = make_repository(tmp_path / "arkiv")
    root = repo.root
    assert root is not None
    store_for(repo).write(Draft(SEED, SEED_PATH, repo.head_commit, None, {}, "min text"))
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_the_seed(app, pilot)
        before = commits(root)
        await pilot.press("shift+f8")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        error = app.screen
        assert isinstance(error, ErrorDialog) and "osparat utkast" in error.body
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert commits(root) == before and (root / SEED_PATH).exists()
        await help_names_the_three_keys(app, pilot)


async def help_names_the_three_keys(app: PmtuiApp, pilot: Pilot[int]) -> None:
    await pilot.press("question_mark")
    await until(pilot, lambda: isinstance(app.screen, HelpScreen))
    help_screen = app.screen
    assert isinstance(help_screen, HelpScreen)
    keys = {line.binding_id: line.keys.casefold() for line in help_screen.lines}
    assert keys["pmtui.list.archive"] == "f8"
    assert keys["pmtui.list.delete"] == "shift+f8"
    assert keys["pmtui.list.show_archived"] == "f7"
