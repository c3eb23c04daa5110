"""The commands pmtui suggests after ``demo`` and ``init`` work when pasted into a shell,
also when ``pmtui`` is not on PATH (run from a virtual environment's bin folder)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

PMTUI_SCRIPT = Path(sys.executable).parent / "pmtui"


def run_demo(target: Path, path_env: str) -> str:
    env = {**os.environ, "PATH": path_env}
    result = subprocess.run(
        [str(PMTUI_SCRIPT), "demo", str(target), "--no-tui"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=True,
    )
    return result.stderr


def suggested_command(stderr: str) -> str:
    match = re.search(r"^Pröva: (.+)$", stderr, re.MULTILINE)
    assert match, stderr
    return match.group(1)


def test_the_demo_hint_runs_without_pmtui_on_path(tmp_path: Path) -> None:
    system_path = "/usr/bin:/bin"
    hint = suggested_command(run_demo(tmp_path / "demo", system_path))
    assert not hint.split("&& ", 2)[1].startswith("pmtui ")  # pmtui is not on this PATH
    shell = subprocess.run(
        ["sh", "-c", hint],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": system_path},
        check=False,
    )
    assert shell.returncode == 0, shell.stderr
    assert "KS 2023/886" in shell.stdout


def test_the_demo_hint_says_pmtui_when_it_is_on_path(tmp_path: Path) -> None:
    path_env = f"{PMTUI_SCRIPT.parent}:/usr/bin:/bin"
    hint = suggested_command(run_demo(tmp_path / "demo", path_env))
    assert "&& pmtui list && pmtui log" in hint
