"""Hypothesis strategies that build valid ``Case`` objects covering every part of a case.

Texts are built from Swedish words, abbreviations that must not end a sentence, digits,
Markdown-significant characters inside sentences and a little free Unicode text, so the
round trip meets YAML quoting, sentence splitting and Markdown parsing at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import ValidationError

from pmtui.model import Case, DecisionBlock, Dnr, Paragraph, check_case

WORDS = [
    "staden",
    "nämnden",
    "förslaget",
    "Kommunstyrelsen",
    "ärendet",
    "Stockholm",
    "öka",
    "bl.a.",
    "t.ex.",
    "s.k.",
    "m.m.",
    "dnr",
    "kl.",
    "nr",
    "ca.",
    "jfr",
    "Dnr",
    "K.",
    "A.",
    "2023",
    "1.10",
    "NO",
    "yes",
    "null",
    "~",
    "på",
    "år",
    "över",
    "Åsa",
    "Örjan",
    "Ängby",
    "miljoner",
    "kronor",
    "#",
    "*fet*",
    "_",
    "`kod`",
    "[länk](https://example.org)",
    "&amp;",
    "<b>",
    "\\",
    "a:",
    ":",
    "-",
    "—",
    "”citat”",
    "'",
    '"',
    "(155-1302/2015)",
    "§",
    "100 %",
    "€",
    "é",
    "ü",
    "2023-02-30",
    "0755",
    "1:20",
    "{",
    "}",
    "!",
    "?",
    "…",
    "!important",
]
CAPITALS = [
    "Staden",
    "Nämnden",
    "Förslaget",
    "Ärendet",
    "Över",
    "Åtgärden",
    "Det",
    "Enligt",
    "Stadsledningskontoret",
    "Kommunfullmäktige",
    "2023",
    "Ca",
    "Jfr",
]
# Odd but legal text: non-breaking and wide spaces, combining marks, emoji, RTL, ZWJ.
ODD_TEXTS = [
    "",
    "",
    "",
    "a\u00a0b",
    "e\u0301",
    "😀",
    "שלום",
    "a\u200db",
    "\u3000x",
    "ß",
    "ﬁ",
    "Ω",
    "x\u2009y",
    "¹²",
    "ǅ",
    "İ",
]
ENDINGS = [".", ".", ".", "?", "!", ".)", '."']


def _words(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(WORDS), min_size=min_size, max_size=max_size)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(CAPITALS))
    rest = draw(_words(0, 8))
    free = draw(st.sampled_from(ODD_TEXTS))
    return " ".join([first, *rest, free]).strip() + draw(st.sampled_from(ENDINGS))


lines = st.builds(" ".join, st.lists(st.sampled_from(CAPITALS + WORDS), min_size=1, max_size=8))
names = st.sampled_from(
    [
        "Karin Wanngård",
        "Anna König Jerlmyr",
        "Jan Valeskog",
        "Åsa Öberg",
        "Emilia Bjuggren",
        "Dennis Wedin",
        "K. Persson",
        "Per-Olof Ärlig",
    ]
)
parties = st.sampled_from(["M", "S", "L", "C", "KD", "V", "MP", "SD", "Fi"])


@st.composite
def paragraph_texts(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
    try:
        Paragraph(text=text)
    except ValidationError:
        assume(False)
    return text


def prose(max_paragraphs: int = 2) -> st.SearchStrategy[str]:
    return st.lists(paragraph_texts(), min_size=1, max_size=max_paragraphs).map("\n\n".join)


MARKDOWN_BLOCKS = [
    "- första punkten\n- andra punkten med *betoning*",
    "1. ett\n2. två\n   fortsättning",
    "> Ett citat ur yttrandet.\n> Andra raden.",
    "```\nkod  med blanksteg\n\n## inte en rubrik\n```",
    "#### En rubrik på nivå fyra",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "---",
    "<div>\nhtml\n</div>",
    "    indragen kod",
    "[ref]: https://example.org/",
    "* stjärna\n\n  med stycke i punkten",
]
markdown_blocks = st.sampled_from(MARKDOWN_BLOCKS).map(lambda t: {"typ": "markdown", "text": t})
paragraph_blocks = paragraph_texts().map(lambda t: {"typ": "stycke", "text": t})
blocks = st.lists(st.one_of(paragraph_blocks, paragraph_blocks, markdown_blocks), max_size=3)

headings = st.one_of(
    st.sampled_from(
        [
            "Sammanfattning av ärendet",
            "Beredning",
            "Mina synpunkter",
            "Våra synpunkter",
            "Ärendet",
            "Bakgrund",
            "Remissammanställningen",
            "Föredragande borgarrådets synpunkter",
            "Övrigt",
            "Ekonomi & budget",
        ]
    ),
    lines,
)


@st.composite
def dnrs(draw: st.DrawFn) -> str:
    year, serial = draw(st.integers(1900, 2099)), draw(st.integers(1, 9_999_999))
    if draw(st.booleans()):
        registry = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=10))
        return f"{registry} {year}/{serial}"
    return f"{draw(st.integers(1, 9999))}-{serial}/{year}"


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
ROTLAR = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV"]


@st.composite
def rotels(draw: st.DrawFn) -> str:
    return "+".join(draw(st.lists(st.sampled_from(ROTLAR), min_size=1, max_size=3, unique=True)))


def points(depth: int = 1) -> st.SearchStrategy[Any]:
    if depth == 0:
        return lines
    sub = st.lists(points(depth - 1), min_size=1, max_size=3)
    return st.one_of(lines, st.builds(lambda t, s: {"text": t, "underpunkter": s}, lines, sub))


@st.composite
def decision_blocks(draw: st.DrawFn) -> dict[str, Any]:
    block: dict[str, Any] = {"inledning": draw(lines)}
    if draw(st.booleans()):
        block["beredningens_inledning"] = draw(lines)
    block["punkter"] = draw(st.lists(points(), min_size=1, max_size=4))
    return block


statements = st.fixed_dictionaries(
    {"parti": parties, "ledamöter": st.lists(names, min_size=1, max_size=3), "text": prose()}
)
outcomes = st.fixed_dictionaries(
    {},
    optional={
        "ställningstagande": st.sampled_from(
            ["tillstyrker", "avstyrker", "återremitterar", "bordlägger"]
        ),
        "reservationer": st.lists(statements, max_size=2),
        "särskilda_uttalanden": st.lists(statements, max_size=2),
        "ersättaryttranden": st.lists(statements, max_size=1),
    },
)
referrals = st.fixed_dictionaries(
    {
        "instans": st.sampled_from(
            [
                "Stadsledningskontoret",
                "Kulturnämnden",
                "Trafiknämnden",
                "Södermalms stadsdelsnämnd",
                "Revisorskollegiet",
            ]
        )
    },
    optional={"datum": dates, "avstått": st.booleans()},
)
references = st.fixed_dictionaries({"dnr": dnrs()}, optional={"beskrivning": lines})
meetings = st.fixed_dictionaries(
    {
        "organ": st.sampled_from(["borgarrådsberedningen", "kommunstyrelsen", "kommunfullmäktige"]),
        "datum": dates,
    },
    optional={
        "punkt": st.integers(1, 9999),
        "beslut": st.sampled_from(["behandlad", "beslutad", "bordlagd", "återremitterad"]),
    },
)
secrecy_marks = st.fixed_dictionaries({"grund": st.sampled_from(["OSL 19:3", "OSL 21:1"])})
subsections = st.fixed_dictionaries({"rubrik": headings, "innehåll": blocks})
sections: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {"rubrik": headings, "innehåll": blocks},
    optional={"underavsnitt": st.lists(subsections, max_size=2)},
)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """A valid case: every optional part may appear, in every combination."""
    data: dict[str, Any] = {
        "dnr": draw(dnrs()),
        "rotel": draw(rotels()),
        "rubrik": draw(lines),
        "föredragande": draw(st.lists(names, min_size=1, max_size=3, unique=True)),
    }
    optional = {
        "övriga_dnr": st.lists(dnrs(), max_size=3, unique_by=lambda d: str(Dnr.parse(d))),
        "handling": st.sampled_from(["PM", "Utlåtande"]),
        "nummer": st.from_regex(r"\A\d{4}(:\d{1,4})?\Z"),
        "underrubriker": st.lists(lines, max_size=3),
        "status": st.sampled_from(
            ["utkast", "remiss", "beredd", "tillstyrkt", "beslutad", "återremitterad", "bordlagd"]
        ),
        "datum": dates,
        "ort": st.sampled_from(["Stockholm", "Göteborg", "New York"]),
        "beslutsförslag": st.lists(decision_blocks(), max_size=3),
        "beredningens_beslutsförslag": st.lists(decision_blocks(), max_size=2),
        "utfall": outcomes,
        "remisser": st.lists(referrals, max_size=4, unique_by=lambda r: r["instans"]),
        "hänvisningar": st.lists(references, max_size=2),
        "sekretess": st.lists(secrecy_marks, max_size=1),
        "sammanträden": st.lists(meetings, max_size=3),
        "avsnitt": st.lists(sections, max_size=4, unique_by=lambda s: s["rubrik"].casefold()),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            data[key] = draw(strategy)
    try:
        case = Case.model_validate(data)
    except ValidationError:
        assume(False)
        raise
    assume(not any(problem.is_error for problem in check_case(case)))
    return case


def as_blocks(data: list[dict[str, Any]]) -> list[DecisionBlock]:
    return [DecisionBlock.model_validate(b) for b in data]
