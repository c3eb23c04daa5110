"""The plan of a synthetic case repository: which case each commit touches, and when.

Cases are created at uniform times over ten years and sharded by the year of their dnr.
Edits follow a heavy tail: one case in a thousand is "hot" (a fifth of all edits, so
hundreds each at full size), and the rest are drawn with Pareto weights, so many cases
are never edited after creation while a few are edited very often.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass

from pmtui.model import Dnr

DAY = 86_400
SPAN = 3_652 * DAY  # 2015-01-01 .. 2024-12-31
EPOCH_DATE = dt.date(2015, 1, 1)


@dataclass(frozen=True)
class CaseSlot:
    dnr: Dnr
    created: int  # seconds after the epoch of the plan (2015-01-01, Stockholm)


@dataclass(frozen=True)
class Event:
    when: int
    case: int  # index into the list of slots
    creates: bool


def plan_cases(rng: random.Random, cases: int) -> list[CaseSlot]:
    """Cases in order of creation; dnr serials grow within each registry and year."""
    times = sorted(rng.randrange(0, SPAN - DAY) for _ in range(cases))
    serials: Counter[tuple[str, int]] = Counter()
    slots: list[CaseSlot] = []
    for when in times:
        year = (EPOCH_DATE + dt.timedelta(seconds=when)).year
        registry = "155" if year <= 2016 and rng.random() < 0.1 else "KS"
        serials[registry, year] += rng.randint(1, 4)
        dnr = Dnr(registry, year, serials[registry, year])
        slots.append(CaseSlot(dnr, when))
    return slots


def _share(total: int, weights: list[float]) -> list[int]:
    scale = total / sum(weights)
    shares = [int(w * scale) for w in weights]
    shares[0] += total - sum(shares)
    return shares


def edit_counts(rng: random.Random, cases: int, edits: int) -> list[int]:
    """How often each case is edited after its creation (heavy-tailed)."""
    counts = [0] * cases
    hot = rng.sample(range(cases), max(1, cases // 1000))
    hot_shares = _share(edits // 5, [rng.uniform(1.0, 3.0) for _ in hot])
    for index, share in zip(hot, hot_shares, strict=True):
        counts[index] = share
    hot_set = set(hot)
    others = [i for i in range(cases) if i not in hot_set] or hot
    weights = [rng.paretovariate(1.5) for _ in others]
    for index in rng.choices(others, weights=weights, k=edits - sum(hot_shares)):
        counts[index] += 1
    return counts


def _edit_time(rng: random.Random, created: int, hot: bool) -> int:
    room = max(1, SPAN - created - 2)
    delay = rng.uniform(0, room) if hot else min(rng.expovariate(1 / (90 * DAY)), room)
    return created + 60 + int(delay)


def schedule(rng: random.Random, slots: list[CaseSlot], counts: list[int]) -> list[Event]:
    """Every commit of the plan in time order; a case's creation precedes its edits."""
    hot_threshold = max(counts) // 4 if counts else 0
    events = [Event(slot.created, index, True) for index, slot in enumerate(slots)]
    for index, count in enumerate(counts):
        hot = count > hot_threshold
        created = slots[index].created
        events.extend(Event(_edit_time(rng, created, hot), index, False) for _ in range(count))
    events.sort(key=lambda e: (e.when, not e.creates, e.case))
    return events
