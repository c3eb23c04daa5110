"""Properties of the merge over random edits of real cases: merging a version with itself
gives it back, a side that kept the base gives the other side, and swapping the sides
gives the same result (a clean merge stays clean, a conflict stays a conflict)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pmtui.merge import Outcome, merge_case_texts
from tests.merge.helpers import POINTS, POINTS_PATH, SEED, SEED_PATH, canonical

CASES = {SEED_PATH: SEED, POINTS_PATH: POINTS}
STATUSES = ("utkast", "remiss", "beredd", "tillstyrkt", "beslutad")
# Each example reads, merges and writes whole files several times (~30 ms a merge): a
# quarter of the profile's examples (25 in the quick profile, 250 in the thorough one).
FEWER = settings(max_examples=max(10, settings().max_examples // 4))


def _sentence_lines(text: str) -> list[int]:
    """Indexes of the body's prose lines (one sentence each), not headings or Markdown."""
    lines = text.split("\n")
    body = lines.index("---", 1) + 1
    return [
        n
        for n in range(body, len(lines))
        if lines[n][:1].isupper() and not lines[n].startswith("#")
    ]


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` after a few edits a person makes: sentences reworded, removed or added,
    the status changed."""
    lines = text.split("\n")
    prose = _sentence_lines(text)
    for _ in range(draw(st.integers(0, 3))):
        n = draw(st.sampled_from(prose))
        kind = draw(st.sampled_from(["reword", "remove", "add"]))
        word = draw(st.sampled_from(["Staden", "Nämnden", "Kontoret", "Rådet"]))
        if kind == "reword":
            lines[n] = lines[n].replace(" ", f" {word.lower()} ", 1)
        elif kind == "remove" and lines[n]:
            lines[n] = ""
        elif kind == "add":
            lines[n] = f"{lines[n]}\n{word} lägger till en mening."
    result = "\n".join(lines)
    if draw(st.booleans()):
        status = draw(st.sampled_from(STATUSES))
        result = "\n".join(
            f"status: {status}" if line.startswith("status: ") else line
            for line in result.split("\n")
        )
    return canonical(result)


@st.composite
def versions(draw: st.DrawFn) -> tuple[str, str, str, str]:
    path = draw(st.sampled_from(sorted(CASES)))
    base = CASES[path]
    return path, base, draw(edited(base)), draw(edited(base))


@FEWER
@given(versions())
def test_merging_a_version_with_itself_gives_it_back(case: tuple[str, str, str, str]) -> None:
    path, _, ours, _ = case
    merged = merge_case_texts(ours, ours, ours, path=path)
    assert merged.outcome is Outcome.CLEAN and merged.text == ours
    assert merged.resolutions == ()


@FEWER
@given(versions())
def test_a_side_equal_to_the_base_gives_the_other_side(case: tuple[str, str, str, str]) -> None:
    path, base, ours, theirs = case
    assert merge_case_texts(base, base, theirs, path=path).text == theirs
    assert merge_case_texts(base, ours, base, path=path).text == ours
    assert merge_case_texts(base, ours, ours, path=path).text == ours


@FEWER
@given(versions())
def test_swapping_the_sides_gives_the_same_result(case: tuple[str, str, str, str]) -> None:
    path, base, ours, theirs = case
    merged = merge_case_texts(base, ours, theirs, path=path)
    swapped = merge_case_texts(base, theirs, ours, path=path)
    assert merged.outcome is swapped.outcome
    if merged.outcome is Outcome.CLEAN:
        assert merged.text == swapped.text
    if merged.outcome is Outcome.CONFLICTS:
        assert [c.place for c in merged.conflicts] != [] != [c.place for c in swapped.conflicts]
