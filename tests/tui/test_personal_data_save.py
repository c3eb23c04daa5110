"""A save with a personnummer in the app: refused with the number masked and nothing
written; kept only with a reason, which the commit records as a trailer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.dialogs.personal_data import PersonalDataDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from tests.conftest import git
from tests.format.test_personal_numbers import number
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import PATH, SIZE, EditorApp, set_field, until

NUMBER = number(dt.date(2091, 3, 14), 123, "12-")  # generated, in a century to come
TITLE = f"Ärende om {NUMBER}"


async def save_until_refused(pilot: Pilot[None]) -> str:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, PersonalDataDialog), timeout=30)
    return str(pilot.app.screen.query_one("#dialog-text", Static).render())


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


@pilot_test
async def test_a_personnummer_is_refused_then_kept_only_with_a_reason(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    root = repository.root
    assert root is not None
    before, file_before = commits(root), (root / PATH).read_text(encoding="utf-8")
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", TITLE)
        body = await save_until_refused(pilot)
        assert NUMBER not in body and NUMBER[:9] in body and "••••" in body  # masked
        assert "rubrik" in body
        await pilot.press("escape")  # cancel: nothing is saved, the text stays
        await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen))
        assert commits(root) == before
        assert (root / PATH).read_text(encoding="utf-8") == file_before
        assert pilot.app.screen.query_one("#field-rubrik", Input).value == TITLE
        await save_until_refused(pilot)
        await pilot.press("enter")  # no reason given: still refused, the dialog stays
        await pilot.pause()
        assert isinstance(pilot.app.screen, PersonalDataDialog)
        await pilot.press(*"offentlig uppgift")
        await pilot.press("enter")
        await until(pilot, lambda: commits(root) == before + 1, timeout=30)
    message = git(root, "log", "-1", "--format=%B")
    assert "Personuppgifter: granskat – offentlig uppgift" in message
    assert NUMBER in git(root, "show", f"HEAD:{PATH}")
    assert git(root, "status", "--porcelain") == ""
