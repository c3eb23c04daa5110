"""``pmtui import`` of 1,000 text files against plain reading of the same files.

    .venv/bin/python bench/bench_import.py [--files 1000] [--runs 3] [--no-write]

The files are the seed's PDF-extracted text (tests/data), each with its own dnr serial and
title word, so every file is a distinct case in the seed's layout. Measured, min / median /
max of ``--runs``:

1. whole process: ``pmtui import --dry-run FILE…`` over all files in one process (reading,
   recognising, building and printing each case), against ``cat FILE… > /dev/null``;
2. in-process: ``pmtui.importing.import_file`` on each file, against ``Path.read_text``.

Results go to the "## Import" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import report
from pmtui.importing import import_file

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "pm-rotel-i-ks-2023-886.txt"
PMTUI = Path(sys.executable).parent / "pmtui"


def make_files(folder: Path, count: int) -> list[Path]:
    seed = SEED.read_text(encoding="utf-8")
    files = []
    for number in range(count):
        text = seed.replace("KS 2023/886", f"KS 2023/{1000 + number}")
        text = text.replace("Global Summit", f"Global Summit {number}", 1)
        path = folder / f"pm-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def samples(action: Callable[[], object], runs: int) -> list[report.Sample]:
    return [report.measure(action) for _ in range(runs)]


def run_quietly(command: list[str]) -> None:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def row(what: str, ours: list[report.Sample], base: str, theirs: list[report.Sample]) -> str:
    def spread(values: list[report.Sample]) -> str:
        walls = sorted(s.wall for s in values)
        return f"{walls[0]:.2f} / {statistics.median(walls):.2f} / {walls[-1]:.2f}"

    ratio = statistics.median(s.wall for s in ours) / statistics.median(s.wall for s in theirs)
    cpu = statistics.median(s.cpu for s in ours)
    return f"| {what} | {spread(ours)} | {cpu:.2f} | {base} | {spread(theirs)} | {ratio:,.0f}× |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = make_files(Path(folder), args.files)
        names = [str(f) for f in files]
        whole = samples(lambda: run_quietly([str(PMTUI), "import", "--dry-run", *names]), args.runs)
        cat = samples(lambda: run_quietly(["cat", *names]), args.runs)
        inside = samples(lambda: [import_file(f) for f in files], args.runs)
        reading = samples(lambda: [f.read_text(encoding="utf-8") for f in files], args.runs)
    lines = [
        f"{args.files} files in the seed's layout, {args.runs} runs; seconds, min / median / "
        "max of wall time; CPU is the median of this process and its children.",
        "",
        "| measurement | pmtui wall s | pmtui CPU s | baseline | baseline wall s | ratio |",
        "|---|---|---:|---|---|---:|",
        row("whole process: pmtui import --dry-run", whole, "cat FILE…", cat),
        row("in-process: import_file each file", inside, "Path.read_text", reading),
        "",
        report.machine(),
    ]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        report.write_section("Import", body)


if __name__ == "__main__":
    main()
