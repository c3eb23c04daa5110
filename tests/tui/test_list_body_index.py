"""The body-text index: prefix search, kept between runs, re-reading only changed texts."""

from __future__ import annotations

from pathlib import Path

from pmtui.editing.body_index import BodyIndex

TEXTS = {
    "b1": "Strong Cities Network är ett världsomspännande nätverk.",
    "b2": "Skolmaten upphandlas gemensamt av stadsdelsnämnderna.",
    "b3": "Cykelbanor på Södermalm byggs ut.",
}


def build(path: Path | None, blobs: list[str], read: list[str]) -> BodyIndex:
    def text_of(row: int) -> str:
        read.append(blobs[row])
        return TEXTS[blobs[row]]

    index = BodyIndex(path)
    index.update(blobs, text_of)
    return index


def test_prefix_search_per_word_maps_to_rows(tmp_path: Path) -> None:
    index = build(tmp_path / "i.sqlite", ["b1", "b2", "b3"], [])
    assert index.rows_matching("världsomsp") == {0}
    assert index.rows_matching("skolmat") == {1}  # a compound, found by its first part
    assert index.rows_matching("cities netw") == {0}
    assert index.rows_matching("cities skolmat") == set()
    assert index.rows_matching("...") == set()
    # FTS5 syntax typed by the user is taken as words, never as a (broken) query.
    assert index.rows_matching('ett" (') == {0}
    assert index.rows_matching('"ett" OR') == set()


def test_a_warm_start_reads_only_new_blobs(tmp_path: Path) -> None:
    path = tmp_path / "i.sqlite"
    first: list[str] = []
    build(path, ["b1", "b2"], first)
    assert first == ["b1", "b2"]
    again: list[str] = []
    index = build(path, ["b2", "b1", "b3"], again)
    assert again == ["b3"]
    assert index.rows_matching("strong") == {1}  # rows follow the new order
    assert index.rows_matching("södermalm") == {2}


def test_same_blob_in_two_rows_and_memory_fallback(tmp_path: Path) -> None:
    unusable = tmp_path / "a-file"
    unusable.write_text("x")
    index = build(unusable / "i.sqlite", ["b1", "b1"], [])  # cannot create: in memory
    assert index.rows_matching("strong") == {0, 1}
