"""Versions of real cases for the merge tests: the bundled seed and the utlåtande with
two decision blocks and nested points, edited line by line as a person would."""

from __future__ import annotations

from pmtui.format import parse_case, serialize_case
from tests.conftest import BUNDLED_CASES

SEED_PATH = "cases/2023/ks-2023-886.md"
SEED = (BUNDLED_CASES / "2023" / "ks-2023-886.md").read_text(encoding="utf-8")
POINTS_PATH = "cases/2016/317-2208-2016.md"
POINTS = (BUNDLED_CASES / "2016" / "317-2208-2016.md").read_text(encoding="utf-8")

# Sentences of the seed, each on its own line (the canonical form): one paragraph of
# "Ärendet", then one sentence of "Beredning" and one of a subsection.
ORGANISED = (
    "Nätverket organiseras genom den Londonbaserade tankesmedjan Institute for Strategic "
    "Dialogue och medlemskapet är kostnadsfritt."
)
MEMBERS = "Antalet medlemsstäder uppgår 2023 till ca 160."
CAPITALS_START = "De nordiska huvudstäderna Helsingfors, Köpenhamn och Oslo"
PREPARATION_START = "Stadsledningskontoret anser att social- och trygghetsborgarrådets"
STATEMENT = (
    "En medverkan utgör även ett bra tillfälle att profilera stadens arbete inom det "
    "aktuella området."
)
# The seed's one decision point.
POINTS_POINT = (
    "Staden tackar ja till att delta i Strong Cities Network Global Summit, den 19-21 "
    "september 2023 i New York, USA och representeras på politisk nivå av social- och "
    "trygghetsborgarrådet Alexander Ojanne."
)
# Points of the utlåtande.
POINT_COUNCIL = (
    "Ett stadsgemensamt råd för lokalförsörjning av förskolor och skolor inrättas från och "
    "med den 1 juli 2017."
)
POINT_MOTION = (
    "Motion (2016:31) av Lovisa Enqvist (C) anses besvarad med hänvisning till vad som "
    "sägs i utlåtandet."
)
SUBPOINT_REPORT = "senast den 31 december 2017 redovisa hur rådets arbete ska följas upp."


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    """``text`` with ``old`` replaced by ``new``; ``old`` must occur ``count`` times."""
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


def canonical(text: str) -> str:
    return serialize_case(parse_case(text))
