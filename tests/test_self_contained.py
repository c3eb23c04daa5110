"""The repository stands alone: no file points outside it, a copy of it with nothing beside
passes the tests that read data, and CI, GitHub and pre-commit run what the README says
with the pinned linters."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SEED_TEXT

# Folders and files that ship with the repository and must not read or cite outside it.
CHECKED = ["src", "tests", "bench", "docs", ".ci", ".github", "README.md", "pyproject.toml"]
OUTSIDE = re.compile(
    r"\.\./shared|/ \"shared\"|parent / \"shared\"|shared/seed|RELIABILITY\.md|DESIGN\.md"
    r"|/work/|/root/"
)
TEXT_SUFFIXES = {".py", ".md", ".toml", ".yml", ".yaml", ".txt", ".tcss", ".json", ""}
PINNED = ("ruff", "mypy", "import-linter")


def _repository_files(*under: str) -> list[Path]:
    """What a clone of the work tree would hold: tracked and new files, not ignored ones."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *under],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    paths = {REPO_ROOT / name for name in listed.split("\0") if name}
    return sorted(p for p in paths if p.is_file())


def _readme_test_command() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    commands: list[str] = re.findall(r"^python3 -m venv .*pytest.*$", readme, flags=re.MULTILINE)
    assert len(commands) == 1, "the README names one command that runs every test"
    return commands[0]


def test_no_file_points_outside_the_repository() -> None:
    files = [p for p in _repository_files(*CHECKED) if p.suffix in TEXT_SUFFIXES and p.is_file()]
    assert len(files) > 100
    offenders = [
        f"{path.relative_to(REPO_ROOT)}: {match.group()}"
        for path in files
        if path != Path(__file__)
        for match in [OUTSIDE.search(path.read_text(encoding="utf-8", errors="replace"))]
        if match
    ]
    assert offenders == []


def test_the_seed_document_is_kept_in_the_repository() -> None:
    assert SEED_TEXT.is_relative_to(REPO_ROOT / "tests" / "data")
    assert "Strong Cities Network Global Summit" in SEED_TEXT.read_text(encoding="utf-8")


def test_a_lone_copy_passes_the_tests_that_read_data(tmp_path: Path) -> None:
    """The repository copied into an empty folder (nothing of ours beside it) still passes
    the tests that read the seed, the bundled cases and the docs."""
    copy = tmp_path / "alone" / "pmtui"
    for path in _repository_files("."):
        target = copy / path.relative_to(REPO_ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    chosen = ["tests/test_seed.py", "tests/format/test_docs_defaults.py"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", *chosen],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"\d+ passed", result.stdout)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_test_command() in ci
    assert "PMTUI_HYPOTHESIS_PROFILE=thorough" in ci


def test_the_github_workflow_runs_the_ci_script_on_every_python() -> None:
    workflow = (REPO_ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert "run: bash .ci/run" in workflow
    assert '["3.11", "3.12", "3.13"]' in workflow


def _test_extra_pins() -> dict[str, str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in project["project"]["optional-dependencies"]["test"]:
        name, _, pinned = requirement.partition("==")
        if pinned:
            pins[name] = pinned
    return pins


def test_linters_are_pinned_and_installed_at_their_pins() -> None:
    pins = _test_extra_pins()
    assert set(PINNED) <= set(pins)
    installed = {name: version(name) for name in PINNED}
    assert installed == {name: pins[name] for name in PINNED}, (
        "reinstall the test extras: pip install -e '.[test]'"
    )


def test_pre_commit_uses_the_pinned_ruff_and_the_same_tools() -> None:
    config = (REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert set(re.findall(r'"ruff==([^"]+)"', config)) == {_test_extra_pins()["ruff"]}
    for entry in ("ruff check", "ruff format --check", "/bin/mypy", "/bin/lint-imports"):
        assert entry in config


@pytest.mark.parametrize("profile", ["quick", "thorough"])
def test_hypothesis_profile_comes_from_the_environment(profile: str) -> None:
    code = "import tests.conftest, hypothesis; print(hypothesis.settings.default.max_examples)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"PMTUI_HYPOTHESIS_PROFILE": profile, "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert int(result.stdout) == {"quick": 100, "thorough": 1000}[profile]
