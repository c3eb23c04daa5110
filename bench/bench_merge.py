"""The case merge driver against ``git merge-file``, on two versions of a ~30 KB case.

    .venv/bin/python bench/bench_merge.py [--runs 20] [--no-write]

Both sides change 5% of the body's sentences (different ones; some neighbours of the
other side's) and one front-matter field each. Measured, min / median / max of ``--runs``:

1. in-process: ``pmtui.merge.merge_case_texts`` (read three versions, merge, write the
   canonical result, read it back);
2. whole process, as git runs it: ``python -m pmtui.cli.merge_driver O A B 7 PATH`` in a
   repository (config read, result written, the merge log appended), and the same through
   the whole command line (``pmtui merge-driver``), which loads every command;
3. ``git merge-file -p --diff3`` on the same three files (what git does without the
   driver), and ``python -c pass`` (the interpreter's own start-up).

Results go to the "## Merge" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bench_diff, report
from pmtui.merge import Outcome, merge_case_texts

PATH = "cases/2023/ks-2023-886.md"
SHARE = 0.05
PMTUI = Path(sys.executable).parent / "pmtui"
NOTES = """\
Notes: wall and CPU milliseconds (CPU: this process and the child processes it waited
for). "in-process" is the merge alone, as a library call; "whole process" is what git
waits for per case file that both sides changed: starting Python, importing what the
driver needs (pmtui.merge, the format, the store's pygit2), the merge, writing the result
over %A and appending one line to .git/pmtui/merge-log.jsonl. git merge-file is C and
merges lines; with neighbouring sentences changed on the two sides it leaves conflicts
where the case merge has none (the "result" column).
"""


def _sentence_lines(text: str) -> list[int]:
    lines = text.split("\n")
    body = lines.index("---", 1) + 1
    return [n for n in range(body, len(lines)) if lines[n][:1].isupper()]


def _changed(text: str, picked: list[int], word: str) -> str:
    lines = text.split("\n")
    for n in picked:
        first, _, rest = lines[n].partition(" ")
        lines[n] = f"{first} {word} {rest}"
    return "\n".join(lines)


def versions(rng: random.Random) -> tuple[str, str, str]:
    """Base, ours and theirs: 5% of the sentences each (ours the even picks, theirs the
    odd ones, so some are neighbours), and one field each."""
    base = bench_diff.big_case(rng)
    prose = _sentence_lines(base)
    picked = sorted(rng.sample(prose, max(2, int(len(prose) * SHARE * 2))))
    ours = _changed(base, picked[0::2], "verkligen")
    theirs = _changed(base, picked[1::2], "faktiskt")
    ours = re.sub(r"^status: .*$", "status: återremitterad", ours, count=1, flags=re.MULTILINE)
    theirs = theirs.replace("\nrubrik: ", "\nrubrik: Ändrad ", 1)
    return base, ours, theirs


def _runs(action: Callable[[], object], runs: int) -> list[report.Sample]:
    action()  # warm the file cache and the interpreter's own caches
    return [report.measure(action) for _ in range(runs)]


def _cells(samples: list[report.Sample], field: str) -> str:
    values = [getattr(s, field) * 1000 for s in samples]
    return f"{min(values):,.1f} / {statistics.median(values):,.1f} / {max(values):,.1f}"


def _repository(workdir: Path, texts: tuple[str, str, str]) -> list[Path]:
    subprocess.run(["git", "init", "-q", str(workdir)], check=True)
    files = []
    for name, text in zip(("O", "A", "B"), texts, strict=True):
        files.append(workdir / f".merge_file_{name}")
        files[-1].write_text(text, encoding="utf-8")
    return files


def _process(command: list[str], workdir: Path, ours: Path, text: str) -> Callable[[], object]:
    def run() -> object:
        ours.write_text(text, encoding="utf-8")
        return subprocess.run(command, cwd=workdir, capture_output=True, check=False)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    share_before = report.cpu_share()
    base, ours, theirs = versions(random.Random(886))
    merged = merge_case_texts(base, ours, theirs, path=PATH)
    assert merged.outcome is Outcome.CLEAN, merged.reason
    with tempfile.TemporaryDirectory(prefix="pmtui-bench-merge-") as temp:
        rows = _measure(Path(temp), (base, ours, theirs), args.runs)
    size = len(base.encode("utf-8")) // 1000
    changed = len(merged.resolutions)
    lines = [
        "| measurement | wall ms (min / median / max) | CPU ms (min / median / max) | result |",
        "|---|---:|---:|---|",
        *[
            f"| {what} | {_cells(s, 'wall')} | {_cells(s, 'cpu')} | {result} |"
            for what, s, result in rows
        ],
    ]
    shares = f"{share_before:.2f} before, {report.cpu_share():.2f} after"
    body = (
        f"Command: `.venv/bin/python bench/bench_merge.py --runs {args.runs}`. {report.machine()} "
        f"Share of a core the run got: {shares}.\n\nTwo versions of a {size} KB case "
        f"({changed} parts changed in all, on the two sides).\n\n"
        + "\n".join(lines)
        + f"\n\n{NOTES}"
    )
    print(body)
    if not args.no_write:
        report.write_section("Merge", body)
    return 0


def _measure(
    workdir: Path, texts: tuple[str, str, str], runs: int
) -> list[tuple[str, list[report.Sample], str]]:
    files = _repository(workdir, texts)
    placeholders = [*map(str, files), "7", PATH]
    git_file = ["git", "merge-file", "-p", "--diff3", str(files[1]), str(files[0]), str(files[2])]
    conflicts = subprocess.run(git_file, capture_output=True, check=False).returncode
    commands = [
        ("python -m pmtui.cli.merge_driver (git's command)", "clean",
         [sys.executable, "-m", "pmtui.cli.merge_driver", *placeholders]),
        ("pmtui merge-driver (the whole command line)", "clean",
         [str(PMTUI), "merge-driver", *placeholders]),
        ("git merge-file -p --diff3", f"{conflicts} conflicts", git_file),
        ("python -c pass (interpreter start-up, for reference)", "–",
         [sys.executable, "-c", "pass"]),
    ]  # fmt: skip
    rows = [
        (
            "in-process: merge_case_texts",
            _runs(lambda: merge_case_texts(*texts, path=PATH), runs),
            "clean",
        )
    ]
    for what, result, command in commands:
        run = _process(command, workdir, files[1], texts[1])
        rows.append((f"whole process: {what}", _runs(run, runs), result))
    shutil.rmtree(workdir / ".git" / "pmtui", ignore_errors=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())
