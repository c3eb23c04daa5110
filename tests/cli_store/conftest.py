"""Fixtures for the store commands: run ``pmtui`` in-process in a real repository."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from pmtui.cli.main import main


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def pmtui(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*argv: str) -> Run:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse usage errors exit directly
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pmtui) -> Path:  # type: ignore[no-untyped-def]
    """An initialised repository with one case, KS 2023/886; the cwd is inside it."""
    root = tmp_path / "arkiv"
    assert pmtui("init", str(root)).code == 0
    monkeypatch.chdir(root)
    monkeypatch.setenv("PMTUI_NOW", "2023-09-06T10:00:00+02:00")
    created = pmtui(
        "new",
        "--dnr",
        "KS 2023/886",
        "--rubrik",
        "Strong Cities Network Global Summit",
        "--rotel",
        "I",
        "--foredragande",
        "Karin Wanngård",
    )
    assert created.code == 0, created.err
    return root


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set $EDITOR to a script that applies one scripted edit per call (in order)."""

    def install(*edits: str) -> Path:
        log = tmp_path / "editor-log"
        log.unlink(missing_ok=True)
        script = tmp_path / "editor.py"
        script.write_text(
            "import sys, json, pathlib\n"
            f"edits = json.loads({__import__('json').dumps(list(edits))!r})\n"
            f"log = pathlib.Path({str(log)!r})\n"
            "n = len(log.read_text().splitlines()) if log.exists() else 0\n"
            "path = pathlib.Path(sys.argv[1])\n"
            "text = path.read_text(encoding='utf-8')\n"
            "seen = log.read_text() if log.exists() else ''\n"
            "log.write_text(seen + text.replace('\\n', '\\\\n') + '\\n')\n"
            "old, _, new = edits[min(n, len(edits) - 1)].partition('=>')\n"
            "if old == '*': text = new\n"
            "else: text = text.replace(old, new)\n"
            "path.write_text(text, encoding='utf-8')\n",
            encoding="utf-8",
        )
        monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
        monkeypatch.delenv("VISUAL", raising=False)
        return log

    return install
