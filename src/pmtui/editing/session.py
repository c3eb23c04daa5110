"""``EditSession``: one case being edited, apart from any screen.

A session holds the version the case was loaded as (``loaded`` and its ``base``), what was
last saved (``saved_case`` and ``saved_state``), the case the form builds on
(``template_case``: what the form does not show comes from it), the user's ``latest``
state, and ``pending_file_text``: a file back from $EDITOR that could not be taken (it is
invalid, or names another case). Unsaved work goes to the session's draft (swap file).

Screens show a session and call it; ``pmtui edit`` saves through one as well. A save is
two steps so that the commit can run off the event loop: ``save`` (the store's one commit)
and then ``saved`` (the bookkeeping, on the caller's thread).
"""

from __future__ import annotations

import copy

from pmtui.editing.drafts import Draft, DraftStore, store_for
from pmtui.editing.state import BuildResult, EditorState, build_case, state_from_case
from pmtui.format.casefile import inspect_case
from pmtui.format.emit import serialize_case
from pmtui.model.case import Case
from pmtui.store import (
    CaseRepository,
    LoadedCase,
    SaveBase,
    SaveRefused,
    SaveResult,
    StoreError,
)
from pmtui.store.resolution import ConflictedCase, read_conflict
from pmtui.texts import editor as texts


class EditSession:
    """Edit the case ``dnr`` (a dnr, slug or repo-relative path) of ``repository``."""

    loaded: LoadedCase  # set unless ``load_error``
    base: SaveBase  # what the next save is checked against

    def __init__(
        self, repository: CaseRepository, dnr: str, drafts: DraftStore | None = None
    ) -> None:
        self.repository = repository
        self.dnr = str(dnr)
        self.drafts = drafts or store_for(repository)
        self.load_error: StoreError | None = None
        self.saved_case: Case | None = None
        self.template_case: Case | None = None
        self.saved_state: EditorState | None = None
        self.latest: EditorState | None = None
        self.pending_file_text: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            loaded = self.repository.load(self.dnr)
        except StoreError as error:
            self.load_error = error
            return
        self.adopt(loaded)

    def adopt(self, loaded: LoadedCase) -> None:
        """Take ``loaded`` as the saved version; a file that does not validate is pending."""
        self.loaded = loaded
        self.base = loaded.base
        self.saved_case = loaded.case
        self.template_case = loaded.case
        if loaded.case is None:
            self.pending_file_text = loaded.text
        self.saved_state = state_from_case(loaded.case) if loaded.case else None
        self.latest = copy.deepcopy(self.saved_state)

    def require_loaded(self) -> LoadedCase:
        """The loaded version; raises the load error when the case could not be read."""
        if self.load_error is not None:
            raise self.load_error
        return self.loaded

    # --- what there is ---------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """The case was read and validates, so the form can show it."""
        return self.load_error is None and self.template_case is not None

    @property
    def dnr_text(self) -> str:
        case = self.template_case
        return str(case.dnr) if case else self.dnr

    @property
    def is_dirty(self) -> bool:
        if self.pending_file_text is not None:
            return self.pending_file_text != self.loaded.text
        return self.latest != self.saved_state or self.template_case != self.saved_case

    def edit(self, state: EditorState) -> None:
        """Take ``state`` (what the widgets hold now) as the latest."""
        self.latest = state

    def build(self) -> BuildResult:
        """The latest state built and validated as a case."""
        assert self.latest is not None and self.template_case is not None
        return build_case(self.latest, self.template_case)

    def built_text(self) -> str | None:
        """The file a save would write now; None when the state does not build."""
        if self.latest is None or self.template_case is None:
            return None
        case = self.build().case
        return serialize_case(case) if case is not None else None

    # --- the whole file in $EDITOR ---------------------------------------------------------

    def file_text(self) -> str | None:
        """The whole file to edit: the pending text, else the file a save would write, else
        (a file that never validated) the text as loaded; None when the form has errors."""
        if self.pending_file_text:
            return self.pending_file_text
        if self.latest is None or self.template_case is None:
            return self.loaded.text
        return self.built_text()

    def take_file_text(self, text: str) -> bool:
        """A file back from $EDITOR. Valid and still this case: it becomes the template and
        the latest state (True). Otherwise it is kept pending, and written to the draft."""
        report = inspect_case(text, self.base.path)
        if report.case is not None and not report.errors and self._same_case(report.case):
            self.pending_file_text = None
            self.template_case = report.case
            self.latest = state_from_case(report.case)
            return True
        self.pending_file_text = text
        self.write_draft()
        return False

    def pending_problems(self) -> list[str]:
        """Why the pending file text was not taken, one located message each."""
        report = inspect_case(self.pending_file_text or "", self.base.path)
        problems = [p.located(self.base.path) for p in report.errors]
        if report.case is not None and not self._same_case(report.case):
            problems.append(texts.DNR_CHANGED.format(dnr=report.case.dnr))
        return problems

    def _same_case(self, case: Case) -> bool:
        return case.dnr.relative_path == self.base.path

    # --- drafts ----------------------------------------------------------------------------

    def make_draft(self) -> Draft:
        """The unsaved work: the raw state, and the file text when there is one."""
        assert self.latest is not None
        text = self.pending_file_text
        if text is None:
            text = self.built_text()
        return Draft(
            dnr=self.dnr_text,
            path=self.base.path,
            base_commit=self.base.commit_id,
            base_blob=self.base.blob_id,
            state=self.latest.to_dict(),
            text=text,
        )

    def write_draft(self) -> bool:
        """Write the swap file; False when it could not be written (a full disk): the work
        is still in the session, and the next autosave tries again."""
        if self.latest is None:
            return True
        try:
            self.drafts.write(self.make_draft())
        except OSError:
            return False
        return True

    def autosave(self) -> None:
        """Write the draft when there is unsaved work (the periodic swap file)."""
        if self.editable and self.is_dirty:
            self.write_draft()

    def read_draft(self) -> Draft | None:
        return self.drafts.read(self.base.path)

    def discard_draft(self) -> None:
        self.drafts.discard(self.base.path)

    def recoverable_draft(self) -> Draft | None:
        """The draft worth offering back, or None. A draft that holds nothing but the saved
        version is discarded."""
        draft = self.read_draft()
        if draft is None or self.saved_state is None:
            return None
        same_state = EditorState.from_dict(draft.state) == self.saved_state
        if same_state and draft.text in (None, self.loaded.text):
            self.discard_draft()
            return None
        return draft

    def draft_base_moved(self, draft: Draft) -> bool:
        """The case was saved (here or elsewhere) after the draft was written."""
        return draft.base_blob != self.base.blob_id

    def recover(self, draft: Draft) -> EditorState:
        """Take the draft's state as the latest (its file text too, as pending, when that
        text is invalid); the state, for the screen to show."""
        if draft.text is not None and not inspect_case(draft.text).ok:
            self.pending_file_text = draft.text
        self.latest = EditorState.from_dict(draft.state)
        return self.latest

    # --- saving ----------------------------------------------------------------------------

    def conflict(self) -> ConflictedCase | None:
        """The case as Git has it in conflict now (an unfinished merge, rebase, …), or None.
        A save would commit a half-finished merge, so the editor refuses it."""
        return read_conflict(self.repository, self.base.path)

    def proposed_message(self, case: Case) -> str:
        return self.repository.propose_message(self.saved_case, case)

    def save(
        self,
        case: Case,
        message: str | None,
        *,
        verify: bool = True,
        personal_data_reason: str | None = None,
    ) -> SaveResult:
        """Commit ``case`` on the session's base (the store refuses a moved base); call
        ``saved`` with the result, or ``refused`` with a ``SaveRefused``. ``verify`` False
        skips the pre-commit and commit-msg hooks, as ``git commit --no-verify`` does.
        ``personal_data_reason`` keeps a personnummer the user has reviewed (the commit
        records the reason). Safe to run in a worker thread: it changes nothing here."""
        return self.repository.save(
            case, self.base, message, verify=verify, personal_data_reason=personal_data_reason
        )

    def refused(self, error: SaveRefused) -> None:
        """A hook or the signing stopped the save after the text was written to the file:
        the next save starts from the file as it is now. The latest state and the draft
        stay, so nothing is lost and the case stays unsaved."""
        if error.base is not None:
            self.base = error.base

    def save_text(self, text: str, message: str | None) -> SaveResult:
        """Commit a whole file text as written, validated first (``InvalidCase``)."""
        return self.repository.save_text(self.base.path, text, self.base, message)

    def saved(self, case: Case, result: SaveResult) -> None:
        """``case`` was saved: the result's base is the next save's, the latest state is the
        saved one, nothing is pending and the draft is gone."""
        self.base = result.base
        self.saved_case = case
        self.template_case = case
        self.pending_file_text = None
        self.saved_state = copy.deepcopy(self.latest)
        self.discard_draft()

    def discard(self) -> None:
        """Throw the unsaved work away: back to the saved state, no pending text, no draft."""
        self.discard_draft()
        self.latest = copy.deepcopy(self.saved_state)
        self.template_case = self.saved_case
        self.pending_file_text = None
