"""``pmtui status DNR STATUS --hoppa``: a status that leaves the domain's order is a jump,
refused unless confirmed; a confirmed jump is written in the commit message as a
``Statushopp:`` trailer beside ``Ärende:`` (docs/format.md, *Status order*)."""

from __future__ import annotations

import argparse

from pmtui.cli.common import CommandFailed
from pmtui.model.case import Case, Status
from pmtui.model.changes import change_summary
from pmtui.model.status_order import next_statuses, status_step_allowed
from pmtui.store.messages import trailer
from pmtui.texts import meetings as texts


def add_jump_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--hoppa", action="store_true", help=texts.HELP_STATUS_JUMP)


def status_message(case: Case, new: Status, jump: bool, message: str | None) -> str | None:
    """The message to save ``new`` with: ``message`` as given for a step in the order; for
    a jump, the summary with the ``Statushopp:`` trailer, or a refusal without ``jump``."""
    old = case.status
    if status_step_allowed(old, new):
        return message
    if not jump:
        allowed = ", ".join(s.value for s in next_statuses(old)) or texts.STATUS_NOWHERE
        raise CommandFailed(
            texts.STATUS_JUMP_REFUSED.format(old=old.value, new=new.value, allowed=allowed)
        )
    summary = message or change_summary(case, case.model_copy(update={"status": new}))
    note = texts.STATUS_JUMP_TRAILER.format(old=old.value, new=new.value)
    return f"{summary.strip()}\n\n{note}\n{trailer(case.dnr)}"
