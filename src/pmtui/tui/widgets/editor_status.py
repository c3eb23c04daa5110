"""What the case editor says about its session: the title line (with a mark while there is
unsaved work), the problem bar, and why a case cannot be edited. The title and the bar are
redrawn only when their text changes: they are updated on every keystroke."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from pmtui.editing.session import EditSession
from pmtui.model.case import Case
from pmtui.model.secrecy import case_ground
from pmtui.texts import editor as texts
from pmtui.tui.safe import markup_line, markup_text


class EditorTitle(Static):
    """``KS 2023/886 – Rubrik``, marked while the session has unsaved work."""

    def __init__(self, session: EditSession, **kwargs: Any) -> None:
        self._shown = self._markup(session)
        super().__init__(self._shown, **kwargs)

    @staticmethod
    def _markup(session: EditSession) -> str:
        case = session.template_case
        title = texts.TITLE.format(dnr=session.dnr_text, title=case.title if case else "")
        mark = texts.CHANGED_MARK if session.editable and session.is_dirty else ""
        return markup_line(title + secrecy_note(case)) + mark

    def show(self, session: EditSession) -> None:
        markup = self._markup(session)
        if markup != self._shown:
            self._shown = markup
            self.update(markup)


def secrecy_note(case: Case | None) -> str:
    """What the case marks as secret, for the title line: the whole case or its sections."""
    if case is None or not case.secrecy:
        return ""
    if ground := case_ground(case):
        return texts.SECRET_CASE.format(ground=ground)
    parts = [texts.SECRET_SECTION.format(heading=m.section, ground=m.ground) for m in case.secrecy]
    return texts.SECRET_SECTIONS.format(parts=", ".join(parts))


class ProblemBar(Static):
    """How many problems the case has, and the first of them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(texts.PROBLEMS_NONE, **kwargs)
        self._shown: list[str] | None = None

    def show(self, messages: list[str]) -> None:
        if messages == self._shown:
            return
        self._shown = messages
        if not messages:
            self.update(texts.PROBLEMS_NONE)
        else:
            count = texts.PROBLEMS_COUNT.format(count=len(messages), first=messages[0])
            self.update(markup_line(count))
        self.set_class(bool(messages), "has-problem")


def unusable_text(session: EditSession) -> str:
    """Why the form cannot show the case: it could not be read, or it does not validate."""
    if session.load_error is not None:
        message = texts.LOAD_FAILED.format(dnr=session.dnr, message=session.load_error.message)
        return markup_text(f"{message}\n\n{session.load_error.hint}")
    loaded = session.loaded
    problems = "\n".join(f"• {p.located(loaded.base.path)}" for p in loaded.problems)
    return markup_text(f"{texts.FILE_INVALID_TITLE}\n\n{problems}\n\n{texts.FILE_INVALID_HELP}")
