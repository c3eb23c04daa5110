"""``pmtui review`` over ranges that touch 10, 100 and 1,000 cases, beside ``git diff --stat``.

    .venv/bin/python bench/bench_review.py [--small] [--runs 5] [--no-write]

On a copy of the cached repository of ``bench/generate.py`` (30,000 cases and 100,000
commits; ``--small``: 2,000 and 6,000), one branch per size is made from the tip with
``git fast-import``: one commit that edits one sentence in each of N cases chosen at
random (``bench/revisions.py``), as a reviewer would get them in a pull request.

1. ``pmtui review --json BASE..HEAD`` as a whole process (start-up included), output
   thrown away: min, median and max of the runs; and the time until its first case is
   written (the output streams). Baseline: ``git diff --stat BASE..HEAD -- cases/`` in
   the same run.
2. The app's first screen of the review, in this process (headless, 120×40): from
   pushing the review screen until the list of changed cases shows, and until every
   summary has been filled in by the worker.

Results go to the "## Review" section of bench/RESULTS.md ("## Review (small)").
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import copy_repository, ensure_repository

from bench import report, revisions
from pmtui.diff.review import ReviewRange
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.review import ReviewScreen

SIZES = (10, 100, 1_000)
FULL, SMALL = (30_000, 100_000), (2_000, 6_000)
SIZE = (120, 40)
COMMITTER = b"Bench Granskare <bench@stockholm.example> 1700000000 +0100"
PMTUI = [sys.executable, "-m", "pmtui.cli.main"]


def make_branches(repo: Path, rng: random.Random) -> dict[int, str]:
    """One branch per size, from the tip: ``review-N`` edits N cases in one commit."""
    repository = CaseRepository.discover(explicit=repo, cache=False)
    paths = repository.case_paths()
    stream = bytearray()
    for count in SIZES:
        chosen = sorted(rng.sample(paths, count))
        stream += b"commit refs/heads/review-%d\ncommitter %s\n" % (count, COMMITTER)
        stream += _data(f"Granska {count} ärenden".encode())
        stream += b"from refs/heads/main\n"
        for path in chosen:
            text = revisions.edit_sentence(repository.text_at(path, "main"), rng).text
            stream += f"M 100644 inline {path}\n".encode() + _data(text.encode())
        stream += b"\n"
    subprocess.run(
        ["git", "-C", str(repo), "fast-import", "--quiet"], input=bytes(stream), check=True
    )
    return {count: f"review-{count}" for count in SIZES}


def _data(payload: bytes) -> bytes:
    return b"data %d\n" % len(payload) + payload + b"\n"


def whole_process(command: list[str], repo: Path) -> report.Sample:
    return report.measure(
        lambda: subprocess.run(command, cwd=repo, stdout=subprocess.DEVNULL, check=True)
    )


def first_case(command: list[str], repo: Path) -> float:
    """Seconds until the command has written its first case (``"path":``)."""
    started = time.perf_counter()
    with subprocess.Popen(command, cwd=repo, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if '"path":' in line:
                found = time.perf_counter() - started
                process.kill()
                return found
    raise RuntimeError("no case in the output")


class TimedReview(ReviewScreen):
    """The review screen, noting when its list has been drawn (after the first refresh
    that follows the changed cases' arrival)."""

    drawn: float | None = None

    def on_review_screen_listed(self, message: ReviewScreen.Listed) -> None:
        super().on_review_screen_listed(message)
        message.prevent_default()  # the handler ran; Textual would call it again
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        self.drawn = time.perf_counter()


async def app_once(repo: Path, chosen: ReviewRange) -> tuple[float, float]:
    """(until the changed cases are drawn, until every summary is in), in seconds."""
    app = PmtuiApp(CaseRepository.discover(explicit=repo))
    async with app.run_test(size=SIZE) as pilot:
        while not (isinstance(app.screen, CaseListScreen) and app.screen.index.body):
            await pilot.pause(0.01)  # the list's own loading done (cases, changes, body index)
        await app.workers.wait_for_complete()
        screen = TimedReview(app.repository, chosen)
        started = time.perf_counter()
        await app.push_screen(screen)
        while not screen.summarised:
            await pilot.pause(0.01)
        done = time.perf_counter()
        app.exit()
    assert screen.drawn is not None
    return screen.drawn - started, done - started


def spread(samples: list[float]) -> str:
    """``min / median / max`` in ms."""
    values = [min(samples), statistics.median(samples), max(samples)]
    return " / ".join(f"{value * 1000:,.0f}" for value in values)


def measure(repo: Path, runs: int) -> str:
    rng = random.Random(2023)
    branches = make_branches(repo, rng)
    base = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "main"], capture_output=True, text=True, check=True
    ).stdout.strip()
    lines = [
        "| cases in range | command | runs | wall ms min / median / max | CPU ms median |",
        "|---:|---|---:|---|---:|",
    ]
    for count, branch in branches.items():
        times = runs if count < 1_000 else max(2, runs // 2)
        spec = f"{base}..{branch}"
        review = [*PMTUI, "review", "--json", spec]
        stat = ["git", "diff", "--stat", spec, "--", "cases/"]
        ours = [whole_process(review, repo) for _ in range(times)]
        theirs = [whole_process(stat, repo) for _ in range(times)]
        firsts = [first_case(review, repo) for _ in range(times)]
        head = CaseRepository.discover(explicit=repo).resolve(None, branch)
        apps = [asyncio.run(app_once(repo, ReviewRange(base, head, spec))) for _ in range(times)]
        cpu = statistics.median(s.cpu for s in ours) * 1000
        git_cpu = statistics.median(s.cpu for s in theirs) * 1000
        lines += [
            f"| {count:,} | `pmtui review --json` (whole process) | {times} "
            f"| {spread([s.wall for s in ours])} | {cpu:,.0f} |",
            f"| {count:,} | `pmtui review --json`: first case written | {times} "
            f"| {spread(firsts)} | – |",
            f"| {count:,} | `git diff --stat BASE..HEAD -- cases/` | {times} "
            f"| {spread([s.wall for s in theirs])} | {git_cpu:,.0f} |",
            f"| {count:,} | app, in-process: review list drawn | {times} "
            f"| {spread([a[0] for a in apps])} | – |",
            f"| {count:,} | app, in-process: every summary filled in | {times} "
            f"| {spread([a[1] for a in apps])} | – |",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="2,000 cases, 6,000 commits")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    cases, commits = SMALL if args.small else FULL
    source = ensure_repository(cases=cases, commits=commits)
    share_before = report.cpu_share()
    with tempfile.TemporaryDirectory(prefix="pmtui-review-") as folder:
        repo = copy_repository(source, Path(folder) / "repo")
        table = measure(repo, args.runs)
    command = ".venv/bin/python bench/bench_review.py" + (" --small" if args.small else "")
    notes = (
        f"Command: `{command} --runs {args.runs}`. Repository: {cases:,} cases, "
        f"{commits:,} commits (bench/generate.py); each range is one commit on a branch "
        "from the tip that edits one sentence in each of N cases chosen at random. "
        "Whole processes are timed from start to exit (Python start-up and imports "
        "included); CPU counts the child process. 1,000 cases: half the runs (at least 2). "
        "The app is headless in this process; its times start when the review screen is "
        "pushed, once the case list has finished its own loading (the app idle), and "
        "include the range's tree diff."
    )
    reading = (
        "Reading it: the first case comes after start-up (Python, imports, the tree diff), "
        "whatever the size of the range; each case then costs a parse of both versions and "
        "the comparison (pmtui.diff), which is what grows with the range. git diff --stat "
        "counts changed lines of the same blobs (C, no fields, points or sections). The "
        "app's list is drawn from the tree diff alone; its summaries follow in a worker."
    )
    shares = f"Share of a core: {share_before:.2f} before, {report.cpu_share():.2f} after."
    body = f"{report.machine()} {shares}\n\n{notes}\n\n{table}\n\n{reading}\n"
    print(body)
    if not args.no_write:
        report.write_section("Review (small)" if args.small else "Review", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
