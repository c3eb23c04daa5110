"""Meetings (sammanträden): the meetings a case is planned for or was handled at.

Each is a body (borgarrådsberedningen, kommunstyrelsen or kommunfullmäktige), a date, an
optional item number on that meeting's agenda (``punkt``) and, once held, what the meeting
did with the case (``beslut``). A meeting without ``beslut`` is planned, or its outcome is
not yet written down. The item number is one regex that the model applies and the JSON
Schema carries (docs/format.md, *JSON Schema and pmtui check*).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema

from pmtui.model.base import WHITESPACE, CaseModel, Date, json_pattern
from pmtui.texts import meetings as texts


class MeetingBody(StrEnum):
    """The bodies whose meetings handle a case, in the order a case usually meets them."""

    BORGARRADSBEREDNINGEN = "borgarrådsberedningen"
    KOMMUNSTYRELSEN = "kommunstyrelsen"
    KOMMUNFULLMAKTIGE = "kommunfullmäktige"


SHORT_NAMES = {
    "brb": MeetingBody.BORGARRADSBEREDNINGEN,
    "ks": MeetingBody.KOMMUNSTYRELSEN,
    "kf": MeetingBody.KOMMUNFULLMAKTIGE,
}


def parse_body(text: str) -> MeetingBody | None:
    """``ks``, ``KS`` or ``kommunstyrelsen`` → the body; None if it names none."""
    key = text.strip().casefold()
    return SHORT_NAMES.get(key) or next((b for b in MeetingBody if b.value == key), None)


class MeetingDecision(StrEnum):
    """What a meeting did with the case."""

    BEHANDLAD = "behandlad"  # handled and sent on (the board endorses, KS proposes to KF)
    BESLUTAD = "beslutad"  # decided: the case is finished
    BORDLAGD = "bordlagd"  # tabled: postponed to a later meeting
    ATERREMITTERAD = "återremitterad"  # sent back for more preparation


# An item number 1-9999, leading zeros allowed (a YAML 1.2 loader reads ``007`` as 7 too).
ITEM_BODY = f"{WHITESPACE}*0*[1-9][0-9]{{0,3}}{WHITESPACE}*"
_ITEM = re.compile(ITEM_BODY)


def _item_number(value: object) -> object:
    """An item number from a file is text; Python values (``3``) go on to pydantic."""
    if not isinstance(value, str):
        return value
    if not _ITEM.fullmatch(value):
        raise ValueError(texts.ITEM_INVALID.format(value=value))
    return int(value.strip())


ITEM_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": 9999},
        {
            "type": "string",
            "pattern": json_pattern(ITEM_BODY),
            "patternErrorMessage": texts.SCHEMA_ITEM_HINT,
        },
    ]
}
ItemNumber = Annotated[
    int, BeforeValidator(_item_number), Field(ge=1, le=9999), WithJsonSchema(ITEM_JSON_SCHEMA)
]


class Meeting(CaseModel):
    """One meeting of one body that the case is planned for or was handled at."""

    body: MeetingBody = Field(alias="organ")
    date: Date = Field(alias="datum")
    item: ItemNumber | None = Field(default=None, alias="punkt")
    decision: MeetingDecision | None = Field(default=None, alias="beslut")

    @property
    def label(self) -> str:
        """``kommunstyrelsen 2023-09-13``, as messages name the meeting."""
        return texts.MEETING.format(body=self.body.value, date=self.date.isoformat())

    def is_of(self, body: MeetingBody, date: object) -> bool:
        return self.body is body and self.date == date

    def __str__(self) -> str:
        """``kommunstyrelsen 2023-09-13, punkt 3, bordlagd``, as a diff shows it."""
        item = [texts.MEETING_ITEM.format(item=self.item)] if self.item is not None else []
        decision = [self.decision.value] if self.decision is not None else []
        return ", ".join([self.label, *item, *decision])
