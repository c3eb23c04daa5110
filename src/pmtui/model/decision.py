"""Förslag till beslut: decision blocks, each an intro sentence and numbered points.

The commissioner's proposal (``beslutsförslag``) is stored once. Borgarrådsberedningen's
proposal usually repeats it with another intro, which ``beredningens_inledning`` holds;
only when the board's points differ is a separate ``beredningens_beslutsförslag`` kept.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from pmtui.model.base import CaseModel, Line


class DecisionPoint(CaseModel):
    """One att-sats; ``subpoints`` are numbered 3.1, 3.2 … under point 3."""

    text: Line
    subpoints: list[DecisionPoint] = Field(default_factory=list, alias="underpunkter")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        """A bare string in the file is a point without subpoints."""
        return {"text": data} if isinstance(data, str) else data

    def numbered(self, number: str) -> list[tuple[str, DecisionPoint]]:
        """This point and its subpoints, each with its number (``3``, ``3.1`` …)."""
        rows: list[tuple[str, DecisionPoint]] = [(number, self)]
        for index, sub in enumerate(self.subpoints, start=1):
            rows.extend(sub.numbered(f"{number}.{index}"))
        return rows


class DecisionBlock(CaseModel):
    """An intro (``Kommunstyrelsen beslutar för egen del följande.``) and its points."""

    intro: Line = Field(alias="inledning")
    board_intro: Line | None = Field(default=None, alias="beredningens_inledning")
    points: list[DecisionPoint] = Field(alias="punkter", min_length=1)

    def numbered_points(self) -> list[tuple[str, DecisionPoint]]:
        """Every point with its number; a single point is unnumbered (``""``)."""
        if len(self.points) == 1 and not self.points[0].subpoints:
            return [("", self.points[0])]
        rows: list[tuple[str, DecisionPoint]] = []
        for index, point in enumerate(self.points, start=1):
            rows.extend(point.numbered(str(index)))
        return rows

    def as_board_block(self) -> DecisionBlock | None:
        """Borgarrådsberedningen's version of this block, when it has an intro of its own."""
        if self.board_intro is None:
            return None
        return DecisionBlock.model_validate({"inledning": self.board_intro, "punkter": self.points})


def board_blocks(blocks: list[DecisionBlock]) -> list[DecisionBlock]:
    """The board's proposal as derived from the commissioner's blocks."""
    return [b for b in (block.as_board_block() for block in blocks) if b is not None]
