"""Shared by the benchmarks: timing, the machine description and writing bench/RESULTS.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes (wall clock)."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


@dataclass
class Row:
    """One line of a results table: pmtui against its baseline, with the target."""

    what: str
    pmtui: float | None  # seconds (median)
    baseline: float | None  # seconds (median)
    baseline_name: str
    target: str
    met: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.pmtui is None or not self.baseline:
            return None
        return self.pmtui / self.baseline


def _ms(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds * 1000:,.1f} ms"


def _verdict(met: bool | None) -> str:
    return "–" if met is None else ("**yes**" if met else "**NO**")


def table(rows: list[Row]) -> str:
    lines = [
        "| measurement | pmtui | baseline | baseline is | ratio | target | met |",
        "|---|---:|---:|---|---:|---|---|",
    ]
    for row in rows:
        ratio = "–" if row.ratio is None else f"{row.ratio:.2f}"
        what = f"{row.what} ({row.note})" if row.note else row.what
        lines.append(
            f"| {what} | {_ms(row.pmtui)} | {_ms(row.baseline)} | {row.baseline_name} "
            f"| {ratio} | {row.target} | {_verdict(row.met)} |"
        )
    return "\n".join(lines)


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
