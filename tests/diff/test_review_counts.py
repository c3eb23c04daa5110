"""What a review counts in one case (``pmtui.diff.review``): fields, decision points,
sections and the words added and removed, from ``pmtui.diff``'s comparison."""

from __future__ import annotations

from pmtui.diff.review import CaseReview, review_change
from pmtui.diff.review_text import case_summary
from pmtui.store.changeset import CaseChange, ChangeKind
from tests.diff.helpers import case_text

PATH = "cases/2023/ks-2023-886.md"
POINTS = ["Staden tackar ja till inbjudan.", "Kostnaden ryms i budgeten."]


def reviewed(old: str | None, new: str | None) -> CaseReview:
    kind = ChangeKind.ADDED if old is None else ChangeKind.CHANGED
    kind = ChangeKind.DELETED if new is None else kind
    change = CaseChange(kind, old and PATH, new and PATH, old and "a", new and "b")
    return review_change(change, old, new)


def test_a_reworded_sentence_counts_its_changed_words() -> None:
    old = case_text(views="Staden bör delta i mötet.")
    review = reviewed(old, case_text(views="Staden ska delta fullt ut i mötet."))
    assert (len(review.fields), len(review.points), len(review.sections)) == (0, 0, 1)
    assert review.words.added == ("ska", "fullt", "ut")
    assert review.words.removed == ("bör",)
    summary = "1 avsnitt (Föredragande borgarrådets synpunkter) · +3 −1 ord"
    assert case_summary(review) == summary


def test_a_moved_point_is_a_point_but_no_words_and_an_added_one_all_its_words() -> None:
    moved = reviewed(case_text(points=POINTS), case_text(points=POINTS[::-1]))
    assert [p.op.value for p in moved.points] == ["moved"]
    assert moved.words.count == 0
    added = reviewed(case_text(points=POINTS[:1]), case_text(points=POINTS))
    assert [p.op.value for p in added.points] == ["added"]
    assert added.words.added == ("Kostnaden", "ryms", "i", "budgeten")
    assert case_summary(added) == "1 att-sats (2 ny) · +4 −0 ord"


def test_a_new_case_counts_everything_and_lists_no_names() -> None:
    review = reviewed(None, case_text())
    assert review.dnr == "KS 2023/886" and review.title == "Strong Cities Network"
    assert len(review.sections) == 2 and not review.words.removed
    assert case_summary(review).startswith(f"{len(review.fields)} uppgifter · 1 att-sats · ")
    deleted = reviewed(case_text(), None)
    assert deleted.words.removed == review.words.added and not deleted.words.added


def test_a_broken_side_is_compared_by_lines_with_a_located_problem() -> None:
    broken = case_text().replace("rotel: I\n", "rotel: [\n")
    review = reviewed(case_text(), broken)
    assert review.diff.raw is not None
    assert review.words.added == () and review.words.removed == ("I",)  # "[" is no word
    assert case_summary(review).startswith(f"kan inte läsas som ett ärende: {PATH}:")


def test_formatting_only_is_said_to_be_formatting() -> None:
    text = case_text(views="Staden bör delta i mötet. Det är bra.")
    rewrapped = text.replace("mötet. Det", "mötet.\nDet")
    review = reviewed(text, rewrapped)
    assert case_summary(review) == "bara formen ändrad (inga uppgifter, att-satser eller ord)"
