"""What the recogniser finds, as plain data: the header, decision blocks, sections and the
text it could not place. ``build.py`` turns it into a ``Case``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pmtui.importing import patterns as p
from pmtui.texts.dates import MONTHS


@dataclass
class Header:
    kind: str
    number: str | None
    rotel: str
    dnr_texts: list[str]
    printed: str


@dataclass
class Point:
    number: str  # as printed: "", "1", "3.1"
    text: str


@dataclass
class Block:
    intro: str
    board: bool
    points: list[Point] = field(default_factory=list)


@dataclass
class Statement:
    kind: str  # reservations, special_statements, deputy_statements
    party: str
    members: list[str]
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Part:
    """A section (``##``) or a subsection (``###``) and its paragraphs."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    subsections: list[Part] = field(default_factory=list)


@dataclass
class Recognised:
    header: Header | None = None
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    presenters_printed: str | None = None  # the presenters' line as printed
    proposal_heading: bool = False
    blocks: list[Block] = field(default_factory=list)
    place: str | None = None
    date: dt.date | None = None
    position: str | None = None
    statements: list[Statement] = field(default_factory=list)
    sections: list[Part] = field(default_factory=list)
    referrals: list[tuple[str, dt.date | None]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def swedish_date(day: str, month: str, year: str) -> dt.date | None:
    """``6``, ``september``, ``2023`` → a date; None when it is no date."""
    if month not in MONTHS:
        return None
    try:
        return dt.date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def names(text: str) -> list[str]:
    """``A, B och C`` → the names."""
    head, _, last = text.rpartition(" och ")
    parts = [*head.split(","), last] if head else [last]
    return [name.strip() for name in parts if name.strip()]


def header_of(unit: str) -> tuple[Header, str, str] | None:
    """The header in ``unit``, with the text before and after it."""
    match = p.HEADER.search(unit)
    if match is None:
        return None
    dnr_texts = [d.strip() for d in match["dnr"].split(",") if d.strip()]
    rotel = match["rotel"]
    header = Header(match["kind"], match["number"], rotel, dnr_texts, match.group())
    return header, unit[: match.start()].strip(), unit[match.end() :].strip()


def title_and_subtitles(unit: str) -> list[str]:
    """A flattened title line split before ``Motion (…)``, ``Skrivelser av …``."""
    return [part.strip() for part in p.SUBTITLE_START.split(unit) if part.strip()]
