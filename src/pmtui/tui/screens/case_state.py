"""What the case editor holds, as plain data: raw field texts, decision rows, section texts.

The editor never keeps a half-valid ``Case``: it keeps exactly what the user typed, so no
keystroke is lost while a field is invalid, and builds a ``Case`` from it to validate and
save. This module needs no Textual, so it is tested directly and written to swap files.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import ValidationError

from pmtui.format.body import parse_body
from pmtui.format.problems import CaseFileError
from pmtui.format.validation import validation_problems
from pmtui.model.body import MarkdownBlock, Section, Subsection
from pmtui.model.case import Case, Referral
from pmtui.model.decision import DecisionBlock, DecisionPoint
from pmtui.model.problems import Problem
from pmtui.model.prose import split_sentences
from pmtui.texts import editor as texts
from pmtui.texts import format as format_texts

LIST_SEPARATOR = ";"
# Form fields in the order the form shows them (YAML keys of the file).
FORM_FIELDS = (
    "handling",
    "nummer",
    "rotel",
    "rubrik",
    "underrubriker",
    "föredragande",
    "status",
    "datum",
    "ort",
    "remisser",
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class PointRow:
    """One att-sats as a row of the outline: ``level`` 0 is ``3``, level 1 is ``3.1``."""

    text: str
    level: int = 0


@dataclass
class BlockState:
    intro: str
    board_intro: str = ""
    points: list[PointRow] = field(default_factory=list)


@dataclass
class SectionState:
    """A ``##`` section: its heading and its body as Markdown (``###`` parts included)."""

    heading: str
    text: str


@dataclass
class EditorState:
    fields: dict[str, str]
    blocks: list[BlockState]
    sections: list[SectionState]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EditorState:
        blocks = [
            BlockState(b["intro"], b["board_intro"], [PointRow(**p) for p in b["points"]])
            for b in data["blocks"]
        ]
        sections = [SectionState(**s) for s in data["sections"]]
        return cls(dict(data["fields"]), blocks, sections)


# --- Case → state -------------------------------------------------------------------------


def _referral_line(referral: Referral) -> str:
    parts = [referral.body]
    if referral.date is not None:
        parts.append(referral.date.isoformat())
    if referral.declined:
        parts.append(texts.REFERRAL_DECLINED)
    return ", ".join(parts)


def _form_fields(case: Case) -> dict[str, str]:
    separator = f"{LIST_SEPARATOR} "
    return {
        "handling": case.kind.value,
        "nummer": case.number or "",
        "rotel": case.rotel,
        "rubrik": case.title,
        "underrubriker": separator.join(case.subtitles),
        "föredragande": separator.join(case.presenters),
        "status": case.status.value,
        "datum": case.date.isoformat() if case.date else "",
        "ort": case.place,
        "remisser": "\n".join(_referral_line(r) for r in case.referrals),
    }


def _rows(points: list[DecisionPoint], level: int = 0) -> list[PointRow]:
    rows: list[PointRow] = []
    for point in points:
        rows.append(PointRow(point.text, level))
        rows.extend(_rows(point.subpoints, level + 1))
    return rows


def _block_state(block: DecisionBlock) -> BlockState:
    return BlockState(block.intro, block.board_intro or "", _rows(block.points))


def _blocks_markdown(blocks: list[Any]) -> list[str]:
    return [
        b.text if isinstance(b, MarkdownBlock) else "\n".join(split_sentences(b.text))
        for b in blocks
    ]


def _subsection_markdown(subsection: Subsection) -> str:
    return "\n\n".join([f"### {subsection.heading}", *_blocks_markdown(subsection.blocks)])


def section_markdown(section: Section) -> str:
    """The body of a section as the file writes it (one sentence per line)."""
    parts = _blocks_markdown(section.blocks)
    parts.extend(_subsection_markdown(s) for s in section.subsections)
    return "\n\n".join(parts)


def state_from_case(case: Case) -> EditorState:
    return EditorState(
        fields=_form_fields(case),
        blocks=[_block_state(b) for b in case.decision_blocks],
        sections=[SectionState(s.heading, section_markdown(s)) for s in case.sections],
    )


# --- state → Case -------------------------------------------------------------------------


@dataclass
class BuildResult:
    """The case built from the editor's state, or the problems keyed by where they belong.

    Keys: a form field (``rubrik``), ``beslutsförslag`` (the decision list), ``avsnitt:N``
    (section N, 0-based), or ``""`` for anything else.
    """

    case: Case | None
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, message: str) -> None:
        self.problems.setdefault(key, []).append(message)

    @property
    def messages(self) -> list[str]:
        return [f"{key}: {m}" if key else m for key, ms in self.problems.items() for m in ms]


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def _referral_data(line: str) -> dict[str, Any]:
    body, *rest = [part.strip() for part in line.split(",")]
    data: dict[str, Any] = {"instans": body}
    for part in rest:
        if part.casefold() == texts.REFERRAL_DECLINED:
            data["avstått"] = True
        elif part:
            data["datum"] = part
    return data


def _field_data(fields: dict[str, str]) -> dict[str, Any]:
    lines = [line for line in fields["remisser"].splitlines() if line.strip()]
    return {
        "handling": fields["handling"],
        "nummer": fields["nummer"].strip() or None,
        "rotel": fields["rotel"].strip(),
        "rubrik": fields["rubrik"],
        "underrubriker": _split_list(fields["underrubriker"]),
        "föredragande": _split_list(fields["föredragande"]),
        "status": fields["status"],
        "datum": fields["datum"].strip() or None,
        "ort": fields["ort"].strip() or "Stockholm",
        "remisser": [_referral_data(line) for line in lines],
    }


def nest_points(rows: list[PointRow]) -> list[dict[str, Any]]:
    """Flat outline rows → nested point data (``text``, ``underpunkter``)."""
    top: list[dict[str, Any]] = []
    stack: list[tuple[int, list[dict[str, Any]]]] = [(-1, top)]
    for row in rows:
        while stack[-1][0] >= row.level:
            stack.pop()
        node: dict[str, Any] = {"text": row.text, "underpunkter": []}
        stack[-1][1].append(node)
        stack.append((row.level, node["underpunkter"]))
    return top


def _block_data(block: BlockState) -> dict[str, Any]:
    data: dict[str, Any] = {"inledning": block.intro, "punkter": nest_points(block.points)}
    if block.board_intro.strip():
        data["beredningens_inledning"] = block.board_intro
    return data


@functools.lru_cache(maxsize=256)
def _parsed_section(source: str) -> tuple[tuple[dict[str, Any], ...], tuple[str, ...]]:
    """Parse one section's Markdown (cached: most keystrokes change no section)."""
    try:
        return tuple(parse_body(source, 1).sections), ()
    except CaseFileError as error:
        return (), tuple(problem.message for problem in error.problems)


def _section_data(index: int, section: SectionState, result: BuildResult) -> dict[str, Any]:
    sections, messages = _parsed_section(f"## {section.heading}\n\n{section.text}\n")
    for message in messages:
        result.add(f"avsnitt:{index}", message)
    if not sections:
        return {"rubrik": section.heading}
    if len(sections) != 1:
        result.add(f"avsnitt:{index}", texts.SECTION_HAS_HEADING)
    return copy.deepcopy(sections[0])


def _problem_key(problem: Problem, sections: list[SectionState]) -> str:
    label = problem.field
    for index, section in enumerate(sections):
        if label == format_texts.FIELD_SECTION.format(heading=section.heading):
            return f"avsnitt:{index}"
    top = re.split(r"[.\[]", label, maxsplit=1)[0]
    if top in FORM_FIELDS or top == "beslutsförslag":
        return top
    return ""


def build_case(state: EditorState, loaded: Case) -> BuildResult:
    """Validate the state as a case; fields the editor does not show come from ``loaded``."""
    result = BuildResult(None)
    sections = [_section_data(i, s, result) for i, s in enumerate(state.sections)]
    data = loaded.model_dump(by_alias=True, mode="json", exclude_none=True)
    data.update(_field_data(state.fields))
    data["beslutsförslag"] = [_block_data(b) for b in state.blocks]
    data["avsnitt"] = sections
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        for problem in validation_problems(error, {}, sections):
            key = _problem_key(problem, state.sections)
            where = f"{problem.field}: " if key == "beslutsförslag" else ""
            result.add(key, where + problem.message)
        return result
    if not result.problems:
        result.case = case
    return result
