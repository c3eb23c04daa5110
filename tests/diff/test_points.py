from pmtui.diff import PointOp, compare_cases
from pmtui.diff.case import compare_texts
from tests.diff.helpers import make_case

A = "Staden tackar ja till inbjudan att delta i Strong Cities Network Global Summit."
B = "Social- och trygghetsborgarrådet Alexander Ojanne representerar staden på mötet."
C = "Kostnaderna för resan belastar kommunstyrelsens budget för internationellt arbete."


def points(old: list[str], new: list[str]) -> list[tuple[PointOp, str | None, str | None]]:
    diff = compare_cases(make_case(points=old), make_case(points=new))
    return [(p.op, p.old_number, p.new_number) for p in diff.points]


def test_renumbered_but_unchanged_point_is_not_a_change() -> None:
    # C is inserted first: A and B become points 2 and 3 but are the same points.
    assert points([A, B], [C, A, B]) == [(PointOp.ADDED, None, "1")]


def test_removed_point_renumbers_the_rest_without_changes() -> None:
    assert points([A, B, C], [B, C]) == [(PointOp.REMOVED, "1", None)]


def test_reworded_point_keeps_its_identity() -> None:
    reworded = B.replace("på mötet", "vid toppmötet")
    diff = compare_cases(make_case(points=[A, B]), make_case(points=[C, A, reworded]))
    reword = [p for p in diff.points if p.op is PointOp.REWORDED]
    assert [(p.old_number, p.new_number, p.moved) for p in reword] == [("2", "3", False)]
    edits = [s.text for s in reword[0].spans if s.op.value != "equal"]
    assert edits == ["på mötet", "vid toppmötet"]


def test_swapped_points_are_moved() -> None:
    assert points([A, B, C], [A, C, B]) in (
        [(PointOp.MOVED, "3", "2")],
        [(PointOp.MOVED, "2", "3")],
    )


def test_unrelated_replacement_is_removed_and_added() -> None:
    ops = {p[0] for p in points([A], [C])}
    assert ops == {PointOp.ADDED, PointOp.REMOVED}


def test_block_intro_change_is_a_field_change() -> None:
    from tests.diff.helpers import case_text

    old = case_text()
    new = old.replace(
        "Kommunstyrelsen beslutar följande.", "Kommunstyrelsen beslutar för egen del följande."
    )
    diff = compare_texts(old, new)
    assert [(f.key, f.old, f.new) for f in diff.fields] == [
        (
            "beslutsförslag.1.inledning",
            "Kommunstyrelsen beslutar följande.",
            "Kommunstyrelsen beslutar för egen del följande.",
        )
    ]


def test_reworded_and_renumbered_point_names_both_numbers() -> None:
    from pmtui.diff import RenderOptions, render_diff

    reworded = B.replace("på mötet", "vid toppmötet")
    diff = compare_cases(make_case(points=[A, B]), make_case(points=[C, A, reworded]))
    text = render_diff(diff, RenderOptions())
    assert "~ att-sats 2 → 3 (omformulerad): " in text
    assert "+ att-sats 1 (ny): " + C in text
