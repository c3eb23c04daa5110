"""Importing documents from the case list (Alt+I, or "Importera" in the palette).

A dialog asks for a file or a folder; the files are imported one by one in a thread
worker, each saved as one commit (``CaseRepository.create``, so the hooks and the
personal-data guard run as on every save), with a progress bar. A file that cannot be
imported is reported and the others go on; nothing is written for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, Static

from pmtui.importing import ImportFailed, import_file, with_free_local_number
from pmtui.store import StoreError
from pmtui.texts import counted
from pmtui.texts import importing as texts
from pmtui.tui.dialogs.choice import EDITOR_CSS
from pmtui.tui.safe import markup_text

SUFFIXES = (".txt", ".md", ".pdf", ".docx")


def files_to_import(path: Path) -> list[Path]:
    """``path`` itself, or the importable files of a folder (sorted; not recursive)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    return [path] if path.is_file() else []


def import_one(repository: Any, path: Path) -> tuple[bool, str]:
    """Import ``path`` as one commit: whether it was saved, and the line that says how."""
    try:
        result = import_file(path)
        taken = set(repository.case_paths())
        case = with_free_local_number(result.case, lambda p: p in taken)
        saved = repository.create(case)
    except (ImportFailed, StoreError) as error:
        return False, texts.RESULT_FAILED.format(name=path.name, message=str(error).strip())
    return True, texts.RESULT_DONE.format(
        dnr=case.dnr,
        commit=(saved.commit_id or "")[:8],
        placed=result.words_placed,
        words=result.words_in,
        kept=result.kept_words,
    )


class ImportDialog(ModalScreen[int]):
    """The path, then the progress, then what happened to each file; answers how many
    files were imported (the list reloads when any was)."""

    CSS_PATH = EDITOR_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", texts.DIALOG_CANCEL)]

    @dataclass
    class Progress(Message):
        done: int
        total: int
        name: str
        saved: bool
        line: str

    def __init__(self, repository: Any, start: Path | None = None) -> None:
        super().__init__(classes="dialog")
        self.repository = repository
        self.start = start or Path.cwd()
        self.imported = 0
        self.running = False
        self.lines: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(texts.DIALOG_TITLE, classes="dialog-title")
            yield Label(texts.DIALOG_PATH)
            yield Input(str(self.start), id="import-path")
            yield ProgressBar(id="import-progress", show_eta=False)
            yield Static("", id="import-report")
            with Horizontal(classes="dialog-buttons"):
                yield Button(texts.DIALOG_IMPORT, id="import-start", variant="primary")
                yield Button(texts.DIALOG_CANCEL, id="import-close")

    def on_mount(self) -> None:
        self.query_one(ProgressBar).display = False
        self.query_one(Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#import-start")
    def start_import(self, event: Message) -> None:
        event.stop()
        if self.running:
            return
        files = files_to_import(Path(self.query_one(Input).value.strip()).expanduser())
        if not files:
            path = self.query_one(Input).value
            self.show(texts.DIALOG_NO_FILES.format(path=path))
            return
        self.running = True
        self.query_one("#import-start", Button).disabled = True
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=len(files), progress=0)
        self.import_files(files)

    @work(thread=True, exit_on_error=False, group="import")
    def import_files(self, files: list[Path]) -> None:
        for number, path in enumerate(files, start=1):
            saved, line = import_one(self.repository, path)
            self.post_message(self.Progress(number, len(files), path.name, saved, line))

    def on_import_dialog_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(progress=message.done)
        self.lines.append(message.line)
        self.imported += message.saved
        status = texts.DIALOG_PROGRESS.format(
            done=message.done, total=message.total, name=message.name
        )
        if message.done == message.total:
            status = counted(message.total, texts.RESULT_SUMMARY, done=self.imported)
            self.running = False
            self.query_one("#import-close", Button).label = texts.RESULT_TITLE
            self.query_one("#import-close", Button).focus()
        self.show("\n".join([status, *self.lines]))

    def show(self, text: str) -> None:
        self.query_one("#import-report", Static).update(markup_text(text))

    @on(Button.Pressed, "#import-close")
    def close_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_close()

    def action_close(self) -> None:
        if not self.running:
            self.dismiss(self.imported)
