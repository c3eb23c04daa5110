"""The editor's pure logic: state ⇄ case, the decision outline, and swap files."""

from __future__ import annotations

import os
from pathlib import Path

from pmtui.editing import outline
from pmtui.editing.drafts import EMERGENCY, Draft, DraftStore, drafts_notice, drafts_root, store_for
from pmtui.editing.state import EditorState, PointRow, build_case, state_from_case
from pmtui.format import parse_case
from pmtui.format.emit import serialize_case
from pmtui.format.form_fields import nest_points


def _rows(*spec: tuple[str, int]) -> list[PointRow]:
    return [PointRow(text, level) for text, level in spec]


def _texts(rows: list[PointRow]) -> list[tuple[str, int]]:
    return [(r.text, r.level) for r in rows]


def test_state_round_trips_the_seed_case_byte_for_byte(seed_case_text: str) -> None:
    case = parse_case(seed_case_text)
    result = build_case(state_from_case(case), case)
    assert result.case == case
    assert serialize_case(result.case) == seed_case_text


def test_bad_values_are_reported_under_their_own_field(seed_case_text: str) -> None:
    case = parse_case(seed_case_text)
    state = state_from_case(case)
    state.fields["datum"] = "2023-02-30"
    state.fields["föredragande"] = ""
    state.sections[1].text += "\n\n## Smuggled heading"
    result = build_case(state, case)
    assert result.case is None
    assert "ÅÅÅÅ-MM-DD" in result.problems["datum"][0]
    assert result.problems["föredragande"]
    assert "## " in result.problems["avsnitt:1"][0]
    assert "rubrik" not in result.problems


def test_state_survives_json_as_a_draft(seed_case_text: str) -> None:
    state = state_from_case(parse_case(seed_case_text))
    state.blocks[0].points.append(PointRow("Ny punkt", 1))
    assert EditorState.from_dict(state.to_dict()) == state


def test_numbers_follow_levels_and_a_lone_point_is_unnumbered() -> None:
    assert outline.numbers(_rows(("a", 0))) == [""]
    rows = _rows(("a", 0), ("b", 0), ("c", 1), ("d", 1), ("e", 0))
    assert outline.numbers(rows) == ["1", "2", "2.1", "2.2", "3"]


def test_indent_makes_a_subpoint_and_outdent_lifts_it() -> None:
    rows = _rows(("a", 0), ("b", 0), ("c", 0))
    rows, focus = outline.indent(rows, 2)
    assert outline.numbers(rows) == ["1", "2", "2.1"] and focus == 2
    assert nest_points(rows)[1] == {
        "text": "b",
        "underpunkter": [{"text": "c", "underpunkter": []}],
    }
    rows, _ = outline.outdent(rows, 2)
    assert outline.numbers(rows) == ["1", "2", "3"]
    unchanged, _ = outline.indent(rows, 0)
    assert unchanged == rows


def test_moves_carry_subpoints_and_stop_at_the_edges() -> None:
    rows = _rows(("a", 0), ("b", 0), ("b1", 1), ("c", 0))
    moved, focus = outline.move_up(rows, 1)
    assert _texts(moved) == [("b", 0), ("b1", 1), ("a", 0), ("c", 0)] and focus == 0
    moved, focus = outline.move_down(rows, 1)
    assert _texts(moved) == [("a", 0), ("c", 0), ("b", 0), ("b1", 1)] and focus == 2
    assert outline.move_up(rows, 0) == (rows, 0)
    assert outline.move_down(rows, 3) == (rows, 3)


def test_add_goes_after_the_subpoints_and_remove_keeps_levels_valid() -> None:
    rows = _rows(("a", 0), ("a1", 1), ("b", 0))
    added, focus = outline.add_after(rows, 0, "new")
    assert _texts(added) == [("a", 0), ("a1", 1), ("new", 0), ("b", 0)] and focus == 2
    removed, _ = outline.remove(rows, 0)
    assert _texts(removed) == [("a1", 0), ("b", 0)]


def test_drafts_live_outside_the_work_tree_and_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "repo")
    draft = Draft("KS 2023/886", "cases/2023/ks-2023-886.md", "c0ffee", "b10b", {"x": 1}, "text")
    written = store.write(draft)
    assert written.is_relative_to(drafts_root())
    assert str(drafts_root()).startswith(os.environ["XDG_STATE_HOME"])
    assert written.name == "ks-2023-886.json"
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    assert store.read(draft.path) == draft
    assert store.all() == [draft]
    store.discard(draft.path)
    assert store.read(draft.path) is None


def test_two_repositories_never_share_drafts(tmp_path: Path) -> None:
    one, two = DraftStore(tmp_path / "a" / "repo"), DraftStore(tmp_path / "b" / "repo")
    assert one.folder != two.folder


def test_a_torn_or_foreign_draft_is_ignored(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.folder.mkdir(parents=True)
    store.location("cases/2023/ks-2023-886.md").write_text('{"format": 1, "dnr"')
    assert store.read("cases/2023/ks-2023-886.md") is None
    assert store.all() == []


def test_emergency_flush_runs_every_writer_even_if_one_fails() -> None:
    calls: list[str] = []
    first, second = object(), object()

    def broken() -> None:
        raise OSError("disk full")

    EMERGENCY.register(first, broken)
    EMERGENCY.register(second, lambda: calls.append("saved"))
    try:
        assert EMERGENCY.flush() == 1
        assert calls == ["saved"]
    finally:
        EMERGENCY.unregister(first)
        EMERGENCY.unregister(second)


def test_start_up_notice_names_cases_with_drafts(tmp_path: Path) -> None:
    class Repository:
        root = tmp_path / "repo"

    assert drafts_notice(Repository()) is None
    store_for(Repository()).write(Draft("KS 2023/886", "cases/2023/ks-2023-886.md", None, None, {}))
    notice = drafts_notice(Repository())
    assert notice is not None and "KS 2023/886" in notice
