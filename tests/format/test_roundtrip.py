"""Round trips: parse(serialize(case)) == case for generated cases; files stay byte-identical."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from pmtui.format import inspect_case, parse_case, serialize_case
from pmtui.model import Case
from tests.conftest import BUNDLED_CASES
from tests.format.strategies import cases


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_parse_of_serialized_case_gives_the_same_case(case: Case) -> None:
    text = serialize_case(case)
    report = inspect_case(text)
    assert report.case == case
    assert report.canonical
    assert [p.code for p in report.problems if p.code in ("kommentar", "bom", "crlf")] == []


def test_every_bundled_case_is_canonical() -> None:
    files = sorted(BUNDLED_CASES.rglob("*.md"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        report = inspect_case(text, str(path))
        assert report.errors == [], path
        assert report.canonical, path
        assert serialize_case(parse_case(text)) == text, path
