"""pmtui's Git store against the git CLI, side by side in one run (issue 3, Targets).

    .venv/bin/python bench/bench_store.py [--small] [--no-write]

- save: ``CaseRepository.save`` of a one-sentence change, against ``git add`` +
  ``git commit`` of the same bytes in an identical copy of the repository;
- history of a rarely and of a heavily edited case, against ``git log --format=%H --
  <path>`` (the repository has a commit-graph with changed-path Bloom filters);
- listing every case with its front matter, cold (empty cache) and warm, against
  ``git grep -c . HEAD -- cases/``, which reads every blob.

Medians of repeated runs; ratio = pmtui ÷ git. Results go to the "## Store" section of
bench/RESULTS.md (with ``--no-write``, only to stdout).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import copy_repository, ensure_repository, load_manifest
from bench.report import (
    Row,
    Sample,
    cpu_share,
    machine,
    measure,
    median_of,
    median_sample,
    table,
    timed,
    write_section,
)
from bench.revisions import edit_sentence

IDENTITY = ("Bänk Bänksson", "bank@stockholm.example")


@dataclass(frozen=True)
class Size:
    cases: int
    commits: int
    saves: int
    reads: int
    cold_lists: int
    history_budget: float  # seconds the first history call (the index build) may take


FULL = Size(30_000, 100_000, saves=15, reads=7, cold_lists=2, history_budget=300)
SMALL = Size(2_000, 6_000, saves=7, reads=5, cold_lists=2, history_budget=300)


class Bench:
    """One run: the generated repository, a scratch folder and the collected rows."""

    def __init__(self, size: Size, scratch: Path) -> None:
        self.size = size
        self.scratch = scratch
        self.source = ensure_repository(cases=size.cases, commits=size.commits)
        self.manifest = load_manifest(self.source)
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self._caches = 0
        self.share_before = self.share_after = 1.0

    def fresh_cache(self) -> None:
        """Point pmtui's cache (``$XDG_CACHE_HOME/pmtui``) at a new, empty folder."""
        self._caches += 1
        os.environ["XDG_CACHE_HOME"] = str(self.scratch / f"cache-{self._caches}")

    def copy(self, name: str) -> Path:
        target = copy_repository(self.source, self.scratch / name)
        for key, value in zip(("user.name", "user.email"), IDENTITY, strict=True):
            git(target, "config", key, value)
        return target


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


def open_store(path: Path) -> Any:
    from pmtui.store import CaseRepository

    return CaseRepository.discover(explicit=path)


# --- history ---------------------------------------------------------------------------
# The first history call builds pmtui's index of every commit; it runs in a child process
# so that a build slower than the budget can be stopped and reported instead of waited for.
FIRST_HISTORY = (
    "import sys, time\n"
    "from pmtui.store import CaseRepository\n"
    "store = CaseRepository.discover(explicit=sys.argv[1])\n"
    "started = time.perf_counter()\n"
    "store.history(sys.argv[2], details=False)\n"
    "print(time.perf_counter() - started)\n"
)


def bench_history(bench: Bench, repo: Path) -> None:
    bench.fresh_cache()
    rare, heavy = bench.manifest["rare_case"], bench.manifest["heavy_case"]
    per_commit = _indexing_cost(repo)
    estimate = per_commit * bench.size.commits
    built = _first_history(repo, rare["dnr"], bench.size.history_budget)
    outcome = (
        f"took {built:.1f} s"
        if built is not None
        else f"did not finish within the {bench.size.history_budget:.0f} s budget (stopped)"
    )
    bench.notes.append(
        f"First history call with an empty cache (builds the commit-id-keyed index of all "
        f"{bench.size.commits:,} commits; from one `git log --raw` when git is installed): "
        f"{outcome}. The pygit2 fallback (`PMTUI_HISTORY_WALK=pygit2`, "
        f"`history_index.touched_paths`) costs {per_commit * 1000:.1f} ms a commit (median "
        f"over {INDEX_SAMPLE} commits), so a build without git would take ~{estimate:,.0f} s."
    )
    if built is None:
        bench.rows.append(
            Row("history (any case)", None, None, "`git log -- path`", 1.0, note="not measured")
        )
        return
    for label, case in (("rarely", rare), ("heavily", heavy)):
        _history_rows(bench, repo, label, case)


INDEX_SAMPLE = 200


def _indexing_cost(repo: Path) -> float:
    """Seconds pmtui's history index spends on one commit (median of a sample from HEAD)."""
    import pygit2

    from pmtui.store.history_index import touched_paths

    git_repo = pygit2.Repository(str(repo))
    samples = []
    for index, commit in enumerate(git_repo.walk(git_repo.head.target)):
        if index >= INDEX_SAMPLE:
            break
        started = time.perf_counter()
        touched_paths(git_repo, commit)
        samples.append(time.perf_counter() - started)
    return median_of(samples)


def _first_history(repo: Path, dnr: str, budget: float) -> float | None:
    command = [sys.executable, "-c", FIRST_HISTORY, str(repo), dnr]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=budget)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        raise RuntimeError(f"the first history call failed: {result.stderr}")
    return float(result.stdout.strip())


def _history_rows(bench: Bench, repo: Path, label: str, case: dict[str, Any]) -> None:
    dnr, path, commits = case["dnr"], case["path"], case["commits"]
    first_details = timed(lambda: open_store(repo).history(dnr))
    pm_full: list[Sample] = []
    pm_ids: list[Sample] = []
    base: list[Sample] = []
    for _ in range(bench.size.reads):
        pm_full.append(measure(lambda: open_store(repo).history(dnr)))
        pm_ids.append(measure(lambda: open_store(repo).history(dnr, details=False)))
        base.append(measure(lambda: git(repo, "log", "--format=%H", "--", path)))
    ours = [e.commit_id for e in open_store(repo).history(dnr, details=False)]
    same = ours == git(repo, "log", "--format=%H", "--", path).split()
    what = f"history, {label} edited case ({commits} commits)"
    for variant, samples in (("", pm_full), (", ids only (`details=False`)", pm_ids)):
        bench.rows.append(
            Row(what + variant, median_sample(samples), median_sample(base), "`git log`", 1.0)
        )
    bench.notes.append(
        f"History of {dnr}: same commits in the same order as git log: {'yes' if same else 'NO'}; "
        f"first call with changed-part labels not yet cached: {first_details * 1000:,.0f} ms."
    )


# --- listing ---------------------------------------------------------------------------
def bench_listing(bench: Bench, repo: Path) -> None:
    grep = [
        measure(lambda: git(repo, "grep", "-c", ".", "HEAD", "--", "cases/"))
        for _ in range(bench.size.reads)
    ]
    cold = []
    for _ in range(bench.size.cold_lists):
        bench.fresh_cache()
        cold.append(measure(lambda: open_store(repo).list_cases()))
    warm = [measure(lambda: open_store(repo).list_cases()) for _ in range(bench.size.reads)]
    count = len(open_store(repo).list_cases())
    baseline = median_sample(grep)
    name = "`git grep -c . HEAD -- cases/`"
    what = f"listing {count:,} cases"
    bench.rows.append(Row(f"{what}, cold (empty cache)", median_sample(cold), baseline, name, 3.0))
    bench.rows.append(
        Row(f"{what}, warm (cache filled)", median_sample(warm), baseline, name, 0.3, True)
    )


# --- save ------------------------------------------------------------------------------
# pmtui fsyncs every object, the ref and the file; the second baseline asks git for the
# same durability of objects and refs.
GIT_FSYNC = ("-c", "core.fsync=committed", "-c", "core.fsyncMethod=fsync")
SAVE_BASELINES = (("`git add` + `git commit`", ()), ("the same, `core.fsync=committed`", GIT_FSYNC))


def bench_save(bench: Bench) -> None:
    repos = [bench.copy(name) for name in ("save-pmtui", "save-git", "save-git-fsync")]
    rng = random.Random(886)
    cases = rng.sample(bench.manifest["cases"], bench.size.saves + 1)
    ours: list[Sample] = []
    baselines: list[list[Sample]] = [[], []]
    for case in cases:
        seconds, data, message = _pmtui_save(repos[0], case, rng)
        ours.append(seconds)
        for (_, options), repo, samples in zip(SAVE_BASELINES, repos[1:], baselines, strict=True):
            samples.append(_git_save(repo, case["path"], data, message, options))
    for (name, _), samples in zip(SAVE_BASELINES, baselines, strict=True):
        pm, base = median_sample(ours[1:]), median_sample(samples[1:])  # [0] is a warm-up
        bench.rows.append(Row("save of a one-sentence change", pm, base, name, 1.0))
    trees = {git(repo, "rev-parse", "HEAD^{tree}") for repo in repos}
    clean = git(repos[0], "status", "--porcelain") == ""
    bench.notes.append(
        f"Saves: the three copies end with the same tree: {'yes' if len(trees) == 1 else 'NO'}; "
        f"`git status --porcelain` empty after the pmtui saves: {'yes' if clean else 'NO'}. "
        "pmtui fsyncs every object, the ref and the work-tree file (`enable_fsync_gitdir`); "
        "git 2.39 with its defaults calls fsync not once during `git commit` (strace)."
    )


def _pmtui_save(repo: Path, case: dict[str, Any], rng: random.Random) -> tuple[Sample, bytes, str]:
    from pmtui.format import parse_case

    store = open_store(repo)
    loaded = store.load(case["dnr"])
    edited = parse_case(edit_sentence(loaded.text, rng).text)
    outcome: list[Any] = []
    seconds = measure(lambda: outcome.append(store.save(edited, loaded.base)))
    return seconds, (repo / case["path"]).read_bytes(), outcome[0].message


def _git_save(repo: Path, path: str, data: bytes, message: str, options: tuple[str, ...]) -> Sample:
    (repo / path).write_bytes(data)  # the editor's write; not timed
    return measure(
        lambda: (
            git(repo, *options, "add", "--", path),
            git(repo, *options, "commit", "-q", "-m", message),
        )
    )


# --- the run ---------------------------------------------------------------------------
def repository_facts(bench: Bench) -> str:
    stats = dict(
        line.split(": ", 1) for line in git(bench.source, "count-objects", "-vH").splitlines()
    )
    graph = bench.source / ".git" / "objects" / "info" / "commit-graph"
    bloom = graph.exists() and b"BDAT" in graph.read_bytes()
    heavy, rare = bench.manifest["heavy_case"], bench.manifest["rare_case"]
    return (
        f"Repository: {bench.size.cases:,} cases in `cases/<year>/`, {bench.size.commits:,} "
        f"commits, packed ({stats.get('size-pack', '?')}), commit-graph with changed-path "
        f"Bloom filters: {'yes' if bloom else 'NO'}. Heavily edited case: {heavy['dnr']} "
        f"({heavy['commits']} commits); rarely edited: {rare['dnr']} ({rare['commits']})."
    )


def code_version() -> str:
    """The commit of pmtui measured, and whether the store had uncommitted changes."""
    root = Path(__file__).resolve().parent.parent
    commit = git(root, "rev-parse", "--short", "HEAD").strip()
    dirty = git(root, "status", "--porcelain", "--", "src/pmtui").strip()
    return f"pmtui at {commit}" + (" (with uncommitted changes in src/pmtui)" if dirty else "")


def section(bench: Bench, command: str) -> str:
    notes = "\n".join(f"- {note}" for note in bench.notes)
    return (
        f"Command: `{command}`; {code_version()}. {machine()}\n\n"
        f"{repository_facts(bench)}\n\n"
        f"{table(bench.rows)}\n\n"
        "Medians. pmtui is timed in-process (a fresh `CaseRepository` per call, so its "
        "SQLite cache is read from disk each time), git as a whole process. CPU is user + "
        "system time of this process and the processes it waited for; on a shared machine it "
        "is the better guide to what an operation costs on an idle core. The OS page cache "
        'is warm for both; "cold" means pmtui\'s own cache is empty. Share of a core this '
        f"run got (CPU ÷ wall of a fixed loop): {bench.share_before:.2f} before, "
        f"{bench.share_after:.2f} after.\n\n"
        f"{notes}\n"
    )


def run(size: Size, scratch: Path) -> Bench:
    bench = Bench(size, scratch)
    bench.share_before = cpu_share()
    reads = bench.copy("reads")
    print("history …", file=sys.stderr, flush=True)
    bench_history(bench, reads)
    print("listing …", file=sys.stderr, flush=True)
    bench_listing(bench, reads)
    print("saves …", file=sys.stderr, flush=True)
    bench.fresh_cache()
    bench_save(bench)
    bench.share_after = cpu_share()
    return bench


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="2,000 cases, 6,000 commits")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies")
    args = parser.parse_args(argv)
    size = SMALL if args.small else FULL
    scratch = Path(tempfile.mkdtemp(prefix="pmtui-bench-store-"))
    try:
        bench = run(size, scratch)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    command = ".venv/bin/python bench/bench_store.py" + (" --small" if args.small else "")
    text = section(bench, command)
    print(text)
    if not args.no_write:
        write_section("Store" if not args.small else "Store (small)", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
