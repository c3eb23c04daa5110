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
from pathlib import Path

import pytest

from pmtui.cli.commands import COMMAND_TABLE, command_in
from pmtui.cli.main import build_parser
from pmtui.cli.parser import SwedishParser
from tests.conftest import BUNDLED_CASES, run_cli

LIGHT = {"pmtui", "pmtui.cli", "pmtui.texts", "pmtui.terminal"}
# The modules of pmtui.cli that ``--version`` and ``--help`` may load: no command's.
LIGHT_CLI = {"pmtui.cli.main", "pmtui.cli.commands", "pmtui.cli.common", "pmtui.cli.parser"}
VERSION_ONLY = {"pmtui.cli", "pmtui.cli.main"}  # ``--version`` needs nothing more
# Outside the standard library, but part of every start of this interpreter.
STARTUP = {"_distutils_hack", "sitecustomize", "_virtualenv", "org"}  # org: copy's Jython probe
CASE_READING = {
    "pmtui.atomic", "pmtui.format", "pmtui.model", "pmtui.store", "pmtui.lazy",
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


def modules_imported(*argv: str, cwd: Path | None = None) -> set[str]:
    """Every module a run of ``pmtui ARGV`` imported, by its full name."""
    run = [sys.executable, "-X", "importtime", "-m", "pmtui", *argv]
    result = subprocess.run(run, capture_output=True, text=True, check=False, timeout=120, cwd=cwd)
    assert result.returncode == 0, result.stderr[-2000:]
    found = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "imported package" not in line
    }
    assert "pmtui.cli.main" in found  # the list was read
    return found


def imported(*argv: str, cwd: Path | None = None) -> set[str]:
    """Top packages (pmtui: its sub-packages) a run imported that are not standard library."""
    found = set()
    for name in modules_imported(*argv, cwd=cwd):
        parts = name.split(".")
        found.add(".".join(parts[:2]) if parts[0] == "pmtui" else parts[0])
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


# What reading one case's file or history must not load: Git for ``show``; the case
# models, their pydantic schemas, YAML and Markdown for ``log`` (docs/decisions.md).
GIT = {"pygit2", "_cffi_backend"}
STORE_WITHOUT_GIT = {"pmtui.store", "pmtui.store.workdir"}  # finds the work tree alone
CASE_MODELS = {"pydantic", "pydantic_core", "markdown_it", "yaml", "annotated_types"}
CASE_MODULES = {"pmtui.model.case", "pmtui.model.body", "pmtui.model.base"}
CASE_MODULES |= {"pmtui.format.casefile", "pmtui.format.emit", "pmtui.format.frontmatter"}


@pytest.fixture
def archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A repository whose case KS 2023/886 has two commits (``log`` has a change to label)."""
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    new = ["--dnr", "KS 2023/886", "--rubrik", "Summit", "--rotel", "I", "--foredragande", "A"]
    assert run_cli(capsys, "--repo", str(root), "new", *new)[0] == 0
    assert run_cli(capsys, "--repo", str(root), "set", "KS 2023/886", "rubrik=Toppmöte")[0] == 0
    return root


def test_show_reads_a_case_without_git(archive: Path) -> None:
    found = modules_imported("show", "KS 2023/886", cwd=archive / "cases")
    assert "pmtui.format.casefile" in found  # a control: the case was read
    assert not GIT & {name.split(".")[0] for name in found}
    assert {name for name in found if name.startswith("pmtui.store")} <= STORE_WITHOUT_GIT


def test_log_with_labels_cached_builds_no_case_model(archive: Path) -> None:
    modules_imported("log", "KS 2023/886", cwd=archive)  # the first run caches the labels
    found = modules_imported("log", "KS 2023/886", cwd=archive)
    assert "pygit2" in found  # a control: the history was read
    assert not CASE_MODELS & {name.split(".")[0] for name in found}
    assert not CASE_MODULES & found


def test_help_imports_no_command_module() -> None:
    found = modules_imported("--help")
    assert not [name for name in found if name.startswith("pmtui.cli.") and name not in LIGHT_CLI]


def test_version_answers_before_the_parser_is_built() -> None:
    found = modules_imported("--version")
    assert {name for name in found if name.startswith("pmtui")} == {"pmtui", *VERSION_ONLY}
    assert "argparse" not in found
