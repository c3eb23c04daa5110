"""Shared by the benchmarks: timing, the machine description and writing bench/RESULTS.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass(frozen=True)
class Sample:
    """Wall-clock seconds and CPU seconds (this process plus the children it waited for).

    On a busy machine wall time grows with the load; CPU time barely does, so it shows what
    an operation costs when it has a core to itself.
    """

    wall: float
    cpu: float


def measure(action: Callable[[], object]) -> Sample:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spawned = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    return Sample(wall, cpu + spawned)


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes (wall clock)."""
    return measure(action).wall


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def median_sample(samples: list[Sample]) -> Sample:
    return Sample(median_of([s.wall for s in samples]), median_of([s.cpu for s in samples]))


@dataclass
class Row:
    """One line of a results table: pmtui against its baseline, with the target.

    The target is either a ratio (pmtui ÷ baseline ≤ ``limit``) or, with ``absolute``, a
    time in seconds (pmtui < ``limit``). It is judged on wall time and on CPU time.
    """

    what: str
    pmtui: Sample | None  # medians
    baseline: Sample | None
    baseline_name: str
    limit: float
    absolute: bool = False
    note: str = ""

    def ratio(self, field: str) -> float | None:
        if self.pmtui is None or self.baseline is None or not getattr(self.baseline, field):
            return None
        return float(getattr(self.pmtui, field) / getattr(self.baseline, field))

    def met(self, field: str) -> bool | None:
        if self.pmtui is None:
            return False if self.note else None
        if self.absolute:
            return bool(getattr(self.pmtui, field) < self.limit)
        ratio = self.ratio(field)
        return None if ratio is None else ratio <= self.limit

    @property
    def target(self) -> str:
        return f"< {self.limit * 1000:.0f} ms" if self.absolute else f"ratio ≤ {self.limit:.1f}"


def _ms(sample: Sample | None, field: str) -> str:
    return "–" if sample is None else f"{getattr(sample, field) * 1000:,.1f}"


def _verdict(met: bool | None) -> str:
    return "–" if met is None else ("yes" if met else "**NO**")


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(rows: list[Row]) -> str:
    lines = [
        "| measurement | pmtui wall ms | pmtui CPU ms | baseline | baseline wall ms "
        "| baseline CPU ms | ratio wall | ratio CPU | target | met (wall / CPU) |",
        "|---|---:|---:|---|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        what = f"{row.what} ({row.note})" if row.note else row.what
        ours, base = row.pmtui, row.baseline
        lines.append(
            f"| {what} | {_ms(ours, 'wall')} | {_ms(ours, 'cpu')} "
            f"| {row.baseline_name} | {_ms(base, 'wall')} | {_ms(base, 'cpu')} "
            f"| {_ratio(row.ratio('wall'))} | {_ratio(row.ratio('cpu'))} | {row.target} "
            f"| {_verdict(row.met('wall'))} / {_verdict(row.met('cpu'))} |"
        )
    return "\n".join(lines)


def cpu_share() -> float:
    """CPU time ÷ wall time of a fixed pure-Python loop: 1.0 on an idle core."""
    sample = measure(lambda: sum(i * i for i in range(2_000_000)))
    return sample.cpu / sample.wall if sample.wall else 1.0


def _first_line(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError:
        return "?"
    output = result.stdout.strip()
    return output.splitlines()[0] if output else "?"


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or "?"
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else "?"


def _memory() -> str:
    try:
        text = Path("/proc/meminfo").read_text(encoding="utf-8")
    except OSError:
        return "?"
    found = re.search(r"^MemTotal:\s*(\d+) kB", text, re.MULTILINE)
    return f"{int(found.group(1)) / 1024 / 1024:.1f} GiB" if found else "?"


def machine() -> str:
    """One paragraph describing where the numbers were measured."""
    import pygit2

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"Machine: {os.cpu_count()} CPUs (nproc), {_cpu_model()}, {_memory()} RAM; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
        f"{_first_line(['git', '--version'])}; pygit2 {pygit2.__version__} "
        f"(libgit2 {pygit2.LIBGIT2_VERSION}); load average {load}; "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC."
    )


def write_section(heading: str, body: str, results: Path = RESULTS) -> None:
    """Replace the ``## heading`` section of RESULTS.md (or append it), keeping the others."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    section = f"## {heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text, encoding="utf-8")
