from pmtui.diff import (
    Op,
    RenderOptions,
    SectionOp,
    as_data,
    compare_cases,
    compare_texts,
    only_sections,
    render_diff,
)
from tests.diff.helpers import LONG_SENTENCE, case_text, make_case


def test_same_case_has_no_changes() -> None:
    diff = compare_cases(make_case(), make_case())
    assert not diff.changed
    assert render_diff(diff, RenderOptions()) == "Inga ändringar."


def test_status_change_is_a_field_change_shown_old_to_new() -> None:
    diff = compare_cases(make_case(status="remiss"), make_case(status="beredd"))
    assert [(f.key, f.old, f.new) for f in diff.fields] == [("status", "remiss", "beredd")]
    assert "~ status: remiss → beredd" in render_diff(diff, RenderOptions())


def test_rewrapped_file_is_not_a_change(seed_case_text: str) -> None:
    rewrapped = seed_case_text.replace(
        "Nätverket organiseras genom den Londonbaserade tankesmedjan",
        "Nätverket organiseras\ngenom den   Londonbaserade\ntankesmedjan",
    )
    assert rewrapped != seed_case_text
    assert not compare_texts(seed_case_text, rewrapped).changed


def test_added_removed_and_renamed_sections() -> None:
    old = case_text() + "\n## Bakgrund\n\nEn bakgrund som inte ändras alls i den här versionen.\n"
    new = old.replace(
        "## Sammanfattning av ärendet\n\nFinansborgarrådet har mottagit en inbjudan.\n\n", ""
    )
    new = new.replace("## Bakgrund", "## Ärendet") + "\n## Övrigt\n\nNytt avsnitt.\n"
    diff = compare_texts(old, new)
    summary = [(s.op, s.old_heading, s.new_heading) for s in diff.sections]
    assert (SectionOp.REMOVED, "Sammanfattning av ärendet", None) in summary
    assert (SectionOp.CHANGED, "Bakgrund", "Ärendet") in summary
    assert (SectionOp.ADDED, None, "Övrigt") in summary
    assert [s.op for s in diff.sections].count(SectionOp.UNCHANGED) == 1


def test_subsection_change_is_found_inside_its_section(seed_case_text: str) -> None:
    new = seed_case_text.replace("tackar ja till inbjudan", "tackar nej till inbjudan")
    diff = compare_texts(seed_case_text, new)
    (section,) = diff.changed_sections()
    assert section.heading == "Remissammanställningen"
    (sub,) = [s for s in section.subsections if s.op is SectionOp.CHANGED]
    assert sub.heading == "Stadsledningskontoret" and sub.level == 3
    (unit,) = [u for u in sub.body.units if u.op is Op.CHANGE]
    assert [s.text for s in unit.spans if s.op is not Op.EQUAL] == ["ja", "nej"]


def test_section_filter_matches_a_word_prefix_inside_the_heading() -> None:
    old = make_case()
    new = make_case(views=LONG_SENTENCE.replace("utmärkt", "bra"), status="beredd")
    diff = only_sections(compare_cases(old, new), "synpunkter")
    assert [s.heading for s in diff.sections] == ["Föredragande borgarrådets synpunkter"]
    assert diff.fields == ()
    text = render_diff(diff, RenderOptions())
    assert "[-utmärkt-]{+bra+}" in text
    assert "status" not in text


def test_unreadable_side_falls_back_to_lines_with_the_problem() -> None:
    old = case_text()
    new = old.replace("rotel: I\n", "rotel: XYZ\n")
    diff = compare_texts(old, new)
    assert diff.raw is not None and diff.problems
    assert [(u.old, u.new) for u in diff.raw.units if u.op is not Op.EQUAL] == [
        ("rotel: I", "rotel: XYZ")
    ]


def test_new_case_lists_its_fields_and_sections_as_added() -> None:
    diff = compare_cases(None, make_case())
    assert ("status", None, "remiss") in [(f.key, f.old, f.new) for f in diff.fields]
    assert {s.op for s in diff.sections} == {SectionOp.ADDED}


def test_json_data_has_plain_values() -> None:
    diff = compare_cases(make_case(status="remiss"), make_case(status="beredd"))
    data = as_data(diff)
    assert data["fields"][0] == {
        "key": "status",
        "label": "status",
        "old": "remiss",
        "new": "beredd",
        "spans": [
            {"op": "delete", "text": "remiss"},
            {"op": "insert", "text": "beredd"},
        ],
    }


def test_reservation_text_change_is_a_field_change_on_one_line() -> None:
    base = case_text(status="tillstyrkt").replace(
        "beslutsförslag:",
        "utfall:\n  ställningstagande: tillstyrker\n  reservationer:\n    - parti: M\n"
        "      ledamöter: [Anna Svensson]\n      text: |\n        Vi yrkar avslag.\n\n"
        "        Staden ska inte delta.\nbeslutsförslag:",
    )
    changed = base.replace("Staden ska inte delta.", "Staden ska absolut inte delta.")
    diff = compare_texts(base, changed)
    (field,) = diff.fields
    assert field.key == "utfall" and "\n" not in (field.new or "")
    assert [s.text for s in field.spans if s.op is Op.INSERT] == ["absolut "]
