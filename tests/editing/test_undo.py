"""Undo and redo of a one-line field: a typed word is one step, a space starts the next."""

from __future__ import annotations

from pmtui.editing.undo import Snapshot, UndoHistory, typed_one


def typed(history: UndoHistory, start: Snapshot, text: str) -> Snapshot:
    """Type ``text`` at ``start``'s cursor, one character at a time, as a field records it."""
    current = start
    for character in text:
        at = current.cursor
        after = current.text[:at] + character + current.text[at:]
        history.record(current, after)
        current = Snapshot(after, at + 1)
    return current


def test_a_typed_character_is_found_where_the_cursor_was() -> None:
    assert typed_one(Snapshot("Summit", 6), "Summit!") == "!"
    assert typed_one(Snapshot("Sumit", 2), "Summit") == "m"
    assert typed_one(Snapshot("Summit", 0), "Summit!") is None  # not at the cursor
    assert typed_one(Snapshot("Summit", 6), "Summit!!") is None  # a paste
    assert typed_one(Snapshot("", 1), "x") is None  # a cursor past the end is no position


def test_each_typed_word_is_one_step_and_redo_brings_it_back() -> None:
    history = UndoHistory()
    title = Snapshot("Global Summit", 13)
    after = typed(history, title, " New York")
    assert after.text == "Global Summit New York"
    once = history.undo(after)
    assert once == Snapshot("Global Summit New", 17)
    twice = history.undo(once)
    assert twice == title
    assert history.undo(twice) is None
    assert history.redo(twice) == once
    assert history.redo(once) == after
    assert history.redo(after) is None


def test_a_new_change_after_undo_forgets_what_could_be_redone() -> None:
    history = UndoHistory()
    after = typed(history, Snapshot("", 0), "2019:7")
    empty = history.undo(after)
    assert empty == Snapshot("", 0)
    history.record(empty, "x")
    assert history.redo(Snapshot("x", 1)) is None


def test_a_deletion_and_a_jump_start_new_steps() -> None:
    history = UndoHistory()
    history.record(Snapshot("abc", 3), "ab")  # backspace
    history.record(Snapshot("ab", 2), "abd")
    history.record(Snapshot("abd", 0), "xabd")  # typed elsewhere
    assert history.undo(Snapshot("xabd", 1)) == Snapshot("abd", 0)
    assert history.undo(Snapshot("abd", 0)) == Snapshot("ab", 2)
    assert history.undo(Snapshot("ab", 2)) == Snapshot("abc", 3)


def test_nothing_changed_is_no_step_and_clear_forgets_everything() -> None:
    history = UndoHistory()
    history.record(Snapshot("same", 4), "same")
    assert history.undo(Snapshot("same", 4)) is None
    history.record(Snapshot("a", 1), "ab")
    history.clear()
    assert history.undo(Snapshot("ab", 2)) is None
