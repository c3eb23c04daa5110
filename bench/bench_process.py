"""Whole processes, as a user feels them: each pmtui command beside its git baseline,
interleaved in one run (min / median / max wall seconds), with the load stated.

    .venv/bin/python bench/bench_process.py [--runs 5] [--repo PATH]

Without ``--repo`` it works on a copy of the cached 30,000-case repository
(``bench/generate.py``); the copy is written to by the ``set`` row.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PMTUI = [sys.executable, "-m", "pmtui"]
DNR, PATH = "KS 2019/7439", "cases/2019/ks-2019-7439.md"


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - start


def rows(repo: Path) -> list[tuple[str, list[list[str]], str, list[list[str]]]]:
    """(label, pmtui commands, baseline label, baseline commands): one run each."""
    git = ["git", "-C", str(repo)]
    return [
        ("--version", [[*PMTUI, "--version"]], "python3 -c pass", [[sys.executable, "-c", "pass"]]),
        ("--help", [[*PMTUI, "--help"]], "git status", [[*git, "status"]]),
        ("show DNR", [[*PMTUI, "show", DNR]], "git show HEAD:path",
         [[*git, "show", f"HEAD:{PATH}"]]),
        ("log DNR", [[*PMTUI, "log", DNR]], "git log -- path", [[*git, "log", "--", PATH]]),
        ("list (warm)", [[*PMTUI, "list"]], "git grep -c",
         [[*git, "grep", "-c", ".", "HEAD", "--", "cases/"]]),
        ("set DNR rubrik=…", [[*PMTUI, "set", DNR, "rubrik=Benchmark {n}"]], "git add + git commit",
         [["sh", "-c", f"echo >> {PATH} && git add {PATH} && git commit -qm bench"]]),
    ]  # fmt: skip


def measure(repo: Path, runs: int) -> list[str]:
    lines = []
    for label, ours, base_label, theirs in rows(repo):
        mine, base = [], []
        for n in range(runs):  # interleaved: both see the same load
            mine.append(sum(timed([a.replace("{n}", str(n)) for a in c], repo) for c in ours))
            base.append(sum(timed(c, repo) for c in theirs))
        lines.append(_row(label, mine, base_label, base))
    return lines


def _row(label: str, mine: list[float], base_label: str, base: list[float]) -> str:
    def stats(values: list[float]) -> str:
        return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"

    ratio = statistics.median(mine) / statistics.median(base)
    return f"| `pmtui {label}` | {stats(mine)} | `{base_label}` | {stats(base)} | {ratio:.2f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repo", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        repo = args.repo
        if repo is None:
            from bench.generate import ensure_repository

            repo = Path(scratch) / "repo"
            shutil.copytree(ensure_repository(cases=30_000, commits=100_000), repo, symlinks=True)
        os.environ.setdefault("XDG_CACHE_HOME", str(Path(scratch) / "cache"))
        subprocess.run([*PMTUI, "list"], cwd=repo, capture_output=True, check=False)  # warm
        load = os.getloadavg()
        print("| command | pmtui min / median / max s | baseline | min / median / max s | ratio |")
        print("|---|---|---|---|---:|")
        for line in measure(repo, args.runs):
            print(line, flush=True)
        print(f"load average at start {load[0]:.2f}, at end {os.getloadavg()[0]:.2f}; "
              f"nproc {os.cpu_count()}; {sys.version.split()[0]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
