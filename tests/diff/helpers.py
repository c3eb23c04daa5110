"""Building case texts and models for comparison tests."""

from __future__ import annotations

from pmtui.format import parse_case, serialize_case
from pmtui.model import Case

LONG_SENTENCE = (
    "Stadsledningskontoret anser att social- och trygghetsborgarrådets medverkan i "
    "Strong Cities Network Global Summit utgör ett utmärkt tillfälle till ett strategiskt "
    "internationellt erfarenhetsutbyte med städer från hela världen samt att en medverkan "
    "även utgör ett bra tillfälle att profilera stadens arbete inom det aktuella området."
)


def case_text(points: list[str] | None = None, views: str = "", status: str = "remiss") -> str:
    """A small valid case file; ``views`` is the body of the synpunkter section."""
    points = points or ["Staden tackar ja till inbjudan."]
    listed = "\n".join(f"      - {p}" for p in points)
    return (
        "---\ndnr: KS 2023/886\nhandling: PM\nrotel: I\nrubrik: Strong Cities Network\n"
        f"föredragande:\n  - Karin Wanngård\nstatus: {status}\n"
        "beslutsförslag:\n  - inledning: Kommunstyrelsen beslutar följande.\n"
        f"    punkter:\n{listed}\n---\n\n"
        "## Sammanfattning av ärendet\n\nFinansborgarrådet har mottagit en inbjudan.\n\n"
        f"## Föredragande borgarrådets synpunkter\n\n{views or LONG_SENTENCE}\n"
    )


def make_case(**kwargs: object) -> Case:
    return parse_case(case_text(**kwargs))  # type: ignore[arg-type]


def canonical(text: str) -> str:
    return serialize_case(parse_case(text))
