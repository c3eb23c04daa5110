"""A small valid case to vary in model tests."""

from __future__ import annotations

from typing import Any

from pmtui.model import Case

SUMMARY = {"rubrik": "Sammanfattning av ärendet", "innehåll": [{"typ": "stycke", "text": "Kort."}]}


def make_case(**fields: Any) -> Case:
    """A case with no problems at all; ``fields`` (Swedish keys) replace the defaults."""
    data: dict[str, Any] = {
        "dnr": "KS 2024/512",
        "rotel": "II",
        "rubrik": "Upprustning av Kvarnholmens badplats",
        "föredragande": ["Ingrid Falk"],
        "status": "utkast",
        "avsnitt": [SUMMARY],
    }
    data.update(fields)
    return Case.model_validate(data)


def section(heading: str, *texts: str, subsections: list[str] | None = None) -> dict[str, Any]:
    return {
        "rubrik": heading,
        "innehåll": [{"typ": "stycke", "text": t} for t in texts],
        "underavsnitt": [
            {"rubrik": s, "innehåll": [{"typ": "stycke", "text": "Yttrande."}]}
            for s in subsections or []
        ],
    }


BLOCK = {"inledning": "Kommunstyrelsen beslutar för egen del följande.", "punkter": ["Ja."]}
