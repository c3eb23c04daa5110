"""The case (ärende): front matter fields and body sections of one PM or utlåtande."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, Field, WithJsonSchema, field_validator, model_validator

from pmtui.model.base import WHITESPACE, CaseModel, Date, Flag, Line, Name, json_pattern
from pmtui.model.body import Section, SectionKind
from pmtui.model.decision import DecisionBlock, board_blocks
from pmtui.model.dnr import Dnr
from pmtui.model.meetings import Meeting
from pmtui.model.outcome import Outcome
from pmtui.model.presenters import presenters_formula
from pmtui.model.rotel import Rotel
from pmtui.model.secrecy import SecrecyMark
from pmtui.model.status import Status as Status
from pmtui.texts import model as texts


class DocumentKind(StrEnum):
    """The kinds of document pmtui models; any other is refused by name."""

    PM = "PM"
    UTLATANDE = "Utlåtande"
    TJANSTEUTLATANDE = "Tjänsteutlåtande"


class Layout(StrEnum):
    """How the document is laid out: ``modern`` (the proposal under *Förslag till beslut*,
    a Sammanfattning) or ``äldre`` (before about 2010: the board's proposal first, no
    proposal of the commissioner's own, no Sammanfattning)."""

    MODERN = "modern"
    ALDRE = "äldre"


NUMMER_BODY = f"{WHITESPACE}*[0-9]{{4}}(?::[0-9]{{1,4}})?{WHITESPACE}*"
_NUMMER = re.compile(NUMMER_BODY)


def _document_number(value: str) -> str:
    if not _NUMMER.fullmatch(value):
        raise ValueError(texts.NUMMER_INVALID.format(value=value))
    return value.strip()


# A YAML 1.2 loader reads a plain ``2005`` as a number; ``pmtui check`` reads its text.
NUMMER_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": 9999},
        {
            "type": "string",
            "pattern": json_pattern(NUMMER_BODY),
            "patternErrorMessage": texts.SCHEMA_NUMMER_HINT,
        },
    ]
}
DocumentNumber = Annotated[
    str, AfterValidator(_document_number), WithJsonSchema(NUMMER_JSON_SCHEMA)
]
# The JSON Schema's ``uniqueItems`` sees exact repeats only; the model compares without case.
_UNIQUE: dict[str, Any] = {"uniqueItems": True}


class Referral(CaseModel):
    """A remissinstans: the body consulted, the date of its statement, or that it declined."""

    body: Line = Field(alias="instans")
    date: Date | None = Field(default=None, alias="datum")
    declined: Flag = Field(default=False, alias="avstått")


class Reference(CaseModel):
    """An earlier decision the case refers to, e.g. ``(155-1302/2015)``."""

    dnr: Dnr
    description: Line | None = Field(default=None, alias="beskrivning")


def _unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            raise ValueError(texts.DUPLICATE.format(what=what, value=value))
        seen.add(key)


def unique_presenters(names: list[str]) -> list[str]:
    """``names`` when no name is there twice (ignoring case); else a Swedish ``ValueError``
    (the case's own check, also used by the list's row check)."""
    _unique(names, "namnet")
    return names


class Case(CaseModel):
    """One case document. Field order is the order of keys in the file."""

    dnr: Dnr
    other_dnr: list[Dnr] = Field(
        default_factory=list, alias="övriga_dnr", json_schema_extra=_UNIQUE
    )
    protocol_line: Line | None = Field(default=None, alias="protokollsbilaga")
    kind: DocumentKind = Field(default=DocumentKind.PM, alias="handling")
    number: DocumentNumber | None = Field(default=None, alias="nummer")
    rotel: Rotel
    layout: Layout = Field(default=Layout.MODERN, alias="uppställning")
    title: Line = Field(alias="rubrik")
    subtitles: list[Line] = Field(default_factory=list, alias="underrubriker")
    presenters: list[Name] = Field(alias="föredragande", min_length=1, json_schema_extra=_UNIQUE)
    presenters_text: Line | None = Field(default=None, alias="föredragande_text")
    status: Status = Status.UTKAST
    archived: Flag = Field(default=False, alias="arkiverad")
    date: Date | None = Field(default=None, alias="datum")
    place: Line = Field(default="Stockholm", alias="ort")
    secrecy: list[SecrecyMark] = Field(default_factory=list, alias="sekretess")
    decision_blocks: list[DecisionBlock] = Field(default_factory=list, alias="beslutsförslag")
    board_decision_blocks: list[DecisionBlock] | None = Field(
        default=None, alias="beredningens_beslutsförslag"
    )
    outcome: Outcome | None = Field(default=None, alias="utfall")
    referrals: list[Referral] = Field(
        default_factory=list, alias="remisser", json_schema_extra=_UNIQUE
    )
    references: list[Reference] = Field(default_factory=list, alias="hänvisningar")
    attachments: list[Line] = Field(default_factory=list, alias="bilagor")
    meetings: list[Meeting] = Field(default_factory=list, alias="sammanträden")
    sections: list[Section] = Field(default_factory=list, alias="avsnitt")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_we_model(cls, value: object) -> object:
        """Another kind of document is refused by name, naming the kinds pmtui models."""
        if isinstance(value, str) and value not in DocumentKind._value2member_map_:
            raise ValueError(texts.DOCUMENT_KIND_UNKNOWN.format(value=value))
        return value

    @field_validator("other_dnr")
    @classmethod
    def _other_dnr_unique(cls, value: list[Dnr]) -> list[Dnr]:
        _unique([str(d) for d in value], "diarienumret")
        return value

    @field_validator("presenters")
    @classmethod
    def _presenters_unique(cls, value: list[str]) -> list[str]:
        return unique_presenters(value)

    @field_validator("referrals")
    @classmethod
    def _referrals_unique(cls, value: list[Referral]) -> list[Referral]:
        _unique([r.body for r in value], "remissinstansen")
        return value

    @model_validator(mode="after")
    def _store_board_proposal_once(self) -> Case:
        """A board proposal equal to the one derived from the blocks is not kept twice."""
        derived = board_blocks(self.decision_blocks)
        if self.board_decision_blocks is not None and self.board_decision_blocks == derived:
            self.board_decision_blocks = None
        return self

    @model_validator(mode="after")
    def _empty_outcome_is_none(self) -> Case:
        """An outcome with nothing in it is no outcome (the file has no ``utfall`` then)."""
        if self.outcome is not None and self.outcome == Outcome():
            self.outcome = None
        return self

    @property
    def all_dnr(self) -> list[Dnr]:
        return [self.dnr, *self.other_dnr]

    @property
    def board_proposal(self) -> list[DecisionBlock]:
        """Borgarrådsberedningen's proposal: stored separately only when it differs."""
        if self.board_decision_blocks is not None:
            return self.board_decision_blocks
        return board_blocks(self.decision_blocks)

    @property
    def header(self) -> str:
        """The document's first line: ``PM Rotel I (Dnr KS 2023/886)``."""
        number = f" {self.number}" if self.number else ""
        rotel = f"R{self.rotel}" if number or "+" in self.rotel else f"Rotel {self.rotel}"
        dnrs = ", ".join(d.printed for d in self.all_dnr)
        return f"{self.kind.value}{number} {rotel} (Dnr {dnrs})"

    @property
    def presenters_line(self) -> str | None:
        """The line naming the presenters as printed: ``föredragande_text`` when given,
        else derived (docs/format.md, *The formula*); None when nothing is printed."""
        if self.presenters_text is not None:
            return self.presenters_text
        if self.kind is DocumentKind.TJANSTEUTLATANDE:
            return None
        formula = self.kind is DocumentKind.UTLATANDE or self.layout is Layout.ALDRE
        return presenters_formula(self.presenters, formula=formula)

    def section(self, kind: SectionKind) -> Section | None:
        return next((s for s in self.sections if s.kind is kind), None)

    def section_named(self, heading: str) -> Section | None:
        wanted = heading.strip().casefold()
        return next((s for s in self.sections if s.heading.casefold() == wanted), None)
