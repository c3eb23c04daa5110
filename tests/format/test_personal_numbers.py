"""The personal-number finder (issue 15): every valid personnummer and samordningsnummer
in every form is found and masked; digit runs that fail the Luhn check or name no date,
dnr, dates, phone numbers and amounts are not; and the bundled and corpus texts give no
false positives at all.

The numbers are generated here, never taken from people: a date, three serial digits and
the Luhn check digit computed for them. Where the form carries the century, the dates lie
in the 2090s (or, with ``+``, the 1800s), so that they cannot be anyone's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bench.corpus import case_text
from hypothesis import given
from hypothesis import strategies as st

from pmtui.format.personal_numbers import (
    HitKind,
    PatternError,
    compile_patterns,
    find_personal_numbers,
    luhn_valid,
    scan_case_file,
)
from pmtui.model.dnr import Dnr
from tests.conftest import REPO_ROOT

FORMS = ("12", "12-", "10", "10-", "10+")
CORPUS_CASES = 300


def check_digit(nine: str) -> str:
    """The Luhn check digit that completes ``nine`` digits."""
    return next(str(d) for d in range(10) if luhn_valid(nine + str(d)))


def number(day: dt.date, serial: int, form: str, coordination: bool = False) -> str:
    """A valid number for ``day`` in ``form`` (``12``, ``12-``, ``10``, ``10-``, ``10+``)."""
    date = f"{day:%y%m}{day.day + (60 if coordination else 0):02d}"
    ten = date + f"{serial:03d}"
    ten += check_digit(ten)
    century = f"{day.year // 100}" if form.startswith("12") else ""
    separator = form[2:]
    return f"{century}{ten[:6]}{separator}{ten[6:]}"


def unreal_day(form: str) -> st.SearchStrategy[dt.date]:
    """Dates no living person was born on when the form tells the century."""
    if form == "10+":
        return st.dates(dt.date(1850, 1, 1), dt.date(1899, 12, 31))
    return st.dates(dt.date(2090, 1, 1), dt.date(2099, 12, 31))


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, HitKind, str]:
    form = draw(st.sampled_from(FORMS))
    coordination = draw(st.booleans())
    text = number(draw(unreal_day(form)), draw(st.integers(0, 999)), form, coordination)
    kind = HitKind.SAMORDNINGSNUMMER if coordination else HitKind.PERSONNUMMER
    return text, kind, form


BEFORE = st.sampled_from(["", "(", "pnr ", "nr: ", "\t", "och ", "\n", "'", "**"])
AFTER = st.sampled_from(["", ")", ",", ".", ";", " och", "\n", "'", "**"])


@given(valid_numbers(), BEFORE, AFTER)
def test_every_valid_number_is_found_in_every_form(
    found: tuple[str, HitKind, str], before: str, after: str
) -> None:
    text, kind, _ = found
    hits = find_personal_numbers(f"Sökande {before}{text}{after} här.")
    assert [hit.kind for hit in hits] == [kind]
    assert hits[0].masked == text[:-4] + "••••"  # the last four digits never shown


@given(valid_numbers(), st.integers(1, 9))
def test_a_wrong_check_digit_is_not_found(found: tuple[str, HitKind, str], change: int) -> None:
    text, _, _ = found
    wrong = text[:-1] + str((int(text[-1]) + change) % 10)
    assert find_personal_numbers(f"Nummer {wrong} här.") == []


@given(valid_numbers(), st.sampled_from("0123456789"), st.sampled_from(["", "-", "/", "."]))
def test_a_number_inside_a_longer_digit_run_is_not_found(
    found: tuple[str, HitKind, str], digit: str, joiner: str
) -> None:
    text, _, _ = found
    assert find_personal_numbers(f"x {text}{joiner}{digit} y") == []
    assert find_personal_numbers(f"x {digit}{joiner}{text} y") == []


def test_a_full_stop_after_a_number_ends_it_but_a_decimal_joins_it() -> None:
    valid = number(dt.date(2091, 3, 14), 123, "12-")
    assert len(find_personal_numbers(f"Numret är {valid}.")) == 1
    assert find_personal_numbers(f"Beloppet {valid}.5 kr") == []
    assert find_personal_numbers(f"Beloppet {valid},50 kr") == []


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("911301", "month 13"),
        ("910001", "month 0"),
        ("910132", "day 32"),
        ("910230", "30 February"),
        ("910100", "day 0"),
        ("910192", "samordningsnummer day 92"),
        ("910231", "31 February"),
        ("910145", "day 45: neither a day nor a day + 60"),
        ("010229", "29 February 1901 and 2001"),
    ],
)
def test_impossible_dates_are_not_found(date: str, why: str) -> None:
    ten = date + "123"
    ten += check_digit(ten)
    for text in (ten, f"{ten[:6]}-{ten[6:]}", f"20{ten}", f"19{ten[:6]}-{ten[6:]}"):
        assert find_personal_numbers(f"Nummer {text}.") == [], why


def test_the_century_decides_29_february() -> None:
    ten = "000229" + "456"
    ten += check_digit(ten)
    assert len(find_personal_numbers(ten)) == 1  # 2000 was a leap year
    assert find_personal_numbers(f"19{ten}") == []  # 1900 was not
    assert len(find_personal_numbers(f"20{ten}")) == 1


def test_a_century_outside_1800_to_2099_is_not_found() -> None:
    ten = "910314" + "123"
    ten += check_digit(ten)
    assert len(find_personal_numbers(f"20{ten}")) == 1
    assert find_personal_numbers(f"21{ten}") == []
    assert find_personal_numbers(f"17{ten}") == []


def test_samordningsnummer_is_named_as_such() -> None:
    text = number(dt.date(2092, 5, 31), 42, "12-", coordination=True)
    assert text[6:8] == "91"
    [hit] = find_personal_numbers(text)
    assert hit.kind is HitKind.SAMORDNINGSNUMMER
    assert hit.described == "samordningsnummer 20920591-••••"


NOT_NUMBERS = [
    "KS 2023/886",
    "Dnr 155-1302/2015 och KS 2021/733",
    "Mötet 2023-09-06, beslut 2023-09-20 och 20230906.",
    "Ring 08-508 290 00 eller 070-123 45 67, fax +46 8 508 290 00.",
    "Kostnaden är 1 234 567 kr (1234567 kr), 12 345,50 kr eller 2,5 mnkr.",
    "Organisationsnummer 212000-0142 (Stockholms stad).",
    "Bankgiro 5050-1055, plusgiro 12 34 56-7, postnummer 105 35 Stockholm.",
    "Perioden 2023–2025 och 2024-2026; kl. 13.00–15.30; 90 % av 160 städer.",
    "ISBN 978-91-7671-123-4 och SFS 2017:725, prop. 2016/17:180.",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_dnr_dates_phone_numbers_and_amounts_are_not_found(text: str) -> None:
    assert find_personal_numbers(text) == []


@given(st.dates(dt.date(1850, 1, 1), dt.date(2099, 12, 31)), st.integers(1, 99999))
def test_iso_dates_and_dnr_are_never_found(day: dt.date, serial: int) -> None:
    assert find_personal_numbers(f"{day.isoformat()} {day:%Y%m%d} {day:%y%m%d}") == []
    assert find_personal_numbers(f"KS {day.year}/{serial} och {serial}-{serial}/{day.year}") == []


def test_hits_give_line_and_column() -> None:
    valid = number(dt.date(2093, 1, 2), 7, "10-")
    [hit] = find_personal_numbers(f"Första raden.\nAndra: {valid}")
    assert (hit.line, hit.column) == (2, 8)


def test_own_patterns_are_found_masked_and_bad_ones_are_named() -> None:
    patterns = compile_patterns([r"\bkund-\d{5}\b", r"hemlig"])
    hits = find_personal_numbers("Ärendet gäller kund-12345 och är hemligt.", patterns)
    assert [(hit.kind, hit.pattern_number, hit.column) for hit in hits] == [
        (HitKind.OWN_PATTERN, 1, 16),
        (HitKind.OWN_PATTERN, 2, 34),
    ]
    assert hits[0].masked == "••••••••••" and "12345" not in hits[0].described
    assert hits[0].described == "eget mönster 1 ••••••••••"
    with pytest.raises(PatternError) as bad:
        compile_patterns(["ok", "x(", ""])
    assert bad.value.number == 2
    assert "värde 2 ('x(')" in bad.value.message and "tecken 2" in bad.value.message
    with pytest.raises(PatternError, match="tomt"):
        compile_patterns([" "])


def test_an_own_pattern_that_matches_a_number_gives_one_hit() -> None:
    valid = number(dt.date(2094, 6, 7), 1, "12-")
    hits = find_personal_numbers(valid, compile_patterns([r"\d{8}-\d{4}"]))
    assert [hit.kind for hit in hits] == [HitKind.PERSONNUMMER]


def test_hits_in_a_case_name_the_field_or_section(seed_case_text: str) -> None:
    first = number(dt.date(2095, 2, 3), 111, "10-")
    second = number(dt.date(2096, 4, 5), 222, "12")
    text = seed_case_text.replace(
        "instans: Stadsledningskontoret", f"instans: Stadsledningskontoret {first}"
    ).replace(
        "Ärendet har beretts av stadsledningskontoret.\n\nStadsledningskontoret anser",
        f"Ärendet har beretts av stadsledningskontoret.\n\nSökande {second} anser",
    )
    hits = scan_case_file(text)
    lines = text.split("\n")
    assert [hit.part for hit in hits] == ["remisser[1].instans", "avsnitt 'Beredning'"]
    assert first in lines[hits[0].line - 1] and second in lines[hits[1].line - 1]


def test_a_file_that_is_no_case_is_still_scanned() -> None:
    valid = number(dt.date(2097, 8, 9), 5, "10+")
    assert [h.part for h in scan_case_file(f"---\nrubrik: [{valid}\n---\n")] == ["front matter"]
    assert [h.part for h in scan_case_file(f"Ingen front matter: {valid}")] == ["brödtexten"]
    assert [h.part for h in scan_case_file(f"---\nrubrik: {valid}\n")] == ["brödtexten"]


def _bundled_texts() -> list[Path]:
    folders = [REPO_ROOT / "cases", REPO_ROOT / "src" / "pmtui" / "examples"]
    folders += [REPO_ROOT / "tests" / "data", REPO_ROOT / "tests" / "bad_inputs"]
    return sorted(p for f in folders for p in f.rglob("*") if p.suffix in (".md", ".txt"))


def test_no_false_positives_in_the_bundled_texts() -> None:
    paths = _bundled_texts()
    assert len(paths) >= 50  # the bundled cases, the demo, the seed text and the bad inputs
    found = {
        str(path.relative_to(REPO_ROOT)): hits
        for path in paths
        if (hits := scan_case_file(path.read_text(encoding="utf-8", errors="replace")))
    }
    assert found == {}


def test_no_false_positives_in_the_corpus() -> None:
    texts = [
        case_text(15, index, Dnr.parse(f"KS {2016 + index % 10}/{index + 1}"), _day(index))
        for index in range(CORPUS_CASES)
    ]
    assert [hit for text in texts for hit in scan_case_file(text)] == []


def _day(index: int) -> dt.date:
    return dt.date(2016 + index % 10, 1, 1) + dt.timedelta(days=index % 365)
