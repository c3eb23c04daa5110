"""The rows of the case list: what each column shows, filtering and sorting (no Textual).

Built once per load from the store's summaries; a filter keystroke is a scan over
pre-folded strings plus, once the body index is built, an FTS5 prefix query per word.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from pmtui.editing.body_index import BodyIndex
from pmtui.terminal import safe_line
from pmtui.texts import counted
from pmtui.texts import tui as texts
from pmtui.texts.dates import moment_text


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int  # what the column needs to show its values in full; 0: the space left over


COLUMNS: tuple[Column, ...] = (
    Column("dnr", texts.COLUMN_DNR, 13),
    Column("rotel", texts.COLUMN_ROTEL, 5),
    Column("title", texts.COLUMN_TITLE, 0),
    Column("presenters", texts.COLUMN_PRESENTERS, 30),
    Column("status", texts.COLUMN_STATUS, 12),
    Column("date", texts.COLUMN_DATE, 10),
    Column("changed", texts.COLUMN_CHANGED, 34),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


class SummaryLike(Protocol):
    """The fields of ``pmtui.store.CaseSummary`` the list shows."""

    @property
    def dnr(self) -> Any: ...
    @property
    def path(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def rotel(self) -> Any: ...
    @property
    def presenters(self) -> Sequence[str]: ...
    @property
    def status(self) -> Any: ...
    @property
    def date(self) -> Any: ...
    @property
    def error(self) -> str | None: ...
    @property
    def blob_id(self) -> str: ...


_NUMBER = re.compile(r"\d+")


def _padded(match: re.Match[str]) -> str:
    return match.group().zfill(12)


def natural_key(text: str) -> str:
    """``KS 2023/99`` before ``KS 2023/886``: digit runs compare as numbers."""
    return _NUMBER.sub(_padded, text.casefold())


def _plain(value: Any) -> str:
    """An enum's value (``Status.REMISS`` → ``remiss``), a string as it is, None as ""."""
    if value is None or type(value) is str:
        return value or ""
    return str(getattr(value, "value", value))


def _shown(text: str) -> str:
    """``safe_line`` with a fast path: most texts have no control character at all."""
    return text if text.isprintable() else safe_line(text)


@dataclass(slots=True)
class CaseRow:
    """One case as the list shows it; every text already safe for the terminal."""

    dnr: str
    path: str
    ref: str  # what the store loads it by: the dnr, or the path when the dnr is unreadable
    rotel: str
    title: str
    presenters: str
    status: str
    date: str
    error: str | None = None
    blob_id: str = ""
    changed: str = ""
    changed_sort: str = ""
    haystack: str = field(default="", repr=False)

    @classmethod
    def from_summary(cls, summary: SummaryLike) -> CaseRow:
        dnr = str(summary.dnr) if summary.dnr is not None else ""
        title = _shown(summary.title or "")
        presenters = _shown(", ".join(summary.presenters or ()))
        shown_dnr = _shown(dnr)
        return cls(
            shown_dnr,
            summary.path,
            dnr or summary.path,
            _shown(_plain(summary.rotel)),
            title,
            presenters,
            _shown(_plain(summary.status)),
            summary.date.isoformat() if summary.date else "",
            summary.error,
            summary.blob_id,
            "",
            "",
            f"{shown_dnr}\t{title}\t{presenters}".casefold(),
        )

    def cell(self, key: str) -> str:
        return str(getattr(self, key))

    def sort_key(self, key: str) -> Any:
        if key == "dnr":
            return natural_key(self.dnr)
        if key == "changed":
            return self.changed_sort
        return self.cell(key).casefold()


def describe_change(author: str, when: datetime | None) -> tuple[str, str]:
    """(shown text, sortable text) of a last change; shown in local time (docs/decisions.md,
    "Times are shown in local time"), sorted by the absolute moment."""
    if when is None:
        return safe_line(author), ""
    stamp = moment_text(when)
    moment = when.astimezone(UTC) if when.tzinfo else when
    return texts.CHANGED_BY_AT.format(author=safe_line(author), when=stamp), moment.isoformat()


def words_of(text: str) -> list[str]:
    """The filter text as casefolded words; each must match."""
    return text.casefold().split()


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the user asked the list to show."""

    text: str = ""
    status: str | None = None
    rotel: str | None = None
    sort: str = "dnr"
    descending: bool = False


def query_status(query: ListQuery, shown: int, total: int) -> list[str]:
    """The parts of the list's status line that say what is shown: how many cases, in
    which order, with which filters."""
    title = next(column.title for column in COLUMNS if column.key == query.sort)
    direction = texts.SORT_DESCENDING if query.descending else texts.SORT_ASCENDING
    parts = [
        counted(total, texts.STATUS_LINE, shown=shown),
        texts.STATUS_SORT.format(column=title, direction=direction),
    ]
    if query.status:
        parts.append(texts.STATUS_FILTER_STATUS.format(value=query.status))
    if query.rotel:
        parts.append(texts.STATUS_FILTER_ROTEL.format(value=query.rotel))
    return parts


MIN_BODY_WORD = 3  # shorter words match nearly every text: metadata only
MEMO_LIMIT = 256


class CaseIndex:
    """All rows of the list, with cached sort orders and an optional body index.

    A keystroke filters over the metadata only (``query``); body-text hits are looked up
    apart (``body_hits``, in a worker) and passed in once known, so typing never waits
    for the full-text index.
    """

    def __init__(self, rows: list[CaseRow], presort: str | None = "dnr") -> None:
        """``presort``: the column whose order is computed now (in the loading thread)."""
        self.rows = rows
        self.body: BodyIndex | None = None
        self._orders: dict[str, list[int]] = {}
        self._meta: dict[str, list[int]] = {}
        if presort:
            self._order(presort)

    @classmethod
    def of_summaries(cls, summaries: Iterable[SummaryLike]) -> CaseIndex:
        """The rows of ``summaries``, made with Python's cycle collector paused: tens of
        thousands of new objects would set it off again and again, each time walking every
        object of the app (~30 % of the time at 30,000 cases); rows hold no cycles."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return cls([CaseRow.from_summary(summary) for summary in summaries])
        finally:
            if was_enabled:
                gc.enable()

    def _order(self, key: str) -> list[int]:
        if key not in self._orders:
            rows = self.rows
            self._orders[key] = sorted(range(len(rows)), key=lambda i: rows[i].sort_key(key))
        return self._orders[key]

    def set_changes(self, changes: Mapping[int, tuple[str, str]]) -> None:
        """Fill the last-change column of some rows: ``row number -> (shown, sortable)``."""
        rows = self.rows
        for number, (shown, sortable) in changes.items():
            rows[number].changed, rows[number].changed_sort = shown, sortable
        if changes:
            self._orders.pop("changed", None)

    def meta_hits(self, word: str) -> list[int]:
        """Rows whose dnr, title or names contain ``word`` (casefolded). Typing narrows:
        only the hits of an earlier word contained in this one are scanned again."""
        if word in self._meta:
            return self._meta[word]
        known = [w for w in self._meta if w in word]
        candidates = min((self._meta[w] for w in known), key=len, default=None)
        rows = self.rows
        numbers = candidates if candidates is not None else range(len(rows))
        hits = [i for i in numbers if word in rows[i].haystack]
        if len(self._meta) >= MEMO_LIMIT:
            self._meta.clear()
        self._meta[word] = hits
        return hits

    def body_hits(self, words: list[str]) -> dict[str, set[int]]:
        """Rows whose text has each word (as a prefix); only words long enough to tell."""
        if self.body is None:
            return {}
        return {w: self.body.rows_matching(w) for w in words if len(w) >= MIN_BODY_WORD}

    def _words_match(self, words: list[str], body: Mapping[str, set[int]]) -> set[int] | None:
        matched: set[int] | None = None
        for word in words:
            hits = set(self.meta_hits(word)) | body.get(word, set())
            matched = hits if matched is None else matched & hits
        return matched

    def query(self, query: ListQuery, body: Mapping[str, set[int]] | None = None) -> list[int]:
        """Row numbers to show, in display order; ``body``: known body hits per word."""
        matched = self._words_match(words_of(query.text), body or {})
        order = self._order(query.sort)
        if query.descending:
            order = order[::-1]
        rows, status, rotel = self.rows, query.status, query.rotel
        if matched is None and status is None and rotel is None:
            return list(order)
        return [
            i
            for i in order
            if (matched is None or i in matched)
            and (status is None or rows[i].status == status)
            and (rotel is None or rows[i].rotel == rotel)
        ]

    def values(self, key: str) -> list[str]:
        """The distinct values of a column, sorted naturally (for the filter pickers)."""
        return sorted({row.cell(key) for row in self.rows if row.cell(key)}, key=natural_key)
