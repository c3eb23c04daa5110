"""pmtui check, fmt, schema and show: exit codes, output, and files on disk."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from pmtui.cli.main import main
from pmtui.format import parse_case
from pmtui.format.render import render_text
from pmtui.model.prose import normalize_whitespace
from tests.conftest import BUNDLED_CASES, REPO_ROOT, SEED_TEXT

SEED_FILE = BUNDLED_CASES / "2023" / "ks-2023-886.md"
CASE_FILES = sorted(BUNDLED_CASES.rglob("*.md"))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a copy of the bundled cases, as the current directory."""
    shutil.copytree(BUNDLED_CASES, tmp_path / "cases")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmtui.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def _non_canonical(path: Path) -> bytes:
    data = path.read_text(encoding="utf-8").replace("föredragande:\n  - ", "föredragande: [", 1)
    data = data.replace("\nstatus:", "]\nstatus:", 1)
    path.write_text(data, encoding="utf-8")
    return data.encode("utf-8")


# check


def test_check_all_cases_exits_0(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{len(CASE_FILES)} filer kontrollerade: inga fel" in captured.err


def test_check_invalid_file_exits_1_with_located_messages(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = repo / "cases" / "2023" / "ks-2023-886.md"
    bad.write_text(bad.read_text(encoding="utf-8").replace("status: tillstyrkt", "status: klar"))
    assert main(["check", "cases"]) == 1
    captured = capsys.readouterr()
    assert "cases/2023/ks-2023-886.md:10: status: väntade ett av" in captured.out
    assert "1 fel i 1 fil," in captured.err


def test_check_prints_warnings_but_exits_0(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "cases" / "2025" / "ks-2025-214.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("## Mina synpunkter", "## Våra synpunkter")
    )
    assert main(["check", str(path)]) == 0
    assert "varning: avsnitt 'Våra synpunkter'" in capsys.readouterr().out


def test_usage_errors_exit_2() -> None:
    missing = _run("check", "cases/finns-inte.md", cwd=REPO_ROOT)
    assert missing.returncode == 2 and "finns inte" in missing.stderr
    option = _run("check", "--okand", cwd=REPO_ROOT)
    assert option.returncode == 2 and "Traceback" not in option.stderr
    command = _run("inget-kommando", cwd=REPO_ROOT)
    assert command.returncode == 2


def test_check_in_a_subprocess_of_the_bundled_cases() -> None:
    result = _run("check", "cases", cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


# fmt


def test_fmt_check_lists_files_and_changes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "cases" / "2023" / "ks-2023-886.md"
    before = _non_canonical(path)
    assert main(["fmt", "--check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "skulle formateras om: cases/2023/ks-2023-886.md"
    assert path.read_bytes() == before


def test_fmt_writes_the_canonical_form_atomically(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "cases" / "2023" / "ks-2023-886.md"
    _non_canonical(path)
    path.chmod(0o640)
    inode = path.stat().st_ino
    assert main(["fmt", str(path)]) == 0
    assert path.read_bytes() == SEED_FILE.read_bytes()
    assert path.stat().st_ino != inode  # replaced by rename, never rewritten in place
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["ks-2023-886.md"]
    assert "formaterade om: " in capsys.readouterr().out
    assert main(["fmt", "--check"]) == 0


def test_fmt_normalises_bom_and_crlf(repo: Path) -> None:
    path = repo / "cases" / "2021" / "ks-2021-733.md"
    original = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n"))
    assert main(["fmt", "--check", str(path)]) == 1
    assert main(["fmt", str(path)]) == 0
    assert path.read_bytes() == original


def test_fmt_leaves_canonical_files_untouched(repo: Path) -> None:
    stats = {p: p.stat().st_mtime_ns for p in (repo / "cases").rglob("*.md")}
    assert main(["fmt"]) == 0
    assert {p: p.stat().st_mtime_ns for p in stats} == stats


# schema


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _front_matter(path: Path) -> Any:
    return _iso(yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1]))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    result = _run("schema", cwd=REPO_ROOT)
    assert result.returncode == 0
    parsed: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(parsed)
    return parsed


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_schema_accepts_every_bundled_case(schema: dict[str, Any], path: Path) -> None:
    jsonschema.validate(_front_matter(path), schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("föredragande", 42),
        ("status", "klar"),
        ("föredragnde", ["A"]),
        ("dnr", "../x"),
        ("rotel", "I-V"),
        ("rotel", "IIII"),
        ("nummer", "abc"),
        ("föredragande", ["A", "A"]),
        ("rubrik", "   "),
    ],
)
def test_schema_refuses_bad_front_matter(schema: dict[str, Any], key: str, value: Any) -> None:
    data = _front_matter(SEED_FILE)
    data[key] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_schema_describes_keys_in_swedish(schema: dict[str, Any]) -> None:
    assert "avsnitt" not in schema["properties"]
    assert schema["properties"]["föredragande"]["description"].startswith("Föredragande borgarråd")


# show


@pytest.mark.parametrize(
    "argument", ["KS 2023/886", "ks 2023/886", "ks-2023-886", "cases/2023/ks-2023-886.md"]
)
def test_show_finds_the_case_by_dnr_slug_or_path(
    argument: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    assert main(["show", argument]) == 0
    shown = capsys.readouterr().out
    assert normalize_whitespace(shown) == normalize_whitespace(
        SEED_TEXT.read_text(encoding="utf-8")
    )


def test_show_json_has_every_part_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(REPO_ROOT), "show", "KS 2023/886", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    case = parse_case(SEED_FILE.read_bytes())
    assert data == case.model_dump(mode="json", by_alias=True)
    assert data["dnr"] == "KS 2023/886" and data["rotel"] == "I"
    assert data["underrubriker"] == ["New York, USA, den 19-21 september 2023"]
    assert data["föredragande"] == ["Karin Wanngård"] and data["datum"] == "2023-09-06"
    assert data["beslutsförslag"][0]["beredningens_inledning"].startswith("Borgarrådsberedningen")
    assert data["utfall"]["ställningstagande"] == "tillstyrker"
    assert data["remisser"] == [
        {"instans": "Stadsledningskontoret", "datum": "2023-08-22", "avstått": False}
    ]
    assert data["hänvisningar"][0]["dnr"] == "155-1302/2015"
    dumped = json.dumps(data, ensure_ascii=False)
    for section in case.sections:
        assert section.heading in dumped
        for sub in section.subsections:
            assert all(p in dumped for p in sub.paragraphs)
        assert all(p in dumped for p in section.paragraphs)
    rendered = normalize_whitespace(render_text(case))
    assert rendered == normalize_whitespace(SEED_TEXT.read_text(encoding="utf-8"))


def test_show_unknown_or_invalid_case_exits_1_or_2(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "KS 1999/1"]) == 1
    assert "hittar inget ärende" in capsys.readouterr().err
    assert main(["show", "../../etc/passwd"]) == 2
    assert "varken ett diarienummer" in capsys.readouterr().err
    path = repo / "cases" / "2023" / "ks-2023-886.md"
    path.write_text(path.read_text(encoding="utf-8").replace("rotel: I\n", "rotel: Q\n"))
    assert main(["show", "KS 2023/886"]) == 1
    assert "cases/2023/ks-2023-886.md:4: rotel: ogiltig rotel" in capsys.readouterr().err


def test_show_escapes_control_characters(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo / "cases" / "2023" / "ks-2023-886.md"
    text = path.read_text(encoding="utf-8").replace(
        "rubrik: Strong Cities Network Global Summit", 'rubrik: "Strong\\e]0;pwned\\a Cities"'
    )
    path.write_text(text, encoding="utf-8")
    assert main(["show", "ks-2023-886"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b]0;pwned\\x07" in out


def test_debug_environment_is_not_needed_for_clean_errors(repo: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PMTUI_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "pmtui.cli.main", "show", "KS 1999/1"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_folders_skip_hidden_folders(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hidden = repo / "cases" / ".venv" / "pkg"
    hidden.mkdir(parents=True)
    (hidden / "README.md").write_text("# Inte ett ärende\n", encoding="utf-8")
    assert main(["check", "cases"]) == 0
    assert f"{len(CASE_FILES)} filer kontrollerade: inga fel" in capsys.readouterr().err


def test_fmt_never_replaces_a_symlink(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "case.md"
    target = repo / "cases" / "2023" / "ks-2023-886.md"
    before = _non_canonical(target)
    target.rename(outside)
    target.symlink_to(outside)
    assert main(["fmt", str(target)]) == 1
    assert target.is_symlink()
    assert outside.read_bytes() == before


def test_check_warns_when_a_case_is_not_where_its_dnr_puts_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = repo / "cases" / "2021" / "ks-2021-734.md"
    (repo / "cases" / "2021" / "ks-2021-733.md").rename(moved)
    outside = repo / "utkast.md"
    shutil.copy(SEED_FILE, outside)
    assert main(["check", "cases", str(outside)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == (
        "cases/2021/ks-2021-734.md: varning: dnr: filen ligger inte där diarienumret anger "
        "(cases/2021/ks-2021-733.md); pmtui hittar den inte via dnr"
    )
