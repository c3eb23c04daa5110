"""The patterns a PM's parts are recognised by, in one place.

They match the printed forms of the seed and of older documents: the header line
(``PM Rotel I (Dnr KS 2023/886)``, ``Utlåtande 2017:19 RI (Dnr …)``, ``PM 2003 RI+VII``),
the formula (``Föredragande borgarrådet … anför följande.``), decision intros (``… beslutar
följande.``, older ``… besluta följande``), numbered points, the signing line and the
known section headings. Every pattern is bounded, so a long line cannot make one slow.
"""

from __future__ import annotations

import re

from pmtui.model.outcome import POSITION_SENTENCES

KINDS = ("Tjänsteutlåtande", "Utlåtande", "PM")
_ROTEL = r"R(?:otel)?\s?[IVX]{1,5}(?:\s?\+\s?R?[IVX]{1,5}){0,4}"
HEADER = re.compile(
    rf"\b(?P<kind>{'|'.join(KINDS)})\s+(?:(?P<number>\d{{4}}(?::\d{{1,4}})?)\s+)?"
    rf"(?P<rotel>{_ROTEL})\s*\(\s*Dnr\.?\s*(?P<dnr>[^()]{{0,200}})\)"
)
FORMULA = re.compile(
    r"Föredragande borgarråd(?P<plural>et|en) (?P<names>[^.]{3,200}?) anför följande\."
)
PRESENTERS = re.compile(r"^Föredragande borgarråd(?:et|en) (?P<names>[^.]{3,200})$")
_ACTOR = r"(?:Kommunstyrelsen|Borgarrådsberedningen|Kommunfullmäktige|Jag|Vi)"
INTRO = re.compile(
    rf"(?:Jag föreslår att |Vi föreslår att )?{_ACTOR}\b[^.]{{0,200}}?"
    r"\b(?:beslutar|besluta)\b[^.]{0,160}?följande(?:\.|:|(?=\s|$))"
)
BOARD_INTRO = re.compile(r"^Borgarrådsberedningen föreslår")
POINT = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<text>\S.*)$")
INLINE_POINT = re.compile(r"(?:(?<=[.:!?)])|(?<=följande))\s(?=\d{1,2}(?:\.\d{1,2}){0,3}\.\s)")
SIGNED = re.compile(
    r"(?P<place>[A-ZÅÄÖ][a-zåäö]{2,30}) den (?P<day>\d{1,2}) (?P<month>[a-zåäö]{3,9}) "
    r"(?P<year>\d{4})"
)
POSITIONS = {sentence: position for position, sentence in POSITION_SENTENCES.items()}
STATEMENT = re.compile(
    r"^(?P<kind>Reservation anförs|Särskilt uttalande görs|Ersättaryttrande görs) av "
    r"(?P<who>[^()]{2,300}) \((?P<party>[^()]{1,20})\) enligt följande\.$"
)
STATEMENT_KINDS = {
    "Reservation anförs": "reservations",
    "Särskilt uttalande görs": "special_statements",
    "Ersättaryttrande görs": "deputy_statements",
}
REFERRAL_LINE = re.compile(
    r"^(?P<body>.{2,120}?)s? (?:tjänsteutlåtande|yttrande|remissvar) daterat den "
    r"(?P<day>\d{1,2}) (?P<month>[a-zåäö]{3,9}) (?P<year>\d{4})"
)
HEADINGS = (
    "Sammanfattning av ärendet",
    "Sammanfattning",
    "Förslag till beslut",
    "Föredragande borgarrådets synpunkter",
    "Föredragande borgarrådens synpunkter",
    "Mina synpunkter",
    "Våra synpunkter",
    "Remissammanställningen",
    "Remissammanställning",
    "Beredning",
    "Bakgrund",
    "Ärendet",
    "Ärendena",
    "Remisser",
    "Förslaget",
)
KNOWN_HEADINGS = frozenset(h.casefold() for h in HEADINGS)
# A heading inline in flattened text: after a sentence end, before a capital letter.
INLINE_HEADING = re.compile(
    rf"(?:(?<=[.:!?)])|(?<=följande))\s(?P<heading>{'|'.join(HEADINGS)})\s(?=[A-ZÅÄÖ])"
)
SUBTITLE_START = re.compile(
    r"\s(?=(?:Motion|Motioner|Skrivelse|Skrivelser|Hemställan|Interpellation|Framställan)"
    r"\b)"
)
SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
