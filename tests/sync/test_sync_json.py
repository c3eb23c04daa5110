"""``pmtui status --json`` and ``pmtui sync --json`` are strict JSON with no raw control
character, and give texts back exactly (docs/reliability.md, F32; the other commands'
``--json`` are fuzzed in tests/cli/test_json_output.py): an author's name and a title
full of terminal escapes travel through the early warning and the merge log."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from pmtui.format import parse_case, serialize_case
from tests.conftest import BUNDLED_CASES, git, run_cli
from tests.sync.conftest import MEMBERS, SEED_PATH, edit

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
NASTY = 'R \x1b[2J\x1b]52;c;aGk=\x07\x9b31m\\"\\u0000\u2028\ufeff😀\x85\x7f'
NASTY_AUTHOR = "Anna \x1b[31mAndersson\x9b\u2028"


def parsed(output: str) -> Any:
    data = json.loads(output, strict=True)
    assert CONTROL.search(output.replace("\n", "")) is None
    return data


def clones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A seed repository pushed to a local bare one (the file transport), cloned twice."""
    seed = tmp_path / "seed"
    assert run_cli(capsys, "init", str(seed))[0] == 0
    (seed / "cases" / "2023").mkdir()
    shutil.copy(BUNDLED_CASES / "2023" / "ks-2023-886.md", seed / SEED_PATH)
    git(seed, "add", SEED_PATH)
    git(seed, "commit", "--quiet", "-m", "nytt")
    git(tmp_path, "clone", "--quiet", "--bare", str(seed), "remote.git")
    pair = []
    for name in ("a", "b"):
        git(tmp_path, "clone", "--quiet", str(tmp_path / "remote.git"), name)
        assert run_cli(capsys, "--repo", str(tmp_path / name), "git-setup")[0] == 0
        pair.append(tmp_path / name)
    return pair[0], pair[1]


def test_status_and_sync_json_escape_every_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = clones(tmp_path, capsys)
    case = parse_case((b / SEED_PATH).read_text(encoding="utf-8"))
    text = serialize_case(case.model_copy(update={"title": NASTY}))
    title = parse_case(text).title  # what pmtui reads back from the file
    assert CONTROL.search(title) and CONTROL.search(NASTY_AUTHOR)
    (b / SEED_PATH).write_text(text, encoding="utf-8")
    monkeypatch.setenv("GIT_AUTHOR_NAME", NASTY_AUTHOR)
    git(b, "commit", "--quiet", "-am", "B")
    monkeypatch.delenv("GIT_AUTHOR_NAME")
    git(b, "push", "--quiet", "origin", "main")
    edit(a, MEMBERS, MEMBERS.replace("ca 160", "ca 165"), "A")
    git(a, "fetch", "--quiet")

    code, out, _ = run_cli(capsys, "--repo", str(a), "status", "--json")
    assert code == 0
    [incoming] = parsed(out)["incoming"]
    assert incoming["authors"] == [NASTY_AUTHOR] and incoming["fields"] == ["rubrik"]

    code, out, err = run_cli(capsys, "--repo", str(a), "sync", "--json")
    assert code == 0, err
    report = parsed(out)
    assert report["ok"] is True and report["push"] == "pushed"
    [record] = report["resolutions"]
    parts = {part["del"]: part for part in record["delar"]}
    assert parts["fältet rubrik"]["text"] == title
    assert CONTROL.search(err.replace("\n", "")) is None  # messages are safe text too
