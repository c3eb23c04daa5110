"""Exporting from the case editor (ctrl+o, or "Exportera" in the command palette): a dialog
asks for the format and the file, then the case as it stands in the editor (saved or
not) is written in the official layout, off the event loop (a PDF takes a second)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from pmtui.editing.session import EditSession
from pmtui.export import ExportError, ExportFormat, default_file_name, export_case
from pmtui.export.files import check_target, write_export
from pmtui.model.case import Case
from pmtui.texts import export as texts
from pmtui.tui.dialogs.choice import EDITOR_CSS

DEFAULT_FORMAT = ExportFormat.DOCX


@dataclass(frozen=True)
class ExportRequest:
    to: ExportFormat
    path: Path
    with_secret: bool


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Format and file for one export; returns the request, or None when cancelled."""

    CSS_PATH = EDITOR_CSS
    DEFAULT_CSS = """
    ExportDialog #export-format { width: 20; }
    ExportDialog Label { margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", texts.DIALOG_CANCEL)]

    def __init__(self, case: Case, folder: Path) -> None:
        super().__init__(classes="dialog")
        self.case = case
        self.folder = folder
        self.replace: Path | None = None  # an existing file the user was told is replaced

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box export-box"):
            yield Static(texts.DIALOG_TITLE.format(dnr=self.case.dnr), classes="dialog-title")
            yield Label(texts.DIALOG_FORMAT)
            formats = [(to.value, to) for to in ExportFormat]
            yield Select(formats, value=DEFAULT_FORMAT, allow_blank=False, id="export-format")
            yield Label(texts.DIALOG_PATH)
            yield Input(default_file_name(self.case, DEFAULT_FORMAT), id="export-path")
            if self.case.secrecy:
                yield Checkbox(texts.DIALOG_WITH_SECRET, id="export-secret")
            yield Static("", id="export-problem", classes="field-problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button(texts.DIALOG_EXPORT, id="export-go", variant="primary")
                yield Button(texts.DIALOG_CANCEL, id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def chosen_format(self) -> ExportFormat:
        value = self.query_one("#export-format", Select).value
        return value if isinstance(value, ExportFormat) else DEFAULT_FORMAT

    @on(Select.Changed)
    def _format_changed(self) -> None:
        """The file's ending follows the format, unless the user gave it another one."""
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        if path.suffix.removeprefix(".") in {f.value for f in ExportFormat}:
            field.value = str(path.with_suffix(f".{self.chosen_format.value}"))

    def _problem(self, message: str) -> None:
        self.query_one("#export-problem", Static).update(message)

    def _target(self) -> Path | None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self._problem(texts.DIALOG_PATH_EMPTY)
            return None
        path = self.folder / Path(text).expanduser()
        if path.is_dir():
            self._problem(texts.DIALOG_PATH_IS_FOLDER.format(path=text))
            return None
        if path.exists() and path != self.replace:
            self.replace = path
            self._problem(texts.DIALOG_REPLACE.format(path=text))
            return None
        return path

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        if (path := self._target()) is not None:
            secret = self.query("#export-secret")
            with_secret = bool(secret) and secret.first(Checkbox).value
            self.dismiss(ExportRequest(self.chosen_format, path, with_secret))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def export_current_case(app: App[Any]) -> None:
    """The export dialog for the case of the editor on top; nothing on another screen."""
    session = getattr(app.screen, "session", None)
    if not isinstance(session, EditSession):
        return
    if session.load_error is not None or session.latest is None:
        app.notify(texts.CASE_UNOPENED, severity="error", markup=False)
        return
    case = session.build().case
    if case is None:
        app.notify(texts.CASE_HAS_ERRORS, severity="error", markup=False)
        return
    unsaved, root = session.is_dirty, session.repository.root

    def chosen(request: ExportRequest | None) -> None:
        if request is not None:
            app.run_worker(_export(app, case, request, unsaved, root), group="export")

    app.push_screen(ExportDialog(case, Path.cwd()), callback=chosen)


async def _export(
    app: App[Any], case: Case, request: ExportRequest, unsaved: bool, root: Path | None
) -> None:
    try:
        check_target(request.path, root)
        exported = await asyncio.to_thread(
            export_case, case, request.to, with_secret=request.with_secret
        )
        await asyncio.to_thread(write_export, request.path, exported.data)
    except ExportError as error:
        app.notify(str(error), severity="error", timeout=10, markup=False)
        return
    if exported.left_out:
        left_out = texts.DIALOG_LEFT_OUT.format(headings=", ".join(exported.left_out))
        app.notify(left_out, severity="warning", timeout=10, markup=False)
    done = texts.EXPORTED_UNSAVED if unsaved else texts.WRITTEN
    here = Path.cwd()
    shown = request.path.relative_to(here) if request.path.is_relative_to(here) else request.path
    app.notify(done.format(dnr=case.dnr, format=request.to.value, path=shown), markup=False)
