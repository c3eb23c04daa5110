"""Sekretess in exports: marked parts are left out unless the caller asks for them.

A case marked as a whole is refused (its title may be all there is to hide); a marked
section keeps its heading and says, in one sentence, that it is left out and why.
"""

from __future__ import annotations

from pmtui.export.errors import ExportError
from pmtui.model.body import Section
from pmtui.model.case import Case
from pmtui.model.secrecy import case_ground, section_ground
from pmtui.texts import export as texts


def _left_out(section: Section, ground: str) -> Section:
    notice = {"typ": "stycke", "text": texts.SECRET_SECTION.format(ground=ground)}
    return Section.model_validate({"rubrik": section.heading, "innehåll": [notice]})


def exportable(case: Case, with_secret: bool) -> tuple[Case, list[str]]:
    """The case as it may be exported, and the headings of the sections left out."""
    if with_secret or not case.secrecy:
        return case, []
    if (ground := case_ground(case)) is not None:
        raise ExportError(texts.SECRET_CASE.format(dnr=case.dnr, ground=ground))
    sections: list[Section] = []
    left_out: list[str] = []
    for section in case.sections:
        ground = section_ground(case, section.heading)
        if ground is None:
            sections.append(section)
        else:
            sections.append(_left_out(section, ground))
            left_out.append(section.heading)
    return case.model_copy(update={"sections": sections}), left_out
