"""The units of a conflicted case and the choices for them, without Git: what *both* is
refused for, the resolved text (everything outside the blocks kept byte for byte), where
a problem of the resolved text comes from, and the draft that keeps the choices."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pmtui.editing.conflict_choices import Chosen, ConflictChoices, Pick
from pmtui.editing.conflict_session import ConflictSession, choices_path
from pmtui.store.merge_state import MergeState
from pmtui.store.resolution import ConflictedCase, conflict_hunks

PATH = "cases/2023/ks-2023-886.md"
TEXT = """\
---
dnr: KS 2023/886
<<<<<<< vår – fältet status
status: beslutad
||||||| bas
status: tillstyrkt
=======
status: bordlagd
>>>>>>> deras
remisser:
<<<<<<< vår – fältet remisser, post 2
  - instans: Kulturnämnden
||||||| bas
=======
  - instans: Idrottsnämnden
>>>>>>> deras
---

<<<<<<< vår – avsnitt 'Ärendet', rubriken
## Ärendet i korthet
||||||| bas
## Ärendet
=======
## Om ärendet
>>>>>>> deras

<<<<<<< HEAD
Vår mening.
=======
Deras mening.
>>>>>>> annan
Sista raden.
"""


def conflicted(text: str = TEXT, blob: str = "a" * 40) -> ConflictedCase:
    state = MergeState("merge", (PATH,))
    return ConflictedCase(PATH, text, blob, state, "main", tuple(conflict_hunks(text)))


def test_units_name_their_part_and_both_is_refused_for_one_value() -> None:
    units = ConflictChoices(conflicted()).units
    assert [unit.place for unit in units] == [
        "fältet status",
        "fältet remisser, post 2",
        "avsnitt 'Ärendet', rubriken",
        "",
    ]
    assert [unit.in_front_matter for unit in units] == [True, True, False, False]
    assert "ett fält har ett enda värde" in units[0].both_refused
    assert units[1].both_refused == ""  # list items: ours, then theirs
    assert "en enda rubrik" in units[2].both_refused
    assert units[3].both_refused == "" and units[3].line == 27 and units[3].span == 5


def test_the_resolved_text_replaces_each_block_and_keeps_the_rest() -> None:
    choices = ConflictChoices(conflicted())
    with pytest.raises(ValueError, match="enda värde"):
        choices.choose(1, Pick.BOTH)
    choices.choose(1, Pick.THEIRS)
    choices.choose(2, Pick.BOTH)
    assert choices.open_numbers == [3, 4] and not choices.complete
    choices.choose(3, Pick.OURS)
    choices.write_own(4, "Min mening.\r\nOch en till.\n\n")
    assert choices.complete
    assert choices.resolved_text() == (
        "---\ndnr: KS 2023/886\nstatus: bordlagd\nremisser:\n"
        "  - instans: Kulturnämnden\n  - instans: Idrottsnämnden\n---\n\n"
        "## Ärendet i korthet\n\nMin mening.\nOch en till.\nSista raden.\n"
    )
    assert choices.unit_at(5) == choices.unit(2) and choices.unit_at(12) == choices.unit(4)
    assert choices.unit_at(2) is None


def test_an_empty_own_text_removes_the_part_and_the_field_starts_with_the_choice() -> None:
    choices = ConflictChoices(conflicted())
    assert choices.own_text(4) == "Vår mening."
    choices.choose(4, Pick.THEIRS)
    assert choices.own_text(4) == "Deras mening."
    assert choices.write_own(4, "") == Chosen(Pick.EDITED, ())


def test_the_draft_keeps_the_choices_of_this_conflict_only(tmp_path: Path) -> None:
    repository = SimpleNamespace(root=tmp_path / "arkiv")
    session = ConflictSession(repository, conflicted())
    session.choose(1, Pick.OURS)
    session.write_own(4, "Min mening.")
    assert session.draft == choices_path(repository, conflicted())
    assert oct(session.draft.stat().st_mode & 0o777) == "0o600"
    again = ConflictSession(repository, conflicted())
    assert again.restored == 2 and again.choices.chosen == session.choices.chosen
    other = ConflictSession(repository, conflicted(blob="b" * 40))
    assert other.restored == 0  # another conflict of the same case starts afresh
    session.draft.write_text("{inte json", encoding="utf-8")
    assert ConflictSession(repository, conflicted()).restored == 0
    session.discard_draft()
    assert not session.draft.exists()
