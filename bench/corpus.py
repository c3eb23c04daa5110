"""Synthetic but plausible Swedish case content for the benchmark repositories.

Text comes from fixed word lists and a seeded RNG, so the same seed always gives the same
cases, and a sentence costs microseconds. Every sentence is one canonical line: it starts
with a capital letter, ends with a full stop and contains no other sentence boundary, so
replacing or inserting such a line in a canonical case file keeps the file canonical.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from pmtui.format import serialize_case
from pmtui.format.render import swedish_date
from pmtui.model import Case, Dnr

SUBJECTS = (
    "Stadsledningskontoret",
    "Nämnden",
    "Förvaltningen",
    "Staden",
    "Kommunstyrelsen",
    "Exploateringskontoret",
    "Trafikkontoret",
    "Kulturförvaltningen",
    "Stadsdelsnämnden",
    "Socialförvaltningen",
    "Utbildningsförvaltningen",
    "Remissinstanserna",
    "Jag",
    "Vi",
    "Miljöförvaltningen",
)
VERBS = (
    "bedömer att",
    "anser att",
    "konstaterar att",
    "noterar att",
    "understryker att",
    "delar uppfattningen att",
    "ser positivt på att",
    "menar att",
    "framhåller att",
    "instämmer i att",
)
TOPICS = (
    "förslaget",
    "satsningen",
    "projektet",
    "arbetet",
    "investeringen",
    "samverkan",
    "planeringen",
    "utredningen",
    "insatsen",
    "åtgärden",
    "programmet",
    "uppdraget",
    "medverkan",
    "upphandlingen",
    "den nya strategin",
    "handlingsplanen",
)
EFFECTS = (
    "bidrar till",
    "stärker",
    "förbättrar",
    "underlättar",
    "främjar",
    "möjliggör",
    "skapar förutsättningar för",
    "säkerställer",
    "utvecklar",
    "påskyndar",
    "kräver",
    "förutsätter",
)
OBJECTS = (
    "en hållbar stadsutveckling",
    "tryggheten i stadens offentliga miljöer",
    "ett effektivt resursutnyttjande",
    "stadens klimatmål",
    "barns och ungas uppväxtvillkor",
    "samarbetet mellan förvaltningarna",
    "en god service till stockholmarna",
    "bostadsbyggandet i ytterstaden",
    "kollektivtrafikens tillgänglighet",
    "det förebyggande arbetet",
    "kulturlivets förutsättningar",
    "stadens ekonomiska långsiktighet",
    "en jämlik skola",
    "näringslivets utveckling",
    "den digitala infrastrukturen",
    "äldreomsorgens kvalitet",
    "grönområdenas värden",
    "cykelvägnätets sammanhang",
    "stadens internationella samarbete",
    "arbetsmarknadsinsatserna",
)
ADVERBIALS = (
    "",
    " inom ramen för befintlig budget",
    " under de kommande åren",
    " i samverkan med berörda nämnder",
    " på kort och lång sikt",
    " i hela staden",
    " enligt stadens riktlinjer",
    " redan under innevarande år",
    " i linje med stadens budget",
    " för stadens invånare",
)
DISTRICTS = (
    "Farsta",
    "Skärholmen",
    "Rinkeby-Kista",
    "Spånga-Tensta",
    "Hägersten-Älvsjö",
    "Södermalm",
    "Norrmalm",
    "Östermalm",
    "Kungsholmen",
    "Enskede-Årsta-Vantör",
    "Skarpnäck",
    "Bromma",
    "Hässelby-Vällingby",
    "Älvsjö",
)
TITLE_KINDS = (
    "Inriktningsbeslut för",
    "Genomförandebeslut för",
    "Program för",
    "Riktlinjer för",
    "Upphandling av",
    "Avtal om",
    "Medverkan i",
    "Utredning om",
    "Handlingsplan för",
)
TITLE_THINGS = (
    "ny simhall",
    "upprustning av parker",
    "cykelbanor",
    "trygghetsskapande åtgärder",
    "förskolelokaler",
    "bostäder för unga",
    "energieffektivisering",
    "laddinfrastruktur",
    "kulturhus",
    "idrottsplatser",
    "digital service",
    "internationellt nätverk",
)
PRESENTERS = (
    "Anna Lindqvist",
    "Erik Sandberg",
    "Maria Holm",
    "Johan Berglund",
    "Sara Ekström",
    "Ahmed Yusuf",
    "Karin Dahl",
    "Per Nyström",
    "Lina Åberg",
    "Oskar Fält",
)
BODIES = (
    "Stadsledningskontoret",
    "Trafiknämnden",
    "Kulturnämnden",
    "Exploateringsnämnden",
    "Miljö- och hälsoskyddsnämnden",
    "Socialnämnden",
    "Stadsbyggnadsnämnden",
    "Fastighetsnämnden",
    "Utbildningsnämnden",
)
ROTLAR = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
INTRO = "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
BOARD_INTRO = "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
KF_INTRO = "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
VIEWS_HEADING = "Föredragande borgarrådets synpunkter"


def sentence(rng: random.Random) -> str:
    """One plausible sentence of a Swedish case document."""
    if rng.random() < 0.12:
        amount = rng.randint(2, 900)
        return f"Kostnaderna beräknas uppgå till {amount} miljoner kronor{rng.choice(ADVERBIALS)}."
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(TOPICS)} "
        f"{rng.choice(EFFECTS)} {rng.choice(OBJECTS)}{rng.choice(ADVERBIALS)}."
    )


def paragraph(rng: random.Random, low: int = 1, high: int = 5) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


def _prose(rng: random.Random, low: int, high: int) -> list[dict[str, Any]]:
    return [{"typ": "stycke", "text": paragraph(rng)} for _ in range(rng.randint(low, high))]


def _statement(rng: random.Random, body: str, day: dt.date) -> dict[str, Any]:
    dated = f"daterat den {swedish_date(day)}"
    opening = f"{body}s tjänsteutlåtande {dated} har i huvudsak följande lydelse."
    text = f"{opening} {paragraph(rng, 2, 4)}"
    return {"rubrik": body, "innehåll": [{"typ": "stycke", "text": text}]}


def _sections(rng: random.Random, referrals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sections = [
        {"rubrik": "Sammanfattning av ärendet", "innehåll": _prose(rng, 1, 3)},
        {"rubrik": "Beredning", "innehåll": _prose(rng, 1, 2)},
        {"rubrik": VIEWS_HEADING, "innehåll": _prose(rng, 2, 6)},
        {"rubrik": "Ärendet", "innehåll": _prose(rng, 1, 4)},
    ]
    if referrals:
        statements = [_statement(rng, r["instans"], r["datum"]) for r in referrals]
        summary = {"typ": "stycke", "text": paragraph(rng, 1, 2)}
        sections.append(
            {"rubrik": "Remissammanställningen", "innehåll": [summary], "underavsnitt": statements}
        )
    return sections


def _title(rng: random.Random) -> str:
    return f"{rng.choice(TITLE_KINDS)} {rng.choice(TITLE_THINGS)} i {rng.choice(DISTRICTS)}"


def _decision(rng: random.Random, utlatande: bool) -> dict[str, Any]:
    points = [sentence(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    if utlatande:
        return {"inledning": KF_INTRO, "punkter": points}
    return {"inledning": INTRO, "beredningens_inledning": BOARD_INTRO, "punkter": points}


def _referrals(rng: random.Random, created: dt.date) -> list[dict[str, Any]]:
    bodies = rng.sample(BODIES, rng.choice((0, 1, 1, 2, 3)))
    return [
        {"instans": body, "datum": created + dt.timedelta(days=rng.randint(5, 60))}
        for body in bodies
    ]


def build_case(rng: random.Random, dnr: Dnr, created: dt.date) -> Case:
    """A varied, valid case with this dnr, as ``pmtui.model`` defines one."""
    utlatande = rng.random() < 0.15
    referrals = _referrals(rng, created)
    data: dict[str, Any] = {
        "dnr": str(dnr),
        "handling": "Utlåtande" if utlatande else "PM",
        "rotel": rng.choice(ROTLAR),
        "rubrik": _title(rng),
        "föredragande": rng.sample(PRESENTERS, rng.choice((1, 1, 1, 2))),
        "status": "utkast",
        "beslutsförslag": [_decision(rng, utlatande)],
        "remisser": referrals,
        "avsnitt": _sections(rng, referrals),
    }
    if utlatande:
        data["nummer"] = f"{dnr.year}:{rng.randint(1, 200)}"
    if rng.random() < 0.4:
        data["underrubriker"] = [f"Remiss från {rng.choice(BODIES)}"]
    return Case.model_validate(data)


def case_text(seed: int, index: int, dnr: Dnr, created: dt.date) -> str:
    """The canonical file text of case number ``index`` when it is created."""
    rng = random.Random(f"{seed}:case:{index}")
    return serialize_case(build_case(rng, dnr, created))
