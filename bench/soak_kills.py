"""Phase 2 of the soak test (bench/soak.py): SIGKILL a saving pmtui process at random
moments, then do what a user does and check that nothing is torn, lost or wedged."""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.soak_children import open_repo, save_once, spawn, writer

from pmtui.atomic import TEMP_MARKER
from pmtui.format import inspect_case
from pmtui.store import ReconcileReport, StoreError
from pmtui.store.journal import journal_path
from pmtui.store.reconcile import stale_locks
from pmtui.texts import store as texts


def _marker(template: str) -> str:
    """The fixed text after the first field of a Swedish message template (after the
    path), to recognise the message."""
    return re.split(r"\{[^}]*\}", template)[1].split(";")[0]


LANDED = _marker(texts.RECOVERED_LANDED)  # " hann checkas in ("
UNDONE = _marker(texts.RECOVERED_UNDONE)  # " checkades aldrig in"


class KillRun:
    """``args.kills`` rounds: start a saver, kill it, check, save again."""

    def __init__(self, root: Path, dnrs: list[str], args: argparse.Namespace) -> None:
        self.root, self.dnrs, self.args = root, dnrs, args
        self.rng = random.Random(args.seed)
        self.acks: set[str] = set()
        self.tally: Counter[str] = Counter()
        self.errors: list[str] = []

    def run(self) -> dict[str, Any]:
        started = time.monotonic()
        for number in range(self.args.kills):
            dnr = self.rng.choice(self.dnrs)
            self.kill_one(number, dnr)
            self.after_kill(number, dnr)
            if (number + 1) % self.args.fsck_every == 0:
                self.fsck()
        for dnr in self.dnrs:
            self.next_save(dnr, "Sista sparningen")
        self.fsck()
        return self.summary(time.monotonic() - started)

    def kill_one(self, number: int, dnr: str) -> None:
        """A saver (start-up reconcile, then saves) killed after 0–3 acknowledged saves
        and a random delay: in start-up, recovery, or any step of a save."""
        child = spawn(writer(self.root, dnr, 10_000, f"K{number}", self.args.lock_timeout))
        wanted, seen = self.rng.randint(0, 3), 0
        while seen < wanted and (line := next(child.stream, None)) is not None:
            seen += self.record(line)
        time.sleep(self.rng.uniform(0.0, self.args.max_delay))
        child.kill()
        for line in child.stream:
            self.record(line)
        child.wait()
        self.tally["kills"] += 1

    def record(self, line: str) -> int:
        """Note one line of a child; 1 for an acknowledged save."""
        if line.startswith("ACK "):
            self.acks.add(line.split()[1])
            return 1
        if not line.startswith("READY"):
            self.errors.append(line.strip()[:300])
        return 0

    def after_kill(self, number: int, dnr: str) -> None:
        self.observe()
        self.check_files()
        self.user_reconcile()
        self.next_save(dnr, f"V{number}")

    def observe(self) -> None:
        """What the kill left: a journal (killed between journal and end of a save),
        our temp files, lock files."""
        self.tally["left_journal"] += journal_path(self.root / ".git").exists()
        self.tally["left_temp_files"] += any((self.root / "cases").rglob(f"*{TEMP_MARKER}*"))
        for lock in stale_locks(self.root / ".git"):
            self.tally[f"left_lock {lock.relative_to(self.root / '.git')}"] += 1

    def check_files(self) -> None:
        for path in (self.root / "cases").rglob("*.md"):
            if not inspect_case(path.read_bytes(), str(path)).ok:
                self.tally["torn"] += 1
                self.errors.append(f"torn or invalid: {path}")

    def user_reconcile(self) -> None:
        """Start pmtui (reconcile); remove locks it calls stale; wait while it calls a lock
        busy (no holder, but too new)."""
        started = time.monotonic()
        while True:
            report = open_repo(self.root, self.args.lock_timeout).reconcile()
            self.count_recovery(report)
            for lock in report.stale_locks:
                Path(lock).unlink(missing_ok=True)
                self.tally["locks_removed_after_advice"] += 1
            waited = time.monotonic() - started
            if not (report.stale_locks or report.busy_locks) or waited > self.args.stale_after + 60:
                break
            time.sleep(0.25)
        self.tally["seconds_waiting_for_stale_locks"] += round(time.monotonic() - started)

    def count_recovery(self, report: ReconcileReport) -> None:
        self.tally["recovered_landed"] += sum(LANDED in m for m in report.recovered)
        self.tally["recovered_undone"] += sum(UNDONE in m for m in report.recovered)

    def next_save(self, dnr: str, title: str) -> None:
        """The next save of the case must succeed; otherwise the case is wedged."""
        try:
            line = save_once(open_repo(self.root, self.args.lock_timeout), dnr, title)
        except StoreError as error:
            line = f"{type(error).__name__} {error.message}"
        if line.startswith("ACK "):
            self.acks.add(line.split()[1])
        else:
            self.tally["wedged"] += 1
            self.errors.append(f"wedged {dnr}: {line}"[:300])

    def fsck(self) -> None:
        command = ["git", "fsck", "--full", "--strict", "--no-dangling"]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True)
        self.tally["fsck_runs"] += 1
        if done.returncode:
            self.tally["fsck_errors"] += 1
            self.errors.append("fsck: " + done.stderr[:300])

    def summary(self, seconds: float) -> dict[str, Any]:
        command = ["git", "rev-list", "HEAD"]
        reachable = set(subprocess.run(command, cwd=self.root, capture_output=True,
                                       text=True).stdout.split())  # fmt: skip
        counts = {key: self.tally[key] for key in sorted(self.tally)}
        return {
            "seconds": round(seconds, 1),
            "acknowledged": len(self.acks),
            "lost": len(self.acks - reachable),
            "torn": self.tally["torn"],
            "fsck_errors": self.tally["fsck_errors"],
            "wedged": self.tally["wedged"],
            "counts": counts,
            "errors": self.errors[:10],
        }
