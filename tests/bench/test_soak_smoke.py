"""The soak test (bench/soak.py) still runs and still checks, so it cannot rot: tiny
counts, in a subprocess (the soak forks its savers, which a test worker should not)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

SOAK = REPO_ROOT / "bench" / "soak.py"


def test_soak_with_small_counts_finds_nothing_lost_torn_or_wedged(tmp_path: Path) -> None:
    env = {**os.environ, "PMTUI_FSYNC": "0"}
    arguments = ["--saves", "40", "--writers", "2", "--kills", "6", "--cases", "2"]
    arguments += ["--stale-after", "0.5", "--workdir", str(tmp_path / "soak")]
    done = subprocess.run(
        [sys.executable, str(SOAK), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)
    race, kills = results["race"], results["kills"]
    assert race["pmtui_acknowledged"] == race["pmtui_commits_in_history"] == 40
    assert race["pmtui_lost"] == race["git_lost"] == 0 and race["fsck_clean"]
    assert kills["counts"]["kills"] == 6 and kills["acknowledged"] >= 2  # + the final saves
    assert kills["lost"] == kills["torn"] == kills["fsck_errors"] == kills["wedged"] == 0
