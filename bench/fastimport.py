"""Writing commits as a ``git fast-import`` stream: authors, fixed dates, one file each."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import IO
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
EPOCH = dt.datetime(2015, 1, 1, 8, 0, tzinfo=STOCKHOLM)
BRANCH = b"refs/heads/main"
GITATTRIBUTES = "*.md text eol=lf\n"


@dataclass(frozen=True)
class Author:
    name: str
    email: str

    @property
    def ident(self) -> str:
        return f"{self.name} <{self.email}>"


AUTHORS = (
    Author("Anna Lindqvist", "anna.lindqvist@stockholm.example"),
    Author("Erik Sandberg", "erik.sandberg@stockholm.example"),
    Author("Maria Holm", "maria.holm@stockholm.example"),
    Author("Johan Berglund", "johan.berglund@stockholm.example"),
    Author("Sara Ekström", "sara.ekstrom@stockholm.example"),
    Author("Ahmed Yusuf", "ahmed.yusuf@stockholm.example"),
    Author("Lina Åberg", "lina.aberg@stockholm.example"),
    Author("Per Nyström", "per.nystrom@stockholm.example"),
)


def git_date(seconds_after_epoch: int) -> str:
    """A raw git date (``1420095600 +0100``) in Stockholm time, daylight saving included.

    The time of day is squeezed into office hours (08–18), keeping the order of commits.
    """
    day, second = divmod(seconds_after_epoch, 86_400)
    moment = EPOCH + dt.timedelta(days=day, seconds=second * 10 // 24)
    local = moment.astimezone(STOCKHOLM)
    return f"{int(local.timestamp())} {local.strftime('%z')}"


def _data(payload: bytes) -> bytes:
    return b"data %d\n" % len(payload) + payload


class CommitWriter:
    """Writes commits on ``main``, each changing whole files given inline."""

    def __init__(self, out: IO[bytes], rng: random.Random) -> None:
        self._out = out
        self._rng = rng

    def initial_commit(self) -> None:
        """The repository's first commit, as ``pmtui init`` makes one: attributes only."""
        self._write(-86_400, AUTHORS[0], "Skapa ärendearkiv\n", {".gitattributes": GITATTRIBUTES})

    def commit(self, when: int, message: str, path: str, text: str) -> None:
        self._write(when, self._rng.choice(AUTHORS), message, {path: text})

    def _write(self, when: int, author: Author, message: str, files: dict[str, str]) -> None:
        stamp = f"{author.ident} {git_date(when)}\n"
        parts = [
            b"commit " + BRANCH + b"\n",
            f"author {stamp}committer {stamp}".encode(),
            _data(message.encode()),
        ]
        for path, text in files.items():
            parts.append(f"M 100644 inline {path}\n".encode())
            parts.append(_data(text.encode()) + b"\n")
        self._out.write(b"".join(parts) + b"\n")
