"""``pmtui init`` gives a case repository its forge files: a pull-request template and a
workflow whose steps are a script (``.github/pmtui-check.sh``). The script is run here as
the workflow runs it, with the variables it passes, on a real branch: no GitHub needed."""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from pmtui.store.setup import FORGE_TEMPLATES
from tests.cli.review_repository import POINT_CASE, SECTION, make_review_branch
from tests.conftest import REPO_ROOT, git, run_cli

SCRIPT = ".github/pmtui-check.sh"
WORKFLOW = ".github/workflows/pmtui.yml"


def run_script(root: Path, summary: Path, base: str, head: str) -> subprocess.CompletedProcess[str]:
    """The workflow's last step: ``bash .github/pmtui-check.sh`` with its variables, and
    the pmtui under test first on PATH (the step before installs it)."""
    environment = dict(os.environ)
    environment.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{environment['PATH']}",
        GITHUB_STEP_SUMMARY=str(summary),
        PMTUI_BASE=git(root, "rev-parse", base).strip(),
        PMTUI_HEAD=git(root, "rev-parse", head).strip(),
    )
    return subprocess.run(
        ["bash", SCRIPT], cwd=root, env=environment, capture_output=True, text=True, check=False
    )


def test_init_commits_the_template_workflow_and_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    committed = git(root, "show", "--name-only", "--format=", "HEAD").split()
    assert set(FORGE_TEMPLATES) <= set(committed)
    assert git(root, "status", "--porcelain") == ""
    template = (root / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert "## Granskning" in template and "pmtui review --markdown" in template
    workflow = yaml.safe_load((root / WORKFLOW).read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key "on" as true
    steps = workflow["jobs"]["granska"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0  # the base must be in the clone
    assert "pip install" in steps[2]["run"] and steps[2]["env"]["PMTUI_PACKAGE"] == "pmtui"
    assert steps[3]["run"] == f"bash {SCRIPT}"
    assert steps[3]["env"] == {
        "PMTUI_BASE": "${{ github.event.pull_request.base.sha }}",
        "PMTUI_HEAD": "${{ github.event.pull_request.head.sha }}",
    }
    script = (root / SCRIPT).read_text(encoding="utf-8")
    for command in ("pmtui check", "pmtui fmt --check", 'pmtui review --markdown "$range"'):
        assert command in script


def test_the_workflows_script_passes_on_the_demo_branch(tmp_path: Path) -> None:
    root = make_review_branch(tmp_path / "demo")  # the demo is made by ``pmtui init``
    summary = tmp_path / "sammanfattning.md"
    summary.write_text("# Tidigare steg\n", encoding="utf-8")
    result = run_script(root, summary, "main", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Tidigare steg\n## Granskning av ärenden: ")  # appended
    assert "3 ärenden från" in text
    assert f"- Avsnitt {SECTION}: ändrat" in text
    assert "**Totalt:** 1 uppgift · 1 att-sats · 1 avsnitt · +3 −3 ord" in text


def test_a_broken_case_fails_the_script_and_the_summary_is_still_written(
    tmp_path: Path,
) -> None:
    root = make_review_branch(tmp_path / "demo")
    broken = root / POINT_CASE
    broken.write_text(broken.read_text("utf-8").replace("status: remiss", "status: klar"), "utf-8")
    git(root, "commit", "-q", "-am", "Okänd status")
    summary = tmp_path / "sammanfattning.md"
    result = run_script(root, summary, "main", "HEAD")
    assert result.returncode == 1
    assert "klar" in result.stdout + result.stderr  # check says what is wrong, and where
    assert "ks-2024-1187.md" in result.stdout + result.stderr
    assert "## Granskning av ärenden" in summary.read_text(encoding="utf-8")


def test_the_templates_are_package_data() -> None:
    """Each template file matches a ``package-data`` pattern, so the wheel carries it."""
    settings = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["pmtui"]
    for name in FORGE_TEMPLATES.values():
        relative = f"store/templates/{name}"
        assert (REPO_ROOT / "src/pmtui" / relative).is_file()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
