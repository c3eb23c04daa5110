from hypothesis import given, settings
from hypothesis import strategies as st

from pmtui.diff import Op, Span, word_spans
from pmtui.diff.words import new_side, old_side, similarity, tokens


def test_tokens_give_the_text_back_and_keep_swedish_letters() -> None:
    text = "Säkra städer, t.ex. Göteborg – 19-21 sept."
    assert "".join(tokens(text)) == text
    words = [t.strip() for t in tokens(text)]
    assert "Säkra" in words and "städer" in words and "," in words


def test_one_word_changed_is_that_word() -> None:
    spans = word_spans("Staden tackar ja till mötet.", "Staden tackar nej till mötet.")
    assert [s for s in spans if s.op is not Op.EQUAL] == [
        Span(Op.DELETE, "ja"),
        Span(Op.INSERT, "nej"),
    ]


def test_spans_rebuild_both_sides() -> None:
    old = "Mötet hålls i New York den 19 september."
    new = "Mötet hålls digitalt den 20 september, med deltagare från hela världen."
    spans = word_spans(old, new)
    assert old_side(spans) == old
    assert new_side(spans) == new


def test_neighbouring_edits_join_over_a_lone_space() -> None:
    spans = word_spans("a b c", "x y c")
    assert spans[:2] == (Span(Op.DELETE, "a b"), Span(Op.INSERT, "x y"))


def test_similarity_is_one_for_equal_and_low_for_unrelated() -> None:
    assert similarity("Samma mening.", "Samma mening.") == 1.0
    assert similarity("Staden tackar ja.", "Budgeten för 2024 fastställs.") < 0.5


def test_space_before_an_edit_stays_outside_it() -> None:
    spans = word_spans("Vi ska delta.", "Vi ska inte delta.")
    assert spans == (
        Span(Op.EQUAL, "Vi ska "),
        Span(Op.INSERT, "inte "),
        Span(Op.EQUAL, "delta."),
    )


_PIECES = st.sampled_from(["staden", "tackar", "ja", "nej", "å", "ö", ",", ".", " ", "  "])


@settings(deadline=None)
@given(st.lists(_PIECES, max_size=14), st.lists(_PIECES, max_size=14))
def test_spans_always_give_both_texts_back(old: list[str], new: list[str]) -> None:
    before, after = "".join(old), "".join(new)
    spans = word_spans(before, after)
    assert old_side(spans) == before and new_side(spans) == after
    assert 0.0 <= similarity(before, after) <= 1.0
