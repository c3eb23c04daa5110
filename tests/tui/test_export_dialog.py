"""Exporting from the case editor: its palette entry (and ctrl+o) opens the dialog, the
chosen format is written to the chosen file, what is on screen is what is exported (saved
or not), an existing file is replaced only when asked twice, and a case with errors is
not exported."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select

from pmtui.export import ExportFormat, export_case
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.export_dialog import ExportDialog
from tests.tui.list_repository import make_repository, pilot_test, seed_case
from tests.tui.test_app_shell import recording
from tests.tui.test_editor_flows import DNR, until

SIZE = (120, 40)


@pytest.fixture
def out_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder pmtui was started in: relative export paths land here."""
    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def open_editor(app: PmtuiApp, pilot: Pilot[int]) -> CaseEditorScreen:
    await app.workers.wait_for_complete()
    app.open_case(DNR)
    await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
    screen = app.screen
    assert isinstance(screen, CaseEditorScreen)
    return screen


async def set_title(app: PmtuiApp, pilot: Pilot[int], title: str) -> None:
    screen = app.screen
    assert isinstance(screen, CaseEditorScreen)
    field = screen.query_one("#field-rubrik", Input)
    field.focus()
    field.value = title
    await until(
        pilot, lambda: screen.latest is not None and screen.latest.fields["rubrik"] == title
    )


async def open_dialog(app: PmtuiApp, pilot: Pilot[int]) -> ExportDialog:
    await pilot.press("ctrl+o")
    await until(pilot, lambda: isinstance(app.screen, ExportDialog))
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


@pilot_test
async def test_the_palette_entry_exports_the_chosen_format_to_the_chosen_file(
    tmp_path: Path, out_folder: Path
) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        notices = recording(app)
        screen = await open_editor(app, pilot)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        (entry,) = [title for title in commands if title.startswith("Exportera")]
        assert "ctrl+o" in entry.casefold() or "^o" in entry.casefold()
        await commands[entry].callback()
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path = dialog.query_one("#export-path", Input)
        assert path.value == "ks-2023-886.docx" and app.focused is path
        dialog.query_one("#export-format", Select).value = ExportFormat.MD
        await until(pilot, lambda: path.value == "ks-2023-886.md")
        path.value = "pm.md"
        await pilot.press("enter")
        await until(pilot, lambda: (out_folder / "pm.md").exists())
        await until(pilot, lambda: any("Exporterade KS 2023/886 som md" in n for n in notices))
        assert isinstance(app.screen, CaseEditorScreen)
    expected = export_case(seed_case(), ExportFormat.MD).data
    assert (out_folder / "pm.md").read_bytes() == expected


@pilot_test
async def test_what_is_on_screen_is_exported_and_a_case_with_errors_is_not(
    tmp_path: Path, out_folder: Path
) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        notices = recording(app)
        await open_editor(app, pilot)
        await set_title(app, pilot, "Strong Cities Network Global Summit 2023")
        dialog = await open_dialog(app, pilot)
        dialog.query_one("#export-path", Input).value = "pm.txt"
        dialog.query_one("#export-format", Select).value = ExportFormat.TXT
        await pilot.press("enter")
        await until(pilot, lambda: any("inte är sparade" in n for n in notices))
        await set_title(app, pilot, "")
        await pilot.press("ctrl+o")
        await until(pilot, lambda: any("har fel och kan inte exporteras" in n for n in notices))
        assert isinstance(app.screen, CaseEditorScreen)
    text = (out_folder / "pm.txt").read_text("utf-8")
    assert "\n\nStrong Cities Network Global Summit 2023\n\n" in text


@pilot_test
async def test_an_existing_file_is_replaced_only_when_asked_twice(
    tmp_path: Path, out_folder: Path
) -> None:
    target = out_folder / "ks-2023-886.docx"
    target.write_bytes(b"the user's own edits")
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        await open_dialog(app, pilot)
        await pilot.press("escape")  # cancelled: nothing written
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        dialog = await open_dialog(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "finns redan" in str(dialog.query_one("#export-problem").render())
        assert target.read_bytes() == b"the user's own edits"
        await pilot.press("enter")
        await until(pilot, lambda: target.read_bytes()[:2] == b"PK")
    assert sorted(p.name for p in out_folder.iterdir()) == ["ks-2023-886.docx"]
