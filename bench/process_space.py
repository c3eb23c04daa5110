"""The repositories bench/bench_process.py works in: writable copies, the cases it uses,
and the commits it adds with git to time an extension of the history index."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from bench.generate import copy_repository

HEAVY = ("KS 2017/784", "cases/2017/ks-2017-784.md")  # without a manifest: the 30k names
RARE = ("KS 2019/7439", "cases/2019/ks-2019-7439.md")
BIG = ("KS 2023/88600", "cases/2023/ks-2023-88600.md")  # added: ~30 KB, two versions
DIFF_DEPTH = 10  # diff the newest version of the heavy case with the 10th before it


def git(repo: Path, *args: str, data: bytes | None = None) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], input=data, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8", errors="replace").strip()


@dataclass(frozen=True)
class Case:
    dnr: str
    path: str


@dataclass(frozen=True)
class Workspace:
    """A writable copy of a repository and the cache directory pmtui uses in it."""

    repo: Path
    cache: Path
    rare: Case
    heavy: Case
    peer: str  # another case file, for git's side of the write rows
    cases: int
    commits: int
    big: Case  # a ~30 KB case in two versions (``big_pair``), committed by ``prepare``
    big_pair: tuple[str, str]

    def env(self) -> dict[str, str]:
        return {**os.environ, "XDG_CACHE_HOME": str(self.cache)}

    def fresh_cache(self) -> Workspace:
        """The same copy with a new, empty cache directory (a "cold" run)."""
        return replace(self, cache=Path(tempfile.mkdtemp(prefix="cold-", dir=self.cache.parent)))

    def head(self) -> str:
        return git(self.repo, "rev-parse", "HEAD")

    def heavy_revisions(self) -> tuple[str, str]:
        """(older, newer): two commits that changed the heavy case."""
        log = git(self.repo, "log", "--format=%H", "--", self.heavy.path).split()
        return log[min(DIFF_DEPTH, len(log) - 1)], log[0]


def prepare(source: Path, scratch: Path, name: str) -> Workspace:
    """Copy ``source`` into ``scratch``/``name`` (never written in place) and describe it."""
    (scratch / name).mkdir(parents=True)
    repo = copy_repository(source, scratch / name / "repo")
    git(repo, "config", "user.name", "Bänk Benchmark")
    git(repo, "config", "user.email", "bench@example.invalid")
    rare, heavy = _named_cases(source)
    big_pair = _add_big_case(repo)
    files = git(repo, "ls-files", "cases").split("\n")
    peers = [p for p in files if p.rsplit("/", 1)[0] == rare.path.rsplit("/", 1)[0]]
    peer = next(p for p in peers if p not in (rare.path, heavy.path))
    commits = int(git(repo, "rev-list", "--count", "HEAD"))
    cache = scratch / name / "cache"
    cache.mkdir()
    space = Workspace(
        repo, cache / "warm", rare, heavy, peer, len(files), commits, Case(*BIG), big_pair
    )
    return space


def _add_big_case(repo: Path) -> tuple[str, str]:
    """Commit bench/bench_diff.py's ~30 KB case, then the same with 5% of its words
    changed; return the two commits."""
    from bench.bench_diff import big_case, change_words  # pmtui.diff: only when preparing

    rng = random.Random(886)
    text = big_case(rng).replace("\ndnr: KS 2023/886\n", f"\ndnr: {BIG[0]}\n", 1)
    file, commits = repo / BIG[1], []
    file.parent.mkdir(exist_ok=True)
    for number, version in enumerate((text, change_words(text, rng, 0.05))):
        file.write_text(version, encoding="utf-8")
        git(repo, "add", BIG[1])
        git(repo, "commit", "-q", "-m", f"{BIG[0]}: 30 KB case, version {number + 1} (bench)")
        commits.append(git(repo, "rev-parse", "HEAD"))
    return commits[0], commits[1]


def _named_cases(source: Path) -> tuple[Case, Case]:
    """The rarely and the heavily edited case, from bench/generate.py's manifest."""
    manifest = source.parent / "manifest.json"
    if not manifest.exists():
        return Case(*RARE), Case(*HEAVY)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    rare, heavy = data["rare_case"], data["heavy_case"]
    return Case(rare["dnr"], rare["path"]), Case(heavy["dnr"], heavy["path"])


def add_commits(space: Workspace, count: int) -> None:
    """``count`` commits on the branch, one changed case file each (its rubrik), written
    with ``git fast-import``; the index and the work tree follow the new tip."""
    old = space.head()
    branch = git(space.repo, "symbolic-ref", "HEAD")
    files = git(space.repo, "ls-files", "cases").split("\n")
    chosen = [p for p in files if p not in (space.rare.path, space.heavy.path)]
    step = max(1, len(chosen) // count)
    stream = bytearray()
    for number, path in enumerate(chosen[::step][:count]):
        stream += _commit(space.repo / path, path, branch, old if number == 0 else None, number)
    git(space.repo, "fast-import", "--quiet", data=bytes(stream))
    git(space.repo, "read-tree", "-m", "-u", old, "HEAD")


def _commit(file: Path, path: str, branch: str, parent: str | None, number: int) -> bytes:
    text = file.read_text(encoding="utf-8")
    text = re.sub(r"^rubrik: .*$", f"rubrik: Tillägg {number}", text, count=1, flags=re.M)
    body, message = text.encode(), f"bench: commit {number} made with git\n".encode()
    head = (
        f"commit {branch}\ncommitter Bänk <bench@example.invalid> {1_800_000_000 + number} +0000\n"
    )
    lines = [head.encode(), b"data %d\n" % len(message), message]
    if parent:
        lines.append(f"from {parent}\n".encode())
    lines += [f"M 100644 inline {path}\n".encode(), b"data %d\n" % len(body), body, b"\n"]
    return b"".join(lines)
