"""The föredragningslista of one meeting in the app (``pmtui agenda`` on screen).

The cases are read in a thread worker (each valid case file of the branch); the meetings
they name give the organs and dates to choose from (keys F2, F3). The items are numbered as
``model/agenda.py`` does; Enter opens a case in the editor. Secret cases show only what
the printed agenda would (``format/agenda.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pmtui.format.agenda import agenda_data
from pmtui.format.render import swedish_date
from pmtui.model.agenda import build_agenda
from pmtui.model.case import Case
from pmtui.model.meetings import MeetingBody
from pmtui.store import StoreError
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import history as frame_texts
from pmtui.texts import meetings as texts
from pmtui.tui.screens.framing import FramedScreen, key_maker
from pmtui.tui.screens.picker import PickerScreen

agenda_key = key_maker("agenda")


def meeting_dates(cases: list[Case]) -> dict[MeetingBody, list[dt.date]]:
    """Each organ's meeting dates that some case names, oldest first."""
    found: dict[MeetingBody, set[dt.date]] = {}
    for case in cases:
        for meeting in case.meetings:
            found.setdefault(meeting.body, set()).add(meeting.date)
    return {body: sorted(dates) for body, dates in found.items()}


def first_meeting(
    dates: dict[MeetingBody, list[dt.date]], today: dt.date
) -> tuple[MeetingBody, dt.date] | None:
    """The next meeting from ``today`` on, else the latest one; None without meetings."""
    every = [(date, body) for body, days in dates.items() for date in days]
    if not every:
        return None
    coming = sorted(pair for pair in every if pair[0] >= today)
    date, body = coming[0] if coming else max(every)
    return body, date


def item_prompt(item: dict[str, Any]) -> Text:
    """One agenda item: the numbered title line, then its details (as the terminal shows)."""
    title = (
        item["rubrik"]
        if item["rubrik"] is not None
        else texts.AGENDA_SECRET_TITLE.format(ground=item["sekretess"])
    )
    text = Text(safe_line(f"{item['punkt']}. {item['dnr']}  Rotel {item['rotel']}  {title}"))
    text.stylize("bold", 0, len(str(item["punkt"])) + 1)
    details = []
    if item["bordlagd"]:
        tabled = swedish_date(dt.date.fromisoformat(item["bordlagd"]))
        details.append(texts.AGENDA_CARRIED_OVER.format(date=tabled))
    details.append(texts.AGENDA_PRESENTERS.format(names=", ".join(item["föredragande"])))
    details.extend(item["inledning"])
    for line in details:
        text.append("\n   " + safe_line(line), style="dim")
    return text


class AgendaScreen(FramedScreen):
    """One meeting's agenda; F2 and F3 choose the organ and the meeting."""

    BINDINGS: ClassVar[list[BindingType]] = [
        agenda_key("f2", "pick_body", texts.KEY_AGENDA_BODY, texts.KEY_AGENDA_BODY_HELP, "body"),
        agenda_key("f3", "pick_date", texts.KEY_AGENDA_DATE, texts.KEY_AGENDA_DATE_HELP, "date"),
        agenda_key("escape,q", "back", frame_texts.KEY_BACK, frame_texts.KEY_BACK_HELP, "back"),
        agenda_key(
            "question_mark", "app.help", frame_texts.KEY_HELP, frame_texts.KEY_HELP_HELP, "help"
        ),
    ]

    @dataclass
    class CasesRead(Message):
        cases: list[Case]
        skipped: int

    def __init__(self, repository: Any, today: dt.date | None = None) -> None:
        super().__init__()
        self.repository = repository
        self.today = today or dt.date.today()
        self.cases: list[Case] = []
        self.skipped = 0
        self.dates: dict[MeetingBody, list[dt.date]] = {}
        self.meeting: tuple[MeetingBody, dt.date] | None = None

    def compose(self) -> ComposeResult:
        view = OptionList(id="agenda-items")
        yield from self.frame("agenda", texts.AGENDA_TITLE, view, texts.AGENDA_LOADING)
        yield Static("", id="agenda-warnings")

    def on_mount(self) -> None:
        self.read_cases()

    @work(thread=True, exit_on_error=False, group="agenda")
    def read_cases(self) -> None:
        cases, skipped = [], 0
        for summary in self.repository.list_cases():
            try:
                case = self.repository.load(summary.path).case
            except StoreError:
                case = None
            if case is None:
                skipped += 1
            else:
                cases.append(case)
        self.post_message(self.CasesRead(cases, skipped))

    def on_agenda_screen_cases_read(self, message: CasesRead) -> None:
        self.cases, self.skipped = message.cases, message.skipped
        self.dates = meeting_dates(self.cases)
        self.meeting = first_meeting(self.dates, self.today)
        self.show_agenda()

    def show_agenda(self) -> None:
        items = self.query_one(OptionList)
        items.clear_options()
        if self.meeting is None:
            self.query_one("#agenda-title", Static).update(Text(texts.AGENDA_TITLE))
            self.show_status(texts.AGENDA_NO_MEETINGS)
            return
        body, date = self.meeting
        data = agenda_data(build_agenda(self.cases, body, date))
        heading = texts.AGENDA_HEADING.format(
            title=texts.AGENDA_TITLE, body=texts.BODY_NAMES[body.value], date=swedish_date(date)
        )
        self.query_one("#agenda-title", Static).update(Text(safe_line(heading)))
        items.add_options(Option(item_prompt(i), id=i["dnr"]) for i in data["punkter"])
        self._show_warnings(data["varningar"], len(data["punkter"]))
        if data["punkter"]:
            items.highlighted = 0
        items.focus()

    def _show_warnings(self, warnings: list[dict[str, str]], count: int) -> None:
        lines = [
            texts.AGENDA_WARNING.format(dnr=w["dnr"], message=w["meddelande"]) for w in warnings
        ]
        if self.skipped:
            lines.append(counted(self.skipped, texts.AGENDA_APP_SKIPPED))
        shown = "\n".join([texts.AGENDA_WARNINGS, *lines]) if lines else ""
        self.query_one("#agenda-warnings", Static).update(Text(safe_line_block(shown)))
        status = counted(count, texts.AGENDA_APP_STATUS) if count else texts.AGENDA_APP_EMPTY
        self.show_status(status)

    @on(OptionList.OptionSelected)
    def open_item(self, event: OptionList.OptionSelected) -> None:
        opener = getattr(self.app, "open_case", None)
        if opener is not None and event.option.id:
            opener(event.option.id)

    def action_pick_body(self) -> None:
        choices = [(body.value, texts.BODY_NAMES[body.value]) for body in MeetingBody]
        current = self.meeting[0].value if self.meeting else None
        self.app.push_screen(PickerScreen(texts.AGENDA_PICK_BODY, choices, current), self._body)

    def _body(self, value: str | None) -> None:
        if value is None:
            return
        body = MeetingBody(value)
        days = self.dates.get(body, [])
        date = first_meeting({body: days}, self.today) if days else None
        self.meeting = date or (body, self.meeting[1] if self.meeting else self.today)
        self.show_agenda()

    def action_pick_date(self) -> None:
        if self.meeting is None:
            return
        body = self.meeting[0]
        choices = [(d.isoformat(), swedish_date(d)) for d in self.dates.get(body, [])]
        picker = PickerScreen(texts.AGENDA_PICK_DATE, choices, self.meeting[1].isoformat())
        self.app.push_screen(picker, self._date)

    def _date(self, value: str | None) -> None:
        if value is not None and self.meeting is not None:
            self.meeting = (self.meeting[0], dt.date.fromisoformat(value))
            self.show_agenda()


def safe_line_block(text: str) -> str:
    """Each line made safe for the terminal, the line breaks kept."""
    return "\n".join(safe_line(line) for line in text.splitlines())
