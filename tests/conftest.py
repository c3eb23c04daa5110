"""Shared fixtures. Every test runs hermetic: its own HOME, no system or user git config,
a fixed identity and a fixed clock for commits, so results never depend on the machine."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pygit2
import pytest
from hypothesis import HealthCheck, settings
from pygit2.enums import ConfigLevel

REPO_ROOT = Path(__file__).resolve().parent.parent
# The real document pmtui is built from, as text extracted from its PDF (the user's own).
SEED_TEXT = REPO_ROOT / "tests" / "data" / "pm-rotel-i-ks-2023-886.txt"
BUNDLED_CASES = REPO_ROOT / "cases"

# Property tests: a quick profile by default (the README command runs often), a thorough
# one where the suite runs unattended (.ci/run sets PMTUI_HYPOTHESIS_PROFILE=thorough).
settings.register_profile("quick", max_examples=100, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("PMTUI_HYPOTHESIS_PROFILE", "quick"))

FIXED_NAME = "Test Testsson"
FIXED_EMAIL = "test@example.invalid"
FIXED_DATE = "2023-09-06T10:00:00+02:00"


@pytest.fixture(autouse=True)
def hermetic_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A fresh HOME with a known git identity; no system config; fixed commit dates."""
    home = tmp_path_factory.mktemp("home")
    (home / ".gitconfig").write_text(
        f"[user]\n\tname = {FIXED_NAME}\n\temail = {FIXED_EMAIL}\n"
        "[init]\n\tdefaultBranch = main\n[core]\n\tautocrlf = false\n",
        encoding="utf-8",
    )
    for key in [k for k in os.environ if k.startswith(("GIT_", "PMTUI_", "XDG_"))]:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.setenv("GIT_AUTHOR_DATE", FIXED_DATE)
    monkeypatch.setenv("GIT_COMMITTER_DATE", FIXED_DATE)
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()  # the app shows local time: make "local" the same on every machine
    saved = {level: pygit2.settings.search_path[level] for level in _LEVELS}
    for level in _LEVELS:
        pygit2.settings.search_path[level] = str(home)
    yield home
    for level, value in saved.items():
        pygit2.settings.search_path[level] = value
    monkeypatch.undo()
    time.tzset()


_LEVELS = (ConfigLevel.GLOBAL, ConfigLevel.XDG, ConfigLevel.SYSTEM)


def git(cwd: Path, *args: str, check: bool = True) -> str:
    """Run the real git CLI in ``cwd`` and return its stdout."""
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stderr}")
    return result.stdout


@pytest.fixture
def seed_case_text() -> str:
    return (BUNDLED_CASES / "2023" / "ks-2023-886.md").read_text(encoding="utf-8")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``pmtui ARGV`` in this process: its exit code, stdout and stderr."""
    from pmtui.cli.main import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
