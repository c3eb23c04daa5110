"""The processes of the soak test (bench/soak.py): forked from the driver, each with its
own repository object, reporting one line per event through a pipe.

- ``writer``: a pmtui process saving one case again and again; ``ACK <commit> <title>``
  after every save that returned (what the user was told), ``CONFLICT``, ``BUSY``.
- ``git_committer``: plain ``git add`` + ``git commit -- FILE`` of a text file until a
  stop file appears, pausing between rounds; ``GITACK <commit> <n>`` for each commit git
  made (exit status 0), ``GITFAIL <n> <stderr>`` for each refusal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pmtui.store import CaseRepository, RepositoryBusy, SaveConflict

IDENTITY = ("Soak Soaksson", "soak@stockholm.example")
NOTE = "anteckningar.txt"
GIT = ["git", "-c", "user.name=Git Gitsson", "-c", "user.email=git@stockholm.example"]
Say = Callable[[str], None]
Body = Callable[[Say], None]


@dataclass
class Child:
    """A forked process and the read end of its pipe."""

    pid: int
    stream: Iterator[str]

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> int:
        return os.waitpid(self.pid, 0)[1]


def spawn(body: Body) -> Child:
    """Fork a process that runs ``body(say)``; ``say`` writes one line to the pipe."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the driver's code
        os.close(read_end)
        _run_child(body, write_end)
    os.close(write_end)
    return Child(pid, iter(os.fdopen(read_end, encoding="utf-8", errors="replace")))


def drain(children: list[Child], until_first: int, then: Callable[[], None]) -> list[list[str]]:
    """Read every child's lines at once (a full pipe would stall its writer); ``then``
    runs when the first ``until_first`` children have closed their pipes."""
    outputs: list[list[str]] = [[] for _ in children]
    threads = [
        threading.Thread(target=lambda n=n: outputs[n].extend(children[n].stream))
        for n in range(len(children))
    ]
    for thread in threads:
        thread.start()
    for thread in threads[:until_first]:
        thread.join()
    then()
    for thread in threads[until_first:]:
        thread.join()
    return outputs


def _run_child(body: Body, fd: int) -> None:
    def say(line: str) -> None:
        os.write(fd, (line.replace("\n", " ") + "\n").encode("utf-8"))

    code = 0
    try:
        body(say)
    except BaseException:  # report any failure to the driver, then exit hard
        say("ERROR " + traceback.format_exc().replace("\n", " | "))
        code = 1
    os._exit(code)


def open_repo(root: Path, lock_timeout: float) -> CaseRepository:
    return CaseRepository.discover(
        explicit=root, lock_timeout=lock_timeout, cache=False, identity=IDENTITY
    )


def writer(root: Path, dnr: str, count: int, prefix: str, lock_timeout: float) -> Body:
    """A pmtui process: reconcile (as every start does), then ``count`` saves of ``dnr``."""

    def body(say: Say) -> None:
        repo = open_repo(root, lock_timeout)
        repo.reconcile()
        say("READY")
        for number in range(count):
            say(save_once(repo, dnr, f"{prefix} {number}"))

    return body


def save_once(repo: CaseRepository, dnr: str, title: str) -> str:
    """One save of ``dnr`` with a new title: the line that reports it."""
    loaded = repo.load(dnr)
    if loaded.case is None:
        return f"INVALID {dnr}"
    try:
        result = repo.save(loaded.case.model_copy(update={"title": title}), loaded.base)
    except SaveConflict as conflict:
        return f"CONFLICT {conflict.where}"
    except RepositoryBusy as busy:
        return f"BUSY {busy.message}"
    return f"ACK {result.commit_id} {title}"


def git_committer(root: Path, stop: Path, pause: float) -> Body:
    """Plain git on the same branch: one commit of the note file per round."""

    def body(say: Say) -> None:
        number = 0
        while not stop.exists():
            number += 1
            (root / NOTE).write_text(f"{number}\n", encoding="utf-8")
            say(_git_commit(root, number))
            time.sleep(pause)

    return body


def _git_commit(root: Path, number: int) -> str:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*GIT, *args], cwd=root, capture_output=True, text=True)

    run("add", NOTE)  # may fail while pmtui holds index.lock; `commit -- NOTE` adds it too
    done = run("commit", "-q", "-m", f"anteckning {number}", "--", NOTE)
    if done.returncode:
        return f"GITFAIL {number} " + done.stderr.strip()[:200]
    commit = run("log", "-1", "--format=%H", "--", NOTE).stdout.strip()
    return f"GITACK {commit} {number}"
