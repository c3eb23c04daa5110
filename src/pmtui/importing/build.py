"""``Recognised`` → a valid ``Case``, with the word-for-word guarantee.

After building, the words of the case as the document prints it (``render_text``) are
counted against the words of the input. A word the case does not print (a part the model
has no field for, a damaged dnr) is added, in input order, to the kept section
(``texts.importing.KEPT_HEADING``), so no word of the input is ever dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from pmtui.format.render import render_text
from pmtui.importing.errors import ImportFailed
from pmtui.importing.parts import Block, Part, Recognised
from pmtui.model.body import MarkdownBlock, Paragraph
from pmtui.model.case import Case, DocumentKind
from pmtui.model.dnr import Dnr, DnrError
from pmtui.model.prose import starts_like_markup
from pmtui.texts import importing as texts


@dataclass(frozen=True)
class Built:
    case: Case
    kept: list[str]  # the kept section's paragraphs, empty when everything was placed


def build_case(found: Recognised, label: str, dnr: Dnr | None, words_in: list[str]) -> Built:
    data = _case_data(found, label, dnr)
    printed = data.pop("föredragande_text", None)
    case = _validated(data, found.kept, label)
    if printed is not None and case.presenters_line != printed:
        data["föredragande_text"] = printed  # kept only where it differs from the derived
        case = _validated(data, found.kept, label)
    lost = _lost_words(words_in, render_text(case).split())
    kept = [*found.kept, " ".join(lost)] if lost else list(found.kept)
    if lost:
        case = _validated(data, kept, label)
    return Built(case, kept)


def _lost_words(words_in: list[str], words_out: list[str]) -> list[str]:
    """The input's words the output lacks, in input order (each occurrence once)."""
    missing = Counter(words_in) - Counter(words_out)
    lost: list[str] = []
    for word in words_in:
        if missing[word] > 0:
            missing[word] -= 1
            lost.append(word)
    return lost


def _validated(data: dict[str, Any], kept: list[str], label: str) -> Case:
    sections = list(data["avsnitt"])
    if kept:
        sections.append(_section(Part(texts.KEPT_HEADING, kept)))
    try:
        return Case.model_validate({**data, "avsnitt": sections})
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise ImportFailed(texts.NOT_VALID.format(path=label, problems=problems)) from None


def _case_data(found: Recognised, label: str, dnr: Dnr | None) -> dict[str, Any]:
    header = found.header
    if header is None or found.title is None:
        raise ImportFailed(texts.NOT_A_CASE.format(path=label, found=_what_was_found(found)))
    if not found.presenters:
        raise ImportFailed(texts.NO_PRESENTER.format(path=label))
    dnrs = _dnrs(header.dnr_texts, dnr, label, header.printed)
    kinds = {kind.value: kind for kind in DocumentKind}
    if header.kind not in kinds:
        found_kind = texts.FOUND_START.format(start=header.printed)
        raise ImportFailed(texts.NOT_A_CASE.format(path=label, found=found_kind))
    data: dict[str, Any] = {
        "dnr": dnrs[0],
        "övriga_dnr": dnrs[1:],
        "handling": header.kind,
        "nummer": header.number,
        "rotel": header.rotel,
        "rubrik": found.title,
        "underrubriker": found.subtitles,
        "föredragande": found.presenters,
        "avsnitt": [_section(part) for part in found.sections],
        "remisser": [{"instans": b, "datum": d} for b, d in found.referrals],
    }
    data.update(_proposal(found.blocks))
    data.update(_printed_lines(found))
    data.update(_signing_and_outcome(found))
    return data


def _printed_lines(found: Recognised) -> dict[str, Any]:
    """The presenters' line as printed, the protocol line and the older layout."""
    data: dict[str, Any] = {}
    if found.presenters_printed is not None:
        data["föredragande_text"] = found.presenters_printed
    protocol = next((unit for unit in found.kept if _PROTOCOL.match(unit)), None)
    if protocol is not None:
        found.kept.remove(protocol)
        data["protokollsbilaga"] = protocol
    own = [b for b in found.blocks if not b.board]
    if found.blocks and not own:
        data["uppställning"] = "äldre"
    return data


def _what_was_found(found: Recognised) -> str:
    first = next((unit for unit in found.kept if unit.strip()), None)
    if first is None:
        return texts.FOUND_NOTHING
    return texts.FOUND_START.format(start=first[:60])


def _dnrs(printed: list[str], given: Dnr | None, label: str, header: str) -> list[Dnr]:
    parsed: list[Dnr] = []
    for text in printed:
        try:
            parsed.append(Dnr.parse(text))
        except DnrError:
            continue
    if given is not None:
        return [given, *[d for d in parsed if d != given]]
    if not parsed:
        year = _YEAR.search(" ".join(printed))
        if year is None:
            raise ImportFailed(texts.NO_DNR.format(path=label, printed=header))
        return [Dnr.unknown(int(year.group()), 1)]  # the CLI takes the next free number
    return list(dict.fromkeys(parsed))


def _signing_and_outcome(found: Recognised) -> dict[str, Any]:
    data: dict[str, Any] = {"datum": found.date}
    if found.place:
        data["ort"] = found.place
    outcome: dict[str, Any] = {"ställningstagande": found.position}
    for statement in found.statements:
        entry = {
            "parti": statement.party,
            "ledamöter": statement.members,
            "text": "\n\n".join(statement.paragraphs) or "-",
        }
        outcome.setdefault(_OUTCOME_KEYS[statement.kind], []).append(entry)
    data["utfall"] = outcome
    if found.position == "tillstyrker":
        data["status"] = "tillstyrkt"
    return data


_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_PROTOCOL = re.compile(r"^Bilaga .{1,40} protokoll .{1,80}$")
_OUTCOME_KEYS = {
    "reservations": "reservationer",
    "special_statements": "särskilda_uttalanden",
    "deputy_statements": "ersättaryttranden",
}


def _proposal(blocks: list[Block]) -> dict[str, Any]:
    own = [_block(b) for b in blocks if not b.board]
    board = [_block(b) for b in blocks if b.board]
    if not board:
        return {"beslutsförslag": own}
    same = len(own) == len(board) and all(
        o["punkter"] == b["punkter"] for o, b in zip(own, board, strict=True)
    )
    if same:
        for o, b in zip(own, board, strict=True):
            o["beredningens_inledning"] = b["inledning"]
        return {"beslutsförslag": own}
    return {"beslutsförslag": own, "beredningens_beslutsförslag": board}


def _block(block: Block) -> dict[str, Any]:
    points: list[dict[str, Any]] = []
    for point in block.points:
        depth = point.number.count(".")
        siblings = points
        for _ in range(depth):
            if not siblings:
                break
            siblings = siblings[-1]["underpunkter"]
        printed = {"nummer": point.number} if point.number else {}
        siblings.append({"text": point.text, "underpunkter": [], **printed})
    # The model keeps a printed number only where it differs from the derived one.
    return {"inledning": block.intro, "punkter": points}


def _section(part: Part) -> dict[str, Any]:
    return {
        "rubrik": part.heading,
        "innehåll": _blocks(part.paragraphs),
        "underavsnitt": [
            {"rubrik": sub.heading, "innehåll": _blocks(sub.paragraphs)} for sub in part.subsections
        ],
    }


def _blocks(paragraphs: list[str]) -> list[Paragraph | MarkdownBlock]:
    """Paragraphs as the model holds them; one that Markdown would read as a list or a
    quote is kept as such, or, failing that, joined to the paragraph before it."""
    blocks: list[Paragraph | MarkdownBlock] = []
    pending = ""
    for text in paragraphs:
        text = f"{pending} {text}".strip() if pending else text
        pending = ""
        if not starts_like_markup(text):
            blocks.append(Paragraph(text=text))
            continue
        try:
            blocks.append(MarkdownBlock(text=text))
        except ValidationError:
            if blocks and isinstance(blocks[-1], Paragraph):
                blocks[-1] = Paragraph(text=f"{blocks[-1].text} {text}")
            else:
                pending = text
    if pending:
        blocks.append(Paragraph(text=f"\u2014 {pending}"))
    return blocks
