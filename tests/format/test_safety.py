"""Safe reading of untrusted files: YAML without tags or aliases, no YAML 1.1 surprises,
UTF-8 only, merge conflicts recognised, and always a located error instead of a crash."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from pmtui.format import inspect_case, parse_case, serialize_case
from tests.conftest import BUNDLED_CASES

HEAD = "---\ndnr: KS 2024/512\nrotel: II\nrubrik: Badplatsen\nföredragande: [Ingrid Falk]\n"
BODY = "\n## Sammanfattning av ärendet\n\nBadplatsen rustas upp.\n"


def _file(extra: str = "", head: str = HEAD, body: str = BODY) -> str:
    return f"{head}{extra}---\n{body}"


def _only_error(text: str | bytes) -> tuple[int | None, str]:
    report = inspect_case(text, "x.md")
    assert report.case is None or report.errors
    assert report.errors, report.problems
    return report.errors[0].line, report.errors[0].located()


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    text = _file(f'rubrik2: !!python/object/apply:os.system ["touch {target}"]\n')
    line, message = _only_error(text)
    assert (line, "YAML-taggar") == (6, "YAML-taggar") and "YAML-taggar" in message
    assert not target.exists()


@pytest.mark.parametrize(
    "tag", ["!custom x", "!!str x", "!<tag:yaml.org,2002:str> x", "!!binary aGVq"]
)
def test_every_explicit_tag_is_refused(tag: str) -> None:
    assert "YAML-taggar" in _only_error(_file(f"rubrik2: {tag}\n"))[1]


def _alias_bomb() -> str:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        ref = f"*{chr(96 + i)}"
        levels.append(f"{chr(97 + i)}: &{chr(97 + i)} [{','.join([ref] * 9)}]")
    return "\n".join(levels) + "\n"


def test_alias_bomb_is_rejected_fast_and_small() -> None:
    bomb = _alias_bomb()
    assert len(bomb.encode()) <= 1024
    tracemalloc.start()
    started = time.perf_counter()
    line, message = _only_error(_file(bomb))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "alias" in message
    assert line == 6
    assert elapsed < 1.0
    assert peak < 50 * 1024 * 1024


def test_a_single_anchor_or_alias_is_refused() -> None:
    assert "alias" in _only_error(_file("underrubriker: &x [a]\n"))[1]
    assert "alias" in _only_error(_file("underrubriker: [*x]\n"))[1]


@pytest.mark.parametrize(
    ("yaml_value", "expected"),
    [
        ("NO", "NO"),
        ("yes", "yes"),
        ("off", "off"),
        ("1.10", "1.10"),
        ("0755", "0755"),
        ("1:20", "1:20"),
        ("2023-01-01", "2023-01-01"),
        ("0x1F", "0x1F"),
        (".inf", ".inf"),
        ("'null'", "null"),
    ],
)
def test_scalars_stay_text(yaml_value: str, expected: str) -> None:
    case = parse_case(_file(f"underrubriker: [{yaml_value}]\n"))
    assert case.subtitles == [expected]


def test_huge_integer_stays_text_in_a_text_field_and_is_an_error_in_a_date() -> None:
    digits = "9" * 5000
    assert parse_case(_file(head=HEAD.replace("Badplatsen", digits))).title == digits
    line, message = _only_error(_file(f"datum: {digits}\n"))
    assert line == 6 and "datum: väntade ett datum" in message


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13-01", "den 6 september", "20230906"])
def test_invalid_date_is_a_located_error(value: str) -> None:
    line, message = _only_error(_file(f"status: utkast\ndatum: {value}\n"))
    assert line == 7
    assert "x.md:7: datum: väntade ett datum (ÅÅÅÅ-MM-DD)" in message


def test_valid_date_is_a_date() -> None:
    assert str(parse_case(_file("datum: 2023-09-06\n")).date) == "2023-09-06"


@pytest.mark.parametrize("depth", [40, 10_000])
def test_deep_nesting_is_an_error(depth: int) -> None:
    line, message = _only_error(_file(f"underrubriker: {'[' * depth}{']' * depth}\n"))
    assert line == 6
    assert "nästling" in message or "nesting" in message


@pytest.mark.parametrize(
    ("extra", "key"),
    [("rubrik: Igen\n", "rubrik"), ("remisser:\n  - instans: A\n    instans: B\n", "instans")],
)
def test_duplicate_key_is_an_error_naming_the_key(extra: str, key: str) -> None:
    _, message = _only_error(_file(extra))
    assert f"nyckeln '{key}' förekommer två gånger" in message


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("- a\n- b\n", 2, "inte en lista"),
        ("bara text\n", 2, "inte 'bara text'"),
    ],
)
def test_front_matter_must_be_a_mapping(text: str, line: int, fragment: str) -> None:
    found_line, message = _only_error(f"---\n{text}---\n{BODY}")
    assert found_line == line and fragment in message and "mappning" in message


def test_missing_or_unclosed_front_matter_is_a_clear_error() -> None:
    assert "börja med en rad '---'" in _only_error(BODY)[1]
    assert "börja med en rad '---'" in _only_error("")[1]
    assert "avslutas aldrig" in _only_error(HEAD + BODY)[1]


def test_empty_front_matter_reports_the_missing_keys() -> None:
    report = inspect_case("---\n---\n" + BODY)
    assert {p.field for p in report.errors} == {"dnr", "rotel", "rubrik", "föredragande"}


def test_latin1_file_gets_an_error_that_says_utf8() -> None:
    line, message = _only_error(_file().encode("latin-1"))
    assert line == 5 and "inte UTF-8" in message


def test_conflict_markers_are_an_unresolved_merge_with_its_line() -> None:
    body = "\n## Beredning\n\n<<<<<<< HEAD\nEtt.\n=======\nTvå.\n>>>>>>> annan\n"
    line, message = _only_error(_file(body=body))
    assert line == 10 and "olöst sammanslagning" in message


def test_unknown_key_names_the_closest_known_key() -> None:
    report = inspect_case(_file("statsu: utkast\nreservationer: []\n"))
    messages = [p.located() for p in report.errors]
    assert any("statsu: okänd nyckel; menade du 'status'?" in m for m in messages)
    assert any("reservationer: okänd nyckel" in m for m in messages)
    nested = inspect_case(_file("utfall:\n  reservationr: []\n"))
    assert "menade du 'reservationer'?" in nested.errors[0].message


def test_nul_byte_is_an_error() -> None:
    assert "NUL" in _only_error(_file(body=BODY + "\x00"))[1]


def test_never_an_exception_for_garbage() -> None:
    for data in [
        b"\xff\xfe\x00",
        b"---\n\t- [\n---\n",
        b"---\n? [a, b]\n: c\n---\n",
        b"---\n:\n---\n",
    ]:
        report = inspect_case(data)
        assert report.errors and all(p.line is not None for p in report.errors)


def test_bom_and_crlf_warnings_are_kept_beside_errors() -> None:
    data = ("\ufeff" + _file(head=HEAD.replace("rotel: II\n", ""))).replace("\n", "\r\n")
    report = inspect_case(data.encode("utf-8"), "x.md")
    assert [p.code for p in report.warnings] == ["bom", "crlf"]
    assert [p.located() for p in report.errors] == ["x.md:2: rotel: saknas (obligatoriskt)"]


def test_front_matter_comments_are_warned_about_since_formatting_drops_them() -> None:
    extra = (
        "# en kommentar\n"
        "underrubriker: ['a # inte en kommentar', b#c] # en till\n"
        "utfall:\n  reservationer:\n    - parti: M\n      ledamöter: [A]\n"
        "      text: |\n        # Inte en kommentar.\n        Text.\n"
    )
    report = inspect_case(_file(extra), "x.md")
    assert report.ok
    assert [(p.code, p.line) for p in report.warnings] == [("kommentar", 6), ("kommentar", 7)]
    assert "tas bort när filen formateras" in report.warnings[0].message
    assert report.case is not None and report.case.subtitles == ["a # inte en kommentar", "b#c"]
    written = serialize_case(report.case)
    assert "# en kommentar" not in written and "en till" not in written


def test_canonical_files_never_look_commented() -> None:
    for path in sorted(BUNDLED_CASES.rglob("*.md")):
        assert inspect_case(path.read_bytes()).warnings == []
    case = parse_case(_file("underrubriker: ['x #y', '#z']\n"))
    assert inspect_case(serialize_case(case)).warnings == []
