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


@lru_cache(maxsize=1024)
def _matcher(old: str, new: str) -> SequenceMatcher[str]:
    """One matcher per pair, shared by ``similarity`` and ``word_spans`` (it keeps its
    matching blocks once computed)."""
    return SequenceMatcher(None, _keys(old), _keys(new), autojunk=False)


def similarity(old: str, new: str, floor: float = 0.0) -> float:
    """How alike two texts are, 0.0–1.0, by their words. Below ``floor`` the cheap upper
    bound is returned instead of the exact ratio (it is below ``floor`` too)."""
    if old == new:
        return 1.0
    matcher = _matcher(old, new)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio):
        estimate = bound()
        if estimate < floor:
            return estimate
    return matcher.ratio()


def _raw_spans(old: str, new: str) -> list[Span]:
    before, after = tokens(old), tokens(new)
    spans: list[Span] = []
    matcher = _matcher(old, new)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            spans.append(Span(Op.EQUAL, "".join(after[j1:j2])))
            continue
        if i2 > i1:
            spans.append(Span(Op.DELETE, "".join(before[i1:i2])))
        if j2 > j1:
            spans.append(Span(Op.INSERT, "".join(after[j1:j2])))
    return spans


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
