"""The order a case's status moves in, and which moves are jumps.

The main line is utkast → remiss → beredd → tillstyrkt → beslutad. A case need not go on
referral (utkast → beredd), and a step back along the line corrects a mistake. At a
meeting a prepared case can be tabled (bordlagd: postponed; it comes back as tillstyrkt,
beslutad or återremitterad) or sent back (återremitterad: back to drafting, referral or
preparation). Every other move, such as utkast → beslutad or reopening a decided case,
is a jump: allowed only when the user confirms it, and the commit then says so
(docs/format.md, *Status order*).
"""

from __future__ import annotations

from pmtui.model.case import Status

# Where each status may go without a confirmation.
NEXT_STEPS: dict[Status, frozenset[Status]] = {
    Status.UTKAST: frozenset({Status.REMISS, Status.BEREDD}),
    Status.REMISS: frozenset({Status.UTKAST, Status.BEREDD}),
    Status.BEREDD: frozenset(
        {Status.REMISS, Status.TILLSTYRKT, Status.BORDLAGD, Status.ATERREMITTERAD}
    ),
    Status.TILLSTYRKT: frozenset(
        {Status.BEREDD, Status.BESLUTAD, Status.BORDLAGD, Status.ATERREMITTERAD}
    ),
    Status.BORDLAGD: frozenset(
        {Status.BEREDD, Status.TILLSTYRKT, Status.BESLUTAD, Status.ATERREMITTERAD}
    ),
    Status.ATERREMITTERAD: frozenset({Status.UTKAST, Status.REMISS, Status.BEREDD}),
    Status.BESLUTAD: frozenset(),
}


def status_step_allowed(old: Status, new: Status) -> bool:
    """True when ``old`` → ``new`` follows the domain's order (staying put does too);
    False for a jump, which needs the user's confirmation."""
    return old is new or new in NEXT_STEPS[old]


def next_statuses(old: Status) -> list[Status]:
    """The statuses ``old`` may move to without a confirmation, in the enum's order."""
    return [status for status in Status if status in NEXT_STEPS[old]]
