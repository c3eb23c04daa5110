from pmtui.diff import CaseDiff, RenderOptions, compare_cases, render_diff
from tests.diff.helpers import LONG_SENTENCE, make_case


def _diff() -> CaseDiff:
    views = LONG_SENTENCE + "\n\nEn andra mening som står kvar."
    new_views = LONG_SENTENCE.replace("utmärkt", "bra") + "\n\nEn andra mening som står kvar."
    return compare_cases(make_case(views=views), make_case(views=new_views))


def test_plain_output_uses_word_diff_markers_and_no_escape_codes() -> None:
    text = render_diff(_diff(), RenderOptions(color=False))
    assert "\x1b" not in text
    assert "~ Stadsledningskontoret anser" in text and "[-utmärkt-]{+bra+}" in text
    lines = text.splitlines()
    changed = next(i for i, line in enumerate(lines) if line.startswith("~ "))
    assert lines[changed + 1] == ""  # the paragraph break after it, as context
    assert "¶" not in text


def test_colour_output_has_no_markers() -> None:
    text = render_diff(_diff(), RenderOptions(color=True))
    assert "\x1b[31;9mutmärkt\x1b[m" in text and "[-" not in text


def test_line_mode_shows_whole_old_and_new_sentences() -> None:
    lines = render_diff(_diff(), RenderOptions(word=False)).splitlines()
    assert "- " + LONG_SENTENCE in lines
    assert "+ " + LONG_SENTENCE.replace("utmärkt", "bra") in lines


def test_side_by_side_keeps_columns_within_the_width() -> None:
    text = render_diff(_diff(), RenderOptions(side_by_side=True, width=80))
    rows = [line for line in text.splitlines() if "│" in line]
    assert rows and all(len(line) <= 80 for line in rows)
    assert any("[-utmärkt-]" in r.split("│")[0] and "{+bra+}" in r.split("│")[1] for r in rows)


def test_control_characters_from_documents_are_escaped() -> None:
    diff = compare_cases(make_case(), make_case(views="Text med \x1b]0;titel\x07 i sig."))
    assert "\x1b]" not in render_diff(diff, RenderOptions())
