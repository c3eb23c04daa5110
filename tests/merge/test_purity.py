"""``pmtui.merge`` is pure: it knows nothing of Git, the store or the terminal app (the
layers contract alone would let it import the store, which sits below it)."""

from __future__ import annotations

import ast

from tests.conftest import REPO_ROOT

MERGE = REPO_ROOT / "src" / "pmtui" / "merge"
FORBIDDEN = ("pygit2", "textual", "subprocess", "pmtui.store", "pmtui.tui", "pmtui.cli")


def _imports(text: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_merge_imports_no_git_store_or_app() -> None:
    modules = sorted(MERGE.glob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        imports = _imports(path.read_text(encoding="utf-8"))
        bad = [n for n in imports if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]
        assert bad == [], path.name


def test_every_merge_module_stays_short() -> None:
    for path in MERGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path.name
