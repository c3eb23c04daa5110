"""Förslag till beslut: decision blocks, each an intro sentence and numbered points.

The commissioner's proposal (``beslutsförslag``) is stored once. Borgarrådsberedningen's
proposal usually repeats it with another intro, which ``beredningens_inledning`` holds;
only when the board's points differ is a separate ``beredningens_beslutsförslag`` kept.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator

from pmtui.model.base import WHITESPACE, CaseModel, Line, json_pattern
from pmtui.texts import model as texts

# A printed point number: ``1``, ``3``, ``3.1``, optionally with the full stop the
# document prints after it (``3.1.``); kept without that stop.
POINT_NUMBER_BODY = f"{WHITESPACE}*[0-9]{{1,3}}(?:\\.[0-9]{{1,3}}){{0,4}}\\.?{WHITESPACE}*"
_POINT_NUMBER = re.compile(POINT_NUMBER_BODY)


def _point_number(value: str) -> str:
    if not _POINT_NUMBER.fullmatch(value):
        raise ValueError(texts.POINT_NUMBER_INVALID.format(value=value))
    return value.strip().removesuffix(".")


# A YAML 1.2 loader reads a plain ``3`` or ``3.1`` as a number; ``pmtui check`` its text.
POINT_NUMBER_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "number", "minimum": 0, "maximum": 999},
        {
            "type": "string",
            "pattern": json_pattern(POINT_NUMBER_BODY),
            "patternErrorMessage": texts.SCHEMA_POINT_NUMBER_HINT,
        },
    ]
}
PointNumber = Annotated[
    str, AfterValidator(_point_number), WithJsonSchema(POINT_NUMBER_JSON_SCHEMA)
]


class DecisionPoint(CaseModel):
    """One att-sats; ``subpoints`` are numbered 3.1, 3.2 … under point 3. ``number`` is
    the number the document printed, kept only where it differs from the derived one."""

    text: Line
    number: PointNumber | None = Field(default=None, alias="nummer")
    subpoints: list[DecisionPoint] = Field(default_factory=list, alias="underpunkter")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        """A bare string in the file is a point without subpoints."""
        return {"text": data} if isinstance(data, str) else data

    def numbered(self, number: str) -> list[tuple[str, DecisionPoint]]:
        """This point and its subpoints, each with its number (``3``, ``3.1`` …): the
        printed one where the file gives it."""
        number = self.number if self.number is not None else number
        rows: list[tuple[str, DecisionPoint]] = [(number, self)]
        for index, sub in enumerate(self.subpoints, start=1):
            rows.extend(sub.numbered(f"{number}.{index}"))
        return rows


class DecisionBlock(CaseModel):
    """An intro (``Kommunstyrelsen beslutar för egen del följande.``) and its points."""

    intro: Line = Field(alias="inledning")
    board_intro: Line | None = Field(default=None, alias="beredningens_inledning")
    points: list[DecisionPoint] = Field(alias="punkter", min_length=1)

    @model_validator(mode="after")
    def _drop_derived_numbers(self) -> DecisionBlock:
        """A printed number equal to the derived one is not kept (``pmtui fmt`` drops it)."""
        lone = len(self.points) == 1 and not self.points[0].subpoints
        if not lone:
            for index, point in enumerate(self.points, start=1):
                _drop_derived(point, str(index))
        return self

    def numbered_points(self) -> list[tuple[str, DecisionPoint]]:
        """Every point with its number; a single point is unnumbered (``""``) unless the
        document printed a number for it."""
        lone = self.points[0]
        if len(self.points) == 1 and not lone.subpoints and lone.number is None:
            return [("", lone)]
        rows: list[tuple[str, DecisionPoint]] = []
        for index, point in enumerate(self.points, start=1):
            rows.extend(point.numbered(str(index)))
        return rows

    def as_board_block(self) -> DecisionBlock | None:
        """Borgarrådsberedningen's version of this block, when it has an intro of its own."""
        if self.board_intro is None:
            return None
        return DecisionBlock.model_validate({"inledning": self.board_intro, "punkter": self.points})


def _drop_derived(point: DecisionPoint, derived: str) -> None:
    if point.number == derived:
        point.number = None
    effective = point.number if point.number is not None else derived
    for index, sub in enumerate(point.subpoints, start=1):
        _drop_derived(sub, f"{effective}.{index}")


def board_blocks(blocks: list[DecisionBlock]) -> list[DecisionBlock]:
    """The board's proposal as derived from the commissioner's blocks."""
    return [b for b in (block.as_board_block() for block in blocks) if b is not None]
