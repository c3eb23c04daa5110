"""What the case list opens besides a case: history, review, agenda, import and a new case
(each screen imported when first used, so the list starts without them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmtui.tui.screens.case_list import CaseListScreen


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
