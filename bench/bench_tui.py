"""The case list with 30,000 cases: start-up and filter keystrokes, beside the git CLI.

    .venv/bin/python bench/bench_tui.py [--cases 30000] [--commits 100000] [--runs 5]
                                        [--no-write]

The app runs headless in this process at 120×40 (Textual's ``run_test``), on the cached
repository of ``bench/generate.py``. Warm means the store's summary cache is filled (one
listing before the first run), as on any start but the very first.

1. Start-up: from creating the app until the filter field takes keys (interactive), and
   until the list shows every case. Baselines: ``git ls-tree -r --name-only HEAD cases``
   (listing the same cases with git), and Textual's DataTable filled with the same rows
   until the first idle (the naive widget; docs/decisions.md: 4.5 s measured).
2. A filter keystroke, typing queries over dnr, title, names and body text character by
   character (body index built): what the keystroke makes the app do (filter the
   metadata, refill the table, status line, render the visible lines). The body-text
   hits of the query are looked up apart, in a worker once typing pauses; their cost is
   measured too. Baseline: ``git grep -i -l -F`` of the same query over the same cases.
3. The body index: when it is ready after start (built once, then only changed texts).

Results go to the "## TUI" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import ensure_repository
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import DataTable

from bench import report
from pmtui.editing.case_index import COLUMNS, CaseRow, words_of
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
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


class Clock:
    """Wall and CPU time since it was made (CPU of every thread of this process)."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def sample(self) -> report.Sample:
        return report.Sample(time.perf_counter() - self.wall, time.process_time() - self.cpu)


async def start_once(repo: Path) -> tuple[report.Sample, report.Sample]:
    """(until the filter field has focus, until every case is listed)."""
    clock = Clock()
    app = PmtuiApp(CaseRepository.discover(explicit=repo))
    async with app.run_test(size=SIZE) as pilot:

        def interactive() -> bool:
            screen = _list_screen(app)
            return screen is not None and screen.filter_input.has_focus

        await _wait(interactive, pilot)
        ready = clock.sample()

        def listed() -> bool:
            screen = _list_screen(app)
            return screen is not None and screen.loaded and bool(screen.table.shown)

        await _wait(listed, pilot)
        filled = clock.sample()
        app.exit()
    return ready, filled


def keystroke(screen: CaseListScreen, text: str) -> report.Sample:
    """What one keystroke in the filter field makes the app do: filter the metadata,
    refill the table, update the status line, render the visible lines of the list."""
    clock = Clock()
    screen.set_query(text=text)
    for widget in (screen.table, screen.query_one(CaseTableHeader)):
        widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return clock.sample()


async def keystrokes(
    repo: Path,
) -> tuple[list[report.Sample], list[report.Sample], report.Sample, int]:
    """(per keystroke, per body-text lookup, until the body index is ready, cases)."""
    app = PmtuiApp(CaseRepository.discover(explicit=repo))
    keys: list[report.Sample] = []
    bodies: list[report.Sample] = []
    async with app.run_test(size=SIZE) as pilot:
        clock = Clock()
        await _wait(lambda: (s := _list_screen(app)) is not None and s.loaded, pilot)
        screen = _list_screen(app)
        assert screen is not None
        await _wait(lambda: screen.index.body is not None, pilot, timeout=1800)
        indexed = clock.sample()
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                keys.append(keystroke(screen, query[:end]))
                lookup = Clock()
                screen.index.body_hits(words_of(query[:end]))
                bodies.append(lookup.sample())
            screen.set_query(text="")
        cases = len(screen.index.rows)
        app.exit()
    return keys, bodies, indexed, cases


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


async def datatable_once(rows: list[CaseRow]) -> report.Sample:
    clock = Clock()
    app = NaiveTable(rows)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.wait_for_refresh()
        elapsed = clock.sample()
        app.exit()
    return elapsed


def git(repo: Path, *args: str) -> report.Sample:
    command = ["git", "-C", str(repo), *args]
    return report.measure(lambda: subprocess.run(command, capture_output=True, check=False))


def git_grep_samples(repo: Path) -> list[report.Sample]:
    return [
        git(repo, "grep", "-i", "-l", "-F", query[:end], "HEAD", "--", "cases")
        for query in QUERIES
        for end in range(1, len(query) + 1)
    ]


def percentile(samples: list[report.Sample], share: float) -> report.Sample:
    def pick(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    return report.Sample(pick([s.wall for s in samples]), pick([s.cpu for s in samples]))


def measure(repo: Path, runs: int) -> tuple[list[report.Row], str]:
    repository = CaseRepository.discover(explicit=repo)
    rows = [CaseRow.from_summary(s) for s in repository.list_cases()]  # warm the cache
    starts = [asyncio.run(start_once(repo)) for _ in range(runs)]
    ls_tree = report.median_sample(
        [git(repo, "ls-tree", "-r", "--name-only", "HEAD", "cases") for _ in range(runs)]
    )
    naive = report.median_sample([asyncio.run(datatable_once(rows)) for _ in range(2)])
    keys, bodies, indexed, cases = asyncio.run(keystrokes(repo))
    grep = git_grep_samples(repo)
    ready = report.median_sample([s[0] for s in starts])
    filled = report.median_sample([s[1] for s in starts])
    listing = "git ls-tree -r HEAD cases"
    grep_name = "git grep -i -l -F, same query"
    in_worker = "in a worker after a 0.12 s pause in typing, not on the keystroke's path"
    table = [
        report.Row(
            "start-up: filter field takes keys",
            ready,
            ls_tree,
            listing,
            TARGET_START,
            absolute=True,
        ),
        report.Row(
            "start-up: every case listed", filled, ls_tree, listing, TARGET_START, absolute=True
        ),
        report.Row(
            "start-up: every case listed",
            filled,
            naive,
            "Textual DataTable, same rows, to first idle",
            1.0,
            note="against the naive widget",
        ),
        report.Row(
            "filter keystroke to repaint (median)",
            report.median_sample(keys),
            report.median_sample(grep),
            grep_name,
            TARGET_KEY,
            absolute=True,
        ),
        report.Row(
            "filter keystroke to repaint (95th percentile)",
            percentile(keys, 0.95),
            percentile(grep, 0.95),
            grep_name,
            TARGET_KEY,
            absolute=True,
        ),
        report.Row(
            "body-text hits of the query (median)",
            report.median_sample(bodies),
            report.median_sample(grep),
            grep_name,
            TARGET_KEY,
            absolute=True,
            note=in_worker,
        ),
        report.Row(
            "body-text hits of the query (95th percentile)",
            percentile(bodies, 0.95),
            percentile(grep, 0.95),
            grep_name,
            TARGET_KEY,
            absolute=True,
            note=in_worker,
        ),
    ]
    notes = (
        f"Command: `.venv/bin/python bench/bench_tui.py --runs {runs}`. {cases:,} cases; "
        f"{runs} start-ups; {len(keys)} keystrokes over the queries "
        f"{', '.join(repr(q) for q in QUERIES)}, each typed character by character; the app "
        "headless in-process at 120×40 with a warm store cache. CPU time counts every "
        "thread of the app (the loading worker too). The body-text index was ready "
        f"{indexed.wall:.1f} s (wall) after start, warm (it is kept between runs; a cold "
        "build reads every text once, in the background)."
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
    share_before = report.cpu_share()
    rows, notes = measure(repo, args.runs)
    shares = f"Share of a core: {share_before:.2f} before, {report.cpu_share():.2f} after."
    body = f"{report.machine()} {shares}\n\n{notes}\n\n{report.table(rows)}\n"
    print(body)
    if not args.no_write:
        report.write_section("TUI", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
