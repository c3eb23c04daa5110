"""A command imports only what it needs (docs/decisions.md, "lazy imports").

``python -X importtime -m pmtui ...`` lists every module a run imported; each command has
an allow-list of pmtui packages and of packages from outside the standard library. No
timing is asserted: the import list is what makes the time, and it does not depend on
the machine's load. The light command table (cli/commands.py) must say what the command
modules register, so ``pmtui --help`` shows the same as with every module imported.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from pmtui.cli.commands import COMMAND_TABLE, command_in
from pmtui.cli.main import build_parser
from pmtui.cli.parser import SwedishParser
from tests.conftest import BUNDLED_CASES

LIGHT = {"pmtui", "pmtui.cli", "pmtui.texts", "pmtui.terminal"}
# Outside the standard library, but part of every start of this interpreter.
STARTUP = {"_distutils_hack", "sitecustomize", "_virtualenv", "org"}  # org: copy's Jython probe
CASE_READING = {
    "pmtui.atomic", "pmtui.format", "pmtui.model", "pmtui.store",
    "pygit2", "_cffi_backend", "pydantic", "pydantic_core", "annotated_types",
    "typing_extensions", "typing_inspection", "markdown_it", "mdurl", "linkify_it", "yaml",
    "platformdirs",
}  # fmt: skip
SHOW_FILE = str(BUNDLED_CASES / "2023" / "ks-2023-886.md")
ALLOWED = {
    ("--version",): LIGHT,
    ("--help",): LIGHT,
    ("show", SHOW_FILE): LIGHT | CASE_READING,
    ("show", "--help"): LIGHT | CASE_READING,
}


def imported(*argv: str) -> set[str]:
    """Top packages (pmtui: its sub-packages) a run imported that are not standard library."""
    run = [sys.executable, "-X", "importtime", "-m", "pmtui", *argv]
    result = subprocess.run(run, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    found: set[str] = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "imported package" not in line:
            name = line.rsplit("|", 1)[1].strip()
            parts = name.split(".")
            found.add(".".join(parts[:2]) if parts[0] == "pmtui" else parts[0])
    assert "pmtui.cli" in found  # the list was read
    return {n for n in found if n not in sys.stdlib_module_names and "_sysconfigdata" not in n}


@pytest.mark.parametrize("argv", list(ALLOWED), ids=lambda argv: " ".join(argv[:1]))
def test_a_command_imports_only_its_allow_list(argv: tuple[str, ...]) -> None:
    unexpected = imported(*argv) - ALLOWED[argv] - STARTUP
    assert not unexpected, f"pmtui {' '.join(argv)} imports {sorted(unexpected)}"


def test_help_needs_no_command_module() -> None:
    assert "textual" not in imported("--help")  # a control: the app is the heaviest
    assert not {"pygit2", "pydantic", "pmtui.store"} & imported("--version")


def test_the_table_says_what_the_modules_register() -> None:
    for module_name, listed in COMMAND_TABLE:
        commands = SwedishParser(prog="pmtui").add_subparsers(parser_class=SwedishParser)
        importlib.import_module(f"pmtui.cli.{module_name}").register(commands)
        registered = [(action.dest, action.help) for action in commands._choices_actions]
        assert registered == list(listed), module_name


def test_light_help_is_the_full_help() -> None:
    assert build_parser(None).format_help() == build_parser().format_help()


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(commands.choices)


@pytest.mark.parametrize("command", ["show", "set", "status", "log", "tui"])
def test_the_named_command_gets_its_own_arguments(command: str) -> None:
    light, full = subcommands(build_parser(command)), subcommands(build_parser())
    assert light[command].format_help() == full[command].format_help()
    assert build_parser("show").parse_args(["--repo", "x", "show", "KS 2023/886"]).repo == "x"


def test_command_in_skips_pmtui_options() -> None:
    assert command_in(["--repo", "show", "list"]) == "list"
    assert command_in(["--repo=x", "show"]) == "show"
    assert command_in(["--version"]) is None
    assert command_in([]) is None
