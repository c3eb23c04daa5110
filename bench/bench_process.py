"""Whole processes, as a user feels them: each pmtui command beside its baseline (git, or
``python -c pass`` of the same interpreter), interleaved in one run, with the targets of
issue 13.

    .venv/bin/python bench/bench_process.py [--runs 5] [--cold-runs 2] [--rows NAME,...]
        [--repo PATH] [--small-repo PATH] [--extend-commits 100] [--no-warmup]

Every row prints min / median / max wall seconds and the median CPU seconds (user + sys
of the process and the processes it waited for, from ``getrusage(RUSAGE_CHILDREN)``) of
pmtui and of its baseline, the ratios of the medians, the target and whether it is met
(on wall time / on CPU time). Runs alternate pmtui and baseline so both see the same load.
Warm rows start with one untimed run of the pmtui command (its cache filled, as on any
start but the very first); cold rows give every run a new, empty ``XDG_CACHE_HOME`` and use
``--cold-runs``. Write rows check that every run of both sides made a commit.

The repositories are copies (``--repo``, default the cached 30,000-case repository of
``bench/generate.py``; ``--small-repo`` for the ``set-small`` row, default 2,000 cases):
nothing is written to the source. Each copy gets two commits first: bench/bench_diff.py's
~30 KB case and a version of it with 5% of its words changed (the ``diff-30kb`` row). The
``history-extend`` row builds the history index in a fresh cache, adds
``--extend-commits`` commits with ``git fast-import`` (one case file each) and times
``pmtui log`` again, against the same command once more with nothing new. The
``history-build`` baseline is the store's own ``git log --raw`` command.
The body-text index and the app's rows are in bench/bench_app.py.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import ensure_repository
from bench.process_rows import Argv, ProcessRow, cold_rows, reading_rows, writing_rows
from bench.process_space import Workspace, prepare

from bench import report

ROWS = (
    "version", "help", "help-git", "show", "log-rare", "log-heavy", "diff", "diff-30kb",
    "list-warm", "blame", "set", "status", "new", "set-small", "list-cold", "history-build",
    "history-extend",
)  # fmt: skip
SOURCE = Path(__file__).resolve().parent.parent


class RunFailed(Exception):
    pass


@dataclass
class Result:
    row: ProcessRow
    ours: list[report.Sample] = field(default_factory=list)
    base: list[report.Sample] = field(default_factory=list)
    error: str = ""


def timed(argvs: list[Argv], space: Workspace, writes: bool) -> report.Sample:
    """Wall and CPU seconds of the processes, one after another; RunFailed if one fails
    (or, for a write, if no commit was made)."""
    head = space.head() if writes else ""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    for argv in argvs:
        done = subprocess.run(argv, cwd=space.repo, env=space.env(), capture_output=True)
        if done.returncode != 0:
            tail = done.stderr.decode(errors="replace").strip()[-300:]
            raise RunFailed(f"`{' '.join(argv)}` exited {done.returncode}: {tail}")
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if writes and space.head() == head:
        raise RunFailed(f"`{' '.join(argvs[-1])}` made no commit")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return report.Sample(wall, cpu)


def measure(row: ProcessRow, runs: int, warmup: bool, numbers: Iterator[int]) -> Result:
    result = Result(row)
    try:
        if warmup and not row.cold:
            timed(row.pmtui(next(numbers)), row.space, row.writes)
        for _ in range(runs):  # interleaved: both sides see the same load
            current = row.before_each(row) if row.before_each else row
            result.ours.append(timed(current.pmtui(next(numbers)), current.space, row.writes))
            result.base.append(timed(current.baseline(next(numbers)), current.space, row.writes))
    except (RunFailed, subprocess.CalledProcessError, RuntimeError) as error:
        result.error = str(error).replace("\n", " ").replace("|", "/")
    return result


def _walls(samples: list[report.Sample]) -> str:
    walls = [s.wall for s in samples]
    return f"{min(walls):.3f} / {statistics.median(walls):.3f} / {max(walls):.3f}"


def _median(samples: list[report.Sample], what: str) -> float:
    return statistics.median(getattr(s, what) for s in samples)


def _verdict(met: bool | None) -> str:
    return "–" if met is None else ("yes" if met else "**NO**")


def line(result: Result) -> str:
    row = result.row
    name = f"`pmtui {row.label}` [{row.name}]"
    if result.error:
        return f"| {name} | FAILED: {result.error} |" + " |" * 8
    ours, base = result.ours, result.base
    wall = (_median(ours, "wall"), _median(base, "wall"))
    cpu = (_median(ours, "cpu"), _median(base, "cpu"))
    met_wall = None if row.target.cpu_only else row.target.met(*wall)
    return (
        f"| {name} | {_walls(ours)} | {cpu[0]:.3f} | `{row.baseline_label}` | {_walls(base)} "
        f"| {cpu[1]:.3f} | {wall[0] / wall[1]:.2f} | {cpu[0] / max(cpu[1], 1e-9):.2f} "
        f"| {row.target.text()} | {_verdict(met_wall)} / {_verdict(row.target.met(*cpu))} |"
    )


HEADER = (
    "| command (whole process) | pmtui wall min / median / max s | pmtui CPU s "
    "| baseline | baseline wall min / median / max s | baseline CPU s | ratio wall "
    "| ratio CPU | target | met (wall / CPU) |\n|---|---:|---:|---|---:|---:|---:|---:|---|---|"
)


def notes(results: dict[str, Result]) -> list[str]:
    """The comparisons between rows: set at two sizes, the history index extended."""
    found = []
    done = {name: r for name, r in results.items() if r.ours and not r.error}
    if "set" in done and "set-small" in done:
        big, small = done["set"], done["set-small"]
        found.append(
            f"- `set` at {big.row.space.cases:,} ÷ at {small.row.space.cases:,} cases: "
            + ", ".join(
                f"{what} {_median(big.ours, what) / _median(small.ours, what):.2f}"
                for what in ("wall", "cpu")
            )
            + " (1.0 = cost independent of the number of cases)."
        )
    if "history-build" in done and "history-extend" in done:
        build, extend = done["history-build"], done["history-extend"]
        share = _median(extend.ours, "cpu") / _median(build.ours, "cpu")
        found.append(
            f"- History index extended: {_median(extend.ours, 'cpu'):.3f} s CPU, "
            f"{share:.1%} of the first build ({_median(build.ours, 'cpu'):.3f} s CPU)."
        )
    return found


def build_rows(names: list[str], repo: Path | None, small: Path | None, scratch: Path,
               extend: int) -> list[ProcessRow]:  # fmt: skip
    rows: list[ProcessRow] = []
    if set(names) - {"set-small"}:
        source = repo or ensure_repository(30_000, 100_000)
        big = prepare(source, scratch, "large")
        print(f"Repository: a copy of {source}: {big.cases:,} cases, {big.commits:,} commits; "
              f"rare case {big.rare.dnr}, heavy case {big.heavy.dnr}.\n", flush=True)  # fmt: skip
        rows += reading_rows(big) + writing_rows(big) + cold_rows(big, extend)
    if "set-small" in names:
        space = prepare(small or ensure_repository(2_000, 6_000), scratch, "small")
        rows += writing_rows(space, small=True)
    rows = [row for row in rows if row.name in names]
    assert sorted(row.name for row in rows) == sorted(names), "a row has no builder"
    return sorted(rows, key=lambda row: ROWS.index(row.name))


def _checkout() -> str:
    sha = subprocess.run(["git", "-C", str(SOURCE), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()  # fmt: skip
    dirty = subprocess.run(["git", "-C", str(SOURCE), "status", "--porcelain", "--", "src"],
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    where = subprocess.run([sys.executable, "-c", "import pmtui; print(pmtui.__file__)"],
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    dirty_text = " (with uncommitted changes in src/)" if dirty else ""
    return f"Checkout at {sha or '?'}{dirty_text}; pmtui imported from {where or '?'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=2)
    parser.add_argument("--rows", default=",".join(ROWS), help="of: " + ", ".join(ROWS))
    parser.add_argument("--repo", type=Path, help="default: the 30,000-case repository")
    parser.add_argument("--small-repo", type=Path, help="default: the 2,000-case repository")
    parser.add_argument("--extend-commits", type=int, default=100)
    parser.add_argument("--no-warmup", action="store_true", help="no untimed first run")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.rows.split(",") if name.strip()]
    if unknown := set(names) - set(ROWS):
        parser.error(f"unknown rows {sorted(unknown)}; rows are {', '.join(ROWS)}")
    share = report.cpu_share()
    print(f"{_checkout()}. {report.machine()} Share of a core: {share:.2f}.\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-process-") as scratch:
        rows = build_rows(names, args.repo, args.small_repo, Path(scratch), args.extend_commits)
        print(f"Runs: {args.runs} (cold rows: {args.cold_runs}).\n\n{HEADER}", flush=True)
        numbers, results = itertools.count(1), {}
        for row in rows:
            runs = args.cold_runs if row.cold else args.runs
            results[row.name] = measure(row, runs, not args.no_warmup, numbers)
            print(line(results[row.name]), flush=True)
    print("", *notes(results), sep="\n")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"- Load average at the end {load}; share of a core {report.cpu_share():.2f}.")
    print("- The body-text index and the app rows (launch, first start, memory): "
          "bench/bench_app.py.")  # fmt: skip
    return 1 if any(r.error for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
