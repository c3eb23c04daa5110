"""bench/bench_merge.py's versions are what its notes say: a clean case merge of two
~30 KB versions where git's line merge leaves conflicts (neighbouring sentences)."""

from __future__ import annotations

import importlib
import random
import subprocess
from pathlib import Path

from pmtui.merge import Outcome, Side, merge_case_texts

# Imported by name: the benchmark's shared helpers (bench/report.py) are outside what
# mypy checks, and a static import would make mypy follow them.
bench_merge = importlib.import_module("bench.bench_merge")


def test_the_benchmark_versions_merge_cleanly_where_git_conflicts(tmp_path: Path) -> None:
    base, ours, theirs = bench_merge.versions(random.Random(886))
    assert 25_000 < len(base.encode("utf-8")) < 40_000
    merged = merge_case_texts(base, ours, theirs, path=bench_merge.PATH)
    assert merged.outcome is Outcome.CLEAN
    assert merged.count(Side.OURS) > 5 and merged.count(Side.THEIRS) > 5
    files = []
    for name, text in (("A", ours), ("O", base), ("B", theirs)):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    result = subprocess.run(["git", "merge-file", "-p", *map(str, files)], capture_output=True)
    assert result.returncode > 0
