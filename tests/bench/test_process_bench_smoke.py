"""bench/bench_process.py still prints every row of issue 13's table with numbers, so the
whole-process benchmark cannot rot: one run of each row on a tiny generated repository
(50 cases, 200 commits), as a subprocess. Checks the output and the source repository,
never timings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bench.generate import ensure_repository

from tests.conftest import REPO_ROOT, git

HARNESS = REPO_ROOT / "bench" / "bench_process.py"
# Every row the lead records; a row that goes missing from the harness fails here.
ROWS = (
    "version", "help", "help-git", "show", "log-rare", "log-heavy", "diff", "diff-30kb",
    "list-warm", "blame", "set", "status", "new", "set-small", "list-cold", "history-build",
    "history-extend",
)  # fmt: skip
SECONDS = r"\d+\.\d{3}"
MEASURED = re.compile(
    rf"\| ({SECONDS}) / ({SECONDS}) / ({SECONDS}) \| ({SECONDS}) \| `[^`]+` "
    rf"\| ({SECONDS}) / ({SECONDS}) / ({SECONDS}) \| ({SECONDS}) \| \d+\.\d\d \| \d+\.\d\d "
    r"\| [^|]+ \| (yes|\*\*NO\*\*|–) / (yes|\*\*NO\*\*|–) \|$"
)


@pytest.fixture(scope="module")
def tiny_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_repository(cases=50, commits=200, data_dir=tmp_path_factory.mktemp("data"))


def test_every_row_is_printed_with_numbers_and_the_source_is_untouched(tiny_repo: Path) -> None:
    head, status = git(tiny_repo, "rev-parse", "HEAD"), git(tiny_repo, "status", "--porcelain")
    arguments = ["--runs", "1", "--cold-runs", "1", "--no-warmup", "--extend-commits", "3"]
    arguments += ["--repo", str(tiny_repo), "--small-repo", str(tiny_repo)]
    done = subprocess.run(
        [sys.executable, str(HARNESS), *arguments], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for name in ROWS:
        found = [line for line in lines if line.startswith("| `pmtui ") and f"[{name}]" in line]
        assert len(found) == 1, (name, done.stdout)
        assert MEASURED.search(found[0]), found[0]
    # 51: the 50 cases and the 30 KB case the harness commits to its copies
    assert any(re.match(r"- `set` at 51 ÷ at 51 cases: wall \d+\.\d\d, cpu \d", x) for x in lines)
    assert any(re.match(rf"- History index extended: {SECONDS} s CPU, ", x) for x in lines)
    assert "bench/bench_app.py" in done.stdout and "Machine: " in done.stdout
    assert git(tiny_repo, "rev-parse", "HEAD") == head  # writes went to copies
    assert git(tiny_repo, "status", "--porcelain") == status


def test_an_unknown_row_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, str(HARNESS), "--rows", "show,nonsense"], capture_output=True, text=True
    )
    assert done.returncode == 2 and "nonsense" in done.stderr
