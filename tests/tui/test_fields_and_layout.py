"""What is typed stays visible and is never lost, from 80×24 to 200×60: fields with an
error keep their text row, undo works in one-line fields, Ctrl+Q asks about unsaved
work, drafts are marked in the list, columns share the width, the preview gives way on
narrow screens, notifications leave the status line free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static

from pmtui.editing.drafts import Draft, DraftStore
from pmtui.store import CaseRepository, HistoryEntry
from pmtui.tui.app import PmtuiApp
from pmtui.tui.dialogs.confirm_leave import ConfirmLeaveDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen
from pmtui.tui.widgets.case_table import CaseTable, column_spans
from pmtui.tui.widgets.fields import LineArea
from pmtui.tui.widgets.history_table import author_width, entry_text
from pmtui.tui.widgets.section_editor import SectionEditor
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import DNR, PATH, EditorApp, root, set_field, until

NARROW, WIDE = (80, 24), (200, 60)


def widths(width: int) -> dict[str, int]:
    return {column.key: size for column, _, size in column_spans(width)}


def test_columns_share_the_width_and_leave_out_the_least_needed_when_narrow() -> None:
    narrow = widths(NARROW[0] - 2)  # the table's scroll bar takes two cells
    assert narrow["title"] >= 20 and "changed" not in narrow and "date" not in narrow
    assert sum(narrow.values()) + len(narrow) - 1 == NARROW[0] - 2
    wide = widths(WIDE[0] - 2)
    assert wide["presenters"] == 30 and wide["changed"] == 34 and wide["dnr"] == 15
    assert wide["title"] > 80


def entry(author: str) -> HistoryEntry:
    when = dt.datetime(2023, 9, 6, 10, 0, tzinfo=dt.UTC)
    return HistoryEntry("c0ffee", author, "a@example.invalid", when, "Ändrat", PATH, None, None)


def test_history_shows_every_author_in_full() -> None:
    long, short = entry("Karin Wanngård-Lindqvist Eriksson"), entry("Bo Berg")
    width = author_width([long, short])
    assert width == len(long.author)
    assert long.author in entry_text(long, None, False, authors=width).plain
    row = entry_text(short, None, False, authors=width).plain
    assert row.index("Ändrat") == entry_text(long, None, False, authors=width).plain.index("Ändrat")


async def editor_at(pilot: Pilot[None]) -> CaseEditorScreen:
    await pilot.pause()
    return pilot.app.screen  # type: ignore[return-value]


@pilot_test
async def test_a_field_with_an_error_keeps_its_text_row(tmp_path: Path) -> None:
    app = EditorApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await editor_at(pilot)
        await set_field(pilot, "field-datum", "2023-02-30")
        field = app.screen.query_one("#field-datum", Input)
        await until(pilot, lambda: field.has_class("invalid"))
        assert field.content_region.height == 1 and field.content_region.width > 60
        assert app.screen.query_one("#problem-datum", Static).display


@pilot_test
async def test_the_focused_field_is_marked(tmp_path: Path) -> None:
    app = EditorApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await editor_at(pilot)
        rubrik, ort = (app.screen.query_one(f"#field-{k}", Input) for k in ("rubrik", "ort"))
        rubrik.focus()
        await pilot.pause()
        assert border_left(rubrik) == "tall" and border_left(ort) == "blank"
        assert rubrik.content_region.x == ort.content_region.x  # the text does not move


def border_left(widget: Widget) -> str:
    return str(widget.styles.border_left[0])


async def open_case(app: PmtuiApp, pilot: Pilot[int]) -> None:
    await app.workers.wait_for_complete()
    app.open_case(DNR)
    await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))


@pilot_test
async def test_undo_and_redo_in_a_one_line_field_and_help_lists_them(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await open_case(app, pilot)
        field = app.screen.query_one("#field-rubrik", Input)
        field.focus()
        await pilot.press("end", *" Extra", "ctrl+z")
        assert field.value == "Strong Cities Network Global Summit"
        await pilot.press("ctrl+y")
        assert field.value == "Strong Cities Network Global Summit Extra"
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert isinstance(app.screen, HelpScreen)
        ids = {line.binding_id: line.does for line in app.screen.lines}
        assert ids["pmtui.field.undo"] == "Ångra den senaste ändringen i fältet"
        assert "pmtui.field.redo" in ids


@pilot_test
async def test_an_att_sats_wraps_and_stays_one_line(tmp_path: Path) -> None:
    app = EditorApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await editor_at(pilot)
        await pilot.press("f6")
        point = app.screen.query_one("#point-0-0", LineArea)
        assert point.region.height >= 3 and point.region.right <= NARROW[0]
        point.focus()
        point.move_cursor((0, 0))
        await pilot.press("enter")
        point.post_message(events.Paste("Först.\nSedan. "))
        await pilot.pause()
        assert point.text.startswith("Först. Sedan. Staden tackar ja") and "\n" not in point.text


@pilot_test
async def test_the_preview_is_shown_from_120_columns(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    for size, shown in ((NARROW, False), ((119, 40), False), ((120, 40), True), (WIDE, True)):
        app = EditorApp(repository)
        async with app.run_test(size=size) as pilot:
            await editor_at(pilot)
            await pilot.press("f7")
            assert app.screen.query_one(SectionEditor).preview.display is shown, size


@pilot_test
async def test_f9_shows_the_preview_when_narrow_and_the_choice_holds(tmp_path: Path) -> None:
    app = EditorApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await editor_at(pilot)
        await pilot.press("f7", "f9")
        preview = app.screen.query_one(SectionEditor).preview
        assert preview.display
        await pilot.resize_terminal(*WIDE)
        await pilot.press("f9")
        await pilot.resize_terminal(*NARROW)
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert not preview.display  # hidden by choice, whatever the width


def overlaps(first: Widget, second: Widget) -> bool:
    return bool(first.region.intersection(second.region).area)


@pilot_test
async def test_notifications_leave_the_status_line_free(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await app.workers.wait_for_complete()
        for status in ("#list-status", "#editor-status"):
            if status == "#editor-status":
                app.open_case(DNR)
                await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
            app.notify("Sparat: 0123abcd KS 2023/886: ändrade rubrik", timeout=30)
            await until(pilot, lambda: bool(app.screen.query("Toast")))
            toast = app.screen.query("Toast").last()
            assert not overlaps(toast, app.screen.query_one(status)), status


def write_draft(repository: CaseRepository) -> None:
    draft = Draft(DNR, PATH, None, None, state={}, text=None)
    DraftStore(root(repository)).write(draft)


@pilot_test
async def test_the_list_marks_the_cases_that_have_a_draft(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    write_draft(repository)
    app = PmtuiApp(repository)
    async with app.run_test(size=NARROW) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        table = app.screen.query_one(CaseTable)
        lines = [table.render_line(y).text for y in range(table.row_count)]
        assert [line.split()[:3] for line in lines if "✎" in line] == [["✎", "KS", "2023/886"]]
        assert lines[0].startswith("  KS 2022/99 ")  # no mark, the dnr in the same place
        assert "✎ osparat utkast: 1" in str(app.screen.query_one("#list-status").render())


async def open_and_change(app: PmtuiApp, pilot: Pilot[int]) -> None:
    await open_case(app, pilot)
    field = app.screen.query_one("#field-ort", Input)
    field.focus()
    await pilot.press("end", *" Solna")


def asking(app: PmtuiApp) -> Callable[[], bool]:
    return lambda: isinstance(app.screen, ConfirmLeaveDialog)


def assert_kept_as_draft(repository: CaseRepository) -> None:
    draft = DraftStore(root(repository)).read(PATH)
    assert draft is not None and draft.state["fields"]["ort"] == "Stockholm Solna"
    assert git(root(repository), "status", "--porcelain") == ""


@pilot_test
async def test_ctrl_q_with_unsaved_work_asks_like_esc(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    app = PmtuiApp(repository)
    async with app.run_test(size=NARROW) as pilot:
        await open_and_change(app, pilot)
        await pilot.press("ctrl+q")
        await until(pilot, asking(app))
        await pilot.press("escape")  # cancel: still in the case, the text stays
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert app.screen.query_one("#field-ort", Input).value == "Stockholm Solna"
        await pilot.press("ctrl+q")
        await until(pilot, asking(app))
        await pilot.click("#answer-keep")
        await pilot.pause()
    assert app.return_code == 0
    assert_kept_as_draft(repository)


@pilot_test
async def test_ctrl_q_without_unsaved_work_quits_at_once(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=NARROW) as pilot:
        await open_case(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
