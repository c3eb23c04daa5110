"""Moments as users read them: in this machine's local time zone, in Swedish format.

Tables use the Swedish standard numeric form (``2023-09-06 10:00``, SS-ISO 8601); sentences
use words (``6 september 2023 kl. 10.00``). JSON output keeps ISO 8601 with the offset the
commit recorded; only what people read is converted.
"""

from __future__ import annotations

from datetime import datetime

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def local(when: datetime) -> datetime:
    """``when`` in the local time zone (a naive time is taken as local already)."""
    return when.astimezone() if when.tzinfo else when


def moment_text(when: datetime) -> str:
    """``2023-09-06 10:00``, local time: for tables and lists."""
    return local(when).strftime("%Y-%m-%d %H:%M")


def day_text(when: datetime) -> str:
    """``2023-09-06``, the local date: for narrow columns."""
    return local(when).strftime("%Y-%m-%d")


def moment_words(when: datetime) -> str:
    """``6 september 2023 kl. 10.00``, local time: for sentences."""
    moment = local(when)
    month = MONTHS[moment.month - 1]
    return f"{moment.day} {month} {moment.year} kl. {moment.hour:02d}.{moment.minute:02d}"


def stamp_words(stamp: str) -> str:
    """An ISO 8601 stamp (as drafts record it) in words, local time; kept as it is when it
    cannot be read, so a damaged draft file still shows something."""
    try:
        return moment_words(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp
