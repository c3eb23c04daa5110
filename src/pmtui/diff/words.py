"""Word-level comparison of two short texts (a sentence, a field value).

Texts are split into words, punctuation marks and whitespace runs, and stdlib
``difflib.SequenceMatcher`` aligns the tokens. This runs only on pairs of sentences that
the sentence-level pass found changed, so inputs are tens of tokens, never a document.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pmtui.diff.types import Op, Span

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Words, single punctuation marks and whitespace runs; ``"".join`` gives ``text``."""
    return _TOKEN.findall(text)


def similarity(old: str, new: str) -> float:
    """How alike two texts are, 0.0–1.0, by their words."""
    if old == new:
        return 1.0
    matcher = SequenceMatcher(None, tokens(old), tokens(new), autojunk=False)
    if matcher.real_quick_ratio() < 0.3:
        return matcher.real_quick_ratio()
    return matcher.ratio()


def _raw_spans(old: list[str], new: list[str]) -> list[Span]:
    spans: list[Span] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            spans.append(Span(Op.EQUAL, "".join(old[i1:i2])))
            continue
        if i2 > i1:
            spans.append(Span(Op.DELETE, "".join(old[i1:i2])))
        if j2 > j1:
            spans.append(Span(Op.INSERT, "".join(new[j1:j2])))
    return spans


def _absorb_lone_spaces(spans: list[Span]) -> list[Span]:
    """A whitespace-only match between two edits joins them: ``[-a b-]{+c d+}`` reads
    better than ``[-a-]{+c+} [-b-]{+d+}``."""
    result: list[Span] = []
    for index, span in enumerate(spans):
        inner = 0 < index < len(spans) - 1
        if inner and span.op is Op.EQUAL and not span.text.strip():
            before, after = spans[index - 1], spans[index + 1]
            if before.op is not Op.EQUAL and after.op is not Op.EQUAL:
                result += [Span(Op.DELETE, span.text), Span(Op.INSERT, span.text)]
                continue
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
    return tuple(_grouped(_absorb_lone_spaces(_raw_spans(tokens(old), tokens(new)))))


def old_side(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.INSERT)


def new_side(spans: tuple[Span, ...]) -> str:
    return "".join(s.text for s in spans if s.op is not Op.DELETE)
