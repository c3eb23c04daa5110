"""Rotel: Roman numerals, joint rotlar, prefixes tolerated, nonsense refused."""

from __future__ import annotations

import pytest

from pmtui.model.rotel import parse_rotel, rotlar
from tests.model.helpers import make_case


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("I", "I"),
        ("vii", "VII"),
        ("RI", "I"),
        ("Rotel I", "I"),
        ("rotel  ix", "IX"),
        ("I+VII", "I+VII"),
        ("RI+VII", "I+VII"),
        ("i + vii", "I+VII"),
        ("RI+RVII", "I+VII"),
        ("XIV", "XIV"),
    ],
)
def test_rotel_forms_are_made_canonical(text: str, canonical: str) -> None:
    assert parse_rotel(text) == canonical


@pytest.mark.parametrize(
    "text", ["", "0", "IIII", "VV", "IC", "I+", "+I", "I+I", "A", "1", "I VII"]
)
def test_invalid_rotel_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="ogiltig rotel"):
        parse_rotel(text)


def test_joint_rotel_splits_into_its_rotlar() -> None:
    assert rotlar("I+VII") == ["I", "VII"]
    assert make_case(rotel="ri+vii").rotel == "I+VII"
