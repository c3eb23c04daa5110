"""A save that a Git hook refuses, in the editor: the hook's words are shown, nothing is
committed, the text stays, and the user may save without the hooks after saying so."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from pmtui.store import CaseRepository
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from tests.conftest import git
from tests.store.hook_scripts import install_hook
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import PATH, SIZE, EditorApp, set_field, until

TITLE = "Rubrik som kroken inte gillar"


def _refusing_hook(root: Path) -> Path:
    return install_hook(
        root / ".git" / "hooks", "pre-commit", 'echo "stavfel i rubriken" >&2; exit 1'
    )


async def _save_until_the_hook_refuses(pilot: Pilot[None]) -> str:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog), timeout=30)
    return str(pilot.app.screen.query_one("#dialog-text", Static).render())


async def _answer(pilot: Pilot[None], button_id: str) -> None:
    pilot.app.screen.query_one(f"#{button_id}", Button).press()
    await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen), timeout=30)


def _subjects(root: Path) -> list[str]:
    return git(root, "log", "--format=%s", "--", PATH).splitlines()


def _repository(tmp_path: Path) -> tuple[CaseRepository, Path]:
    """A case repository and its work tree."""
    repository = make_repository(tmp_path / "repo")
    assert repository.root is not None
    return repository, repository.root


@pilot_test
async def test_a_refusing_hook_commits_nothing_and_the_fixed_save_goes_through(
    tmp_path: Path,
) -> None:
    repository, root = _repository(tmp_path)
    hook = _refusing_hook(root)
    before = _subjects(root)
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", TITLE)
        body = await _save_until_the_hook_refuses(pilot)
        assert "pre-commit" in body and "stavfel i rubriken" in body
        await _answer(pilot, "answer-close")
        assert _subjects(root) == before
        assert pilot.app.screen.query_one("#field-rubrik", Input).value == TITLE
        assert TITLE in (root / PATH).read_text(encoding="utf-8")  # an uncommitted change
        hook.unlink()  # the user fixes what the hook wanted, and saves again
        await set_field(pilot, "field-rubrik", TITLE + " och rättad")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(_subjects(root)) == len(before) + 1, timeout=30)
    assert git(root, "status", "--porcelain") == ""
    assert TITLE + " och rättad" in git(root, "show", f"HEAD:{PATH}")


@pilot_test
async def test_saving_without_the_hooks_needs_the_users_choice(tmp_path: Path) -> None:
    repository, root = _repository(tmp_path)
    _refusing_hook(root)
    before = _subjects(root)
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", TITLE)
        await _save_until_the_hook_refuses(pilot)
        await _answer(pilot, "answer-skip-hooks")
        await until(pilot, lambda: len(_subjects(root)) == len(before) + 1, timeout=30)
        assert isinstance(pilot.app.screen, CaseEditorScreen) and not pilot.app.screen.is_dirty
    assert TITLE in git(root, "show", f"HEAD:{PATH}")
    assert git(root, "status", "--porcelain") == ""


@pilot_test
async def test_a_second_ctrl_s_during_a_slow_save_does_not_start_another(
    tmp_path: Path,
) -> None:
    repository, root = _repository(tmp_path)
    started = root / ".git" / "hook-started"
    install_hook(root / ".git" / "hooks", "pre-commit", f"touch '{started}'; sleep 2")
    before = _subjects(root)
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", TITLE)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
        await pilot.press("ctrl+s")
        await until(pilot, started.exists, timeout=30)
        await pilot.press("ctrl+s")  # while the hook runs
        await pilot.pause(0.3)
        assert isinstance(pilot.app.screen, CaseEditorScreen)  # no second message dialog
        editor = pilot.app.screen
        await until(pilot, lambda: not editor.is_dirty, timeout=30)
    assert _subjects(root) == [_subjects(root)[0], *before]
    assert TITLE in git(root, "show", f"HEAD:{PATH}")
