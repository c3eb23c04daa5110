"""Soak test of the store, run by hand before a release (not in the test suite; its
smoke test is tests/bench/test_soak_smoke.py). Results: bench/RESULTS.md, "## Soak".

1. Racing saves: WRITERS pmtui processes (one case each) and a plain ``git add`` +
   ``git commit`` loop on the same branch, SAVES pmtui saves in all. Lost = acknowledged
   saves missing from the history, and pmtui commits in the history without an
   acknowledgement (counted both ways); likewise for git's commits. ``git fsck`` after.
2. Kills: KILLS times, a pmtui process (start-up reconcile, then saves of one case) is
   SIGKILLed at a random moment. After each: no torn case file; what the user does
   (start pmtui: reconcile; remove a lock once reconcile calls it stale); then the next
   save of that case must succeed (else the case is wedged). ``git fsck`` every
   FSCK_EVERY kills and at the end; every acknowledged save in the history.

    .venv/bin/python bench/soak.py [--saves 10000] [--writers 3] [--kills 1000] [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import build_case
from bench.report import machine, write_section
from bench.soak_children import IDENTITY, NOTE, drain, git_committer, spawn, writer
from bench.soak_kills import KillRun

from pmtui.model import Dnr
from pmtui.store import CaseRepository, locks


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--saves", type=int, default=10_000, help="pmtui saves in phase 1")
    parser.add_argument("--writers", type=int, default=3, help="pmtui processes in phase 1")
    parser.add_argument("--kills", type=int, default=1_000, help="SIGKILLs in phase 2")
    parser.add_argument("--git-pause", type=float, default=0.05, help="between git commits (s)")
    parser.add_argument("--cases", type=int, default=4, help="cases in phase 2")
    parser.add_argument("--max-delay", type=float, default=0.05, help="kill delay (s)")
    parser.add_argument("--fsck-every", type=int, default=50, help="kills between fscks")
    parser.add_argument("--stale-after", type=float, default=locks.STALE_AFTER)
    parser.add_argument("--lock-timeout", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    return parser.parse_args(argv)


def make_repo(root: Path, count: int, seed: int) -> tuple[Path, list[str]]:
    """A new repository with ``count`` generated cases (one commit each)."""
    repo = CaseRepository.init(root, cache=False, identity=IDENTITY)
    rng = random.Random(seed)
    dnrs = [f"KS 2023/{100 + n}" for n in range(count)]
    for dnr in dnrs:
        repo.create(build_case(rng, Dnr.parse(dnr), dt.date(2023, 9, 6)))
    return root, dnrs


def fsck_ok(root: Path) -> bool:
    command = ["git", "fsck", "--full", "--strict", "--no-dangling"]
    return subprocess.run(command, cwd=root, capture_output=True).returncode == 0


def history(root: Path, *args: str) -> list[str]:
    command = ["git", "log", "--format=%H", *args]
    return subprocess.run(command, cwd=root, capture_output=True, text=True).stdout.split()


def race(root: Path, dnrs: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """Phase 1: the writers and git racing; counts of what was acknowledged and kept."""
    stop = root.parent / "stop"
    per_writer = [args.saves // len(dnrs) + (n < args.saves % len(dnrs)) for n in range(len(dnrs))]
    started = time.monotonic()
    git_child = spawn(git_committer(root, stop, args.git_pause))
    children = [
        spawn(writer(root, dnr, count, f"W{n}", args.lock_timeout))
        for n, (dnr, count) in enumerate(zip(dnrs, per_writer, strict=True))
    ]
    outputs = drain([*children, git_child], until_first=len(children), then=stop.touch)
    statuses = [child.wait() for child in children]
    git_child.wait()
    lines, git_lines = [line for out in outputs[:-1] for line in out], outputs[-1]
    return tally_race(root, lines, git_lines, statuses, time.monotonic() - started)


def tally_race(
    root: Path, lines: list[str], git_lines: list[str], statuses: list[int], seconds: float
) -> dict[str, Any]:
    acks = {line.split()[1] for line in lines if line.startswith("ACK ")}
    git_acks = {line.split()[1] for line in git_lines if line.startswith("GITACK ")}
    reachable = set(history(root))
    ours = set(history(root, "--grep=^Ärende: ")) - set(history(root, "--diff-filter=A"))
    return {
        "seconds": round(seconds, 1),
        "pmtui_acknowledged": len(acks),
        "pmtui_commits_in_history": len(ours),
        "pmtui_lost": len(acks - reachable) + len(ours ^ acks),
        "pmtui_busy": sum(line.startswith("BUSY") for line in lines),
        "pmtui_conflicts": sum(line.startswith("CONFLICT") for line in lines),
        "errors": [line for line in lines if line.startswith(("ERROR", "INVALID"))][:5],
        "writer_exit_statuses": sorted(set(statuses)),
        "git_commits": len(git_acks),
        "git_refused": sum(line.startswith("GITFAIL") for line in git_lines),
        "git_lost": len(git_acks - reachable) + len(git_acks ^ set(history(root, "--", NOTE))),
        "fsck_clean": fsck_ok(root),
        "status_clean": not subprocess.run(
            ["git", "status", "--porcelain", "--", "cases"],
            cwd=root,
            capture_output=True,
            text=True,
        ).stdout.strip(),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    locks.STALE_AFTER = args.stale_after
    base = args.workdir or Path(tempfile.mkdtemp(prefix="pmtui-soak-"))
    results: dict[str, Any] = {"workdir": str(base), "arguments": _arguments(args)}
    if args.saves > 0:
        root, dnrs = make_repo(base / "race" / "arkiv", args.writers, args.seed)
        results["race"] = race(root, dnrs, args)
    if args.kills > 0:
        root, dnrs = make_repo(base / "kills" / "arkiv", args.cases, args.seed + 1)
        results["kills"] = KillRun(root, dnrs, args).run()
    return results


def _arguments(args: argparse.Namespace) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results = run(args)
    print(json.dumps(results, indent=1, ensure_ascii=False))
    if args.write:
        write_section("Soak", machine() + "\n\n```json\n" + json.dumps(results, indent=1) + "\n```")
    return 0 if passed(results) else 1


def passed(results: dict[str, Any]) -> bool:
    race_ok = "race" not in results or (
        results["race"]["pmtui_lost"] == 0
        and results["race"]["git_lost"] == 0
        and results["race"]["fsck_clean"]
        and not results["race"]["errors"]
    )
    kills = results.get("kills")
    kills_ok = kills is None or (
        (kills["lost"] == 0 and kills["torn"] == 0 and kills["fsck_errors"] == 0)
        and kills["wedged"] == 0
        and not kills["errors"]
    )
    return bool(race_ok and kills_ok)


if __name__ == "__main__":
    sys.exit(main())
