"""``e``: edit the current section, or the whole case file, in ``$EDITOR``.

The app is suspended while the editor runs. The text goes through a file outside the
work tree (beside the swap files); when the editor closes the result is validated and
loaded. An invalid file is kept (in the editor screen and the swap file) and its
problems are shown, with the choice to fix it in the editor again.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported
from textual.widgets import TabbedContent

from pmtui.atomic import write_atomically
from pmtui.format.casefile import inspect_case
from pmtui.model.case import Case
from pmtui.texts import editor as texts
from pmtui.tui.dialogs import error as error_dialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_state import build_case, state_from_case
from pmtui.tui.widgets.section_editor import SectionEditor

if TYPE_CHECKING:
    from pmtui.tui.screens.case_editor import CaseEditorScreen

DEFAULT_EDITOR = "vi"


def editor_command(path: Path) -> list[str]:
    """``$EDITOR`` (which may hold arguments, e.g. ``code --wait``) and the file."""
    return [*shlex.split(os.environ.get("EDITOR") or DEFAULT_EDITOR), str(path)]


class ExternalEditing:
    """The $EDITOR actions of the case editor screen."""

    def __init__(self, screen: CaseEditorScreen) -> None:
        self.screen = screen

    def _on_sections_tab(self) -> bool:
        tabs = self.screen.query(TabbedContent)
        return bool(tabs) and tabs.first().active == "tab-sections"

    async def edit_current(self) -> None:
        if (
            self.screen.editable
            and self._on_sections_tab()
            and self.screen.query_one(SectionEditor).sections
        ):
            await self.edit_section()
        else:
            await self.edit_file()

    async def edit_section(self) -> None:
        editor = self.screen.query_one(SectionEditor)
        section = editor.sections[editor.current]
        result = self.run_editor(section.text + "\n", "section")
        if result is None:
            return
        if result.rstrip("\n") == section.text:
            self.screen.notify(markup=False, message=texts.EDITOR_UNCHANGED)
            return
        section.text = result.rstrip("\n")
        editor.load(editor.sections, editor.current)
        self.screen.edited()
        self.screen.notify(markup=False, message=texts.EDITOR_SECTION_LOADED)

    async def edit_file(self) -> None:
        text = self.screen.pending_file_text or self._file_text()
        if text is None:
            return
        result = self.run_editor(text, "file")
        if result is None:
            return
        if result == text:
            self.screen.notify(markup=False, message=texts.EDITOR_UNCHANGED)
            return
        await self.accept_file_text(result)

    def _file_text(self) -> str | None:
        """The file as it would be saved now; None (with a message) if the form has errors."""
        if self.screen.latest is None or self.screen.template_case is None:
            return self.screen.loaded.text
        built = build_case(self.screen.latest, self.screen.template_case)
        if built.case is None:
            self.screen.notify(markup=False, message=texts.CANNOT_EDIT_INVALID, severity="error")
            return None
        return self.screen.serialized(built.case)

    async def accept_file_text(self, text: str) -> None:
        report = inspect_case(text, self.screen.base.path)
        if report.case is not None and not report.errors and self._same_case(report.case):
            await self._take_case(report.case)
            return
        self.screen.pending_file_text = text
        self.screen.write_draft()
        await self.report_pending_file()

    def _same_case(self, case: Case) -> bool:
        return case.dnr.relative_path == self.screen.base.path

    async def _take_case(self, case: Case) -> None:
        was_editable = self.screen.editable
        self.screen.pending_file_text = None
        self.screen.template_case = case
        self.screen.latest = state_from_case(case)
        if was_editable:
            await self.screen.show_state(self.screen.latest)
        else:
            await self.screen.recompose()
            self.screen.edited()
        self.screen.notify(markup=False, message=texts.EDITOR_FILE_LOADED)

    def pending_problems(self) -> list[str]:
        text = self.screen.pending_file_text or ""
        report = inspect_case(text, self.screen.base.path)
        problems = [p.located(self.screen.base.path) for p in report.errors]
        if report.case is not None and not self._same_case(report.case):
            problems.append(texts.DNR_CHANGED.format(dnr=report.case.dnr))
        return problems

    async def report_pending_file(self) -> None:
        dialog = ErrorDialog(
            texts.EDITOR_INVALID_TITLE,
            texts.EDITOR_INVALID_HELP,
            problems=self.pending_problems(),
            can_edit=True,
            kept=False,
        )
        if await self.screen.app.push_screen_wait(dialog) == error_dialog.EDIT_AGAIN:
            await self.edit_file()

    # --- running the editor ---------------------------------------------------------------

    def run_editor(self, text: str, kind: str) -> str | None:
        """Let the user edit ``text``; the new text, or None if nothing came back."""
        self.screen.drafts.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stem = Path(self.screen.base.path).name.removesuffix(".md")
        path = self.screen.drafts.folder / f"{stem}.{kind}.md"
        write_atomically(path, text.encode("utf-8"), mode=0o600)
        command = editor_command(path)
        try:
            code = self._run(command)
            if code is None:
                return None
            if code != 0:
                self.screen.notify(
                    markup=False, message=texts.EDITOR_EXIT.format(code=code), severity="warning"
                )
                return None
            return path.read_bytes().decode("utf-8", errors="replace")
        except OSError as error:
            message = texts.EDITOR_FAILED.format(command=command[0], error=error.strerror or error)
            self.screen.notify(markup=False, message=message, severity="error")
            return None
        finally:
            with contextlib.suppress(OSError):
                path.unlink()

    def _run(self, command: list[str]) -> int | None:
        try:
            with self.screen.app.suspend():
                return subprocess.run(command, check=False).returncode
        except SuspendNotSupported:
            if not self.screen.app.is_headless:
                self.screen.notify(
                    markup=False, message=texts.EDITOR_NOT_SUPPORTED, severity="error"
                )
                return None
        quiet = subprocess.run(command, check=False, stdin=subprocess.DEVNULL, capture_output=True)
        return quiet.returncode
