"""Word-level comparison of two short texts (a sentence, a field value).

Texts are split into words, punctuation marks and whitespace runs, and stdlib
``difflib.SequenceMatcher`` aligns the tokens. This runs only on pairs of sentences that
the sentence-level pass found changed, so inputs are tens of tokens, never a document.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from pmtui.diff.types import Op, Span

_WORD = re.compile(r"\s*(?:\w+|[^\w\s])|\s+$")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Words and single punctuation marks, each with the whitespace before it;
    ``"".join`` gives ``text`` back."""
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=4096)
def _keys(text: str) -> tuple[str, ...]:
    """What is compared: the tokens without their whitespace (spacing is no change)."""
    return tuple(token.strip() for token in tokens(text))


class _Pair:
    """Two token sequences aligned: the common head and tail are cut off first (most
    edits touch a word or two), and ``SequenceMatcher`` sees only the middle."""

    def __init__(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        shortest = min(len(old), len(new))
        head = next((k for k in range(shortest) if old[k] != new[k]), shortest)
        tail = 0
        while tail < shortest - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        self.head, self.tail, self.total = head, tail, len(old) + len(new)
        self.sizes = (len(old), len(new))
        self.middle = SequenceMatcher(
            None, old[head : len(old) - tail], new[head : len(new) - tail], autojunk=False
        )

    def bound(self) -> float:
        """An upper bound of ``ratio`` (difflib's ``quick_ratio`` on the middle)."""
        middle = self.middle.quick_ratio() * (self.total - 2 * (self.head + self.tail)) / 2
        return self._ratio(middle)

    def ratio(self) -> float:
        matched = sum(size for _, _, size in self.middle.get_matching_blocks())
        return self._ratio(matched)

    def _ratio(self, middle_matches: float) -> float:
        return 2.0 * (self.head + self.tail + middle_matches) / self.total if self.total else 1.0

    def opcodes(self) -> list[tuple[str, int, int, int, int]]:
        ends = self.sizes[0] - self.tail, self.sizes[1] - self.tail
        codes = [("equal", 0, self.head, 0, self.head)] if self.head else []
        for tag, i1, i2, j1, j2 in self.middle.get_opcodes():
            shift = self.head
            codes.append((tag, i1 + shift, i2 + shift, j1 + shift, j2 + shift))
        if self.tail:
            codes.append(("equal", ends[0], self.sizes[0], ends[1], self.sizes[1]))
        return codes


@lru_cache(maxsize=1024)
def _pair(old: str, new: str) -> _Pair:
    """One alignment per pair of texts, shared by ``similarity`` and ``word_spans``."""
    return _Pair(_keys(old), _keys(new))


def similarity(old: str, new: str, floor: float = 0.0) -> float:
    """How alike two texts are, 0.0–1.0, by their words. Below ``floor`` the cheap upper
    bound is returned instead of the exact ratio (it is below ``floor`` too)."""
    if old == new:
        return 1.0
    pair = _pair(old, new)
    estimate = pair.bound()
    return estimate if estimate < floor else pair.ratio()


def _raw_spans(old: str, new: str) -> list[Span]:
    before, after = tokens(old), tokens(new)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in _pair(old, new).opcodes():
        if tag == "equal":
            spans += _equal_run(before[i1:i2], after[j1:j2])
            continue
        if i2 > i1:
            spans.append(Span(Op.DELETE, "".join(before[i1:i2])))
        if j2 > j1:
            spans.append(Span(Op.INSERT, "".join(after[j1:j2])))
    return spans


def _equal_run(before: tuple[str, ...], after: tuple[str, ...]) -> list[Span]:
    """Matched words; where only the space before a word differs, that space is shown
    as replaced, so that both sides of the text are kept exactly."""
    spans: list[Span] = []
    for old, new in zip(before, after, strict=True):
        if old != new:
            spans += [Span(Op.DELETE, _space(old)), Span(Op.INSERT, _space(new))]
        spans.append(Span(Op.EQUAL, new.lstrip() if old != new else new))
    return _merged(spans)


def _space(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _space_out(spans: list[Span]) -> list[Span]:
    """Move the space before an edited run out of it, so that it reads
    ``tackar [-ja-]{+nej+}`` and ``att {+inte +}delta`` rather than ``tackar[- ja-]{+ nej+}``
    and ``att{+ inte+} delta``. Both sides of the text stay exactly as they were."""
    result: list[Span] = []
    run: list[Span] = []
    for span in [*spans, None]:
        if span is not None and span.op is not Op.EQUAL:
            run.append(span)
            continue
        if run:
            moved, span = _moved_space(run, span)
            result += moved
            run = []
        if span is not None:
            result.append(span)
    return _merged(result)


def _moved_space(run: list[Span], following: Span | None) -> tuple[list[Span], Span | None]:
    spaces = {_space(s.text) for s in run}
    space = spaces.pop() if len(spaces) == 1 else ""
    if not space or any(not s.text.strip() for s in run):
        return run, following
    stripped = [Span(s.op, s.text[len(space) :]) for s in run]
    if len(run) == 2:  # a replacement: both sides had the same space before it
        return [Span(Op.EQUAL, space), *stripped], following
    if following is not None and following.text.startswith(space):  # insertion or deletion
        moved = [Span(Op.EQUAL, space), Span(run[0].op, stripped[0].text + space)]
        return moved, Span(Op.EQUAL, following.text[len(space) :])
    return run, following


def _merged(spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if result and result[-1].op is span.op:
            result[-1] = Span(span.op, result[-1].text + span.text)
        else:
            result.append(span)
    return result


def _grouped(spans: list[Span]) -> list[Span]:
    """Merge neighbours of one kind; within a run of edits, deletions come first."""
    result: list[Span] = []
    run: dict[Op, str] = {Op.DELETE: "", Op.INSERT: ""}
    for span in [*spans, Span(Op.EQUAL, "")]:
        if span.op is not Op.EQUAL:
            run[span.op] += span.text
            continue
        result += [Span(op, text) for op, text in run.items() if text]
        run = {Op.DELETE: "", Op.INSERT: ""}
        if span.text and result and result[-1].op is Op.EQUAL:
            result[-1] = Span(Op.EQUAL, result[-1].text + span.text)
        elif span.text:
            result.append(span)
    return result


def word_spans(old: str, new: str) -> tuple[Span, ...]:
    """The words that differ between ``old`` and ``new``, as spans in reading order."""
    if old == new:
        return (Span(Op.EQUAL, old),) if old else ()
    return tuple(_space_out(_grouped(_raw_spans(old, new))))


def old_side(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.INSERT)


def new_side(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.DELETE)


def clear_caches() -> None:
    """Forget cached tokens and matchers (benchmarks measure a cold comparison)."""
    for cached in (tokens, _keys, _pair):
        cached.cache_clear()
