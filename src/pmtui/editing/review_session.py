"""A branch being reviewed in the app, without a screen: the changed cases in order, their
summaries as they arrive, and which ones the reviewer has viewed.

The viewed marks and the case last opened are kept per range (its two commit ids) in
``$XDG_STATE_HOME/pmtui/reviews/<repository id>/<base>-<head>.json``, written atomically
each time they change, so reopening the same review continues where it was left.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_state_path

from pmtui.atomic import write_atomically
from pmtui.diff.review import CaseReview, ReviewRange
from pmtui.editing.drafts import repository_id
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.changeset import CaseChange

MARKS_FORMAT = 1


def reviews_root() -> Path:
    """``$XDG_STATE_HOME/pmtui/reviews`` (platformdirs' state folder elsewhere)."""
    state_home = os.environ.get("XDG_STATE_HOME")
    base = Path(state_home) / "pmtui" if state_home else user_state_path("pmtui")
    return base / "reviews"


@dataclass
class ReviewMarks:
    """The cases viewed in one range (by path) and the one last opened."""

    file: Path
    viewed: set[str] = field(default_factory=set)
    current: str | None = None

    @classmethod
    def for_range(
        cls, repository_root: Path | str | None, chosen: ReviewRange, root: Path | None = None
    ) -> ReviewMarks:
        folder = (root or reviews_root()) / repository_id(repository_root)
        marks = cls(folder / f"{chosen.base[:16]}-{chosen.head[:16]}.json")
        marks.read()
        return marks

    def read(self) -> None:
        """The saved marks; none when the file is missing or unreadable (never an error)."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if data.get("format") != MARKS_FORMAT:
                return
            self.viewed = {str(path) for path in data.get("viewed", [])}
            current = data.get("current")
            self.current = str(current) if current is not None else None
        except (OSError, ValueError, AttributeError, TypeError):
            return

    def write(self) -> None:
        data = {"format": MARKS_FORMAT, "viewed": sorted(self.viewed), "current": self.current}
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"), 0o600)


def case_name(change: CaseChange) -> str:
    """The dnr its path names (``KS 2023/886``), or the path when it names none."""
    try:
        return str(Dnr.from_slug(Path(change.path).stem))
    except (DnrError, ValueError):
        return change.path


class ReviewSession:
    """The changed cases of ``chosen``, their summaries (filled in as computed) and marks."""

    def __init__(self, chosen: ReviewRange, changes: list[CaseChange], marks: ReviewMarks) -> None:
        self.range = chosen
        self.changes = changes
        self.reviews: dict[int, CaseReview] = {}
        self.marks = marks

    def add_reviews(self, reviews: dict[int, CaseReview]) -> None:
        self.reviews.update(reviews)

    def viewed(self, index: int) -> bool:
        return self.changes[index].path in self.marks.viewed

    @property
    def viewed_count(self) -> int:
        return sum(self.viewed(n) for n in range(len(self.changes)))

    def opened(self, index: int) -> None:
        """The reviewer opened this case: it is viewed, and where to continue."""
        path = self.changes[index].path
        self.marks.viewed.add(path)
        self.marks.current = path
        self.marks.write()

    def toggle_viewed(self, index: int) -> None:
        path = self.changes[index].path
        self.marks.viewed.symmetric_difference_update({path})
        self.marks.write()

    def resume_index(self) -> int:
        """Where to put the cursor: the case last opened, else the first not viewed."""
        paths = [change.path for change in self.changes]
        if self.marks.current in paths:
            return paths.index(self.marks.current)
        return next((n for n in range(len(paths)) if not self.viewed(n)), 0)

    def neighbour(self, index: int, step: int) -> int | None:
        """The case ``step`` (±1) away, or None past either end."""
        wanted = index + step
        return wanted if 0 <= wanted < len(self.changes) else None

    def next_unviewed(self, index: int, step: int) -> int | None:
        """The nearest case not viewed yet, in the direction of ``step``."""
        wanted = index + step
        while 0 <= wanted < len(self.changes):
            if not self.viewed(wanted):
                return wanted
            wanted += step
        return None
