"""The bad-input corpus: every malformed file gets its located error, no traceback, and is
left byte-for-byte unchanged by ``pmtui check`` and ``pmtui fmt``."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.cli.main import main

CORPUS = Path(__file__).parent / "bad_inputs"
EXPECTED: dict[str, dict[str, object]] = json.loads(
    (CORPUS / "expected.json").read_text(encoding="utf-8")
)


def _pmtui(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pmtui.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=60,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corpus_is_complete() -> None:
    files = sorted(p.name for p in CORPUS.glob("*.md"))
    assert len(files) >= 25
    assert files == sorted(EXPECTED)


def _assert_reported(name: str, code: int, stdout: str, stderr: str) -> None:
    expected = EXPECTED[name]
    output = stdout + stderr
    assert code == 1, output
    assert "Traceback" not in output
    assert f"bad_inputs/{name}:{expected['line']}: " in stdout, output
    assert str(expected["message"]) in stdout, output


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_reports_located_error_and_leaves_file_unchanged(name: str) -> None:
    path = CORPUS / name
    before = _digest(path)
    result = _pmtui("check", f"bad_inputs/{name}", cwd=CORPUS.parent)
    assert _digest(path) == before
    _assert_reported(name, result.returncode, result.stdout, result.stderr)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fmt_refuses_bad_file_and_leaves_it_unchanged(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = CORPUS / name
    before = _digest(path)
    monkeypatch.chdir(CORPUS.parent)
    code = main(["fmt", f"bad_inputs/{name}"])
    captured = capsys.readouterr()
    assert _digest(path) == before
    assert not list(CORPUS.glob(".*pmtui-tmp*"))
    _assert_reported(name, code, captured.out, captured.err)
