"""The app as a user feels it: ``pmtui`` started in a real terminal (tmux, 120×40) on the
30,000-case repository, whole process, beside git in the same run.

    .venv/bin/python bench/bench_app.py [--runs 5] [--cold-runs 3] [--repo PATH]

Each run starts ``pmtui`` in a detached tmux session of its own and reads the screen
(``tmux capture-pane``) every ~10 ms:

- first screen: the filter field's placeholder and the list's column titles are shown;
- keys answered: then a "k" is typed; the time until the filter field shows it (its
  placeholder gone), then it is erased again (Backspace) before the list is waited for;
- complete list: the status line says "N av N ärenden" (N > 0) and no part is still
  being read;
- cold runs only: once the list is complete, 4 keys ("k", each erased again, 0.3 s
  apart) typed while the first builds run; the median time until the screen shows one;
- body index ready: the status line says "söker även i ärendetexter" (from the start);
- settled (warm runs only), then 4 keys typed the same way: the reference for the cold
  runs' keys;
- settled: the body index is ready ("söker även i ärendetexter"), the
  last-change column is filled, and the RSS of the pmtui process (``ps -o rss=``) has
  not moved by more than 1 MB over 2 s.

CPU seconds of the pmtui process (utime + stime from /proc/PID/stat) are taken at the
complete list and once settled. Warm runs share a cache filled by one start before them;
cold runs start with an empty ``XDG_CACHE_HOME`` each. The baseline, interleaved with
every run: ``git ls-tree -r HEAD cases | wc -l``. Memory reference: Textual alone (an
app with an empty screen) in the same terminal.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pmtui.texts import tui as texts

SIZE = ("120", "40")
PMTUI = str(Path(sys.executable).parent / "pmtui")
COMPLETE = re.compile(r"\b(\d+) av \1 ärenden")
TICKS = os.sysconf("SC_CLK_TCK")
EMPTY_APP = "from textual.app import App\nApp().run()\n"


@dataclass
class Run:
    first_screen: float = 0.0
    keys_answered: float = 0.0
    complete: float = 0.0
    cpu_complete: float = 0.0
    settled: float = 0.0
    body_ready: float = 0.0
    key_while_indexing: float = 0.0
    cpu_settled: float = 0.0
    rss_mb: float = 0.0


@dataclass
class Results:
    runs: list[Run] = field(default_factory=list)
    git: list[float] = field(default_factory=list)


class Terminal:
    """One tmux server of our own (``-L``) with one session running one command."""

    def __init__(self, socket: str) -> None:
        self.base = ["tmux", "-L", socket]

    def start(self, command: str, cwd: Path, env: dict[str, str]) -> int:
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        shell = f"exec env {exports} {command}"
        subprocess.run(
            [*self.base, "new-session", "-d", "-s", "b", "-x", SIZE[0], "-y", SIZE[1], "-c",
             str(cwd), shell], check=True,
        )  # fmt: skip
        out = subprocess.run(
            [*self.base, "display", "-p", "-t", "b", "#{pane_pid}"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return int(out.stdout.strip())

    def screen(self) -> str:
        out = subprocess.run([*self.base, "capture-pane", "-p", "-t", "b"],
                             capture_output=True, text=True, check=False)  # fmt: skip
        return out.stdout

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.base, "send-keys", "-t", "b", *keys], check=False)

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, check=False)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def rss_mb(pid: int) -> float:
    out = subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True)
    return int(out.stdout.strip() or 0) / 1024


def wait(terminal: Terminal, check: Callable[[str], bool], start: float, limit: float) -> float:
    while True:
        if check(terminal.screen()):
            return time.perf_counter() - start
        if time.perf_counter() - start > limit:
            raise TimeoutError(f"not there after {limit} s:\n{terminal.screen()}")
        time.sleep(0.01)


def first_screen(screen: str) -> bool:
    return texts.FILTER_PLACEHOLDER[:30] in screen and texts.COLUMN_DNR in screen


def complete(screen: str) -> bool:
    found = COMPLETE.search(screen)
    return found is not None and int(found.group(1)) > 0 and texts.LOADING_CASES not in screen


def body_ready(screen: str) -> bool:
    return texts.STATUS_BODY_INDEX_READY in screen


def settled_screen(screen: str) -> bool:
    return texts.STATUS_BODY_INDEX_READY in screen and re.search(r"\d\d:\d\d ", screen) is not None


def stable_rss(pid: int, start: float, limit: float) -> tuple[float, float]:
    """(seconds, MB) once the RSS has moved by at most 1 MB over 2 s."""
    samples: list[tuple[float, float]] = []
    while True:
        now = time.perf_counter()
        samples.append((now, rss_mb(pid)))
        window = [mb for at, mb in samples if at >= now - 2.0]
        if now - samples[0][0] >= 2.0 and max(window) - min(window) <= 1.0:
            return now - 2.0 - start, window[-1]
        if now - start > limit:
            return now - start, window[-1]
        time.sleep(0.1)


def typing_delay(terminal: Terminal, start: float, limit: float, keys: int = 4) -> float:
    """Median seconds from a typed "k" to the screen showing it, over ``keys`` keys typed
    0.3 s apart (each erased again)."""
    delays = []
    for _ in range(keys):
        typed = time.perf_counter()
        terminal.keys("k")
        wait(terminal, lambda screen: not first_screen(screen), typed, limit)
        delays.append(time.perf_counter() - typed)
        terminal.keys("BSpace")
        wait(terminal, first_screen, start, limit)
        time.sleep(0.3)
    return statistics.median(delays)


def one_run(repo: Path, cache: Path, settle: bool, limit: float) -> Run:
    terminal = Terminal(f"bench-app-{os.getpid()}")
    env = {"XDG_CACHE_HOME": str(cache), "TERM": "xterm-256color", "HOME": os.environ["HOME"]}
    try:
        start = time.perf_counter()
        pid = terminal.start(PMTUI, repo, env)
        run = Run()
        run.first_screen = wait(terminal, first_screen, start, limit)
        terminal.keys("k")
        run.keys_answered = wait(terminal, lambda screen: not first_screen(screen), start, limit)
        terminal.keys("BSpace")
        wait(terminal, first_screen, start, limit)
        run.complete = wait(terminal, complete, start, limit)
        run.cpu_complete = cpu_seconds(pid)
        if not settle:  # cold: the body index's first build runs in the background now
            run.key_while_indexing = typing_delay(terminal, start, limit)
        run.body_ready = wait(terminal, body_ready, start, limit)
        if settle:
            wait(terminal, settled_screen, start, limit)
            run.settled, run.rss_mb = stable_rss(pid, start, limit)
            run.cpu_settled = cpu_seconds(pid)
            run.key_while_indexing = typing_delay(terminal, start, limit)  # the reference
        return run
    finally:
        terminal.close()


def git_listing(repo: Path) -> float:
    start = time.perf_counter()
    subprocess.run("git ls-tree -r HEAD cases | wc -l", shell=True, cwd=repo,
                   capture_output=True, check=False)  # fmt: skip
    return time.perf_counter() - start


def empty_textual(scratch: Path) -> float:
    """RSS (MB) of Textual alone: an app with an empty screen, settled."""
    script = scratch / "empty_app.py"
    script.write_text(EMPTY_APP)
    terminal = Terminal(f"bench-empty-{os.getpid()}")
    try:
        start = time.perf_counter()
        pid = terminal.start(f"{shlex.quote(sys.executable)} {script}", scratch, {})
        time.sleep(1.0)
        return stable_rss(pid, start, 30.0)[1]
    finally:
        terminal.close()


def stats(values: list[float], unit: str = "s") -> str:
    if not values:
        return "–"
    shown = [f"{v:.2f}" for v in (min(values), statistics.median(values), max(values))]
    return " / ".join(shown) + f" {unit}"


def report(warm: Results, cold: Results, textual_mb: float) -> list[str]:
    def col(results: Results, name: str) -> list[float]:
        return [getattr(run, name) for run in results.runs]

    lines = [
        "| app, 30,000 cases (whole process) | pmtui min / median / max | baseline | "
        "min / median / max |",
        "|---|---|---|---|",
    ]
    git = f"`git ls-tree -r HEAD cases \\| wc -l` | {stats(warm.git + cold.git)}"
    for label, results, name, unit in (
        ("warm: first screen", warm, "first_screen", "s"),
        ("warm: a key answered in the filter", warm, "keys_answered", "s"),
        ("warm: complete list", warm, "complete", "s"),
        ("warm: CPU to complete list", warm, "cpu_complete", "s"),
        ("warm: settled (details, body index)", warm, "settled", "s"),
        ("warm: CPU once settled", warm, "cpu_settled", "s"),
        ("warm: a key answered once settled (reference)", warm, "key_while_indexing", "s"),
        ("cold: first screen", cold, "first_screen", "s"),
        ("cold: a key answered in the filter", cold, "keys_answered", "s"),
        ("cold: complete list", cold, "complete", "s"),
        ("cold: CPU to complete list", cold, "cpu_complete", "s"),
        ("cold: a key answered while the body index builds", cold, "key_while_indexing", "s"),
        ("cold: body-text index ready (first build, from start)", cold, "body_ready", "s"),
    ):
        base = git if "list" in label else "–"
        lines.append(f"| {label} | {stats(col(results, name), unit)} | {base} |")
    rss = stats(col(warm, "rss_mb"), "MB")
    lines.append(f"| warm: RSS settled | {rss} | Textual, empty screen | {textual_mb:.0f} MB |")
    return lines


def measure(repo: Path, scratch: Path, runs: int, cold_runs: int, limit: float) -> list[str]:
    warm_cache = scratch / "warm-cache"
    one_run(repo, warm_cache, settle=True, limit=limit)  # fills every cache
    warm, cold = Results(), Results()
    for _ in range(runs):
        warm.git.append(git_listing(repo))
        warm.runs.append(one_run(repo, warm_cache, settle=True, limit=limit))
    for n in range(cold_runs):
        cold.git.append(git_listing(repo))
        cold.runs.append(one_run(repo, scratch / f"cold-{n}", settle=False, limit=limit))
    return report(warm, cold, empty_textual(scratch))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--repo", type=Path)
    parser.add_argument("--limit", type=float, default=600.0, help="seconds to wait at most")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        repo = args.repo
        if repo is None:
            from bench.generate import ensure_repository

            repo = scratch / "repo"
            shutil.copytree(ensure_repository(cases=30_000, commits=100_000), repo, symlinks=True)
        load = os.getloadavg()
        for line in measure(repo, scratch, args.runs, args.cold_runs, args.limit):
            print(line, flush=True)
        print(f"load average at start {load[0]:.2f}, at end {os.getloadavg()[0]:.2f}; "
              f"nproc {os.cpu_count()}; {sys.version.split()[0]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
