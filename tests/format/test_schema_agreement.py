"""The JSON Schema accepts, value by value, exactly what ``pmtui check`` accepts.

Editors load front matter as YAML 1.2 (``yaml12.py``) and validate it with the schema;
``pmtui check`` reads every value as text and lets the model decide. Generated front
matters must get a schema error exactly when check reports a field error. The cross-field
rules below cannot be written in a JSON Schema and are check-only (docs/format.md, *JSON
Schema and pmtui check*), as are the documented limits tested at the end.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import operator
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pmtui.format.casefile import inspect_case
from pmtui.format.schema import front_matter_schema
from pmtui.model import meeting_rules, rules, secrecy
from pmtui.model.base import WHITESPACE
from pmtui.model.dnr import Dnr, DnrError
from pmtui.model.prose import normalize_whitespace
from tests.conftest import BUNDLED_CASES, REPO_ROOT
from tests.format.yaml12 import NULL, Scalar, emit, load_yaml12, plain_ok, spellings

# Error codes of the cross-field rules (src/pmtui/model/rules.py): check-only.
CHECK_ONLY_RULES = {
    "remiss-avstatt-med-yttrande": "a referral marked avstått has a statement subsection",
    "dnr-upprepat": "the primary dnr is also under övriga_dnr",
    "egen-hanvisning": "a reference points to the case's own dnr",
    "avsnitt-dubblett": "a section heading occurs twice (body)",
    "sammantrade-dubblett": "a meeting (body and date) is named twice",
    "beslutad-fore-bordlagd": "a case decided before a meeting that tabled it",
    "sammantrade-efter-beslut": "a meeting after the one that decided the case",
    "sekretess-dubblett": "the whole case, or one section, marked twice",
    "sekretess-avsnitt-saknas": "a sekretess marking names a section the body lacks",
}
VALIDATOR = jsonschema.Draft202012Validator(front_matter_schema())
SUMMARY = "## Sammanfattning av ärendet\n\nKort.\n"
REMISSER = "## Remissammanställningen\n\n### Stadsledningskontoret\n\nYttrande.\n"
EXAMPLES = REPO_ROOT / "src" / "pmtui" / "examples" / "cases"
CASE_FILES = sorted([*BUNDLED_CASES.rglob("*.md"), *EXAMPLES.rglob("*.md")])


def schema_errors(front_matter: str) -> list[str]:
    data = load_yaml12(front_matter)
    return [f"{list(e.absolute_path)}: {e.message[:80]}" for e in VALIDATOR.iter_errors(data)]


def field_errors(front_matter: str, body: str = SUMMARY) -> list[str]:
    report = inspect_case(f"---\n{front_matter}---\n\n{body}")
    return [p.located() for p in report.errors if p.code not in CHECK_ONLY_RULES]


def spelled(text: str, plain: bool = True) -> st.SearchStrategy[Scalar]:
    return st.sampled_from(spellings(text, plain))


# Values: in a tame file all valid; in the others, one time in ten a plausible value,
# valid or not, a missing or unknown key, or a value of the wrong shape.
TAME = st.shared(st.booleans(), key="tame")


def wild(draw: st.DrawFn, one_in: int = 10) -> bool:
    return not draw(TAME) and draw(st.integers(0, one_in - 1)) == 0


@st.composite
def leaf(draw: st.DrawFn, valid: Any, plausible: Any) -> Any:
    return draw(plausible if wild(draw) else valid)


def pick(values: list[str]) -> st.SearchStrategy[Scalar]:
    return st.sampled_from(values).flatmap(spelled)


GOOD_TEXTS = ["Anna Berg", "Stadsledningskontoret", "NO", "yes", "2004", "1.5", "true", "True"]
GOOD_TEXTS += [".inf", "0x1F", "0755", "1:20", "2023-09-06", "Motion (2016:5) av NN (M)", "å"]
GOOD_TEXTS += ["\u200b", "\ufeff", "Anna  Berg", " Anna ", "a\nb", "A. B"]
BAD_TEXTS = ["", " ", " \t ", "\u3000", "\xa0", "\x85", "\x1c", "\n", "a\x00b", "null", "~"]
texts = leaf(
    st.one_of(
        pick(GOOD_TEXTS),
        st.text("AaBÅå019 ", min_size=1, max_size=8).filter(str.strip).flatmap(spelled),
    ),
    st.one_of(
        pick(GOOD_TEXTS + BAD_TEXTS),
        st.text("AaBÅå019 -\t\u3000\xa0\x85\x00", max_size=8).flatmap(spelled),
    ),
)


def _text_of(scalar: Scalar) -> Any:
    return None if scalar.text is None else normalize_whitespace(scalar.text).casefold()


def _loaded(scalar: Scalar) -> Any:
    """How ``uniqueItems`` compares: numbers by value, apart from booleans and text."""
    value = load_yaml12(f"x: {scalar.source}\n")["x"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return (type(value).__name__, value)
    return ("number", float(value))


@st.composite
def unique_lists(draw: st.DrawFn, items: Any, key: Any, min_size: int = 0) -> list[Any]:
    """Items that neither check nor ``uniqueItems`` call repeats, maybe an exact copy too:
    repeats that differ in case or spelling are a documented limit."""
    least = 0 if wild(draw) else min_size
    drawn = draw(st.lists(items, min_size=least, max_size=3, unique_by=key))
    return drawn + drawn[:1] if wild(draw) else drawn


names = unique_lists(texts, (_text_of, _loaded), min_size=1)
NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XIV", "XIX"]
BAD_NUMERALS = ["IIII", "XX", "VV", "IC", "L", "", "0", "IIX"]
CASES = [str.upper, str.lower, str.title]


@st.composite
def rotels(draw: st.DrawFn, numerals: list[str], repeat: bool = False) -> str:
    prefix = st.sampled_from(["", "", "R", "r", "Rotel ", "ROTEL  ", "rotel\t", " R"])
    chosen = draw(st.lists(st.sampled_from(numerals), min_size=1, max_size=3, unique=True))
    chosen += chosen[:1] if repeat else []
    parts = [draw(prefix) + draw(st.sampled_from(CASES))(n) for n in chosen]
    return draw(st.sampled_from(["+", " + "])).join(parts) + draw(st.sampled_from(["", " "]))


rotel_values = leaf(
    rotels(NUMERALS).flatmap(spelled),
    st.one_of(rotels(NUMERALS + BAD_NUMERALS), rotels(NUMERALS, repeat=True)).flatmap(spelled),
)


@st.composite
def dnrs(draw: st.DrawFn, good: bool) -> str:
    gap = st.sampled_from(["", " ", "  ", "\t"] + ([] if good else ["\xa0", " / "]))
    digits = st.integers(0, 9_999_999).map(str) if good else st.integers(0, 10**9).map(str)
    years = st.integers(0, 9999).map(lambda y: f"{y:04d}") if good else digits
    if draw(st.booleans()):
        letters = draw(st.text("KSFksf" if good else "KSFksfÅ1", min_size=int(good), max_size=11))
        pieces = [letters[:10] if good else letters, draw(gap), draw(years), draw(gap), "/"]
        pieces += [draw(gap), draw(digits)]
    else:
        registry = draw(digits)[:4] if good else draw(digits)
        pieces = [registry, draw(gap), "-", draw(gap), draw(digits), draw(gap), "/", draw(years)]
    return draw(st.sampled_from(["", " "])) + "".join(pieces)


def _dnr_key(scalar: Scalar) -> Any:
    """What check compares: the canonical dnr (the test's view, not the schema's)."""
    try:
        return str(Dnr.parse(scalar.text or ""))
    except DnrError:
        return scalar.text


ODD_DNR = ["KS 2023/886", "../x", "2023", "KS 2023/886/..", "KS 2023/886\n", ""]
ODD_DNR += ["okänt (lokalt 2008-3)", "OKANT(Lokalt 2008 - 03)", "okänt", "okänt (lokalt 2008-0)"]
ODD_DNR += ["OKANT 2008/3", "023-1083/2008", "KS 2023/0", "okänt (2008-3)"]
dnr_values = leaf(
    dnrs(True).flatmap(spelled), st.one_of(dnrs(False), st.sampled_from(ODD_DNR)).flatmap(spelled)
)
DATES = ["2023-09-06", "2024-02-29", "2023-02-29", "2023-02-30", "2000-02-29", "1900-02-29"]
DATES += ["0000-01-01", "0001-01-01", "9999-12-31", "2023-9-6", "2023-09-06T00:00:00", ""]
DATES += ["20230906", "1693958400", " 2023-09-06", "2023-09-06\n", "den 6 september", "~"]
any_ymd = st.tuples(st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32))
dates = leaf(
    st.one_of(st.dates(dt.date(1, 1, 1)).map(dt.date.isoformat).flatmap(spelled), st.just(NULL)),
    st.one_of(
        pick(DATES), any_ymd.map(lambda ymd: "{:04d}-{:02d}-{:02d}".format(*ymd)).flatmap(spelled)
    ),
)
FLAGS = ["true", "True", "TRUE", "tRuE", "false", "FALSE", "ja", "Ja", "JA", "nej", "NEJ"]
FLAGS += [" ja ", "ja\t", "nej\n"]
flags = leaf(pick(FLAGS), pick([*FLAGS, "yes", "no", "on", "1", "0", "", "~", "y", " true", "jaa"]))
NUMMER = ["2016:122", "2005", "0042", " 2005 ", "2016:1", "2017:41"]
BAD_NUMMER = ["2016:12345", "abc", "16:1", "2016:", "٢٠٠٤", "20161", "2016 :1", "2005\n"]
BAD_NUMMER += ["42", "02005", "+2005", "2005.0", "0x7D5", "", "~"]


def _nummer_spelling(text: str) -> st.SearchStrategy[Scalar]:
    """A plain number other than four digits is a documented limit: the schema sees 42."""
    if not plain_ok(text) or re.fullmatch("[0-9]{4}", text):
        return spelled(text)
    plain_text = load_yaml12(f"x: {text}\n")["x"] in (text, None)
    return spelled(text, plain=plain_text)


nummer = leaf(
    st.one_of(pick(NUMMER), st.just(NULL)),
    st.sampled_from(NUMMER + BAD_NUMMER).flatmap(_nummer_spelling),
)


def enum_values(*values: str) -> Any:
    wrong = ["Utkast", " utkast", "klar", "pm", "Utlatande", "~", ""]
    return leaf(pick(list(values)), pick([*values, *wrong]))


def optional(draw: st.DrawFn, fields: dict[str, Any]) -> dict[str, Any]:
    """Some of ``fields``; now and then a misspelt or an English key, which check refuses."""
    data = {key: draw(value) for key, value in fields.items() if draw(st.booleans())}
    if wild(draw, 20):
        data[draw(st.sampled_from(["datun", "body", "title", "subpoints", "avsnitt"]))] = draw(
            texts
        )
    return data


def rarely_without_one(draw: st.DrawFn, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with, now and then, a required key left out."""
    if data and wild(draw, 20):
        del data[draw(st.sampled_from(sorted(data)))]
    return data


POINT_NUMBERS = ["1", "3", "3.1", "3.1.", " 2 ", "10.2.3"]
BAD_POINT_NUMBERS = ["a", "3..1", ".1", "1234", "3-1", "", "~", "1e3", "\u0663"]
point_numbers = leaf(pick(POINT_NUMBERS), pick(POINT_NUMBERS + BAD_POINT_NUMBERS))


@st.composite
def points(draw: st.DrawFn, depth: int = 1) -> Any:
    if depth == 0 or draw(st.booleans()):
        return draw(texts)
    more = {"underpunkter": st.lists(points(0)), "nummer": point_numbers}
    return {"text": draw(texts), **optional(draw, more)}


@st.composite
def blocks(draw: st.DrawFn) -> dict[str, Any]:
    least = 0 if wild(draw) else 1
    data = {
        "inledning": draw(texts),
        "punkter": draw(st.lists(points(), min_size=least, max_size=3)),
    }
    data = rarely_without_one(draw, data)
    return {**data, **optional(draw, {"beredningens_inledning": texts})}


@st.composite
def statements(draw: st.DrawFn) -> dict[str, Any]:
    data = {"parti": draw(texts), "ledamöter": draw(names), "text": draw(texts)}
    return rarely_without_one(draw, data)


@st.composite
def outcomes(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 5)) == 0:
        return NULL
    statement_lists = st.lists(statements(), max_size=2)
    position = enum_values("tillstyrker", "avstyrker", "återremitterar", "bordlägger")
    fields = {"ställningstagande": position, "reservationer": statement_lists}
    more = {"särskilda_uttalanden": statement_lists, "ersättaryttranden": statement_lists}
    more |= {"antecknade_yttranden": statement_lists, "yrkanden": st.lists(motions(), max_size=1)}
    return optional(draw, {**fields, **more})


@st.composite
def motions(draw: st.DrawFn) -> dict[str, Any]:
    data = {
        "parti": draw(texts),
        "ledamöter": draw(names),
        "beslutsförslag": draw(st.lists(blocks(), min_size=0 if wild(draw) else 1, max_size=1)),
    }
    return {**rarely_without_one(draw, data), **optional(draw, {"text": texts})}


@st.composite
def referrals(draw: st.DrawFn) -> dict[str, Any]:
    instans = draw(
        st.one_of(st.just(Scalar("Stadsledningskontoret", "Stadsledningskontoret")), texts)
    )
    return {"instans": instans, **optional(draw, {"datum": dates, "avstått": flags})}


def _instans_text(referral: dict[str, Any]) -> Any:
    return _text_of(referral["instans"])


def _instans_loaded(referral: dict[str, Any]) -> Any:
    return _loaded(referral["instans"])


@st.composite
def references(draw: st.DrawFn) -> dict[str, Any]:
    return {"dnr": draw(dnr_values), **optional(draw, {"beskrivning": texts})}


BODIES = ["borgarrådsberedningen", "kommunstyrelsen", "kommunfullmäktige"]
DECISIONS = ["behandlad", "beslutad", "bordlagd", "återremitterad"]
ITEMS = ["1", "12", "9999", "007", " 3 ", "0001"]
BAD_ITEMS = ["0", "10000", "-1", "1.5", "a", "3a", "\u0663", "00010000", ""]
items = leaf(st.one_of(pick(ITEMS), st.just(NULL)), pick(ITEMS + BAD_ITEMS))
meeting_dates = leaf(
    st.dates(dt.date(1, 1, 1)).map(dt.date.isoformat).flatmap(spelled), pick(DATES)
)


@st.composite
def meetings(draw: st.DrawFn) -> dict[str, Any]:
    data = {"organ": draw(enum_values(*BODIES)), "datum": draw(meeting_dates)}
    data = rarely_without_one(draw, data)
    return {**data, **optional(draw, {"punkt": items, "beslut": enum_values(*DECISIONS)})}


@st.composite
def secrecy_marks(draw: st.DrawFn) -> dict[str, Any]:
    heading = st.one_of(st.just(Scalar("Sammanfattning av ärendet", "Sammanfattning av ärendet")))
    data = rarely_without_one(draw, {"grund": draw(texts)})
    return {**data, **optional(draw, {"avsnitt": st.one_of(heading, texts)})}


STATUSES = ["utkast", "remiss", "beredd", "tillstyrkt", "beslutad", "återremitterad", "bordlagd"]
wrong_shapes = st.one_of(
    st.just([]), st.just({}), st.lists(texts, min_size=1, max_size=1), texts.map(lambda t: {"a": t})
)
REQUIRED = {
    "dnr": dnr_values,
    "rotel": rotel_values,
    "rubrik": texts,
    "föredragande": names,
}
OPTIONAL = {
    "övriga_dnr": unique_lists(dnr_values, (_dnr_key, _loaded)),
    "protokollsbilaga": texts,
    "handling": enum_values("PM", "Utlåtande", "Tjänsteutlåtande"),
    "nummer": nummer,
    "uppställning": enum_values("modern", "äldre"),
    "föredragande_text": texts,
    "bilagor": st.lists(texts, max_size=2),
    "underrubriker": st.lists(texts, max_size=2),
    "status": enum_values(*STATUSES),
    "datum": dates,
    "ort": texts,
    "beslutsförslag": st.lists(blocks(), max_size=2),
    "beredningens_beslutsförslag": st.one_of(st.just(NULL), st.lists(blocks(), max_size=2)),
    "utfall": outcomes(),
    "remisser": unique_lists(referrals(), (_instans_text, _instans_loaded)),
    "hänvisningar": st.lists(references(), max_size=2),
    "sekretess": st.lists(secrecy_marks(), max_size=2),
    "sammanträden": st.lists(meetings(), max_size=2),
}


@st.composite
def case_files(draw: st.DrawFn) -> tuple[str, str]:
    """Front matter text, and a body that has a statement from Stadsledningskontoret or not."""
    data = rarely_without_one(draw, {key: draw(value) for key, value in REQUIRED.items()})
    data.update(optional(draw, OPTIONAL))
    if wild(draw):
        data[draw(st.sampled_from([*REQUIRED, *OPTIONAL]))] = draw(wrong_shapes)
    body = draw(st.sampled_from([SUMMARY, f"{SUMMARY}\n{REMISSER}"]))
    return "\n".join(emit(data)) + "\n", body


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(case_files())
def test_schema_error_exactly_when_check_finds_a_field_error(drawn: tuple[str, str]) -> None:
    front_matter, body = drawn
    schema, check = schema_errors(front_matter), field_errors(front_matter, body)
    event("check: field error" if check else "check: no field error")
    assert bool(schema) == bool(check), f"{front_matter}\nschema: {schema}\ncheck: {check}"


# Every bundled case, loaded as an editor loads it.


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_every_bundled_case_validates_under_yaml_1_2(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    front_matter = text.split("---\n")[1]
    assert isinstance(load_yaml12(front_matter).get("datum", ""), str)
    assert schema_errors(front_matter) == []
    assert inspect_case(text).ok


# Each disagreement of the issue, and its neighbours: the same answer from both.

BASE = {
    "dnr": "KS 2024/512",
    "rotel": "II",
    "rubrik": "Badplatsen",
    "föredragande": "[Ingrid Falk]",
}


def front_matter(key: str, value: str) -> str:
    """The base front matter with ``key: value`` (YAML text) set."""
    return "".join(f"{k}: {v}\n" for k, v in {**BASE, key: value}.items())


ACCEPTED = {
    "rotel": ["RI", "i+vii", "Rotel I + rvii", "XIX"],
    "dnr": [
        "KS  2023/886",
        "KS 2023 / 886",
        "' ks2023/886 '",
        "0155 - 1302 / 2015",
        '"KS 2023/886\\n"',
        "023-1083/2008",
        "okänt (lokalt 2008-3)",
    ],
    "handling": ["Tjänsteutlåtande"],
    "uppställning": ["äldre", "modern"],
    "beslutsförslag": [
        "[{inledning: A, punkter: [{text: x, nummer: 3.1}, {text: y, nummer: '1.'}]}]"
    ],
    "nummer": ["2004", "0042", "2016:122", "' 2016:122 '"],
    "datum": ["2023-09-06", "2024-02-29", "~"],
    "remisser": [
        f"[{{instans: A, avstått: {flag}}}]" for flag in ["ja", "' Nej '", "TRUE", "tRuE"]
    ],
    "rubrik": ["2004", "true", ".inf", "'null'", '"\\u200b"'],
    "föredragande": ["[2004, 2005]"],
    "ort": ["' Solna '"],
    "utfall": ["{}", "~"],
    "sammanträden": [
        "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 3}]",
        "[{organ: borgarrådsberedningen, datum: 2023-09-06, punkt: '007', beslut: bordlagd}]",
        "[{organ: kommunfullmäktige, datum: 2024-02-29, punkt: ~}]",
        "[]",
    ],
    "sekretess": ["[{grund: OSL 19:3}]", "[{avsnitt: Sammanfattning av ärendet, grund: 2004}]"],
}
REFUSED = {
    "rotel": ["IIII", "XX", "I+I", "I+i", "RI + rotel i", "I+", "1"],
    "dnr": [
        "KS 2023/886/..",
        '"KS\\u00a02023/886"',
        "KS 2023/12345678",
        "KS 2023/0",
        "okänt",
        "OKANT 2008/3",
    ],
    "nummer": ["abc", "'42'", "'2016:'", '"\\u0662\\u0660\\u0660\\u0664"', "''"],
    "datum": [
        "2023-02-29",
        "2023-02-30",
        "0000-01-01",
        "2023-09-06T00:00:00",
        "1693958400",
        "'2023-09-06 '",
    ],
    "remisser": [f"[{{instans: A, avstått: {flag}}}]" for flag in ["yes", "1", "' true'", "~"]]
    + ["[{instans: A}, {instans: A}]", "[{body: A}]"],
    "föredragande": ["[A, A]", "[]", "['   ']"],
    "övriga_dnr": ["[KS 2023/1, KS 2023/1]"],
    "rubrik": ["'   '", '"\\u3000\\t\\x85"', '"a\\0b"', "~"],
    "underrubriker": ["~"],
    "ort": ["~"],
    "utfall": ["{position: tillstyrker}"],
    "beslutsförslag": [
        "[{inledning: A, punkter: [{text: x, subpoints: [y]}]}]",
        "[{inledning: A, punkter: []}]",
    ],
    "handling": ["pm", "Skrivelse", "Tjänsteutlatande"],
    "uppställning": ["gammal", "Äldre"],
    "status": ["' utkast'"],
    "avsnitt": ["[]"],
    "sammanträden": [
        "[{organ: ks, datum: 2023-09-13}]",
        "[{organ: kommunstyrelsen, datum: 2023-02-30}]",
        "[{organ: kommunstyrelsen}]",
        "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 0}]",
        "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 10000}]",
        "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: '3a'}]",
        "[{organ: kommunstyrelsen, datum: 2023-09-13, beslut: tillstyrkt}]",
        "~",
    ],
    "sekretess": ["[{avsnitt: Ärendet}]", "[{grund: '  '}]", "{grund: OSL 19:3}", "~"],
}


def pairs(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(key, value) for key, values in table.items() for value in values]


@pytest.mark.parametrize(("key", "value"), pairs(ACCEPTED))
def test_both_accept(key: str, value: str) -> None:
    text = front_matter(key, value)
    assert (schema_errors(text), field_errors(text)) == ([], [])


@pytest.mark.parametrize(("key", "value"), pairs(REFUSED))
def test_both_refuse(key: str, value: str) -> None:
    text = front_matter(key, value)
    assert schema_errors(text) and field_errors(text)


# Check-only: the cross-field rules, and the documented limits of a JSON Schema.

CROSS_FIELD = {
    "dnr-upprepat": ("övriga_dnr: [KS 2024/512]\n", SUMMARY),
    "egen-hanvisning": ("hänvisningar: [{dnr: ks 2024/512}]\n", SUMMARY),
    "remiss-avstatt-med-yttrande": (
        "remisser: [{instans: Stadsledningskontoret, avstått: ja}]\n",
        f"{SUMMARY}\n{REMISSER}",
    ),
    "avsnitt-dubblett": ("", f"{SUMMARY}\n{SUMMARY}"),
    "sammantrade-dubblett": (
        "sammanträden: [{organ: kommunstyrelsen, datum: 2023-09-13}, "
        "{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 2}]\n",
        SUMMARY,
    ),
    "beslutad-fore-bordlagd": (
        "sammanträden: [{organ: kommunstyrelsen, datum: 2023-09-13, beslut: beslutad}, "
        "{organ: kommunfullmäktige, datum: 2023-10-02, beslut: bordlagd}]\n",
        SUMMARY,
    ),
    "sammantrade-efter-beslut": (
        "sammanträden: [{organ: kommunstyrelsen, datum: 2023-09-13, beslut: beslutad}, "
        "{organ: kommunfullmäktige, datum: 2023-10-02}]\n",
        SUMMARY,
    ),
    "sekretess-dubblett": ("sekretess: [{grund: OSL 19:3}, {grund: OSL 19:3}]\n", SUMMARY),
    "sekretess-avsnitt-saknas": ("sekretess: [{avsnitt: Ärendet, grund: OSL 19:3}]\n", SUMMARY),
}


def test_the_check_only_list_is_every_error_rule() -> None:
    source = "".join(inspect.getsource(module) for module in (rules, meeting_rules, secrecy))
    codes = re.findall(r'_error\(\s*"([a-z-]+)"', source)
    assert sorted(set(codes)) == sorted(CHECK_ONLY_RULES) == sorted(CROSS_FIELD)


@pytest.mark.parametrize("code", sorted(CROSS_FIELD))
def test_cross_field_rules_are_check_only(code: str) -> None:
    extra, body = CROSS_FIELD[code]
    text = front_matter("rubrik", "Badplatsen") + extra
    report = inspect_case(f"---\n{text}---\n\n{body}")
    assert [p.code for p in report.errors] == [code]
    assert schema_errors(text) == []


# (key, value, check's verdict): the schema gives the other answer. uniqueItems compares
# exact values, and a YAML 1.2 loader keeps a plain number's value, not its spelling.
LIMITS = [
    ("föredragande", "[Anna Berg, anna berg]", "refused"),
    ("föredragande", "[Anna Berg, Anna  Berg]", "refused"),
    ("föredragande", "['2004', 2004]", "refused"),
    ("övriga_dnr", "[KS 2023/1, ks 2023/01]", "refused"),
    ("remisser", "[{instans: A}, {instans: a, datum: 2023-09-06}]", "refused"),
    ("nummer", "42", "refused"),
    ("nummer", "02005", "refused"),
    ("nummer", "+2005", "refused"),
    ("nummer", "2005.0", "refused"),
    ("nummer", "0x7D5", "refused"),
    ("föredragande", "[1, 1.0]", "accepted"),
    ("sammanträden", "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: +3}]", "refused"),
    ("sammanträden", "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 3.0}]", "refused"),
    ("sammanträden", "[{organ: kommunstyrelsen, datum: 2023-09-13, punkt: 0x3}]", "refused"),
]


@pytest.mark.parametrize(("key", "value", "check"), LIMITS)
def test_documented_limits(key: str, value: str, check: str) -> None:
    text = front_matter(key, value)
    refused = bool(field_errors(text))
    assert refused == (check == "refused")
    assert bool(schema_errors(text)) != refused


# What PyYAML's YAML 1.1 loading does (docs/format.md).


def test_pyyaml_reads_dates_as_dates_which_the_schema_refuses() -> None:
    front = (BUNDLED_CASES / "2022" / "ks-2022-1450.md").read_text(encoding="utf-8")
    front = front.split("---\n")[1]
    data = yaml.safe_load(front)
    dated = {("remisser", i, "datum") for i, r in enumerate(data["remisser"]) if "datum" in r}
    dated |= {("sammanträden", i, "datum") for i in range(len(data.get("sammanträden", [])))}
    assert isinstance(data["datum"], dt.date) and len(dated) > 1
    errors = list(VALIDATOR.iter_errors(data))
    assert {tuple(e.absolute_path) for e in errors} == {("datum",), *dated}
    messages = [[e.message, *(c.message for c in e.context)] for e in errors]
    assert all(any("is not of type 'string'" in m for m in found) for found in messages)
    assert schema_errors(front) == []


@pytest.mark.parametrize(
    ("key", "value", "path", "read_as"),
    [
        ("nummer", "2017:41", ["nummer"], 121061),
        ("remisser", "[{instans: A, avstått: yes}]", ["remisser", 0, "avstått"], True),
    ],
)
def test_pyyaml_reads_other_texts_as_numbers_and_booleans(
    key: str, value: str, path: list[Any], read_as: Any
) -> None:
    text = front_matter(key, value)
    data = yaml.safe_load(text)
    assert functools.reduce(operator.getitem, path, data) == read_as
    assert bool(list(VALIDATOR.iter_errors(data))) != bool(field_errors(text))


def test_whitespace_class_is_pythons() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(WHITESPACE, everything) == [c for c in everything if c.isspace()]
