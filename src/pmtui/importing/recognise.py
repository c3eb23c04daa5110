"""The recogniser: units (paragraphs and heading lines) of a document → ``Recognised``.

It walks the units once. What it knows it places (header, title, formula, decision
blocks, sections, signing, outcome, remissinstanser); every other unit goes to the
current section, or, before the first section, to the kept text. No unit is dropped.
"""

from __future__ import annotations

from pmtui.importing import patterns as p
from pmtui.importing.parts import (
    Block,
    Part,
    Point,
    Recognised,
    Statement,
    header_of,
    names,
    swedish_date,
    title_and_subtitles,
)

_REFERRAL_HEADINGS = frozenset({"remissammanställningen", "remissammanställning"})


class _Walk:
    def __init__(self, units: list[str]) -> None:
        self.units = units
        self.index = 0
        self.found = Recognised()
        self.block: Block | None = None
        self.statement: Statement | None = None

    def peek(self, ahead: int = 0) -> str | None:
        at = self.index + ahead
        return self.units[at] if at < len(self.units) else None

    def take(self) -> str:
        unit = self.units[self.index]
        self.index += 1
        return unit


def recognise(units: list[str]) -> Recognised:
    walk = _Walk(units)
    _front(walk)
    while walk.peek() is not None:
        _one(walk, walk.take())
    return walk.found


def _front(walk: _Walk) -> None:
    """Units before the header are kept; then the header, the title and subtitles. The
    header is the last one before the presenters (a web page may print it in its title)."""
    last = _document_header(walk.units)
    while (unit := walk.peek()) is not None:
        walk.take()
        if walk.index - 1 < last or (found := header_of(unit)) is None:
            walk.found.kept.append(unit)
            continue
        header, before, after = found
        walk.found.header = header
        if before:
            walk.found.kept.append(before)
        if after:
            walk.units.insert(walk.index, after)
        break
    titles: list[str] = []
    while (unit := walk.peek()) is not None and not _stops_title(unit):
        titles.extend(title_and_subtitles(walk.take()) if not titles else [walk.take()])
    if titles:
        walk.found.title, walk.found.subtitles = titles[0], titles[1:]


def _document_header(units: list[str]) -> int:
    presenters = next(
        (i for i, u in enumerate(units) if p.FORMULA.fullmatch(u) or p.PRESENTERS.match(u)),
        len(units),
    )
    found = [i for i in range(presenters) if header_of(units[i])]
    return found[-1] if found else 0


def _stops_title(unit: str) -> bool:
    return bool(
        unit.casefold() in p.KNOWN_HEADINGS
        or p.INTRO.fullmatch(unit)
        or p.FORMULA.fullmatch(unit)
        or p.PRESENTERS.match(unit)
        or p.POINT.match(unit)
    )


def _one(walk: _Walk, unit: str) -> None:
    for step in (_heading, _presenters, _intro, _point, _signed, _outcome, _referral):
        if step(walk, unit):
            return
    _paragraph(walk, unit)


def _end_parts(walk: _Walk) -> None:
    walk.block = None
    walk.statement = None


def _heading(walk: _Walk, unit: str) -> bool:
    if unit.casefold() == "förslag till beslut":
        walk.found.proposal_heading = True
        _end_parts(walk)
        return True
    if unit.casefold() in p.KNOWN_HEADINGS or _unknown_heading(walk, unit):
        _end_parts(walk)
        section = walk.found.sections[-1] if walk.found.sections else None
        if section and section.heading.casefold() in _REFERRAL_HEADINGS and not _known(unit):
            section.subsections.append(Part(unit))
        else:
            walk.found.sections.append(Part(unit))
        return True
    return False


def _known(unit: str) -> bool:
    return unit.casefold() in p.KNOWN_HEADINGS


def _unknown_heading(walk: _Walk, unit: str) -> bool:
    """A short line without a sentence end, between paragraphs, starting in upper case."""
    following = walk.peek()
    return bool(
        walk.found.sections
        and following is not None
        and len(unit) <= 80
        and len(unit.split()) <= 8
        and unit[0].isupper()
        and not p.SENTENCE_END.search(unit)
        and not p.POINT.match(unit)
        and walk.block is None
    )


def _presenters(walk: _Walk, unit: str) -> bool:
    match = p.FORMULA.fullmatch(unit) or p.PRESENTERS.match(unit)
    if match is None or walk.found.presenters:
        return False  # a second presenters line is text, kept where it stands
    walk.found.presenters = names(match["names"])
    walk.found.presenters_printed = unit
    _end_parts(walk)
    return True


def _intro(walk: _Walk, unit: str) -> bool:
    if not p.INTRO.fullmatch(unit) or not _has_point_after(walk):
        return False
    previous = walk.found.blocks[-1] if walk.found.blocks and walk.block else None
    board = bool(p.BOARD_INTRO.match(unit)) or bool(
        previous and previous.board and not unit.startswith(("Jag ", "Vi "))
    )
    walk.block = Block(unit, board)
    walk.statement = None
    walk.found.blocks.append(walk.block)
    if not p.POINT.match(walk.peek() or ""):
        walk.block.points.append(Point("", walk.take()))
    return True


def _has_point_after(walk: _Walk) -> bool:
    following = walk.peek()
    if following is None or p.POINT.match(following):
        return following is not None
    return not _stops_title(following) and len(following) > 1


def _point(walk: _Walk, unit: str) -> bool:
    match = p.POINT.match(unit)
    if walk.block is None or match is None:
        return False
    walk.block.points.append(Point(match["number"], match["text"]))
    return True


def _signed(walk: _Walk, unit: str) -> bool:
    match = p.SIGNED.fullmatch(unit)
    date = match and swedish_date(match["day"], match["month"], match["year"])
    if not match or not date or walk.found.date is not None:
        return False
    walk.found.place, walk.found.date = match["place"], date
    _end_parts(walk)
    while walk.peek() is not None and walk.peek() in walk.found.presenters:
        walk.take()  # the signature: the presenters' names, printed again
    return True


def _outcome(walk: _Walk, unit: str) -> bool:
    if unit in p.POSITIONS and walk.found.position is None:
        walk.found.position = p.POSITIONS[unit].value
        _end_parts(walk)
        return True
    if match := p.STATEMENT.match(unit):
        kind = p.STATEMENT_KINDS[match["kind"]]
        members = [m.strip() for m in match["who"].split(",") if m.strip()]
        walk.statement = Statement(kind, match["party"], members)
        walk.found.statements.append(walk.statement)
        walk.block = None
        return True
    return False


def _referral(walk: _Walk, unit: str) -> bool:
    """``X:s tjänsteutlåtande daterat den …`` under a subsection: the remissinstans X."""
    section = walk.found.sections[-1] if walk.found.sections else None
    if section is None or not section.subsections or not (m := p.REFERRAL_LINE.match(unit)):
        return False
    body = section.subsections[-1].heading
    date = swedish_date(m["day"], m["month"], m["year"])
    if body not in [r[0] for r in walk.found.referrals]:
        walk.found.referrals.append((body, date))
    return False  # the line stays the subsection's text


def _paragraph(walk: _Walk, unit: str) -> None:
    walk.block = None
    if walk.statement is not None:
        walk.statement.paragraphs.append(unit)
    elif walk.found.sections:
        section = walk.found.sections[-1]
        target = section.subsections[-1] if section.subsections else section
        target.paragraphs.append(unit)
    else:
        walk.found.kept.append(unit)
