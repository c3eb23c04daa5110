"""An agenda written out: as data (``--json``), plain text, Markdown and HTML.

Every writer starts from ``agenda_data``, where a case marked secret (docs/format.md,
*Sekretess*) keeps only its dnr, rotel, presenters and legal ground unless the caller
asks for the secret parts: its title, the proposal's intro and the outcome are left out.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from pmtui.format.render import DocumentPart, Role, swedish_date
from pmtui.model.agenda import Agenda, AgendaItem
from pmtui.model.meetings import MeetingBody
from pmtui.model.secrecy import case_ground
from pmtui.texts import meetings as texts


def _intros(item: AgendaItem, body: MeetingBody) -> list[str]:
    """The proposal's intro: the commissioner's to the board, the board's to KS and KF."""
    case = item.case
    board = case.board_proposal if body is not MeetingBody.BORGARRADSBEREDNINGEN else []
    return [block.intro for block in board or case.decision_blocks]


def _item_data(item: AgendaItem, body: MeetingBody, with_secret: bool) -> dict[str, Any]:
    case, ground = item.case, case_ground(item.case)
    hidden = ground is not None and not with_secret
    position = case.outcome.position if case.outcome else None
    return {
        "punkt": item.number,
        "dnr": str(case.dnr),
        "rotel": case.rotel,
        "rubrik": None if hidden else case.title,
        "föredragande": list(case.presenters),
        "inledning": [] if hidden else _intros(item, body),
        "beslut": item.decision.value if item.decision else None,
        "ställningstagande": None if hidden or position is None else position.value,
        "bordlagd": item.tabled_at.isoformat() if item.tabled_at else None,
        "sekretess": ground,
    }


def agenda_data(agenda: Agenda, with_secret: bool = False) -> dict[str, Any]:
    """The agenda as JSON-ready data (the keys are the file's Swedish words)."""
    return {
        "organ": agenda.body.value,
        "datum": agenda.date.isoformat(),
        "föregående_sammanträde": agenda.previous.isoformat() if agenda.previous else None,
        "punkter": [_item_data(item, agenda.body, with_secret) for item in agenda.items],
        "varningar": [{"dnr": str(w.dnr), "meddelande": w.message} for w in agenda.warnings],
    }


def _heading(data: dict[str, Any]) -> str:
    body = texts.BODY_NAMES[data["organ"]]
    date = swedish_date(dt.date.fromisoformat(data["datum"]))
    return texts.AGENDA_HEADING.format(title=texts.AGENDA_TITLE, body=body, date=date)


def _title(item: dict[str, Any]) -> str:
    if item["rubrik"] is None:
        return texts.AGENDA_SECRET_TITLE.format(ground=item["sekretess"])
    return str(item["rubrik"])


def _details(item: dict[str, Any]) -> list[str]:
    """The lines under an item's title, in the order the text, Markdown and HTML show."""
    lines = []
    if item["bordlagd"]:
        tabled = swedish_date(dt.date.fromisoformat(item["bordlagd"]))
        lines.append(texts.AGENDA_CARRIED_OVER.format(date=tabled))
    if item["sekretess"] and item["rubrik"] is not None:
        lines.append(texts.AGENDA_SECRET_MARK.format(ground=item["sekretess"]))
    lines.append(texts.AGENDA_PRESENTERS.format(names=", ".join(item["föredragande"])))
    lines.extend(item["inledning"])
    if item["beslut"]:
        lines.append(texts.AGENDA_OUTCOME.format(decision=item["beslut"]))
    if item["ställningstagande"]:
        lines.append(texts.AGENDA_POSITION.format(position=item["ställningstagande"]))
    return lines


def _first_line(item: dict[str, Any]) -> str:
    return texts.AGENDA_ITEM_LINE.format(
        number=item["punkt"], dnr=item["dnr"], rotel=item["rotel"], title=_title(item)
    )


def _facts(item: dict[str, Any]) -> list[str]:
    return [texts.AGENDA_ITEM_FACTS.format(dnr=item["dnr"], rotel=item["rotel"]), *_details(item)]


def agenda_text(data: dict[str, Any]) -> str:
    """The agenda for a terminal: a heading, then each item and the lines under it."""
    parts = [_heading(data)]
    for item in data["punkter"]:
        parts.append("\n".join([_first_line(item), *(f"   {d}" for d in _details(item))]))
    return "\n\n".join(parts) + "\n"


def agenda_markdown(data: dict[str, Any]) -> str:
    """The agenda as Markdown: one ``##`` heading per item, its details as a list."""
    parts = [f"# {_heading(data)}"]
    for item in data["punkter"]:
        heading = "## " + texts.AGENDA_ITEM_HEADING.format(number=item["punkt"], title=_title(item))
        facts = _facts(item)
        parts.append("\n\n".join([heading, "\n".join(f"- {fact}" for fact in facts)]))
    return "\n\n".join(parts) + "\n"


def agenda_html(data: dict[str, Any]) -> str:
    """The agenda as a small, self-contained HTML page; every text is escaped."""
    title = html.escape(_heading(data))
    rows = [f"<h1>{title}</h1>", "<ol>"]
    for item in data["punkter"]:
        facts = _facts(item)
        listed = "".join(f"<li>{html.escape(fact)}</li>" for fact in facts)
        heading = html.escape(_title(item))
        rows.append(f'<li value="{int(item["punkt"])}"><h2>{heading}</h2><ul>{listed}</ul></li>')
    rows.append("</ol>")
    head = ["<!DOCTYPE html>", '<html lang="sv">', "<head>", '<meta charset="utf-8">']
    head += [f"<title>{title}</title>", "</head>", "<body>"]
    return "\n".join([*head, *rows, "</body>", "</html>"]) + "\n"


def agenda_parts(data: dict[str, Any]) -> list[DocumentPart]:
    """The agenda as the parts the export writers style (the docx writer among them): the
    heading as the title, each item's number and title as a heading, its facts as
    paragraphs."""
    parts = [DocumentPart(Role.TITLE, _heading(data))]
    for item in data["punkter"]:
        heading = texts.AGENDA_ITEM_HEADING.format(number=item["punkt"], title=_title(item))
        parts.append(DocumentPart(Role.HEADING, heading))
        parts.extend(DocumentPart(Role.PARAGRAPH, fact) for fact in _facts(item))
    return parts
