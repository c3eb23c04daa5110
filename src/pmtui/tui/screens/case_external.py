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

from textual.app import App, SuspendNotSupported
from textual.notifications import SeverityLevel

from pmtui.atomic import write_atomically
from pmtui.editing.session import EditSession
from pmtui.texts import editor as texts
from pmtui.tui.dialogs import error as error_dialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.editor_view import EditorView
from pmtui.tui.widgets.section_editor import SectionEditor

DEFAULT_EDITOR = "vi"


def editor_command(path: Path) -> list[str]:
    """``$EDITOR`` (which may hold arguments, e.g. ``code --wait``) and the file."""
    return [*shlex.split(os.environ.get("EDITOR") or DEFAULT_EDITOR), str(path)]


class ExternalEditing:
    """The $EDITOR actions of the case editor: one section, or the whole file."""

    def __init__(self, session: EditSession, view: EditorView) -> None:
        self.session = session
        self.view = view

    def _notify(self, message: str, severity: SeverityLevel = "information") -> None:
        self.view.app.notify(markup=False, message=message, severity=severity)

    async def edit_current(self) -> None:
        """The section shown, on the sections tab; else the whole file."""
        sections = self.view.shown_sections()
        if sections is not None and sections.sections:
            await self.edit_section(sections)
        else:
            await self.edit_file()

    async def edit_section(self, editor: SectionEditor) -> None:
        section = editor.sections[editor.current]
        result = self.run_editor(section.text + "\n", "section")
        if result is None:
            return
        if result.rstrip("\n") == section.text:
            self._notify(texts.EDITOR_UNCHANGED)
            return
        section.text = result.rstrip("\n")
        editor.load(editor.sections, editor.current)
        self.view.edited()
        self._notify(texts.EDITOR_SECTION_LOADED)

    async def edit_file(self) -> None:
        text = self.session.file_text()
        if text is None:
            self._notify(texts.CANNOT_EDIT_INVALID, "error")
            return
        result = self.run_editor(text, "file")
        if result is None:
            return
        if result == text:
            self._notify(texts.EDITOR_UNCHANGED)
            return
        await self.accept_file_text(result)

    async def accept_file_text(self, text: str) -> None:
        """Show a valid file of this case; keep any other (and say why) until it is fixed."""
        was_editable = self.session.editable
        if not self.session.take_file_text(text):
            await self.report_pending_file()
            return
        if was_editable:
            assert self.session.latest is not None
            await self.view.show_state(self.session.latest)
        else:
            await self.view.recompose()
            self.view.edited()
        self._notify(texts.EDITOR_FILE_LOADED)

    async def report_pending_file(self) -> None:
        dialog = ErrorDialog(
            texts.EDITOR_INVALID_TITLE,
            texts.EDITOR_INVALID_HELP,
            problems=self.session.pending_problems(),
            can_edit=True,
            kept=False,
        )
        if await self.view.app.push_screen_wait(dialog) == error_dialog.EDIT_AGAIN:
            await self.edit_file()

    # --- running the editor ---------------------------------------------------------------

    def run_editor(self, text: str, kind: str) -> str | None:
        """Let the user edit ``text``; the new text, or None if nothing came back."""
        self.session.drafts.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stem = Path(self.session.base.path).name.removesuffix(".md")
        path = self.session.drafts.folder / f"{stem}.{kind}.md"
        write_atomically(path, text.encode("utf-8"), mode=0o600)
        try:
            return edit_in_editor(self.view.app, path)
        finally:
            with contextlib.suppress(OSError):
                path.unlink()


def edit_in_editor(app: App[object], path: Path) -> str | None:
    """Run ``$EDITOR`` on ``path`` with the app suspended; the file's text afterwards, or
    None (with a message) when the editor could not run or failed."""
    command = editor_command(path)
    try:
        code = run_suspended(app, command)
        if code is None:
            return None
        if code != 0:
            app.notify(
                markup=False, message=texts.EDITOR_EXIT.format(code=code), severity="warning"
            )
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        message = texts.EDITOR_FAILED.format(command=command[0], error=error.strerror or error)
        app.notify(markup=False, message=message, severity="error")
        return None


def run_suspended(app: App[object], command: list[str]) -> int | None:
    """Run ``command`` with the terminal handed over (the app suspended); its exit code, or
    None (with a message) where the terminal cannot be handed over. Headless (tests), it
    runs without a terminal."""
    try:
        with app.suspend():
            return subprocess.run(command, check=False).returncode
    except SuspendNotSupported:
        if not app.is_headless:
            app.notify(markup=False, message=texts.EDITOR_NOT_SUPPORTED, severity="error")
            return None
    quiet = subprocess.run(command, check=False, stdin=subprocess.DEVNULL, capture_output=True)
    return quiet.returncode
