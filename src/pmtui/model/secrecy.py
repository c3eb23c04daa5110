"""Sekretess: a case, or single sections of it, marked as covered by secrecy.

Each marking names its legal ground (``OSL 19:3``). A marking without ``avsnitt`` covers
the whole case; one with ``avsnitt`` covers the section with that heading. The markings
live in the front matter, one short item each, so that a review sees them and a heading
stays plain Markdown (docs/decisions.md, *Sekretess is marked in the front matter*).
Marked parts are left out of agendas (and exports) unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from pmtui.model.base import CaseModel, Line
from pmtui.model.problems import Problem, Severity
from pmtui.model.prose import normalize_whitespace
from pmtui.texts import meetings as texts

if TYPE_CHECKING:
    from pmtui.model.body import Section
    from pmtui.model.case import Case


class SecrecyMark(CaseModel):
    """One marking: the legal ground, and the section it covers (None: the whole case)."""

    section: Line | None = Field(default=None, alias="avsnitt")
    ground: Line = Field(alias="grund")

    def __str__(self) -> str:
        """``hela ärendet: OSL 19:3`` or ``avsnittet Ärendet: OSL 21:1``, as a diff shows it."""
        if self.section is None:
            return texts.SECRET_MARK_CASE.format(ground=self.ground)
        return texts.SECRET_MARK_SECTION.format(heading=self.section, ground=self.ground)


def _key(heading: str) -> str:
    return normalize_whitespace(heading).casefold()


def case_ground(case: Case) -> str | None:
    """The legal ground when the whole case is marked, else None."""
    return next((m.ground for m in case.secrecy if m.section is None), None)


def section_ground(case: Case, heading: str) -> str | None:
    """Why the section ``heading`` is secret (its own marking or the whole case's); None
    if it is not marked."""
    wanted = _key(heading)
    marks = (m for m in case.secrecy if m.section is not None and _key(m.section) == wanted)
    return next((m.ground for m in marks), None) or case_ground(case)


def public_sections(case: Case) -> list[Section]:
    """The sections that may be shown without asking: none when the whole case is marked."""
    return [s for s in case.sections if section_ground(case, s.heading) is None]


def _error(code: str, message: str, index: int) -> Problem:
    return Problem(code=code, message=message, severity=Severity.ERROR, field=f"sekretess.{index}")


def secrecy_marks_sections(case: Case) -> Iterator[Problem]:
    """Every marked section exists and is marked once; the whole case is marked once."""
    headings = {_key(s.heading) for s in case.sections}
    seen: set[str | None] = set()
    for index, mark in enumerate(case.secrecy):
        key = None if mark.section is None else _key(mark.section)
        if key in seen and key is None:
            yield _error("sekretess-dubblett", texts.RULE_SECRET_CASE_TWICE, index)
        elif key in seen:
            message = texts.RULE_SECRET_SECTION_TWICE.format(heading=mark.section)
            yield _error("sekretess-dubblett", message, index)
        elif key is not None and key not in headings:
            message = texts.RULE_SECRET_SECTION_MISSING.format(heading=mark.section)
            yield _error("sekretess-avsnitt-saknas", message, index)
        seen.add(key)
