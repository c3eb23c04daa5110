"""The editor's form as front-matter data: the YAML keys the form shows, and the mapping
between a case and the raw texts typed into the form.

The form keeps text exactly as typed (lists joined with ``;``, one referral per line as
``instans, ÅÅÅÅ-MM-DD`` or ``instans, avstått``); these functions turn that text into the
data a case file holds, keyed by the file's own YAML keys, so only this package knows them.
Problems are keyed the same way: a form field (``rubrik``), ``beslutsförslag``, or
``avsnitt:N`` for section N (0-based).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from typing import Any, Protocol

from pmtui.format.body import parse_body
from pmtui.format.problems import CaseFileError
from pmtui.model.case import Case, Referral
from pmtui.texts import editor as editor_texts
from pmtui.texts import format as texts

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
DECISIONS_KEY = "beslutsförslag"
SECTIONS_KEY = "avsnitt"
DEFAULT_PLACE = "Stockholm"


class OutlineRow(Protocol):
    """One att-sats as a row of an outline: ``level`` 0 is ``3``, level 1 is ``3.1``."""

    @property
    def text(self) -> str: ...
    @property
    def level(self) -> int: ...


def section_key(index: int) -> str:
    """The problem key of section ``index`` (0-based): ``avsnitt:2``."""
    return f"{SECTIONS_KEY}:{index}"


# --- Case → form texts --------------------------------------------------------------------


def _referral_line(referral: Referral) -> str:
    parts = [referral.body]
    if referral.date is not None:
        parts.append(referral.date.isoformat())
    if referral.declined:
        parts.append(editor_texts.REFERRAL_DECLINED)
    return ", ".join(parts)


def form_texts(case: Case) -> dict[str, str]:
    """The text of each form field for ``case``, keyed by ``FORM_FIELDS``."""
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


# --- form texts → front-matter data -------------------------------------------------------


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def _referral_data(line: str) -> dict[str, Any]:
    body, *rest = [part.strip() for part in line.split(",")]
    data: dict[str, Any] = {"instans": body}
    for part in rest:
        if part.casefold() == editor_texts.REFERRAL_DECLINED:
            data["avstått"] = True
        elif part:
            data["datum"] = part
    return data


def form_data(fields: dict[str, str]) -> dict[str, Any]:
    """The front-matter data of the form's texts (not validated)."""
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
        "ort": fields["ort"].strip() or DEFAULT_PLACE,
        "remisser": [_referral_data(line) for line in lines],
    }


def nest_points(rows: Sequence[OutlineRow]) -> list[dict[str, Any]]:
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


def decision_block_data(intro: str, board_intro: str, rows: Sequence[OutlineRow]) -> dict[str, Any]:
    """One decision block's data: its intro, the board's intro if any, its points."""
    data: dict[str, Any] = {"inledning": intro, "punkter": nest_points(rows)}
    if board_intro.strip():
        data["beredningens_inledning"] = board_intro
    return data


@functools.lru_cache(maxsize=256)
def _parsed_section(source: str) -> tuple[tuple[dict[str, Any], ...], tuple[str, ...]]:
    """Parse one section's Markdown (cached: most keystrokes change no section)."""
    try:
        return tuple(parse_body(source, 1).sections), ()
    except CaseFileError as error:
        return (), tuple(problem.message for problem in error.problems)


def section_data(heading: str, markdown: str) -> tuple[dict[str, Any], list[str]]:
    """One section's data from its heading and Markdown body, and what is wrong with it."""
    sections, messages = _parsed_section(f"## {heading}\n\n{markdown}\n")
    problems = list(messages)
    if not sections:
        return {"rubrik": heading}, problems
    if len(sections) != 1:
        problems.append(editor_texts.SECTION_HAS_HEADING)
    return copy.deepcopy(sections[0]), problems


def case_data(
    template: Case,
    fields: dict[str, str],
    blocks: list[dict[str, Any]],
    sections: list[dict[str, Any]],
) -> dict[str, Any]:
    """The whole front matter and body as data: what the form does not show comes from
    ``template``."""
    data = template.model_dump(by_alias=True, mode="json", exclude_none=True)
    data.update(form_data(fields))
    data[DECISIONS_KEY] = blocks
    data[SECTIONS_KEY] = sections
    return data


def problem_key(field: str, headings: Sequence[str]) -> str:
    """Where a validation problem belongs: a form field, ``beslutsförslag``, a section's
    key, or ``""``; ``field`` is the problem's label, ``headings`` the sections'."""
    for index, heading in enumerate(headings):
        if field == texts.FIELD_SECTION.format(heading=heading):
            return section_key(index)
    top = re.split(r"[.\[]", field, maxsplit=1)[0]
    if top in FORM_FIELDS or top == DECISIONS_KEY:
        return top
    return ""
