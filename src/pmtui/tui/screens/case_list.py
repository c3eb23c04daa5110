"""The case list: type to filter, sort by any column, filter by status and rotel, open.

Cases load in thread workers that talk back with messages: the summaries (a first
listing says how far it has come), then the body-text index; the last changes of the
rows in view are looked up as they come into view (case_list_changes.py). Filtering
runs on the UI thread over pre-folded strings: a few ms for 30,000 cases."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static

from pmtui.editing.body_index import BodyIndex, index_file
from pmtui.editing.case_index import (
    MEMO_LIMIT,
    MIN_BODY_WORD,
    CaseIndex,
    CaseRow,
    ListQuery,
    query_status,
    words_of,
)
from pmtui.editing.drafts import draft_paths
from pmtui.texts import tui as texts
from pmtui.tui.errors import report_failure
from pmtui.tui.screens import case_branching, case_lifecycle, case_list_openers
from pmtui.tui.screens.case_list_changes import ChangeColumn, ChangesFound
from pmtui.tui.screens.case_list_keys import LIST_BINDINGS
from pmtui.tui.screens.framing import CursorListScreen
from pmtui.tui.widgets.case_table import CaseTable, CaseTableHeader
from pmtui.tui.widgets.filter_input import FilterInput

log = logging.getLogger(__name__)
BODY_SEARCH_DELAY = 0.12  # seconds of no typing before the case texts are searched


class CaseListScreen(CursorListScreen):
    """All cases of the repository, as a filterable, sortable list."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS

    @dataclass
    class CasesLoaded(Message):
        index: CaseIndex
        drafts: frozenset[str]

    @dataclass
    class BodiesIndexed(Message):
        index: CaseIndex
        body: BodyIndex

    @dataclass
    class BodyHitsFound(Message):
        index: CaseIndex
        hits: dict[str, set[int]]

    def __init__(self, repository: Any, *, body_search: bool = True) -> None:
        super().__init__()
        self.repository = repository
        self.body_search = body_search
        self.index = CaseIndex([])
        self.list_query = ListQuery()
        self.loaded = False
        self.loaded_commit: str | None = None
        self.body_hits: dict[str, set[int]] = {}
        self._body_timer: Timer | None = None
        self.show_archived = False  # F7 (case_lifecycle.py)
        self.branch_line = ""  # "gren main (origin/main ↑1 ↓2)" (case_branching.py)
        self.changes = ChangeColumn(self)  # the last-change column, rows in view only

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield FilterInput(placeholder=texts.FILTER_PLACEHOLDER, id="filter")
        yield CaseTableHeader(id="case-header")
        yield CaseTable(id="cases")
        yield Static(id="list-status")
        yield Footer()

    @property
    def table(self) -> CaseTable:
        return self.query_one(CaseTable)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#filter", Input)

    def on_mount(self) -> None:
        self.filter_input.focus()
        self.call_after_refresh(self.load_cases)  # the screen first, then the work

    def on_screen_resume(self) -> None:
        """Back from a case (or a dialog): reload if the branch moved meanwhile, else look
        again for drafts (leaving a case may have kept or discarded one)."""
        if self.loaded and self.repository.head_commit != self.loaded_commit:
            self.load_cases()
        elif self.loaded:  # a few small files: read here, not in a worker
            self.table.mark_drafts(draft_paths(self.repository))
            self.refilter()

    # Loading, in workers -------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="cases", exclusive=True)
    def load_cases(self) -> None:
        self.loaded_commit = self.repository.head_commit
        listing = self.repository.list_cases(
            progress=lambda done, total: self.post_message(CaseTable.Reading(done, total))
        )
        summaries = case_lifecycle.listed(listing, self.show_archived)
        index = CaseIndex.of_summaries(summaries)
        self.post_message(self.CasesLoaded(index, draft_paths(self.repository)))

    @work(thread=True, exit_on_error=False, group="details", exclusive=True)
    def load_details(self, index: CaseIndex) -> None:
        """After the list shows: the body index."""
        if self.body_search and index.rows:
            self.post_message(self.BodiesIndexed(index, self._index_bodies(index)))

    def _index_bodies(self, index: CaseIndex) -> BodyIndex:
        gitdir = getattr(self.repository, "gitdir", None)
        body = BodyIndex(index_file(gitdir) if gitdir is not None else None)
        blobs, read = [row.blob_id for row in index.rows], self.repository.blob_texts
        body.update_many(blobs, lambda rows: read([blobs[n] for n in rows]))  # in bulk
        return body

    def on_case_list_screen_cases_loaded(self, message: CasesLoaded) -> None:
        self.index, self.loaded, self.body_hits = message.index, True, {}
        self.changes.loaded(message.index, self.loaded_commit)
        self.table.mark_drafts(message.drafts)
        self.refilter()
        self.load_details(message.index)
        case_branching.refresh_status(self)  # ahead/behind after the list, not before it

    def on_case_table_reading(self, message: CaseTable.Reading) -> None:
        self.table.reading(message.done, message.total)

    def on_changes_found(self, message: ChangesFound) -> None:
        self.changes.found(message)

    def on_case_table_window_moved(self, _: CaseTable.WindowMoved) -> None:
        self.changes.want()

    def on_case_list_screen_bodies_indexed(self, message: BodiesIndexed) -> None:
        if message.index is self.index:
            self.index.body = message.body
            self.refilter()
            self.schedule_body_search()

    # Body-text search: after a pause in typing, in a worker -----------------------------

    def schedule_body_search(self) -> None:
        """Look up the body hits of words not looked up yet, once typing pauses."""
        if self._body_timer is not None:
            self._body_timer.stop()
        words = words_of(self.list_query.text)
        missing = [w for w in words if len(w) >= MIN_BODY_WORD and w not in self.body_hits]
        if self.index.body is not None and missing:
            index = self.index
            self._body_timer = self.set_timer(
                BODY_SEARCH_DELAY, lambda: self.search_bodies(index, missing)
            )

    @work(thread=True, exit_on_error=False, group="body-search", exclusive=True)
    def search_bodies(self, index: CaseIndex, words: list[str]) -> None:
        self.post_message(self.BodyHitsFound(index, index.body_hits(words)))

    def on_case_list_screen_body_hits_found(self, message: BodyHitsFound) -> None:
        if message.index is self.index and message.hits:
            if len(self.body_hits) > MEMO_LIMIT:
                self.body_hits.clear()
            self.body_hits.update(message.hits)
            self.refilter()

    def on_worker_state_changed(self, event: Any) -> None:
        report_failure(self.app, event.worker)

    # Filtering and sorting ----------------------------------------------------------

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.set_query(text=event.value)
        self.schedule_body_search()

    def set_query(self, **changes: Any) -> None:
        self.list_query = replace(self.list_query, **changes)
        self.refilter()

    def refilter(self) -> None:
        shown = self.index.query(self.list_query, self.body_hits)
        notice = texts.NO_MATCHES if self.index.rows else texts.NO_CASES
        self.table.show(self.index, shown, notice if self.loaded else texts.LOADING_CASES)
        self.changes.want()  # the rows now in view (every row when sorted by last change)
        header = self.query_one(CaseTableHeader)
        header.sort, header.descending = self.list_query.sort, self.list_query.descending
        self.query_one("#list-status", Static).update(Text(self.status_line(len(shown))))

    def status_line(self, shown: int) -> str:
        parts = query_status(self.list_query, shown, len(self.index.rows))
        parts += [self.branch_line] if self.branch_line else []
        if self.table.drafts:
            parts.append(texts.STATUS_DRAFTS.format(count=len(self.table.drafts)))
        parts.extend(case_lifecycle.status_parts(self.show_archived))
        if self.changes.waiting_for_all:
            parts.append(texts.STATUS_CHANGES_LOADING)
        if self.index.body is not None:
            parts.append(texts.STATUS_BODY_INDEX_READY)
        elif self.body_search and self.index.rows:
            parts.append(texts.STATUS_BODY_INDEX_BUILDING)
        return " · ".join(parts)

    def sort_by(self, column: str) -> None:
        same = column == self.list_query.sort
        self.set_query(sort=column, descending=same and not self.list_query.descending)

    def on_case_table_header_sort_requested(self, message: CaseTableHeader.SortRequested) -> None:
        self.sort_by(message.column)

    def action_reverse_sort(self) -> None:
        self.set_query(descending=not self.list_query.descending)

    def action_clear_filters(self) -> None:
        self.filter_input.value = ""
        self.set_query(text="", status=None, rotel=None)

    def action_reload(self) -> None:
        self.load_cases()

    def action_pick_sort(self) -> None:
        case_list_openers.pick_sort(self)

    def action_pick_status(self) -> None:
        case_list_openers.pick_value(self, "status")

    def action_pick_rotel(self) -> None:
        case_list_openers.pick_value(self, "rotel")

    # Opening ------------------------------------------------------------------------

    def action_open_case(self) -> None:
        row = self.table.current_row
        if row is not None:
            self.open_case(row)

    def action_history(self) -> None:
        case_list_openers.open_history(self)

    def action_import_documents(self) -> None:
        case_list_openers.import_documents(self)

    def action_agenda(self) -> None:
        case_list_openers.open_agenda(self)

    def action_review(self) -> None:
        case_list_openers.open_review(self)

    def action_new_case(self) -> None:
        case_list_openers.open_new_case_form(self)

    def action_lifecycle(self, what: str) -> None:
        case_lifecycle.run(self, what)

    def action_switch_branch(self) -> None:
        self.run_worker(case_branching.switch_flow(self), group="branch", exclusive=True)

    def on_case_table_chosen(self, message: CaseTable.Chosen) -> None:
        self.open_case(message.row)

    def open_case(self, row: CaseRow) -> None:
        from pmtui.tui.screens.case_conflict import open_conflict

        if open_conflict(self.app, self.repository, row.path):  # a merge left it in conflict
            return
        opener = getattr(self.app, "open_case", None)
        if opener is not None:
            opener(row.ref)
