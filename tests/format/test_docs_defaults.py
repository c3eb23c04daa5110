"""docs/format.md says which keys `pmtui fmt` always writes and which defaults it leaves
out; the writer does exactly that."""

from __future__ import annotations

import re

from pmtui.format import parse_case, serialize_case
from pmtui.format.emit import front_matter_data
from pmtui.model import Case
from tests.conftest import REPO_ROOT

FORMAT_DOC = REPO_ROOT / "docs" / "format.md"


def _always_written_in_docs() -> list[str]:
    text = " ".join(FORMAT_DOC.read_text(encoding="utf-8").split())
    match = re.search(r"These keys are always written, [^:]*: ([^.]*)\.", text)
    assert match, "docs/format.md no longer says which keys are always written"
    return re.findall(r"`([^`]+)`", match.group(1))


def _minimal_case() -> Case:
    return Case.model_validate(
        {"dnr": "KS 2024/1", "rotel": "I", "rubrik": "R", "föredragande": ["Anna Andersson"]}
    )


def test_a_case_of_defaults_writes_exactly_the_keys_the_docs_name() -> None:
    assert list(front_matter_data(_minimal_case())) == _always_written_in_docs()


def test_the_documented_defaults_are_left_out_and_read_back() -> None:
    text = serialize_case(_minimal_case())
    assert "status: utkast" in text and "handling: PM" in text
    assert "ort:" not in text and "utfall:" not in text and "remisser:" not in text
    assert parse_case(text) == _minimal_case()


def test_a_place_other_than_stockholm_is_written() -> None:
    case = _minimal_case().model_copy(update={"place": "Bryssel"})
    assert front_matter_data(case)["ort"] == "Bryssel"
