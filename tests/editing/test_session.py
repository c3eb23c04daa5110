"""``EditSession`` without a screen, on real temporary Git repositories checked with git."""

from __future__ import annotations

import copy

import pytest

from pmtui.editing.session import EditSession
from pmtui.editing.state import EditorState, state_from_case
from pmtui.format import parse_case, serialize_case
from pmtui.store import CaseNotFound, CaseRepository, HookRefused
from tests.conftest import git
from tests.editing.conftest import DNR, PATH, work_tree_file
from tests.store.hook_scripts import install_hook

NEW_TITLE = "Strong Cities Network Global Summit 2023"


def edited(session: EditSession, **fields: str) -> EditorState:
    """The session's latest state with some form fields changed, taken as the latest."""
    assert session.latest is not None
    state = copy.deepcopy(session.latest)
    state.fields.update(fields)
    session.edit(state)
    return state


def file_text(session: EditSession, old: str, new: str) -> str:
    """The saved file with one text replaced, as a user would leave it in $EDITOR."""
    text = session.loaded.text
    assert old in text
    return text.replace(old, new, 1)


def commits(repository: CaseRepository) -> list[str]:
    assert repository.root is not None
    return git(repository.root, "log", "--format=%s", "--", PATH).splitlines()


def test_a_loaded_session_is_clean_and_editing_makes_it_dirty(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    assert session.load_error is None and session.editable
    assert session.saved_case is not None and session.latest == session.saved_state
    assert not session.is_dirty
    edited(session, rubrik=NEW_TITLE)
    assert session.is_dirty
    assert session.build().case is not None and session.build().case.title == NEW_TITLE
    edited(session, rubrik=session.saved_case.title)
    assert not session.is_dirty


def test_a_case_that_cannot_be_read_reports_its_load_error(repository: CaseRepository) -> None:
    session = EditSession(repository, "KS 2099/1")
    assert isinstance(session.load_error, CaseNotFound)
    assert not session.editable and not session.is_dirty
    with pytest.raises(CaseNotFound):
        session.require_loaded()


def test_adopt_takes_a_loaded_version_as_the_saved_one(repository: CaseRepository) -> None:
    session = EditSession(repository, DNR)
    edited(session, rubrik=NEW_TITLE)
    other = EditSession(repository, DNR)  # another editor saves first
    edited(other, rubrik=NEW_TITLE)
    case = other.build().case
    assert case is not None
    result = other.save(case, "Ny rubrik")
    loaded = repository.load(DNR)
    session.adopt(loaded)
    assert session.base == loaded.base == result.base
    assert session.saved_case == loaded.case and session.saved_case is not None
    assert session.saved_case.title == NEW_TITLE
    assert session.latest == session.saved_state == state_from_case(session.saved_case)
    assert not session.is_dirty


def test_an_invalid_file_on_disk_is_pending_and_not_editable(
    repository: CaseRepository,
) -> None:
    path = work_tree_file(repository)
    broken = path.read_text(encoding="utf-8").replace("datum: 2023-09-06", "datum: 2023-02-30")
    path.write_text(broken, encoding="utf-8")
    session = EditSession(repository, DNR)
    assert session.load_error is None and not session.editable
    assert session.template_case is None and session.latest is None
    assert session.pending_file_text == broken and not session.is_dirty
    assert any("datum" in problem for problem in session.pending_problems())


def test_saved_makes_the_next_save_start_from_the_commit_and_drops_the_draft(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    edited(session, rubrik=NEW_TITLE)
    session.write_draft()
    assert session.read_draft() is not None
    case = session.build().case
    assert case is not None
    result = session.save(case, "Ny rubrik")
    session.saved(case, result)
    assert not session.is_dirty and session.read_draft() is None
    assert session.base == result.base and session.saved_case == case
    assert commits(repository)[0] == f"{DNR}: Ny rubrik"
    edited(session, ort="Göteborg")
    second = session.build().case
    assert second is not None
    session.saved(second, session.save(second, "Ny ort"))  # refused if the base were stale
    assert commits(repository)[:2] == [f"{DNR}: Ny ort", f"{DNR}: Ny rubrik"]
    assert repository.load(DNR).text == serialize_case(second)


def test_discard_restores_the_saved_state(repository: CaseRepository) -> None:
    session = EditSession(repository, DNR)
    saved_state = copy.deepcopy(session.saved_state)
    edited(session, rubrik=NEW_TITLE)
    assert session.take_file_text(file_text(session, "rotel: I\n", "rotel: XIV\n"))
    session.write_draft()
    assert session.template_case != session.saved_case and session.is_dirty
    session.discard()
    assert session.latest == saved_state and session.template_case == session.saved_case
    assert session.pending_file_text is None and not session.is_dirty
    assert session.read_draft() is None


def test_a_draft_round_trips_and_is_offered_to_the_next_session(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    state = edited(session, rubrik=NEW_TITLE)
    assert session.recoverable_draft() is None
    session.write_draft()
    draft = session.read_draft()
    assert draft is not None
    assert (draft.dnr, draft.path, draft.base_blob) == (DNR, PATH, session.base.blob_id)
    assert EditorState.from_dict(draft.state) == state
    assert draft.text is not None and parse_case(draft.text).title == NEW_TITLE
    later = EditSession(repository, DNR)
    offered = later.recoverable_draft()
    assert offered == draft and not later.draft_base_moved(offered)
    assert later.recover(offered) == state and later.is_dirty


def test_a_draft_of_the_saved_version_is_not_offered_but_discarded(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    session.write_draft()
    assert session.read_draft() is not None
    assert session.recoverable_draft() is None
    assert session.read_draft() is None


def test_an_invalid_file_text_stays_pending_dirty_and_in_the_draft(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    latest = copy.deepcopy(session.latest)
    text = file_text(session, "datum: 2023-09-06", "datum: 2023-02-30")
    assert not session.take_file_text(text)
    assert session.pending_file_text == text and session.is_dirty
    assert session.latest == latest and session.template_case == session.saved_case
    assert any("datum" in problem for problem in session.pending_problems())
    draft = session.read_draft()
    assert draft is not None and draft.text == text
    assert session.file_text() == text  # $EDITOR opens the pending text again
    later = EditSession(repository, DNR)
    offered = later.recoverable_draft()
    assert offered is not None
    later.recover(offered)
    assert later.pending_file_text == text and later.is_dirty


def test_a_file_text_of_another_case_stays_pending(repository: CaseRepository) -> None:
    session = EditSession(repository, DNR)
    assert not session.take_file_text(file_text(session, f"dnr: {DNR}", "dnr: KS 2024/1"))
    assert session.is_dirty
    assert any("KS 2024/1" in problem for problem in session.pending_problems())


def test_a_valid_file_text_becomes_the_template_and_the_latest_state(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    text = file_text(session, "rotel: I\n", "rotel: XIV\n")
    assert session.take_file_text(text)
    assert session.pending_file_text is None and session.is_dirty
    assert session.template_case is not None and session.template_case.rotel == "XIV"
    assert session.latest is not None and session.latest.fields["rotel"] == "XIV"
    assert session.built_text() == serialize_case(session.template_case)
    assert session.read_draft() is None  # a taken text is in the state, not yet a draft


def test_a_valid_file_text_makes_an_invalid_case_editable(repository: CaseRepository) -> None:
    path = work_tree_file(repository)
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("datum: 2023-09-06", "datum: 2023-02-30"), encoding="utf-8")
    session = EditSession(repository, DNR)
    assert not session.editable
    assert session.take_file_text(good)
    assert session.editable and session.latest is not None
    assert session.build().case == parse_case(good)


def test_autosave_writes_a_draft_only_when_there_is_unsaved_work(
    repository: CaseRepository,
) -> None:
    session = EditSession(repository, DNR)
    session.autosave()
    assert session.read_draft() is None
    edited(session, rubrik=NEW_TITLE)
    session.autosave()
    draft = session.read_draft()
    assert draft is not None and draft.state["fields"]["rubrik"] == NEW_TITLE


def test_a_refused_save_keeps_the_work_and_the_next_save_starts_from_the_file(
    repository: CaseRepository,
) -> None:
    assert repository.root is not None
    hook = install_hook(repository.root / ".git" / "hooks", "pre-commit", "exit 1")
    session = EditSession(repository, DNR)
    edited(session, rubrik=NEW_TITLE)
    case = session.build().case
    assert case is not None
    with pytest.raises(HookRefused) as refusal:
        session.save(case, "Ny rubrik")
    session.refused(refusal.value)
    assert session.is_dirty and not commits(repository)[0].endswith("Ny rubrik")
    hook.unlink()
    edited(session, rubrik=NEW_TITLE + " igen")
    again = session.build().case
    assert again is not None
    session.saved(again, session.save(again, "Ny rubrik igen"))
    assert not session.is_dirty and commits(repository)[0].endswith("Ny rubrik igen")


def test_saving_without_hooks_skips_a_refusing_pre_commit(repository: CaseRepository) -> None:
    assert repository.root is not None
    install_hook(repository.root / ".git" / "hooks", "pre-commit", "exit 1")
    session = EditSession(repository, DNR)
    edited(session, rubrik=NEW_TITLE)
    case = session.build().case
    assert case is not None
    session.saved(case, session.save(case, "Utan krokar", verify=False))
    assert commits(repository)[0].endswith("Utan krokar")
