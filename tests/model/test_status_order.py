"""The status order: which moves follow the domain's order and which are jumps."""

from __future__ import annotations

import pytest

from pmtui.model.case import Status
from pmtui.model.status_order import NEXT_STEPS, next_statuses, status_step_allowed

DRAFT, REFERRAL, PREPARED = Status.UTKAST, Status.REMISS, Status.BEREDD
ENDORSED, DECIDED = Status.TILLSTYRKT, Status.BESLUTAD
TABLED, SENT_BACK = Status.BORDLAGD, Status.ATERREMITTERAD

STEPS = [
    (DRAFT, REFERRAL),
    (REFERRAL, PREPARED),
    (PREPARED, ENDORSED),
    (ENDORSED, DECIDED),
    (DRAFT, PREPARED),  # not every case goes on referral
    (REFERRAL, DRAFT),  # one step back corrects a mistake
    (PREPARED, REFERRAL),
    (ENDORSED, PREPARED),
    (PREPARED, TABLED),  # the board tables it
    (ENDORSED, TABLED),  # the city executive board tables it
    (TABLED, PREPARED),  # back to preparation after tabling
    (TABLED, ENDORSED),
    (TABLED, DECIDED),
    (TABLED, SENT_BACK),
    (PREPARED, SENT_BACK),
    (ENDORSED, SENT_BACK),
    (SENT_BACK, PREPARED),
    (SENT_BACK, REFERRAL),
    (SENT_BACK, DRAFT),
]
JUMPS = [
    (DRAFT, DECIDED),
    (DRAFT, ENDORSED),
    (REFERRAL, ENDORSED),
    (REFERRAL, DECIDED),
    (PREPARED, DECIDED),
    (DRAFT, TABLED),
    (REFERRAL, SENT_BACK),
    (ENDORSED, DRAFT),
    (DECIDED, ENDORSED),  # reopening a decided case
    (DECIDED, SENT_BACK),
    (SENT_BACK, ENDORSED),
    (SENT_BACK, DECIDED),
    (TABLED, DRAFT),
]


@pytest.mark.parametrize(("old", "new"), STEPS, ids=lambda s: s.value)
def test_a_step_in_the_domains_order_is_allowed(old: Status, new: Status) -> None:
    assert status_step_allowed(old, new)


@pytest.mark.parametrize(("old", "new"), JUMPS, ids=lambda s: s.value)
def test_a_jump_needs_a_confirmation(old: Status, new: Status) -> None:
    assert not status_step_allowed(old, new)


def test_staying_put_is_no_jump() -> None:
    assert all(status_step_allowed(status, status) for status in Status)


def test_every_move_is_a_step_or_a_jump_and_the_tables_cover_every_status() -> None:
    assert set(NEXT_STEPS) == set(Status)
    assert not set(STEPS) & set(JUMPS)
    assert {(old, new) for old in Status for new in NEXT_STEPS[old]} == set(STEPS)


def test_next_statuses_follow_the_enums_order() -> None:
    assert next_statuses(ENDORSED) == [PREPARED, DECIDED, SENT_BACK, TABLED]
    assert next_statuses(DECIDED) == []
