"""The case list with 30,000 cases: start-up and filter keystrokes, beside the git CLI.

    .venv/bin/python bench/bench_tui.py [--cases 30000] [--commits 100000] [--runs 5]
                                        [--no-write]

The app runs headless in this process at 120×40 (Textual's ``run_test``), on the cached
repository of ``bench/generate.py``. Warm means the store's summary cache is filled (one
listing before the first run), as on any start but the very first.

1. Start-up: from creating the app until the filter field takes keys (interactive), and
   until the list shows every case. Baselines: ``git ls-tree -r --name-only HEAD cases``
   (listing the same cases with git), and Textual's DataTable filled with the same rows
   until the first idle (the naive widget; DESIGN.md §5 measured 4.5 s).
2. A filter keystroke, typing queries over dnr, title, names and body text character by
   character (body index built): what the keystroke makes the app do (filter the
   metadata, refill the table, status line, render the visible lines). The body-text
   hits of the query are looked up apart, in a worker once typing pauses; their cost is
   measured too. Baseline: ``git grep -i -l -F`` of the same query over the same cases.
   Also the same keys through Pilot, beside Pilot's cost for an app with one Input
   (Pilot waits for idle after each key).
3. The body index: ready after start (built once, then only changed texts; no target).

Results go to the "## TUI" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import ensure_repository
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import DataTable, Input

from bench import report
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.case_index import COLUMNS, CaseRow, words_of
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.widgets.case_table import CaseTableHeader

SIZE = (120, 40)
QUERIES = ("strong cit", "ks 2023/1", "karin", "budget", "trygghet")
TARGET_START = 1.0
TARGET_KEY = 0.050


async def _wait(condition: object, pilot: object, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(0.005)  # type: ignore[attr-defined]


def _list_screen(app: PmtuiApp) -> CaseListScreen | None:
    screen = app.screen
    return screen if isinstance(screen, CaseListScreen) else None


async def start_once(repo: Path) -> tuple[float, float]:
    """(seconds until the filter field has focus, seconds until every case is listed)."""
    started = time.perf_counter()
    app = PmtuiApp(CaseRepository.discover(explicit=repo))
    async with app.run_test(size=SIZE) as pilot:

        def interactive() -> bool:
            screen = _list_screen(app)
            return screen is not None and screen.filter_input.has_focus

        await _wait(interactive, pilot)
        ready = time.perf_counter() - started

        def listed() -> bool:
            screen = _list_screen(app)
            return screen is not None and screen.loaded and bool(screen.table.shown)

        await _wait(listed, pilot)
        filled = time.perf_counter() - started
        app.exit()
    return ready, filled


def keystroke(screen: CaseListScreen, text: str) -> float:
    """Seconds for what one keystroke in the filter field makes the app do: filter, refill
    the table, update the status line, and render the visible lines of the list."""
    started = time.perf_counter()
    screen.set_query(text=text)
    for widget in (screen.table, screen.query_one(CaseTableHeader)):
        widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return time.perf_counter() - started


async def keystrokes(
    repo: Path,
) -> tuple[list[float], list[float], list[float], float, int]:
    """(seconds per keystroke in the app, per body-text lookup, per keystroke through
    Pilot, seconds until the body index is ready, cases)."""
    app = PmtuiApp(CaseRepository.discover(explicit=repo))
    samples: list[float] = []
    body: list[float] = []
    piloted: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        started = time.perf_counter()
        await _wait(lambda: (s := _list_screen(app)) is not None and s.loaded, pilot)
        screen = _list_screen(app)
        assert screen is not None
        await _wait(lambda: screen.index.body is not None, pilot, timeout=600)
        indexed = time.perf_counter() - started
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                samples.append(keystroke(screen, query[:end]))
                before = time.perf_counter()
                screen.index.body_hits(words_of(query[:end]))
                body.append(time.perf_counter() - before)
            screen.set_query(text="")
        for query in QUERIES:
            for character in query:
                key = "space" if character == " " else character
                before = time.perf_counter()
                await pilot.press(key)
                piloted.append(time.perf_counter() - before)
            await pilot.press("escape")
        cases = len(screen.index.rows)
        app.exit()
    return samples, body, piloted, indexed, cases


class OneInput(App[None]):
    """Textual's own cost of a Pilot keystroke: an app with one Input and nothing else."""

    def compose(self) -> ComposeResult:
        yield Input()


async def pilot_floor() -> list[float]:
    samples = []
    async with OneInput().run_test(size=SIZE) as pilot:
        for query in QUERIES:
            for character in query:
                before = time.perf_counter()
                await pilot.press("space" if character == " " else character)
                samples.append(time.perf_counter() - before)
    return samples


class NaiveTable(App[None]):
    """The same rows in Textual's DataTable: what the line-API view replaces."""

    def __init__(self, rows: list[CaseRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield DataTable()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*(column.title for column in COLUMNS))
        table.add_rows([row.cell(c.key) for c in COLUMNS] for row in self.rows)


async def datatable_once(rows: list[CaseRow]) -> float:
    started = time.perf_counter()
    app = NaiveTable(rows)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.wait_for_refresh()
        elapsed = time.perf_counter() - started
        app.exit()
    return elapsed


def git_seconds(repo: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    return time.perf_counter() - started


def git_grep_samples(repo: Path) -> list[float]:
    samples = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            samples.append(
                git_seconds(repo, "grep", "-i", "-l", "-F", query[:end], "HEAD", "--", "cases")
            )
    return samples


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(repo: Path, runs: int) -> tuple[list[report.Row], str]:
    repository = CaseRepository.discover(explicit=repo)
    rows = [CaseRow.from_summary(s) for s in repository.list_cases()]  # warm the cache
    starts = [asyncio.run(start_once(repo)) for _ in range(runs)]
    ls_tree = [
        git_seconds(repo, "ls-tree", "-r", "--name-only", "HEAD", "cases") for _ in range(runs)
    ]
    datatable = [asyncio.run(datatable_once(rows)) for _ in range(max(1, runs // 3))]
    keys, body, piloted, indexed, cases = asyncio.run(keystrokes(repo))
    floor = asyncio.run(pilot_floor())
    grep = git_grep_samples(repo)
    ready = statistics.median(s[0] for s in starts)
    filled = statistics.median(s[1] for s in starts)
    key_median, key_p95 = statistics.median(keys), percentile(keys, 0.95)
    table = [
        report.Row(
            "start-up: filter field takes keys",
            ready,
            statistics.median(ls_tree),
            "git ls-tree -r HEAD cases",
            "< 1 s",
            ready < TARGET_START,
        ),
        report.Row(
            "start-up: every case listed",
            filled,
            statistics.median(ls_tree),
            "git ls-tree -r HEAD cases",
            "< 1 s",
            filled < TARGET_START,
        ),
        report.Row(
            "start-up: every case listed",
            filled,
            statistics.median(datatable),
            "Textual DataTable, same rows",
            "–",
            None,
            "vs. the naive widget",
        ),
        report.Row(
            "filter keystroke to repaint (median)",
            key_median,
            statistics.median(grep),
            "git grep -i -l -F, same query",
            "< 50 ms",
            key_median < TARGET_KEY,
        ),
        report.Row(
            "filter keystroke to repaint (95th percentile)",
            key_p95,
            percentile(grep, 0.95),
            "git grep -i -l -F, same query",
            "< 50 ms",
            key_p95 < TARGET_KEY,
        ),
        report.Row(
            "body-text hits for the query (median)",
            statistics.median(body),
            statistics.median(grep),
            "git grep -i -l -F, same query",
            "–",
            None,
            "in a worker once typing pauses 0.12 s",
        ),
        report.Row(
            "body-text hits for the query (95th percentile)",
            percentile(body, 0.95),
            percentile(grep, 0.95),
            "git grep -i -l -F, same query",
            "–",
            None,
            "in a worker once typing pauses 0.12 s",
        ),
        report.Row(
            "keystroke through Pilot (median)",
            statistics.median(piloted),
            statistics.median(floor),
            "Pilot keystroke, app with one Input",
            "–",
            None,
            "incl. the test harness's own waits",
        ),
        report.Row(
            "body index ready after start",
            indexed,
            None,
            "–",
            "–",
            None,
            "built in the background; kept between runs",
        ),
    ]
    notes = (
        f"{cases:,} cases; {runs} start-ups; {len(keys)} keystrokes over the queries "
        f"{', '.join(repr(q) for q in QUERIES)} (each typed character by character, then "
        "Esc); the app headless in-process at 120×40, warm store cache."
    )
    return table, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=30_000)
    parser.add_argument("--commits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    repo = ensure_repository(cases=args.cases, commits=args.commits)
    rows, notes = measure(repo, args.runs)
    body = f"{report.machine()}\n\n{notes}\n\n{report.table(rows)}\n"
    print(body)
    if not args.no_write:
        report.write_section("TUI", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
