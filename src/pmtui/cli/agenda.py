"""``pmtui agenda ORGAN DATUM``: the föredragningslista of one meeting, from the case files
in the work tree (as ``check`` reads them), to the terminal, as JSON, Markdown, HTML or
Word (the export's docx writer). Text goes to stdout unless ``-o`` names a file; docx goes
to ``foredragningslista-ORGAN-DATUM.docx`` in the current folder, never over a file that is
there (``-o`` replaces one on purpose), as ``pmtui export`` does."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from pmtui.cli.casefiles import find_case_files, read_case
from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    display_path,
    err,
    find_root,
    out,
)
from pmtui.format import inspect_case
from pmtui.format.agenda import (
    agenda_data,
    agenda_html,
    agenda_markdown,
    agenda_parts,
    agenda_text,
)
from pmtui.model.agenda import build_agenda
from pmtui.model.base import Date
from pmtui.model.case import Case
from pmtui.model.meetings import SHORT_NAMES, MeetingBody, parse_body
from pmtui.terminal import json_text
from pmtui.texts import meetings as texts

WRITERS = {"md": agenda_markdown, "html": agenda_html}
STDOUT = "-"
_DATE: TypeAdapter[dt.date] = TypeAdapter(Date)


def register(commands: Commands) -> None:
    agenda = add_command(commands, "agenda", texts.HELP_AGENDA, run_agenda)
    agenda.add_argument("body", metavar="ORGAN", help=texts.HELP_AGENDA_BODY)
    agenda.add_argument("date", metavar="DATUM", help=texts.HELP_AGENDA_DATE)
    agenda.add_argument("--json", action="store_true", help=texts.HELP_AGENDA_JSON)
    agenda.add_argument("--to", choices=("md", "html", "docx"), help=texts.HELP_AGENDA_TO)
    agenda.add_argument("-o", "--output", metavar="FIL", help=texts.HELP_AGENDA_OUTPUT)
    agenda.add_argument(
        "--med-sekretess", dest="with_secret", action="store_true", help=texts.HELP_AGENDA_SECRET
    )


def meeting_body(value: str) -> MeetingBody:
    body = parse_body(value)
    if body is None:
        names = ", ".join(b.value for b in MeetingBody)
        raise UsageError(texts.AGENDA_UNKNOWN_BODY.format(value=value, names=names))
    return body


def meeting_date(value: str) -> dt.date:
    try:
        return _DATE.validate_python(value)
    except ValidationError:
        raise UsageError(texts.AGENDA_BAD_DATE.format(value=value)) from None


def _cases(args: argparse.Namespace) -> tuple[list[Case], bool]:
    """Every valid case under ``cases/``, and whether some file could not be used (each
    such file is named on stderr)."""
    found = find_case_files([], find_root(explicit=args.repo))
    cases, incomplete = [], False
    for path in list(found.files):
        data = read_case(path, found)
        report = inspect_case(data, display_path(path)) if data is not None else None
        if report is not None and report.ok and report.case is not None:
            cases.append(report.case)
        elif report is not None:
            err(texts.AGENDA_UNREADABLE.format(path=display_path(path)))
            incomplete = True
    for message in found.unreadable:
        err(f"pmtui: {message}")
    return cases, incomplete or bool(found.unreadable)


def run_agenda(args: argparse.Namespace) -> int:
    body, date = meeting_body(args.body), meeting_date(args.date)
    if args.json and args.to:
        raise UsageError(texts.AGENDA_JSON_AND_TO)
    target = _target(args.output, args.to, body, date)
    cases, incomplete = _cases(args)
    agenda = build_agenda(cases, body, date)
    for warning in agenda.warnings:
        err(texts.AGENDA_WARNING.format(dnr=warning.dnr, message=warning.message))
    if not agenda.items:
        err(texts.AGENDA_EMPTY.format(meeting=f"{body.value} {date.isoformat()}"))
    data = agenda_data(agenda, with_secret=args.with_secret)
    _write(_rendered(data, args), target, args)
    return EXIT_PROBLEM if incomplete else EXIT_OK


def _rendered(data: dict[str, Any], args: argparse.Namespace) -> bytes:
    if args.json:
        return json_text(data).encode("utf-8") + b"\n"
    if args.to == "docx":
        from pmtui.export.word import word_document  # python-docx: only for Word output

        return word_document(agenda_parts(data))
    return WRITERS.get(args.to or "", agenda_text)(data).encode("utf-8")


def _target(output: str | None, to: str | None, body: MeetingBody, date: dt.date) -> Path | None:
    """The file to write; None for stdout. Checked before any case is read."""
    short = next(name for name, full in SHORT_NAMES.items() if full is body)
    name = texts.AGENDA_DEFAULT_FILE.format(body=short, date=date.isoformat())
    if output == STDOUT or (output is None and to != "docx"):
        if to == "docx" and sys.stdout.isatty():
            raise CommandFailed(texts.AGENDA_BINARY_TO_TERMINAL.format(name=name))
        return None
    path = Path(output or name)
    if output is None and path.exists():
        raise CommandFailed(texts.AGENDA_FILE_EXISTS.format(path=display_path(path)))
    return path


def _write(data: bytes, target: Path | None, args: argparse.Namespace) -> None:
    if target is None and args.to == "docx":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    elif target is None:
        out(data.decode("utf-8").rstrip("\n"))
    else:
        from pmtui.export import ExportError
        from pmtui.export.files import check_target, write_export

        try:
            check_target(target, find_root(explicit=args.repo))
            write_export(target, data)
        except ExportError as error:
            raise CommandFailed(str(error)) from None
        err(texts.AGENDA_WRITTEN.format(path=display_path(target)))
