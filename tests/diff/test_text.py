from pmtui.diff import Op, UnitKind, compare_prose
from pmtui.diff.words import new_side, old_side
from tests.diff.helpers import LONG_SENTENCE


def changes(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    diff = compare_prose(old, new)
    return [(u.op.value, u.old, u.new) for u in diff.units if u.op is not Op.EQUAL]


def test_rewrapped_paragraph_is_not_a_change() -> None:
    old = "En första mening om staden.\nEn andra mening om nätverket."
    new = "En första mening\nom staden. En andra\n   mening om    nätverket.  "
    assert not compare_prose(old, new).changed


def test_one_word_in_a_long_sentence_is_exactly_that_word() -> None:
    new = LONG_SENTENCE.replace("utmärkt", "bra")
    diff = compare_prose(LONG_SENTENCE, new)
    (unit,) = [u for u in diff.units if u.op is not Op.EQUAL]
    assert unit.op is Op.CHANGE
    edited = [(s.op, s.text) for s in unit.spans if s.op is not Op.EQUAL]
    assert edited == [(Op.DELETE, "utmärkt"), (Op.INSERT, "bra")]
    assert old_side(unit.spans) == LONG_SENTENCE and new_side(unit.spans) == new


def test_added_and_removed_sentences() -> None:
    old = "Första. Andra meningen här. Tredje."
    new = "Första. Tredje. En helt ny fjärde mening."
    assert changes(old, new) == [
        ("delete", "Andra meningen här.", None),
        ("insert", None, "En helt ny fjärde mening."),
    ]


def test_reworded_sentence_is_paired_not_deleted_and_inserted() -> None:
    old = "Mötet hålls i New York den 19 september 2023 med borgmästare från hela världen."
    new = "Mötet hålls i New York den 20 september 2023 med borgmästare från hela världen."
    assert [u.op for u in compare_prose(old, new).units] == [Op.CHANGE]


def test_moved_sentence_is_marked_moved() -> None:
    old = "Alfa är först. Beta kommer sedan. Gamma sist."
    new = "Beta kommer sedan. Alfa är först. Gamma sist."
    moved = [u for u in compare_prose(old, new).units if u.moved]
    assert sorted(u.op.value for u in moved) == ["delete", "insert"]
    assert len({u.text for u in moved}) == 1
    assert {u.text for u in moved} <= {"Alfa är först.", "Beta kommer sedan."}


def test_paragraph_split_is_one_break_inserted() -> None:
    old = "Första meningen. Andra meningen."
    new = "Första meningen.\n\nAndra meningen."
    assert changes(old, new) == [("insert", None, "")]
    (unit,) = [u for u in compare_prose(old, new).units if u.op is not Op.EQUAL]
    assert unit.kind is UnitKind.BREAK


def test_abbreviations_do_not_split_sentences() -> None:
    diff = compare_prose("Vi deltar bl.a. i mötet. Det kostar inget.", "Vi deltar bl.a. i mötet.")
    assert changes("Vi deltar bl.a. i mötet. Det kostar inget.", "Vi deltar bl.a. i mötet.") == [
        ("delete", "Det kostar inget.", None)
    ]
    assert diff.units[0].op is Op.EQUAL
