"""A status jump in the app (utkast → beslutad): asked first; declined, nothing is saved;
confirmed, the commit message says so (model/status_order.py)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Static, TextArea

from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import SIZE, EditorApp, until
from tests.tui.test_status_tag_once import DNR, PATH, choose_status, commits

NOTE = "Statushopp: utkast → beslutad (bekräftat)"


@pilot_test
async def test_a_jump_is_asked_and_a_confirmed_one_is_written_in_the_message(
    tmp_path: Path,
) -> None:
    repository = make_repository(tmp_path / "repo")
    root = tmp_path / "repo"
    before = commits(root)
    async with EditorApp(repository, DNR).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await choose_status(pilot, "beslutad")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog))
        body = str(pilot.app.screen.query_one("#dialog-text", Static).render())
        assert "från utkast till beslutad" in body and "remiss, beredd" in body
        await pilot.press("escape")  # declined: back, nothing saved
        await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen))
        assert commits(root) == before
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, ChoiceDialog))
        pilot.app.screen.query_one("#answer-jump", Button).press()
        await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
        assert NOTE in pilot.app.screen.query_one(TextArea).text
        await pilot.press("ctrl+s")
        await until(pilot, lambda: commits(root) == before + 1)
    assert NOTE in git(root, "log", "-1", "--format=%B")
    assert "status: beslutad" in git(root, "show", f"HEAD:{PATH}")


@pilot_test
async def test_a_step_in_the_order_asks_nothing(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    async with EditorApp(repository, DNR).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await choose_status(pilot, "remiss")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
        assert "Statushopp" not in pilot.app.screen.query_one(TextArea).text
