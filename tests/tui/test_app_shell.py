"""The app shell: help built from the active bindings, the palette, remapped keys, errors."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.command import CommandPalette
from textual.pilot import Pilot

from pmtui.cli.main import main
from pmtui.editing.drafts import EMERGENCY
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.config import load_settings
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen
from pmtui.tui.screens.picker import PickerScreen
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)


def recording(app: PmtuiApp) -> list[str]:
    """Every notification's text, in order (the app's own notify still runs)."""
    seen: list[str] = []
    original = app.notify

    def notify(message: str, **options: object) -> None:
        seen.append(message)
        original(message, **options)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return seen


async def ready(app: PmtuiApp, pilot: object) -> CaseListScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, CaseListScreen)
    return screen


@pilot_test
async def test_question_mark_lists_every_key_of_the_list(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        by_id = {line.binding_id: line for line in help_screen.lines}
        for binding in CaseListScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.id in by_id, binding.id
        assert by_id["pmtui.list.sort"].keys == "f2"
        assert by_id["pmtui.list.sort"].does.startswith("Välj kolumn")
        assert by_id["pmtui.app.palette"].keys == "^p"
        assert all(line.does for line in help_screen.lines)
        await pilot.press("escape")
        assert isinstance(app.screen, CaseListScreen)


@pilot_test
async def test_keys_remapped_in_the_config_file_work_and_show_in_help(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"pmtui.list.sort" = "f9"\n', encoding="utf-8")
    settings, problems = load_settings(config)
    assert problems == []
    app = PmtuiApp(make_repository(tmp_path / "arkiv"), settings)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("f2")
        assert isinstance(app.screen, CaseListScreen)
        await pilot.press("f9")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("escape", "f1")
        assert isinstance(app.screen, HelpScreen)
        by_id = {line.binding_id: line for line in app.screen.lines}
        assert by_id["pmtui.list.sort"].keys == "f9"


def test_config_from_xdg_folder_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path.home() / ".config" / "pmtui"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('theme = "nord"\nbody_search = false\n', "utf-8")
    settings, problems = load_settings()
    assert (settings.theme, settings.body_search, problems) == ("nord", False, [])
    monkeypatch.setenv("PMTUI_THEME", "textual-light")
    assert load_settings()[0].theme == "textual-light"


def test_invalid_config_falls_back_to_defaults_with_a_swedish_message(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('tema = "nord"\n', encoding="utf-8")
    settings, problems = load_settings(config)
    assert settings.theme == "textual-dark"
    assert len(problems) == 1 and "kunde inte läsas" in problems[0] and "tema" in problems[0]
    config.write_text("keys = [", encoding="utf-8")
    assert "kunde inte läsas" in load_settings(config)[1][0]
    config.write_text("body_search = 7\n", encoding="utf-8")
    problem = load_settings(config)[1][0]
    assert "body_search" in problem and "Input should" not in problem and "väntade" in problem


@pilot_test
async def test_config_problems_are_shown_as_notifications(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"), notices=["Inställningsfilen x"])
    seen = recording(app)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert seen == ["Inställningsfilen x"]


@pilot_test
async def test_palette_offers_every_list_action_and_runs_it(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for binding in CaseListScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert any(title.startswith(binding.description) for title in titles), binding
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"vänd")
        await pilot.pause(0.5)  # the palette searches asynchronously
        await pilot.press("enter")  # "Vänd (f3)" runs reverse_sort
        await pilot.pause(0.3)
        assert isinstance(app.screen, CaseListScreen)
        assert screen.list_query.descending


@pilot_test
async def test_a_failing_load_is_a_swedish_notification_not_a_crash(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "arkiv")
    shutil.rmtree(tmp_path / "arkiv" / ".git" / "objects")
    (tmp_path / "arkiv" / ".git" / "objects").mkdir()
    app = PmtuiApp(repo)
    seen = recording(app)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):  # the load fails in its worker; wait for the notification
            await pilot.pause(0.05)
            if seen:
                break
        assert isinstance(app.screen, CaseListScreen)
        assert seen and ("gick fel" in seen[0] or "Inget" in seen[0])
        assert "Traceback" not in seen[0], seen


def test_outside_a_case_repository_says_how_to_make_or_try_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([]) == 1
    message = capsys.readouterr().err
    assert "pmtui init" in message and "pmtui demo" in message
    git(tmp_path, "init", "-q")  # a Git repository, but without cases/
    assert main([]) == 1
    assert "inget ärendearkiv" in capsys.readouterr().err
    assert main(["--repo", str(tmp_path / "saknas")]) == 1


def test_no_command_opens_the_app_on_the_repository_around_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmtui.cli import app as app_command

    CaseRepository.init(tmp_path / "arkiv")
    (tmp_path / "arkiv" / "cases" / "2023").mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(tmp_path / "arkiv" / "cases" / "2023")
    opened: list[Path | None] = []

    def open_app(repository: CaseRepository) -> int:
        opened.append(repository.root)
        return 0

    monkeypatch.setattr(app_command, "open_app", open_app)
    assert main([]) == 0
    assert opened == [(tmp_path / "arkiv").resolve()]


def test_an_unexpected_error_exits_with_a_swedish_message_and_no_traceback(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    app = PmtuiApp(make_repository(tmp_path / "arkiv"))
    flushed: list[str] = []
    EMERGENCY.register(flushed, lambda: flushed.append("draft"))

    def broken() -> None:
        raise RuntimeError("trasig åtgärd")

    async def press_broken_key(pilot: Pilot[object]) -> None:
        await pilot.pause(0.3)
        app.screen.action_reverse_sort = broken  # type: ignore[attr-defined]
        await pilot.press("f3")
        await pilot.pause(0.3)

    try:
        asyncio.run(app.run_async(headless=True, auto_pilot=press_broken_key))
    finally:
        EMERGENCY.unregister(flushed)
    output = capfd.readouterr()
    assert flushed == ["draft"]  # F14: open editors write their drafts before the exit
    assert app.return_code == 1
    assert "oväntat fel" in output.out + output.err
    assert "Traceback" not in output.out + output.err
    assert "trasig åtgärd" not in output.out + output.err
