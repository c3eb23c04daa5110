"""The föredragningslista of one meeting: which cases, in which order, and what to warn of.

A case is on the agenda of a body's meeting when it names that meeting under
``sammanträden`` (planned), or when it was tabled (``beslut: bordlagd``) at the body's
previous meeting and is not decided yet (carried over). The previous meeting is the
latest earlier date any case names for the body. Items are numbered in a stable order:
an item number set in the file (``punkt``) is kept, the others take the free numbers in
the order rotel, then dnr. The warnings are defined in docs/format.md, *Agendas*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pmtui.model.case import Case, Status
from pmtui.model.dnr import Dnr
from pmtui.model.meetings import Meeting, MeetingBody, MeetingDecision
from pmtui.model.rotel import rotlar
from pmtui.texts import meetings as texts

# The status a case has while it waits for each body's meeting.
READY_FOR: dict[MeetingBody, frozenset[Status]] = {
    MeetingBody.BORGARRADSBEREDNINGEN: frozenset({Status.BEREDD, Status.BORDLAGD}),
    MeetingBody.KOMMUNSTYRELSEN: frozenset({Status.TILLSTYRKT, Status.BORDLAGD}),
    MeetingBody.KOMMUNFULLMAKTIGE: frozenset({Status.TILLSTYRKT, Status.BORDLAGD}),
}
_NEXT_BODY = {
    MeetingBody.BORGARRADSBEREDNINGEN: MeetingBody.KOMMUNSTYRELSEN,
    MeetingBody.KOMMUNSTYRELSEN: MeetingBody.KOMMUNFULLMAKTIGE,
}
_WAITING_BY_STATUS = {
    Status.BEREDD: MeetingBody.BORGARRADSBEREDNINGEN,
    Status.TILLSTYRKT: MeetingBody.KOMMUNSTYRELSEN,
}


@dataclass(frozen=True)
class AgendaItem:
    """One numbered item: the case, its own entry for this meeting (None when it is only
    carried over), and the earlier meeting that tabled it (None when it was not)."""

    number: int
    case: Case
    meeting: Meeting | None
    tabled_at: dt.date | None = None

    @property
    def decision(self) -> MeetingDecision | None:
        return self.meeting.decision if self.meeting else None


# A case on the agenda, its own entry for the meeting, and the meeting that tabled it.
Chosen = tuple[Case, Meeting | None, dt.date | None]


@dataclass(frozen=True)
class AgendaWarning:
    dnr: Dnr
    message: str


@dataclass
class Agenda:
    body: MeetingBody
    date: dt.date
    previous: dt.date | None = None  # the body's previous meeting
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[AgendaWarning] = field(default_factory=list)

    @property
    def carried_over(self) -> list[AgendaItem]:
        return [item for item in self.items if item.tabled_at is not None]


_NUMERAL_VALUES = {"I": 1, "V": 5, "X": 10}


def _value(numeral: str) -> int:
    """``XIV`` → 14: a numeral before a larger one counts negative."""
    values = [_NUMERAL_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def rotel_order(rotel: str) -> tuple[int, ...]:
    """``I`` before ``II`` before ``X`` (by value, not by letters); ``I+VII`` after ``I``."""
    return tuple(_value(part) for part in rotlar(rotel))


def _entry(case: Case, body: MeetingBody, date: dt.date) -> Meeting | None:
    return next((m for m in case.meetings if m.is_of(body, date)), None)


def previous_meeting(cases: list[Case], body: MeetingBody, date: dt.date) -> dt.date | None:
    """The latest date before ``date`` that any case names for a meeting of ``body``."""
    dates = [m.date for c in cases for m in c.meetings if m.body is body and m.date < date]
    return max(dates, default=None)


def _decided_before(case: Case, date: dt.date) -> bool:
    decided = [m for m in case.meetings if m.decision is MeetingDecision.BESLUTAD]
    return any(m.date < date for m in decided) or (not decided and case.status is Status.BESLUTAD)


def _tabled_at(case: Case, body: MeetingBody, previous: dt.date | None) -> bool:
    if previous is None or (entry := _entry(case, body, previous)) is None:
        return False
    return entry.decision is MeetingDecision.BORDLAGD


def build_agenda(cases: Iterable[Case], body: MeetingBody, date: dt.date) -> Agenda:
    """The agenda of ``body``'s meeting on ``date`` from every case there is."""
    every = list(cases)
    agenda = Agenda(body, date, previous_meeting(every, body, date))
    chosen: list[Chosen] = []
    for case in every:
        entry = _entry(case, body, date)
        tabled = _tabled_at(case, body, agenda.previous) and not _decided_before(case, date)
        if entry is not None or tabled:
            chosen.append((case, entry, agenda.previous if tabled else None))
    agenda.items = _numbered(chosen, agenda.warnings)
    agenda.warnings.extend(_not_ready(agenda))
    on_agenda = {item.case.dnr for item in agenda.items}
    agenda.warnings.extend(_ready_not_planned(every, agenda, on_agenda))
    return agenda


def _order(chosen: Chosen) -> tuple[tuple[int, ...], Dnr]:
    return (rotel_order(chosen[0].rotel), chosen[0].dnr)


def _item(chosen: Chosen) -> int | None:
    return chosen[1].item if chosen[1] is not None else None


def _numbered(chosen: list[Chosen], warnings: list[AgendaWarning]) -> list[AgendaItem]:
    """Items with their numbers: the number from the file when no other case took it
    first, then the free numbers in the stable order."""
    ordered = sorted(chosen, key=_order)
    taken: dict[int, Chosen] = {}
    for choice in sorted(ordered, key=lambda c: _item(c) or 0):
        if (item := _item(choice)) is not None:
            taken.setdefault(item, choice)
    numbers = {id(choice): number for number, choice in taken.items()}
    free = (n for n in range(1, len(chosen) + len(taken) + 1) if n not in taken)
    for choice in (c for c in ordered if id(c) not in numbers):
        numbers[id(choice)] = next(free)
        if (item := _item(choice)) is not None:
            message = texts.WARN_ITEM_TAKEN.format(
                item=item, other=taken[item][0].dnr, given=numbers[id(choice)]
            )
            warnings.append(AgendaWarning(choice[0].dnr, message))
    items = [AgendaItem(numbers[id(c)], *c) for c in ordered]
    return sorted(items, key=lambda item: item.number)


def readiness_problems(case: Case, body: MeetingBody) -> Iterator[str]:
    """Why ``case`` is not ready for a meeting of ``body`` (nothing when it is)."""
    if case.status not in READY_FOR[body]:
        yield texts.REASON_STATUS.format(status=case.status.value)
    if not case.decision_blocks:
        yield texts.REASON_NO_PROPOSAL
    if case.date is None:
        yield texts.REASON_NO_DATE
    position = case.outcome.position if case.outcome else None
    if body is not MeetingBody.BORGARRADSBEREDNINGEN and position is None:
        yield texts.REASON_NO_POSITION


def _not_ready(agenda: Agenda) -> Iterator[AgendaWarning]:
    """Items the meeting has not yet handled that are not ready for it."""
    for item in agenda.items:
        reasons = [] if item.decision else list(readiness_problems(item.case, agenda.body))
        if reasons:
            message = texts.WARN_NOT_READY.format(reasons=", ".join(reasons))
            yield AgendaWarning(item.case.dnr, message)


def waiting_for(case: Case) -> MeetingBody | None:
    """The body whose meeting the case waits for: the one after the last that handled it
    and sent it on, else the one its status points to (beredd → borgarrådsberedningen,
    tillstyrkt → kommunstyrelsen)."""
    if case.status is Status.BESLUTAD:
        return None
    last = max(case.meetings, key=lambda m: m.date, default=None)
    if last is not None and last.decision is MeetingDecision.BEHANDLAD:
        return _NEXT_BODY.get(last.body)
    return _WAITING_BY_STATUS.get(case.status)


def _ready_not_planned(
    cases: list[Case], agenda: Agenda, on_agenda: set[Dnr]
) -> Iterator[AgendaWarning]:
    """Cases that wait for this body, are ready, signed by the meeting's date, and are
    planned for no meeting on or after it."""
    for case in sorted(cases, key=lambda c: c.dnr):
        if case.dnr in on_agenda or waiting_for(case) is not agenda.body:
            continue
        signed = case.date is not None and case.date <= agenda.date
        planned = any(m.date >= agenda.date for m in case.meetings)
        if signed and not planned and not list(readiness_problems(case, agenda.body)):
            message = texts.WARN_READY_NOT_PLANNED.format(
                body=agenda.body.value, status=case.status.value
            )
            yield AgendaWarning(case.dnr, message)
