"""The list's row of a case and the full check (``inspect_case``) agree.

The list validates the fields it shows (dnr, rubrik, rotel, föredragande, status, datum,
arkiverad) exactly as the case model does; the rest of a file (the body, other front
matter) is checked when the case is opened (docs/decisions.md). Over the bundled cases and
every file of tests/bad_inputs: a row is flagged only when the full check refuses the
file, and every file whose refusal concerns a listed field (or the file as a whole:
encoding, front matter) is flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.format.casefile import inspect_case
from pmtui.store import summary
from pmtui.store.summary import summarize
from tests.conftest import BUNDLED_CASES, REPO_ROOT

FILES = sorted((REPO_ROOT / "tests" / "bad_inputs").glob("*.md")) + sorted(
    BUNDLED_CASES.rglob("*.md")
)
LISTED = ("dnr", "rubrik", "rotel", "föredragande", "status", "datum", "arkiverad")
# What the list does not read: the body and the front matter's other entries.
NOT_LISTED = {
    "08-git-conflict-markers.md", "09-yaml-alias-bomb.md", "10-python-tag.md",
    "15-deeply-nested-list.md", "20-decision-block-without-points.md",
    "21-subpoints-without-text.md", "22-declined-referral-with-statement.md",
    "23-own-dnr-referenced.md", "24-section-twice.md", "25-text-before-first-section.md",
    "26-level-one-heading.md", "27-sections-in-front-matter.md", "28-yaml-syntax-error.md",
    "29-nul-byte.md", "30-unclosed-code-fence.md", "31-statement-without-members.md",
    "34-document-number-invalid.md", "35-declined-not-yes-or-no.md",
    "36-point-is-a-list.md", "37-unknown-nested-key.md",
}  # fmt: skip


def _listed_field(field: str) -> bool:
    return field.split(".")[0].split("[")[0] in LISTED


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_row_and_the_full_check_agree(path: Path) -> None:
    data = path.read_bytes()
    report, row = inspect_case(data), summarize(data)
    error = row[-1]
    if error is not None:
        assert not report.ok, error  # never a false alarm
    if report.ok:
        case = report.case
        assert case is not None and error is None
        dnr = case.dnr
        assert row[:6] == (
            dnr.registry,
            dnr.year,
            dnr.serial,
            case.title,
            case.rotel,
            tuple(case.presenters),
        )
        assert row[6] == case.status.value and row[8] == case.archived
        assert row[7] == (case.date.toordinal() if case.date else None)
    elif error is None:  # the list is silent only about what it does not show
        assert path.name in NOT_LISTED
        assert not any(_listed_field(p.field) for p in report.errors)
    else:
        assert path.name not in NOT_LISTED


def _variants() -> list[bytes]:
    """Front matters with each listed field valid, invalid, repeated or odd."""
    values = {
        "rotel": ["I", "i", "R IX", "IIII", "I+I", "~"],
        "status": ["utkast", "beslutad", "klar", "Utkast"],
        "datum": ["2023-02-28", "2023-02-30", "2024-02-29", "igår"],
        "arkiverad": ["ja", "Nej", "true", "kanske"],
        "rubrik": ["Budget", "  Två  ord ", "~", "'citat'"],
    }
    base = {"dnr": "KS 2023/886", "rubrik": "R", "rotel": "I", "status": "utkast"}
    texts: list[bytes] = []
    for key, options in values.items():
        for value in options:
            for names in (["Anna Berg"], ["Anna Berg", "anna berg"], ["Anna Berg", "Bo Ek"]):
                fields = {**base, key: value}
                lines = [f"{k}: {v}" for k, v in fields.items()]
                lines += ["föredragande:", *(f"  - {name}" for name in names)]
                texts.append(("---\n" + "\n".join(lines) + "\n---\n").encode())
    return texts


def test_remembered_values_give_the_rows_of_a_fresh_check() -> None:
    """Rotel, names, status, date and flag are validated once per value and then looked
    up: the rows are those of validating every value anew."""
    texts = _variants() + [p.read_bytes() for p in FILES]
    fresh = []
    for data in texts:
        summary._MEMO.clear()
        fresh.append(summarize(data))
    assert [summarize(data) for data in texts] == fresh
    assert [summarize(data) for data in reversed(texts)] == fresh[::-1]
    assert any(row[-1] for row in fresh) and any(row[-1] is None for row in fresh)
