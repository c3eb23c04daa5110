"""Conflicts and errors while saving from the editor: a Swedish message that says what to
do, no traceback, nothing overwritten, the user's text still in the editor and the draft."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from pmtui.editing.drafts import DraftStore
from pmtui.format import parse_case
from pmtui.store import CaseRepository
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test, seed_case
from tests.tui.test_editor_flows import (
    DNR,
    PATH,
    SIZE,
    EditorApp,
    refused_save,
    set_field,
    until,
)

Disturb = Callable[[CaseRepository, Path], str]  # returns words the message must contain


def moved_branch(repository: CaseRepository, root: Path) -> str:
    other = CaseRepository.discover(root)
    loaded = other.load(DNR)
    assert loaded.case is not None
    other.save(loaded.case.model_copy(update={"place": "Solna"}), loaded.base, "Annan ändring")
    git(root, "checkout", "HEAD~1", "--", PATH)  # disk and index as opened; the branch moved
    return "grenen"


def held_lock(repository: CaseRepository, root: Path) -> str:
    (root / ".git" / "index.lock").write_text("")
    return "index.lock"


def missing_identity(repository: CaseRepository, root: Path) -> str:
    Path(os.environ["GIT_CONFIG_GLOBAL"]).write_text("[init]\n\tdefaultBranch = main\n")
    return "user.name"


@pytest.mark.parametrize("disturb", [moved_branch, held_lock, missing_identity])
@pilot_test
async def test_a_refused_save_says_what_to_do_and_keeps_the_text(
    tmp_path: Path, disturb: Disturb
) -> None:
    repository = make_repository(tmp_path / "repo")
    root = repository.root
    assert root is not None
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", "Min [fet] rubrik")
        expected = disturb(repository, root)
        head, disk = git(root, "rev-parse", "HEAD"), (root / PATH).read_bytes()
        body = await refused_save(pilot, timeout=30)
        assert expected in body and "Traceback" not in body
        assert len(body.split("\n\n")) >= 3  # what happened, what to do, the text is kept
        assert app.screen.query_one("#field-rubrik", Input).value == "Min [fet] rubrik"
        assert git(root, "rev-parse", "HEAD") == head
        assert (root / PATH).read_bytes() == disk
    draft = DraftStore(root).read(PATH)
    assert draft is not None and draft.state["fields"]["rubrik"] == "Min [fet] rubrik"


@pilot_test
async def test_control_characters_and_brackets_in_a_case_are_shown_escaped(
    tmp_path: Path,
) -> None:
    title = "Avgifter [2024] \x1b]0;pwned\x07 och \x9b2J"
    case = seed_case().model_copy(update={"title": title})
    repository = make_repository(tmp_path / "repo")
    loaded = repository.load(DNR)
    repository.save(case, loaded.base, "Titel med styrtecken")
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#editor-title", Static).render())
        assert "[2024]" in shown and "\\x1b]0;pwned\\x07" in shown and "\x1b" not in shown
        field = app.screen.query_one("#field-rubrik", Input)
        assert "\x1b" not in field.value and "\\x1b" in field.value
        await set_field(pilot, "field-ort", "Solna")  # save another field only
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, CommitMessageDialog))
        await pilot.press("ctrl+s")
        repo = tmp_path / "repo"
        subject = "KS 2023/886: ändrade ort"
        await until(pilot, lambda: git(repo, "log", "-1", "--format=%s").strip() == subject)
    saved = parse_case((tmp_path / "repo" / PATH).read_text(encoding="utf-8"))
    assert saved.title == case.title  # the stored text keeps its bytes
