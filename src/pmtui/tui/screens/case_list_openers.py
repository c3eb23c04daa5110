"""What the case list opens besides a case: the sort and filter pickers, history, review,
agenda, import and a new case (each screen imported when first used, so the list starts
without them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.texts import tui as texts

if TYPE_CHECKING:
    from pmtui.tui.screens.case_list import CaseListScreen


def pick_sort(screen: CaseListScreen) -> None:
    """F2: the column to sort by (the same one again: the other direction)."""
    from pmtui.editing.case_index import COLUMNS
    from pmtui.tui.screens.picker import PickerScreen

    def picked(column: str | None) -> None:
        if column is not None:
            screen.sort_by(column)

    choices = [(column.key, column.title) for column in COLUMNS]
    picker = PickerScreen(texts.PICK_SORT_TITLE, choices, screen.list_query.sort)
    screen.app.push_screen(picker, picked)


def pick_value(screen: CaseListScreen, column: str) -> None:
    """F4 / F5: show only the cases with one status / in one rotel ("Alla": every one)."""
    from pmtui.tui.screens.picker import PickerScreen

    def picked(value: str | None) -> None:
        if value is not None:
            screen.set_query(**{column: value or None})

    title = texts.PICK_STATUS_TITLE if column == "status" else texts.PICK_ROTEL_TITLE
    choices = [("", texts.PICK_ALL)] + [(v, v) for v in screen.index.values(column)]
    current = getattr(screen.list_query, column) or ""
    screen.app.push_screen(PickerScreen(title, choices, current), picked)


def open_history(screen: CaseListScreen) -> None:
    row = screen.table.current_row
    if row is not None:
        from pmtui.tui.screens.history import HistoryScreen

        screen.app.push_screen(HistoryScreen(screen.repository, row.ref))


def import_documents(screen: CaseListScreen) -> None:
    """The import dialog; the list reads the cases again when any file was imported."""
    from pmtui.tui.screens.import_dialog import ImportDialog

    def imported(count: int | None) -> None:
        if count:
            screen.load_cases()

    screen.app.push_screen(ImportDialog(screen.repository), imported)


def open_agenda(screen: CaseListScreen) -> None:
    from pmtui.tui.screens.agenda import AgendaScreen

    screen.app.push_screen(AgendaScreen(screen.repository))


def open_review(screen: CaseListScreen) -> None:
    from pmtui.tui.screens.review import ReviewScreen

    screen.app.push_screen(ReviewScreen(screen.repository))


def open_new_case_form(screen: CaseListScreen) -> None:
    from pmtui.tui.screens.new_case import NewCaseScreen

    screen.app.push_screen(NewCaseScreen(screen.repository))
