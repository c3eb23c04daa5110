"""Utfall: borgarrådsberedningen's position and the statements members add to it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from pmtui.model.base import CaseModel, Line, Name, Prose
from pmtui.model.decision import DecisionBlock


class Position(StrEnum):
    """What borgarrådsberedningen says of the commissioner's proposal."""

    TILLSTYRKER = "tillstyrker"
    AVSTYRKER = "avstyrker"
    ATERREMITTERAR = "återremitterar"
    BORDLAGGER = "bordlägger"


POSITION_SENTENCES: dict[Position, str] = {
    Position.TILLSTYRKER: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.",
    Position.AVSTYRKER: "Borgarrådsberedningen avstyrker föredragande borgarrådets förslag.",
    Position.ATERREMITTERAR: "Borgarrådsberedningen återremitterar ärendet.",
    Position.BORDLAGGER: "Borgarrådsberedningen bordlägger ärendet.",
}


class MemberStatement(CaseModel):
    """A reservation, särskilt uttalande or ersättaryttrande: who, which party, what."""

    party: Line = Field(alias="parti", examples=["M"])
    members: list[Name] = Field(alias="ledamöter", min_length=1)
    text: Prose


class Motion(CaseModel):
    """A party's yrkande: who moved it and the decision points it proposed instead."""

    party: Line = Field(alias="parti", examples=["M"])
    members: list[Name] = Field(alias="ledamöter", min_length=1)
    blocks: list[DecisionBlock] = Field(alias="beslutsförslag", min_length=1)
    text: Prose | None = None


class Outcome(CaseModel):
    """How borgarrådsberedningen handled the case."""

    position: Position | None = Field(default=None, alias="ställningstagande")
    reservations: list[MemberStatement] = Field(default_factory=list, alias="reservationer")
    special_statements: list[MemberStatement] = Field(
        default_factory=list, alias="särskilda_uttalanden"
    )
    deputy_statements: list[MemberStatement] = Field(
        default_factory=list, alias="ersättaryttranden"
    )
    noted_statements: list[MemberStatement] = Field(
        default_factory=list, alias="antecknade_yttranden"
    )
    motions: list[Motion] = Field(default_factory=list, alias="yrkanden")

    @property
    def sentence(self) -> str | None:
        return POSITION_SENTENCES[self.position] if self.position else None
