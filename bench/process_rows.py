"""The rows of bench/bench_process.py: each pmtui command as a whole process, beside its
baseline, with the target of issue 13 ("Fast as a whole process")."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bench.process_space import Case, Workspace, add_commits, git

from pmtui.store import history_gitlog

Argv = list[str]
Commands = Callable[[int], list[Argv]]  # a unique number → the processes, timed together
_BIN = Path(sys.executable).parent / "pmtui"  # the console script a user runs
PMTUI = [str(_BIN)] if _BIN.exists() else [sys.executable, "-m", "pmtui"]
PYTHON_PASS = [sys.executable, "-c", "pass"]
# The options of the store's `git log --raw` (src/pmtui/store/history_gitlog.py), for a
# store that does not name its command (``log_command``).
HISTORY_LOG = (
    "-c", "log.showSignature=false", "-c", "core.quotePath=false",
    "log", "--format=%x01%H", "--raw", "-z", "-M", "-c", "--no-abbrev", "--topo-order",
    "--no-color", "--no-ext-diff", "--no-textconv",
)  # fmt: skip


@dataclass(frozen=True)
class Target:
    """Met when pmtui's median is ≤ ``seconds`` and ≤ ``ratio`` × the baseline's median;
    ``cpu_only``: judged on CPU time alone. Neither limit: a reference row."""

    seconds: float | None = None
    ratio: float | None = None
    cpu_only: bool = False

    def text(self) -> str:
        parts = [f"≤ {self.seconds:g} s"] if self.seconds is not None else []
        parts += [f"≤ {self.ratio:g}×"] if self.ratio is not None else []
        return " and ".join(parts) + (" in CPU time" if self.cpu_only else "") or "reference"

    def met(self, ours: float, base: float) -> bool | None:
        checks = [ours <= self.seconds] if self.seconds is not None else []
        checks += [base > 0 and ours / base <= self.ratio] if self.ratio is not None else []
        return all(checks) if checks else None


@dataclass(frozen=True)
class ProcessRow:
    name: str  # what --rows selects
    label: str
    pmtui: Commands
    baseline_label: str
    baseline: Commands
    target: Target
    space: Workspace
    cold: bool = False  # each run in a fresh cache (``before_each``), fewer runs
    writes: bool = False  # every run of both sides must add a commit
    before_each: Callable[[ProcessRow], ProcessRow] | None = None


def _fixed(*argvs: Argv) -> Commands:
    return lambda _n: [list(a) for a in argvs]


def _git(space: Workspace, *args: str) -> Argv:
    return ["git", "-C", str(space.repo), *args]


def reading_rows(space: Workspace) -> list[ProcessRow]:
    """Start-up, then commands that read one case or list them all."""
    python = ("python -c pass (same interpreter)", _fixed(PYTHON_PASS), Target(0.15, 4.0))
    grep = _fixed(_git(space, "grep", "-c", ".", "HEAD", "--", "cases/"))
    return [
        ProcessRow("version", "--version", _fixed([*PMTUI, "--version"]), *python, space),
        ProcessRow("help", "--help", _fixed([*PMTUI, "--help"]), *python, space),
        ProcessRow("help-git", "--help", _fixed([*PMTUI, "--help"]), "git status",
                   _fixed(_git(space, "status")), Target(), space),
        *_one_case_rows(space),
        ProcessRow("list-warm", f"list (warm, {space.cases:,} cases)", _fixed([*PMTUI, "list"]),
                   "git grep -c . HEAD -- cases/", grep, Target(0.4), space),
        ProcessRow("blame", f"blame DNR (heavy case, {_commits(space, space.heavy)} versions)",
                   _fixed([*PMTUI, "blame", space.heavy.dnr]), "git blame path",
                   _fixed(_git(space, "blame", space.heavy.path)), Target(ratio=2.0), space),
    ]  # fmt: skip


def _one_case_rows(space: Workspace) -> list[ProcessRow]:
    """show, log and diff of one case: each ≤ 0.35 s, log also ≤ 2× git log."""
    one, log = Target(0.35), Target(0.35, 2.0)
    rows = [
        ProcessRow("show", "show DNR (rare case)", _fixed([*PMTUI, "show", space.rare.dnr]),
                   "git show HEAD:path", _fixed(_git(space, "show", f"HEAD:{space.rare.path}")),
                   one, space),
    ]  # fmt: skip
    for name, case in (("rare", space.rare), ("heavy", space.heavy)):
        rows.append(ProcessRow(
            f"log-{name}", f"log DNR ({name} case, {_commits(space, case)} commits)",
            _fixed([*PMTUI, "log", case.dnr]), "git log -- path",
            _fixed(_git(space, "log", "--", case.path)), log, space,
        ))  # fmt: skip
    heavy = (space.heavy, space.heavy_revisions(), "heavy case, {} KB, A = 10th before B")
    big = (space.big, space.big_pair, "a {} KB case, 5% of its words changed")
    for name, (case, pair, what) in (("diff", heavy), ("diff-30kb", big)):
        rows.append(ProcessRow(
            name, f"diff DNR A B ({what.format(_size(space, case))})",
            _fixed([*PMTUI, "diff", case.dnr, *pair]), "git diff --word-diff A B",
            _fixed(_git(space, "diff", "--word-diff", *pair, "--", case.path)), one, space,
        ))  # fmt: skip
    return rows


def writing_rows(space: Workspace, small: bool = False) -> list[ProcessRow]:
    """set / status / new, each against git add + git commit of one case file; ``small``:
    only ``set``, named set-small (the same write in a repository with fewer cases)."""
    rare, double = space.rare, Target(ratio=2.0)
    edit = "git add + git commit (one case file)"

    def set_rubrik(n: int) -> list[Argv]:
        return [[*PMTUI, "set", rare.dnr, f"rubrik=Benchmark {n}"]]

    def move_status(_n: int) -> list[Argv]:
        return [[*PMTUI, "status", rare.dnr, _next_status(space.repo / rare.path), "--hoppa"]]

    def new_case(n: int) -> list[Argv]:
        fields = ["--rubrik", f"Ny {n}", "--rotel", "I", "--foredragande", "Anna Bänk"]
        return [[*PMTUI, "new", "--dnr", f"KS 2098/{n}", *fields]]

    set_row = ProcessRow("set-small" if small else "set",
                         f"set DNR rubrik=… ({space.cases:,} cases)", set_rubrik, edit,
                         _git_edit(space), double, space, writes=True)  # fmt: skip
    if small:
        return [set_row]
    return [
        set_row,
        ProcessRow("status", "status DNR <next status> --hoppa", move_status, edit,
                   _git_edit(space), double, space, writes=True),
        ProcessRow("new", "new --dnr … --rubrik … --rotel … --foredragande …", new_case,
                   "git add + git commit (a new case file)", _git_new(space), double, space,
                   writes=True),
    ]  # fmt: skip


def cold_rows(space: Workspace, extend: int) -> list[ProcessRow]:
    """Rows that start from an empty cache: the listing and the history index."""
    rare = space.rare
    log = _fixed([*PMTUI, "log", rare.dnr])
    raw = _fixed(_history_log(space.repo / ".git"))

    def extended(row: ProcessRow) -> ProcessRow:
        row = _cold(row)
        _run_untimed(log(0), row.space)  # the first build
        add_commits(row.space, extend)
        return row

    return [
        ProcessRow("list-cold", f"list (cold, {space.cases:,} cases)", _fixed([*PMTUI, "list"]),
                   "git grep -c . HEAD -- cases/",
                   _fixed(_git(space, "grep", "-c", ".", "HEAD", "--", "cases/")),
                   Target(ratio=2.5, cpu_only=True), space, cold=True, before_each=_cold),
        ProcessRow("history-build",
                   f"log DNR, history index first build ({space.commits:,} commits)", log,
                   "git log --raw --no-abbrev … (the store's options)", raw, Target(ratio=1.2),
                   space, cold=True, before_each=_cold),
        ProcessRow("history-extend", f"log DNR, history index after {extend} new commits",
                   log, "pmtui log DNR again, nothing new", log, Target(ratio=1.5), space,
                   cold=True, before_each=extended),
    ]  # fmt: skip


def _history_log(gitdir: Path) -> Argv:
    """The store's own `git log --raw` over everything, with its GIT_FLUSH=0 (git writes
    whole buffers to the pipe, not one write per commit)."""
    command = getattr(history_gitlog, "log_command", None)
    if command is None:
        return ["env", "GIT_FLUSH=0", "git", f"--git-dir={gitdir}", *HISTORY_LOG, "HEAD"]
    return ["env", "GIT_FLUSH=0", *command(gitdir, "HEAD", [])]


def _cold(row: ProcessRow) -> ProcessRow:
    return replace(row, space=row.space.fresh_cache())


def _run_untimed(argvs: list[Argv], space: Workspace) -> None:
    for argv in argvs:
        subprocess.run(argv, cwd=space.repo, env=space.env(), capture_output=True, check=True)


def _git_edit(space: Workspace) -> Commands:
    path = shlex.quote(space.peer)

    def commands(n: int) -> list[Argv]:
        script = f"sed -i 's/^rubrik: .*/rubrik: Git {n}/' {path} && git add {path}"
        return [["sh", "-c", f"{script} && git commit -q -m 'bench {n}'"]]

    return commands


def _git_new(space: Workspace) -> Commands:
    source = shlex.quote(space.rare.path)

    def commands(n: int) -> list[Argv]:
        path = f"cases/2099/ks-2099-{n}.md"
        script = f"mkdir -p cases/2099 && sed 's|^dnr: .*|dnr: KS 2099/{n}|' {source} > {path}"
        return [["sh", "-c", f"{script} && git add {path} && git commit -q -m 'bench {n}'"]]

    return commands


def _next_status(file: Path) -> str:
    found = re.search(r"^status: (\S+)$", file.read_text(encoding="utf-8"), re.MULTILINE)
    return "beredd" if found and found.group(1) == "remiss" else "remiss"


def _commits(space: Workspace, case: Case) -> int:
    return len(git(space.repo, "log", "--format=%H", "--", case.path).split())


def _size(space: Workspace, case: Case) -> str:
    return f"{(space.repo / case.path).stat().st_size / 1000:.1f}"
