"""Build a synthetic case repository with ``git fast-import`` and cache it under bench/data/.

    .venv/bin/python bench/generate.py [--cases 30000] [--commits 100000] [--seed 2023]

Cases are made with ``pmtui.model`` and written by ``pmtui.format.serialize_case``; later
revisions change one sentence or the status on the text (see ``bench/revisions.py``).
Commits carry pmtui-style messages with the ``Ärende:`` trailer, except ~5% written as
with plain git. The result is repacked and gets a commit-graph with changed-path Bloom
filters, the fair anchor for ``git log -- <path>`` (docs/decisions.md, measured facts).

Other benchmarks call ``ensure_repository(cases=…, commits=…)``: it returns the work tree
of the cached repository (generating it first if needed). Treat it as read-only; copy it
(``copy_repository``) before writing to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import hashlib
import json
import multiprocessing
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, fastimport, plan, revisions
from pmtui.model import Dnr

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / "data"
MANIFEST = "manifest.json"
# Bump when a change here alters the generated repositories, so caches are rebuilt.
GENERATOR_VERSION = 1
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Params:
    cases: int = 30_000
    commits: int = 100_000
    seed: int = 2023

    def check(self) -> None:
        if self.cases < 1 or self.commits < self.cases + 1:
            raise ValueError("need at least one case and commits >= cases + 1 (the first commit)")

    def key(self) -> str:
        return f"c{self.cases}-m{self.commits}-s{self.seed}-{_fingerprint()}"


def _fingerprint() -> str:
    """Changes with GENERATOR_VERSION and whenever the canonical file format changes."""
    sample = corpus.case_text(0, 0, Dnr.parse("KS 2023/886"), plan.EPOCH_DATE)
    digest = hashlib.sha256(f"{GENERATOR_VERSION}\n{sample}".encode())
    return digest.hexdigest()[:10]


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _creation_text(job: tuple[int, int, Dnr, dt.date]) -> str:
    return corpus.case_text(*job)


@contextmanager
def _case_texts(params: Params, slots: list[plan.CaseSlot]) -> Iterator[Iterator[str]]:
    """First versions of the cases in creation order; two processes for large plans."""
    jobs = [
        (params.seed, i, s.dnr, plan.EPOCH_DATE + dt.timedelta(seconds=s.created))
        for i, s in enumerate(slots)
    ]
    if len(jobs) < 2_000:
        yield map(_creation_text, jobs)
        return
    with multiprocessing.Pool(2) as pool:
        yield pool.imap(_creation_text, jobs, chunksize=64)


def _revise(rng: random.Random, text: str, dnr: str) -> tuple[str, str]:
    """A new text and its commit message: mostly pmtui saves, some plain-git commits."""
    roll = rng.random()
    if roll < 0.05:
        slug = Dnr.parse(dnr).slug
        return revisions.edit_sentence(text, rng).text, revisions.plain_git_message(rng, slug)
    moved = revisions.advance_status(text) if roll < 0.11 else None
    revision = moved or revisions.edit_sentence(text, rng)
    return revision.text, revisions.pmtui_message(dnr, revision.summary)


def write_history(out: IO[bytes], params: Params, progress: Progress) -> dict[str, Any]:
    """Write the whole fast-import stream; return the manifest of what was written."""
    rng = random.Random(f"{params.seed}:plan")
    slots = plan.plan_cases(rng, params.cases)
    counts = plan.edit_counts(rng, params.cases, params.commits - params.cases - 1)
    events = plan.schedule(rng, slots, counts)
    writer = fastimport.CommitWriter(out, random.Random(f"{params.seed}:authors"))
    writer.initial_commit()
    current: list[str] = [""] * len(slots)
    started, step = time.monotonic(), max(1, len(events) // 20)
    with _case_texts(params, slots) as first_versions:
        for done, event in enumerate(events, start=1):
            dnr = str(slots[event.case].dnr)
            if event.creates:
                text, message = next(first_versions), revisions.created_message(dnr)
            else:
                text, message = _revise(rng, current[event.case], dnr)
            current[event.case] = text
            writer.commit(event.when, message, slots[event.case].dnr.relative_path, text)
            if done % step == 0 or done == len(events):
                elapsed = time.monotonic() - started
                progress(f"  commits {done + 1:,}/{params.commits:,} ({elapsed:.0f} s)")
    return _manifest(params, slots, counts)


def _manifest(params: Params, slots: list[plan.CaseSlot], counts: list[int]) -> dict[str, Any]:
    cases: list[dict[str, Any]] = [
        {"dnr": str(s.dnr), "path": s.dnr.relative_path, "commits": n + 1}
        for s, n in zip(slots, counts, strict=True)
    ]
    heavy = max(cases, key=lambda c: c["commits"])
    rare = [c for c in cases if c["commits"] == 1] or [min(cases, key=lambda c: c["commits"])]
    return {
        "params": vars(params),
        "commits": params.commits,
        "heavy_case": heavy,
        "rare_case": rare[len(rare) // 2],
        "cases": cases,
    }


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, stdout=subprocess.DEVNULL)


def build_repository(target: Path, params: Params, progress: Progress) -> dict[str, Any]:
    """Generate the repository in ``target``/repo and return its manifest."""
    repo = target / "repo"
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    progress(f"fast-import: {params.cases:,} cases, {params.commits:,} commits → {repo}")
    command = ["git", "-C", str(repo), "fast-import", "--quiet", "--date-format=raw"]
    with subprocess.Popen(command, stdin=subprocess.PIPE) as importer:
        assert importer.stdin is not None
        manifest = write_history(importer.stdin, params, progress)
        importer.stdin.close()
    if importer.returncode != 0:
        raise RuntimeError(f"git fast-import failed with exit code {importer.returncode}")
    _finish(repo, progress)
    return manifest


def _finish(repo: Path, progress: Progress) -> None:
    progress("checkout of the work tree")
    _git(repo, "checkout", "-q", "-f", "main")
    progress("git repack -adf (recomputes every delta; the longest step)")
    _git(repo, "repack", "-adfq")
    _git(repo, "prune-packed")
    progress("git commit-graph write --reachable --changed-paths")
    _git(repo, "commit-graph", "write", "--reachable", "--changed-paths")
    _git(repo, "config", "gc.auto", "0")  # no surprise gc in the middle of a benchmark


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def ensure_repository(
    cases: int = 30_000,
    commits: int = 100_000,
    seed: int = 2023,
    data_dir: Path | None = None,
    progress: Progress = stderr_progress,
) -> Path:
    """The work tree of the cached repository for these parameters (built on first use)."""
    params = Params(cases, commits, seed)
    params.check()
    base = (data_dir or DATA_DIR) / params.key()
    with _locked(base.with_name(base.name + ".lock")):
        if not (base / MANIFEST).exists():
            _build_into(base, params, progress)
    return base / "repo"


def _build_into(base: Path, params: Params, progress: Progress) -> None:
    building = base.with_name(base.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    started = time.monotonic()
    manifest = build_repository(building, params, progress)
    manifest["seconds"] = round(time.monotonic() - started, 1)
    (building / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    building.rename(base)
    progress(f"done in {manifest['seconds']} s")


def load_manifest(repo: Path) -> dict[str, Any]:
    """The manifest written next to a repository made by ``ensure_repository``."""
    data: dict[str, Any] = json.loads((repo.parent / MANIFEST).read_text(encoding="utf-8"))
    return data


def copy_repository(repo: Path, target: Path) -> Path:
    """A writable copy of a generated repository, with its index refreshed for the copy."""
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(["cp", "-a", "--reflink=auto", str(repo), str(target)], check=True)
    subprocess.run(["git", "-C", str(target), "update-index", "-q", "--refresh"], check=False)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=30_000)
    parser.add_argument("--commits", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        repo = ensure_repository(args.cases, args.commits, args.seed, args.data_dir)
    except ValueError as error:
        parser.error(str(error))
    print(repo)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
