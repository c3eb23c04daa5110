"""docs/reliability.md lists every fault case once, and what it names as covering tests
exists: code that cites a fault id can be followed to its tests."""

from __future__ import annotations

import re

from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "reliability.md"
_KEYS = re.compile(r"\b(?:keys?|Ctrl|Alt|Shift)\b", re.IGNORECASE)
ROW = re.compile(r"^\| (F\d+) \|.*\| ([^|]+) \|$", re.MULTILINE)


def _rows() -> dict[str, str]:
    rows = ROW.findall(DOC.read_text(encoding="utf-8"))
    assert len(rows) == len({fault for fault, _ in rows}), "a fault id is listed twice"
    return dict(rows)


def test_every_fault_case_is_listed_in_order() -> None:
    faults = list(_rows())
    assert len(faults) >= 35
    assert faults == [f"F{n}" for n in range(1, len(faults) + 1)]


def test_every_named_test_file_exists_and_open_cases_name_their_issue() -> None:
    for fault, covered in _rows().items():
        files = re.findall(r"`(tests/[^`]+\.py)`", covered)
        assert files or re.search(r"open: .*\(issue \d+\)", covered), fault
        assert [f for f in files if not (REPO_ROOT / f).is_file()] == [], fault


def test_code_cites_only_listed_faults_and_says_where_they_are() -> None:
    listed = set(_rows())
    for path in (REPO_ROOT / "src" / "pmtui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\((?:[^()]*, )?(F\d+)[^()]*\)", text):
            if _KEYS.search(match.group()):
                continue  # function keys, not fault ids: "(keys F2, F3)", "(F12 or Ctrl+B)"
            assert match.group(1) in listed, path
            assert "docs/reliability.md" in match.group(), f"{path}: {match.group()}"
