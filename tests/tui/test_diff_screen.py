"""The comparison screen: modes, section filter, moving between changes, safe text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot

from pmtui.diff.paint import Style as PieceStyle
from pmtui.model import Status
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.diff_view import DiffScreen, Side
from pmtui.tui.screens.help import HelpScreen
from pmtui.tui.screens.picker import PickerScreen
from tests.conftest import git
from tests.tui.history_repository import (
    DNR,
    THIRD,
    VIEWS,
    as_author,
    diff_words,
    make_history,
    opened_diff,
    until,
    with_views,
)
from tests.tui.list_repository import pilot_test

SIZE = (120, 40)
FOURTH = THIRD.replace("kommunstyrelsens budget", "kommunstyrelsens ram")


def changed_elsewhere(repo: CaseRepository, views: str = FOURTH) -> None:
    """A fourth version: the synpunkter and the section Ärendet both reworded."""
    assert repo.root is not None
    as_author(repo.root, "Anna Andersson")
    loaded = repo.load(DNR)
    assert loaded.case is not None
    case = with_views(loaded.case, views, Status.TILLSTYRKT)
    sections = []
    for section in case.sections:
        if section.heading == "Ärendet":
            blocks = [
                b.model_copy(update={"text": b.text.replace("ca 90", "ca 100")})
                for b in section.blocks
            ]
            section = section.model_copy(update={"blocks": blocks})
        sections.append(section)
    repo.save(case.model_copy(update={"sections": sections}), loaded.base, "Fler deltagare")


@pytest.fixture
def repo(tmp_path: Path) -> CaseRepository:
    repository = make_history(tmp_path / "arkiv")
    changed_elsewhere(repository)
    return repository


async def open_diff(repo: CaseRepository, app: PmtuiApp, pilot: Pilot[int]) -> DiffScreen:
    """remiss → the latest version (fields, synpunkter and Ärendet changed)."""
    old = Side(repo.resolve(DNR, "remiss"), "remiss")
    new = Side(repo.resolve(DNR, "HEAD"), "HEAD")
    await pilot.pause()
    app.push_screen(DiffScreen(repo, DNR, old, new))
    return await opened_diff(app, pilot)


def shown(screen: DiffScreen) -> list[str]:
    return [line.plain for line in screen.view.lines]


@pilot_test
async def test_fields_first_then_sections_with_word_highlights(repo: CaseRepository) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        lines = shown(screen)
        fields = lines.index("Uppgifter")
        views = next(n for n, line in enumerate(lines) if line.startswith(f"## {VIEWS}"))
        matter = next(n for n, line in enumerate(lines) if line.startswith("## Ärendet"))
        assert fields < views < matter
        assert diff_words(screen, PieceStyle.DELETED) == ["bedömning", "bör", "budget", "90"]
        assert diff_words(screen, PieceStyle.INSERTED) == ["uppfattning", "ska", "ram", "100"]


@pilot_test
async def test_side_by_side_toggles_and_keeps_old_left_new_right(repo: CaseRepository) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        assert not any(" │ " in line for line in shown(screen))
        await pilot.press("s")
        assert screen.side_by_side
        rows = [row.plain for row in screen.view.rows]
        assert any(row.split(" │ ")[0].strip() == "Före" for row in rows if " │ " in row)
        changed = next(row for row in rows if "Staden" in row and " │ " in row)
        left, right = changed.split(" │ ")
        assert "bör" in left and "ska" not in left
        assert "ska" in right and "bör" not in right
        assert all(len(row) <= SIZE[0] for row in rows)
        await pilot.press("s")
        assert not screen.side_by_side
        assert not any(" │ " in row.plain for row in screen.view.rows)


@pilot_test
async def test_section_filter_shows_only_the_commissioners_views(repo: CaseRepository) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, PickerScreen))
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        ids = [value for value, _ in picker.choices]
        for _ in range(ids.index(VIEWS)):
            await pilot.press("down")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen)
        lines = shown(screen)
        assert lines[0].startswith(f"## {VIEWS}")
        assert not any(line.startswith(("Uppgifter", "## Ärendet", "~ status")) for line in lines)
        assert diff_words(screen, PieceStyle.INSERTED) == ["uppfattning", "ska", "ram"]
        status = str(screen.query_one("#diff-status").render())
        assert f"bara {VIEWS}" in status


@pilot_test
async def test_next_and_previous_change_move_and_scroll(repo: CaseRepository) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=(120, 12)) as pilot:
        screen = await open_diff(repo, app, pilot)
        view = screen.view
        assert view.current == -1 and len(view.anchors) == 5
        await pilot.press("n")
        assert view.current_line is not None
        assert view.current_line.plain == "~ status: remiss → tillstyrkt"
        await pilot.press("n", "n", "n", "right_square_bracket")
        assert view.current_line is not None and "Till mötet" in view.current_line.plain
        assert view.top_line <= view.anchors[4] < view.top_line + 8
        assert view.scroll_y > 0
        await pilot.press("n")  # stays on the last change
        assert view.current == 4
        await pilot.press("p", "left_square_bracket")
        assert view.current == 2
        assert view.current_line is not None and "Staden börska" in view.current_line.plain
        status = str(screen.query_one("#diff-status").render())
        assert "ändring 3 av 5" in status
        await pilot.press("home")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y > 0
        await pilot.press("k")
        assert view.scroll_y > 0


@pilot_test
async def test_whole_sentences_instead_of_words(repo: CaseRepository) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        await pilot.press("w")
        assert diff_words(screen, PieceStyle.INSERTED) == []
        lines = shown(screen)
        assert "- Staden bör delta i mötet i New York." in lines
        assert "+ Staden ska delta i mötet i New York." in lines


@pilot_test
async def test_markup_and_control_characters_in_the_text_are_shown_as_text(
    tmp_path: Path,
) -> None:
    repo = make_history(tmp_path / "arkiv")
    hostile = FOURTH + " Se [bold]detta[/bold] och [@click=app.quit]här[/] \x1b[2J nu."
    changed_elsewhere(repo, hostile)
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        added = next(line for line in shown(screen) if "detta" in line)
        assert added.startswith("+ Se [bold]detta[/bold] och [@click=app.quit]här[/]")
        assert "\\x1b[2J" in added
        assert not any("\x1b" in row.plain for row in screen.view.rows)
        for y in range(SIZE[1] - 2):  # every visible row draws
            screen.view.render_line(y)
        await pilot.pause()
        assert app.is_running  # the click markup did nothing


@pilot_test
async def test_every_comparison_key_has_an_id_a_help_line_and_a_palette_entry(
    repo: CaseRepository,
) -> None:
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_diff(repo, app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        ours = [line for line in help_screen.lines if line.binding_id.startswith("pmtui.diff.")]
        names = {line.binding_id.removeprefix("pmtui.diff.") for line in ours}
        assert {"next", "previous", "side_by_side", "section", "words", "back"} <= names
        assert all(line.does for line in ours)
        next_keys = next(line.keys for line in ours if line.binding_id == "pmtui.diff.next")
        assert "n" in next_keys and "]" in next_keys
        for binding in DiffScreen.BINDINGS:
            assert isinstance(binding, Binding) and binding.id and binding.tooltip
            if binding.action != "app.help":
                assert any(title.startswith(binding.description) for title in titles), (
                    binding,
                    titles,
                )


@pilot_test
async def test_a_version_that_is_not_a_valid_case_is_compared_line_by_line(
    tmp_path: Path,
) -> None:
    repo = make_history(tmp_path / "arkiv")
    assert repo.root is not None
    path = repo.root / "cases" / "2023" / "ks-2023-886.md"
    path.write_text(path.read_text(encoding="utf-8").replace("status: tillstyrkt", "status: [x"))
    git(repo.root, "commit", "-q", "-am", "Trasig med vanlig git")
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        old = Side(repo.resolve(DNR, "tillstyrkt"), "tillstyrkt")
        new = Side(repo.resolve(DNR, "HEAD"), "HEAD")
        await pilot.pause()
        app.push_screen(DiffScreen(repo, DNR, old, new))
        screen = await opened_diff(app, pilot)
        lines = shown(screen)
        assert screen.diff is not None and screen.diff.problems
        assert lines[0] == screen.diff.problems[0]
        assert lines[1].startswith("Filen rad för rad")
        assert "~ status: tillstyrkt[x" in lines
        assert diff_words(screen, PieceStyle.INSERTED) == ["[x"]
