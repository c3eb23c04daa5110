"""Writing a case in canonical form: stable YAML front matter and a one-sentence-per-line body.

The same case always gives the same bytes, every front-matter field sits on its own
lines, and prose is laid out one sentence per line, so a change to one field or one
sentence changes only those lines in ``git diff``.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import yaml

from pmtui.model.body import MarkdownBlock, Paragraph, Section, Subsection
from pmtui.model.case import Case, Layout
from pmtui.model.decision import DecisionBlock, DecisionPoint
from pmtui.model.meetings import Meeting
from pmtui.model.outcome import MemberStatement, Motion, Outcome
from pmtui.model.prose import sentence_lines, split_sentences
from pmtui.model.secrecy import SecrecyMark


class LiteralText(str):
    """Prose written as a YAML literal block (``|``), one sentence per line."""


class _CaseDumper(yaml.SafeDumper):
    """Indents block sequences under their key, which reads better in diffs."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _literal(dumper: yaml.SafeDumper, value: LiteralText) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style="|")


_CaseDumper.add_representer(LiteralText, _literal)


def _point(point: DecisionPoint) -> str | dict[str, Any]:
    if not point.subpoints and point.number is None:
        return point.text
    data: dict[str, Any] = {"text": point.text}
    if point.number is not None:
        data["nummer"] = point.number
    if point.subpoints:
        data["underpunkter"] = [_point(p) for p in point.subpoints]
    return data


def _block(block: DecisionBlock) -> dict[str, Any]:
    data: dict[str, Any] = {"inledning": block.intro}
    if block.board_intro is not None:
        data["beredningens_inledning"] = block.board_intro
    data["punkter"] = [_point(p) for p in block.points]
    return data


def _statement(statement: MemberStatement) -> dict[str, Any]:
    return {
        "parti": statement.party,
        "ledamöter": list(statement.members),
        "text": LiteralText(sentence_lines(statement.text)),
    }


def _outcome(outcome: Outcome) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if outcome.position is not None:
        data["ställningstagande"] = outcome.position.value
    for key, statements in (
        ("reservationer", outcome.reservations),
        ("särskilda_uttalanden", outcome.special_statements),
        ("ersättaryttranden", outcome.deputy_statements),
        ("antecknade_yttranden", outcome.noted_statements),
    ):
        if statements:
            data[key] = [_statement(s) for s in statements]
    if outcome.motions:
        data["yrkanden"] = [_motion(m) for m in outcome.motions]
    return data


def _motion(motion: Motion) -> dict[str, Any]:
    data: dict[str, Any] = {"parti": motion.party, "ledamöter": list(motion.members)}
    data["beslutsförslag"] = [_block(b) for b in motion.blocks]
    if motion.text is not None:
        data["text"] = LiteralText(sentence_lines(motion.text))
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value
    return str(value)


def front_matter_data(case: Case) -> dict[str, Any]:
    """The front matter as ordered plain data; empty and default values are left out."""
    data: dict[str, Any] = {"dnr": str(case.dnr)}
    if case.other_dnr:
        data["övriga_dnr"] = [str(d) for d in case.other_dnr]
    if case.protocol_line is not None:
        data["protokollsbilaga"] = case.protocol_line
    data["handling"] = case.kind.value
    optional: list[tuple[str, Any]] = [
        ("nummer", case.number),
        ("rotel", case.rotel),
        ("uppställning", None if case.layout is Layout.MODERN else case.layout),
        ("rubrik", case.title),
        ("underrubriker", list(case.subtitles) or None),
        ("föredragande", list(case.presenters)),
        ("föredragande_text", case.presenters_text),
        ("status", case.status),
        ("arkiverad", True if case.archived else None),
        ("datum", case.date),
        ("ort", None if case.place == "Stockholm" else case.place),
    ]
    data.update(
        (key, _plain(v) if not isinstance(v, list) else v) for key, v in optional if v is not None
    )
    if case.secrecy:
        data["sekretess"] = [_secrecy_mark(m) for m in case.secrecy]
    if case.decision_blocks:
        data["beslutsförslag"] = [_block(b) for b in case.decision_blocks]
    if case.board_decision_blocks is not None:
        data["beredningens_beslutsförslag"] = [_block(b) for b in case.board_decision_blocks]
    if case.outcome is not None and (outcome := _outcome(case.outcome)):
        data["utfall"] = outcome
    if case.referrals:
        data["remisser"] = [_referral(r) for r in case.referrals]
    if case.references:
        data["hänvisningar"] = [_reference(r) for r in case.references]
    if case.attachments:
        data["bilagor"] = list(case.attachments)
    if case.meetings:
        data["sammanträden"] = [_meeting(m) for m in case.meetings]
    return data


def _secrecy_mark(mark: SecrecyMark) -> dict[str, Any]:
    section = {"avsnitt": mark.section} if mark.section is not None else {}
    return {**section, "grund": mark.ground}


def _meeting(meeting: Meeting) -> dict[str, Any]:
    data: dict[str, Any] = {"organ": meeting.body.value, "datum": meeting.date}
    if meeting.item is not None:
        data["punkt"] = meeting.item
    if meeting.decision is not None:
        data["beslut"] = meeting.decision.value
    return data


def _referral(referral: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"instans": referral.body}
    if referral.date is not None:
        data["datum"] = referral.date
    if referral.declined:
        data["avstått"] = True
    return data


def _reference(reference: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"dnr": str(reference.dnr)}
    if reference.description is not None:
        data["beskrivning"] = reference.description
    return data


def dump_front_matter(data: dict[str, Any]) -> str:
    return yaml.dump(
        data,
        Dumper=_CaseDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )


def _blocks(blocks: list[Paragraph | MarkdownBlock]) -> list[str]:
    return [
        "\n".join(split_sentences(b.text)) if isinstance(b, Paragraph) else b.text for b in blocks
    ]


def _subsection(subsection: Subsection) -> str:
    return "\n\n".join([f"### {subsection.heading}", *_blocks(subsection.blocks)])


def _section(section: Section) -> str:
    parts = [f"## {section.heading}", *_blocks(section.blocks)]
    parts.extend(_subsection(s) for s in section.subsections)
    return "\n\n".join(parts)


def serialize_case(case: Case) -> str:
    """The canonical text of a case file."""
    text = f"---\n{dump_front_matter(front_matter_data(case))}---\n"
    if case.sections:
        text += "\n" + "\n\n".join(_section(s) for s in case.sections) + "\n"
    return text
