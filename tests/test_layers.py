"""The layer contract: import-linter's contracts pass, and an independent scan of every
module's imports agrees (only store imports pygit2, only tui imports textual, model and
format import neither nor any higher layer, and nothing imports Textual's private modules)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "src" / "pmtui"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _modules() -> list[tuple[str, set[str]]]:
    rows = []
    for path in sorted(PACKAGE.rglob("*.py")):
        package = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        rows.append((package, _imports(path)))
    return rows


def _uses(imports: set[str], top: str) -> bool:
    return any(name == top or name.startswith(top + ".") for name in imports)


def test_the_scan_sees_the_packages() -> None:
    packages = {package for package, _ in _modules()}
    assert {"model", "format", "cli"} <= packages


def test_only_store_imports_pygit2() -> None:
    offenders = [p for p, imports in _modules() if p != "store" and _uses(imports, "pygit2")]
    assert offenders == []


def test_only_tui_imports_textual() -> None:
    offenders = [p for p, imports in _modules() if p != "tui" and _uses(imports, "textual")]
    assert offenders == []


@pytest.mark.parametrize("package", ["model", "format", "texts"])
def test_model_and_format_import_no_higher_layer(package: str) -> None:
    forbidden = [
        "pygit2",
        "textual",
        "pmtui.store",
        "pmtui.tui",
        "pmtui.diff",
        "pmtui.cli",
        "pmtui.editing",
    ]
    for name, imports in _modules():
        if name == package:
            assert not [f for f in forbidden if _uses(imports, f)], name


def test_export_imports_no_git_app_or_store() -> None:
    """The exports style a case that format renders; they never reach Git or the app."""
    forbidden = ["pygit2", "textual", "pmtui.store", "pmtui.tui", "pmtui.cli", "pmtui.editing"]
    modules = [imports for name, imports in _modules() if name == "export"]
    assert modules, "the scan sees pmtui.export"
    assert [f for imports in modules for f in forbidden if _uses(imports, f)] == []


def test_model_does_not_import_format() -> None:
    for name, imports in _modules():
        if name == "model":
            assert not _uses(imports, "pmtui.format")


def test_no_private_textual_widget_imports() -> None:
    private = [
        name
        for _, imports in _modules()
        for name in imports
        if name.startswith("textual.") and any(part.startswith("_") for part in name.split(".")[1:])
    ]
    assert private == []


def test_import_linter_contracts_pass() -> None:
    executable = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert executable, "import-linter is a test dependency"
    result = subprocess.run(
        [executable], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _layer_names() -> set[str]:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return {
        name.strip("() ").removeprefix("pmtui.")
        for layer in layers
        for name in re.split(r"[|:]", layer)
    }


def test_the_layers_contract_names_every_package_and_module() -> None:
    """A new package or top-level module must be placed in the layers, or nothing stops it
    from importing upwards."""
    code = {
        path.name.removesuffix(".py")
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.name != "__init__.py")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert code - _layer_names() == set()


def test_only_tui_imports_textual_and_only_store_pygit2_in_the_contracts() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}
    not_tui = {
        m.removeprefix("pmtui.") for m in contracts["only tui imports textual"]["source_modules"]
    }
    not_store = {
        m.removeprefix("pmtui.") for m in contracts["only store imports pygit2"]["source_modules"]
    }
    assert _layer_names() - {"tui"} <= not_tui
    assert _layer_names() - {"store"} <= not_store
