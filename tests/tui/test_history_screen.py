"""The history screen: versions with tags and changes, and comparisons picked from it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pmtui.diff.paint import Style as PieceStyle
from pmtui.texts import history as texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen
from pmtui.tui.screens.history import HistoryScreen
from pmtui.tui.widgets.history_table import entry_text
from tests.tui.history_repository import (
    DNR,
    diff_words,
    history_app,
    open_history,
    opened_diff,
    until,
)
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> PmtuiApp:
    return history_app(tmp_path / "arkiv")


@pilot_test
async def test_history_lists_versions_newest_first_with_tags_and_changes(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        table = screen.table
        authors = [entry.author for entry in table.entries]
        assert authors == ["Bo Berg", "Anna Andersson", "Karin Wanngård"]
        rows = [
            entry_text(entry, table.changed.get(entry.commit_id), marked=False).plain
            for entry in table.entries
        ]
        assert "◆ tillstyrkt" in rows[0] and "Tillstyrkt" in rows[0]
        assert "status" in rows[0] and "Föredragande borgarrådets synpunkter" in rows[0]
        assert "◆" not in rows[1] and "Skärpt synpunkt" in rows[1]
        assert "◆ remiss" in rows[2]
        assert "2023-09-06 10:01" in rows[2]
        status = str(screen.query_one("#history-status").render())
        assert "3 versioner" in status and "remiss, tillstyrkt" in status


@pilot_test
async def test_milestones_are_two_keys_from_the_case_list(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press("f6", "m")  # the two keys, without waiting for the history
        screen = await opened_diff(app, pilot)
        assert screen.old.label.startswith("remiss (") and screen.new.label.startswith("tillstyrkt")
        lines = [line.plain for line in screen.view.lines]
        assert "~ status: remiss → tillstyrkt" in lines
        assert diff_words(screen, PieceStyle.DELETED) == ["bedömning", "bör"]
        assert diff_words(screen, PieceStyle.INSERTED) == ["uppfattning", "ska"]


@pilot_test
async def test_marking_a_version_and_opening_another_compares_them(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("down", "space")  # mark Anna's version
        assert screen.table.marked == 1
        await pilot.press("down", "enter")  # the first version against the marked one
        diff = await opened_diff(app, pilot)
        first, annas = screen.entries[2], screen.entries[1]
        assert (diff.old.commit, diff.new.commit) == (first.commit_id, annas.commit_id)
        assert diff_words(diff, PieceStyle.DELETED) == ["bör"]
        assert diff_words(diff, PieceStyle.INSERTED) == ["ska"]
        assert not any("status" in line.plain for line in diff.view.lines)


@pilot_test
async def test_enter_compares_a_version_with_the_one_before_it(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("enter")  # Bo's version against Anna's
        diff = await opened_diff(app, pilot)
        assert diff.old.commit == screen.entries[1].commit_id
        assert diff_words(diff, PieceStyle.INSERTED) == ["uppfattning"]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await pilot.press("end", "enter")  # the first version: everything is new
        diff = await opened_diff(app, pilot)
        assert diff.old.commit is None and diff.old.label == texts.DIFF_NONE
        assert any("(nytt avsnitt)" in line.plain for line in diff.view.lines)


@pilot_test
async def test_two_milestones_picked_from_a_list(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_history(app, pilot)
        await pilot.press("M", "enter")  # from: remiss (preselected)
        await pilot.pause()
        await pilot.press("enter")  # to: tillstyrkt (the only other)
        diff = await opened_diff(app, pilot)
        assert diff.old.label.startswith("remiss") and diff.new.label.startswith("tillstyrkt")


@pilot_test
async def test_help_and_palette_list_every_history_key(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for name in (texts.KEY_MILESTONES, texts.KEY_COMPARE, texts.KEY_MARK, texts.KEY_BLAME):
            assert any(title.startswith(name) for title in titles), name
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        ids = {line.binding_id for line in help_screen.lines}
        assert {"pmtui.history.milestones", "pmtui.history.mark", "pmtui.history.blame"} <= ids
        assert "historiken" in help_screen.title_text
        assert all(line.does for line in help_screen.lines)


@pilot_test
async def test_alt_h_opens_the_history_from_the_editor(app: PmtuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        await pilot.press("alt+h", "m")
        diff = await opened_diff(app, pilot)
        assert diff.new.label.startswith("tillstyrkt")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))


@pilot_test
async def test_milestones_key_says_so_when_there_is_only_one(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    messages: list[str] = []
    original = app.notify

    def notify(message: str, **options: object) -> None:
        messages.append(message)
        original(message, **options)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press(*"strong", "alt+h", "m")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.loaded)
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert texts.NEED_TWO_MILESTONES.format(dnr=DNR) in messages


@pilot_test
async def test_authors_and_messages_are_shown_as_text(app: PmtuiApp) -> None:
    root = app.repository.root
    path = root / "cases" / "2023" / "ks-2023-886.md"
    path.write_text(path.read_text(encoding="utf-8").replace("ska delta", "får delta"))
    environment = {**os.environ, "GIT_AUTHOR_NAME": "[b]Eva[/b] \x1b]0;x\x07"}
    message = "Rättat [@click=app.quit]här[/] \x1b[2J"
    subprocess.run(["git", "commit", "-qam", message], cwd=root, env=environment, check=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        table = screen.table
        row = "".join(segment.text for segment in table.render_line(0))
        assert "[b]Eva[/b] \\x1b]0;" in row  # the author column is 18 cells
        assert "Rättat [@click=app.quit]här[/] \\x1b[2J" in row
        assert "\x1b" not in row and "\x07" not in row
