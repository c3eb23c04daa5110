"""Store commands that change a case: ``new``, ``set`` and ``status`` (which, without a
case, shows the repository's state: cli/repo_status.py)."""

from __future__ import annotations

import argparse
from typing import Any

from pydantic import ValidationError

from pmtui.cli.common import EXIT_OK, CommandFailed, Commands, UsageError, add_command
from pmtui.cli.repo import (
    add_write_options,
    open_for_writing,
    parse_status,
    report_saved,
    status_names,
    store_errors,
)
from pmtui.cli.status_order import add_jump_option, status_message
from pmtui.format.problems import shorten_echoes
from pmtui.format.validation import error_message, field_label
from pmtui.model.body import Section
from pmtui.model.case import Case
from pmtui.model.dnr import Dnr, DnrError
from pmtui.texts import store as texts
from pmtui.texts import sync as sync_texts

LIST_FIELDS = ("föredragande", "underrubriker", "övriga_dnr")
ONE_ITEM_PER_VALUE = ("underrubriker",)  # lines often hold commas: repeat the field instead
SCALAR_FIELDS = ("handling", "nummer", "rotel", "rubrik", "status", "datum", "ort")
COMPLEX_FIELDS = (
    "beslutsförslag",
    "beredningens_beslutsförslag",
    "utfall",
    "remisser",
    "hänvisningar",
    "sekretess",
    "sammanträden",
)
_ASCII_KEYS = {"foredragande": "föredragande", "ovriga_dnr": "övriga_dnr"}


def register(commands: Commands) -> None:
    new = add_command(commands, "new", texts.HELP_NEW, run_new)
    new.add_argument("--dnr", required=True, help=texts.HELP_NEW_DNR)
    new.add_argument("--rubrik", required=True, help=texts.HELP_NEW_RUBRIK)
    new.add_argument("--rotel", help=texts.HELP_NEW_ROTEL)
    new.add_argument(
        "--foredragande",
        "--föredragande",
        action="append",
        default=[],
        metavar="NAMN",
        help=texts.HELP_NEW_FOREDRAGANDE,
    )
    add_write_options(new)
    change = add_command(commands, "set", texts.HELP_SET, run_set)
    change.add_argument("case", metavar="DNR", help=texts.HELP_CASE_ARG)
    change.add_argument("fields", nargs="*", metavar="FÄLT=VÄRDE", help=texts.HELP_SET_FIELDS)
    change.add_argument("-m", "--message", metavar="MEDDELANDE", help=texts.HELP_MESSAGE)
    add_write_options(change)
    status = add_command(commands, "status", sync_texts.HELP_STATUS_BOTH, run_status)
    status.add_argument("case", nargs="?", metavar="DNR", help=texts.HELP_CASE_ARG)
    status.add_argument(
        "status",
        nargs="?",
        metavar="STATUS",
        help=texts.HELP_STATUS_VALUE.format(values=status_names()),
    )
    status.add_argument("--json", action="store_true", help=sync_texts.HELP_STATUS_JSON)
    status.add_argument("-m", "--message", metavar="MEDDELANDE", help=texts.HELP_MESSAGE)
    add_jump_option(status)
    add_write_options(status)


def new_case(dnr: Dnr, title: str, rotel: str, presenters: list[str]) -> Case:
    headings = texts.NEW_CASE_HEADINGS if len(presenters) == 1 else texts.NEW_CASE_HEADINGS_SEVERAL
    data = {
        "dnr": str(dnr),
        "rotel": rotel,
        "rubrik": title,
        "föredragande": presenters,
        "avsnitt": [Section(heading=h) for h in headings],
    }
    return _validated(data)


def run_new(args: argparse.Namespace) -> int:
    try:
        dnr = Dnr.parse(args.dnr)
    except DnrError as error:
        raise UsageError(shorten_echoes(str(error), [args.dnr])) from None
    if not args.rotel:
        raise UsageError(texts.NEW_NEEDS.format(option="--rotel", what=texts.NEW_NEEDS_ROTEL))
    presenters = _split_values(args.foredragande)
    if not presenters:
        raise UsageError(
            texts.NEW_NEEDS.format(option="--foredragande", what=texts.NEW_NEEDS_PRESENTER)
        )
    case = new_case(dnr, args.rubrik, args.rotel, presenters)
    repo = open_for_writing(args)
    with store_errors():
        report_saved(repo.create(case))
    return EXIT_OK


def _split_values(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def parse_assignments(arguments: list[str]) -> dict[str, Any]:
    """``rubrik=Ny`` ``föredragande=A,B`` → front-matter changes; usage errors name the field."""
    if not arguments:
        raise UsageError(texts.SET_NO_FIELDS)
    changes: dict[str, Any] = {}
    for argument in arguments:
        key, separator, value = argument.partition("=")
        if not separator:
            raise UsageError(texts.SET_NOT_ASSIGNMENT.format(arg=argument))
        field = _field_name(key.strip())
        if field in LIST_FIELDS:
            parts = [value.strip()] if field in ONE_ITEM_PER_VALUE else _split_values([value])
            changes.setdefault(field, []).extend(p for p in parts if p)
        else:
            changes[field] = value.strip() or None
    return changes


def _field_name(key: str) -> str:
    field = _ASCII_KEYS.get(key.casefold(), key.casefold())
    if field == "dnr":
        raise UsageError(texts.SET_DNR_FIELD)
    if field in COMPLEX_FIELDS:
        raise UsageError(texts.SET_COMPLEX_FIELD.format(field=field, dnr="DNR"))
    if field not in LIST_FIELDS + SCALAR_FIELDS:
        known = ", ".join(SCALAR_FIELDS + LIST_FIELDS)
        raise UsageError(texts.SET_UNKNOWN_FIELD.format(field=key, fields=known))
    return field


def _validated(data: dict[str, Any]) -> Case:
    try:
        return Case.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        field = field_label(tuple(first.get("loc", ())), []) or "?"
        raise CommandFailed(
            texts.SET_INVALID.format(field=field, message=error_message(first))
        ) from None


def _loaded_case(repo: Any, case_arg: str) -> Any:
    with store_errors():
        loaded = repo.load(case_arg)
    if loaded.case is None:
        problems = "\n".join(p.located() for p in loaded.problems if p.is_error)
        raise CommandFailed(texts.CASE_FILE_INVALID.format(problems=problems))
    return loaded


def run_set(args: argparse.Namespace) -> int:
    changes = parse_assignments(args.fields)
    repo = open_for_writing(args)
    loaded = _loaded_case(repo, args.case)
    data = loaded.case.model_dump(mode="json", by_alias=True)
    data.update({key: value for key, value in changes.items()})
    updated = _validated({k: v for k, v in data.items() if v is not None})
    with store_errors():
        report_saved(repo.save(updated, loaded.base, args.message))
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    if args.case is None:  # ``pmtui status``: the repository's state (cli/repo_status.py)
        from pmtui.cli.repo_status import run_repository_status  # branches, drafts, remotes

        return run_repository_status(args)
    if args.status is None or args.json:
        raise UsageError(sync_texts.STATUS_USAGE)
    status = parse_status(args.status)
    repo = open_for_writing(args)
    loaded = _loaded_case(repo, args.case)
    message = status_message(loaded.case, status, args.hoppa, args.message)
    with store_errors():
        report_saved(repo.set_status(args.case, status, loaded.base, message))
    return EXIT_OK
