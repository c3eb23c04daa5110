"""What the case editor holds, as plain data: raw field texts, decision rows, section texts.

The editor never keeps a half-valid ``Case``: it keeps exactly what the user typed, so no
keystroke is lost while a field is invalid, and builds a ``Case`` from it to validate and
save. The front-matter keys and the form's text conventions live in
``pmtui.format.form_fields``; this module only holds the state and builds it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import ValidationError

from pmtui.format.form_fields import (
    DECISIONS_KEY,
    case_data,
    decision_block_data,
    form_texts,
    problem_key,
    section_data,
    section_key,
)
from pmtui.format.validation import validation_problems
from pmtui.model.body import MarkdownBlock, Section, Subsection
from pmtui.model.case import Case
from pmtui.model.decision import DecisionBlock, DecisionPoint
from pmtui.model.prose import split_sentences


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
        fields=form_texts(case),
        blocks=[_block_state(b) for b in case.decision_blocks],
        sections=[SectionState(s.heading, section_markdown(s)) for s in case.sections],
    )


# --- state → Case -------------------------------------------------------------------------


@dataclass
class BuildResult:
    """The case built from the editor's state, or the problems keyed by where they belong.

    Keys (``pmtui.format.form_fields``): a form field (``rubrik``), ``beslutsförslag``
    (the decision list), ``avsnitt:N`` (section N, 0-based), or ``""`` for anything else.
    """

    case: Case | None
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, message: str) -> None:
        self.problems.setdefault(key, []).append(message)

    @property
    def messages(self) -> list[str]:
        return [f"{key}: {m}" if key else m for key, ms in self.problems.items() for m in ms]

    @property
    def decision_problems(self) -> list[str]:
        return self.problems.get(DECISIONS_KEY, [])


def _section_data(index: int, section: SectionState, result: BuildResult) -> dict[str, Any]:
    data, messages = section_data(section.heading, section.text)
    for message in messages:
        result.add(section_key(index), message)
    return data


def _add_validation_problems(
    result: BuildResult, error: ValidationError, data: list[dict[str, Any]], state: EditorState
) -> None:
    headings = [section.heading for section in state.sections]
    for problem in validation_problems(error, {}, data):
        key = problem_key(problem.field, headings)
        where = f"{problem.field}: " if key == DECISIONS_KEY else ""
        result.add(key, where + problem.message)


def build_case(state: EditorState, loaded: Case) -> BuildResult:
    """Validate the state as a case; fields the editor does not show come from ``loaded``."""
    result = BuildResult(None)
    sections = [_section_data(i, s, result) for i, s in enumerate(state.sections)]
    blocks = [decision_block_data(b.intro, b.board_intro, b.points) for b in state.blocks]
    try:
        case = Case.model_validate(case_data(loaded, state.fields, blocks, sections))
    except ValidationError as error:
        _add_validation_problems(result, error, sections, state)
        return result
    if not result.problems:
        result.case = case
    return result
