"""Cross-field rules of a case's meetings (sammanträden); check-only, like the others in
``pmtui.model.rules`` (docs/format.md, *Errors and warnings*)."""

from __future__ import annotations

from collections.abc import Iterator

from pmtui.model.case import Case, Status
from pmtui.model.meetings import Meeting, MeetingDecision
from pmtui.model.problems import Problem, Severity
from pmtui.texts import meetings as texts


def _error(code: str, message: str, index: int) -> Problem:
    return Problem(code, message, Severity.ERROR, f"sammanträden.{index}")


def meetings_once(case: Case) -> Iterator[Problem]:
    """A body meets on a date once: the same meeting twice is an error."""
    seen: set[tuple[str, object]] = set()
    for index, meeting in enumerate(case.meetings):
        key = (meeting.body.value, meeting.date)
        if key in seen:
            message = texts.RULE_MEETING_TWICE.format(meeting=meeting.label)
            yield _error("sammantrade-dubblett", message, index)
        seen.add(key)


def _decided(meetings: list[Meeting]) -> Meeting | None:
    """The first meeting that decided the case, if one did."""
    decided = [m for m in meetings if m.decision is MeetingDecision.BESLUTAD]
    return min(decided, key=lambda m: m.date) if decided else None


def nothing_after_the_decision(case: Case) -> Iterator[Problem]:
    """A case is decided once, last: it cannot be decided before a meeting that tabled it,
    nor come up at any meeting after its decision."""
    decided = _decided(case.meetings)
    if decided is None:
        return
    for index, meeting in enumerate(case.meetings):
        if meeting.date <= decided.date:
            continue
        values = {"later": meeting.label, "decided": decided.label}
        if meeting.decision is MeetingDecision.BORDLAGD:
            message = texts.RULE_DECIDED_BEFORE_TABLED.format(**values)
            yield _error("beslutad-fore-bordlagd", message, index)
        else:
            message = texts.RULE_MEETING_AFTER_DECISION.format(**values)
            yield _error("sammantrade-efter-beslut", message, index)


def decision_matches_status(case: Case) -> Iterator[Problem]:
    """A meeting that decided the case, while the status says otherwise: a warning."""
    decided = _decided(case.meetings)
    if decided is not None and case.status is not Status.BESLUTAD:
        message = texts.RULE_DECIDED_BUT_STATUS.format(
            meeting=decided.label, status=case.status.value
        )
        yield Problem("beslutad-men-status", message, Severity.WARNING, "status")
