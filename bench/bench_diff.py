"""Version comparison and case history, side by side with the git CLI.

    .venv/bin/python bench/bench_diff.py [--runs 30] [--versions 500] [--no-write]

1. Two versions of a ~30 KB case with 5% of the words changed: ``pmtui.diff`` against
   ``git diff --word-diff`` on the same two blobs (target < 50 ms).
2. The history of a case with 500 versions (in a repository with other cases too, built
   with ``git fast-import``, repacked, with a commit-graph): ``CaseRepository.history``
   against ``git log -- <path>`` (target < 0.5 s), and blame over all 500 versions against
   ``git blame``.

Results go to the "## Diff" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

if not __package__:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, fastimport, report, revisions
from pmtui.diff import RenderOptions, blame_case, compare_cases, compare_texts, render_diff
from pmtui.diff.text import clear_caches
from pmtui.diff.versions import history_texts
from pmtui.diff.words import tokens
from pmtui.format import parse_case, serialize_case
from pmtui.model import Case, Dnr
from pmtui.store import CaseRepository

TARGET_SIZE = 30_000
CREATED = dt.date(2023, 5, 2)
CHANGED_SHARE = 0.05
DNR = Dnr.parse("KS 2023/886")
REPLACEMENTS = ("väsentligt", "tydligt", "omfattande", "långsiktigt", "gemensamt", "nytt")
LOG_P = "`git log -p --word-diff -- path`"
NOTES = """\
Notes: wall and CPU times are medians (CPU: pmtui's process, and git as a child process);
"–" as a target marks a measurement kept for reference. "compare" runs start with
pmtui.diff's caches emptied (cold). The 5% of words are replaced at random in the body,
so about half the sentences change. "first open" builds the store's history index from
nothing (in-memory cache); "changed parts" also reads both versions of every commit to
label what changed (the store's History column), which is what dominates it. Blame reads
the body of every version.

Reading it: comparing two loaded versions is what the Diff screen does (the store has
read them); comparing two files adds reading both (YAML and Markdown, the larger part).
git's word diff is faster (C, and it knows nothing of fields, points or sections). CPU
time shows the work itself; wall time what a user waited on this machine at that load.
The history's "changed parts" labels are the store's (cached by blob pair after the
first time); pmtui.diff is not involved in them.
"""
_WORD = re.compile(r"\b[a-zåäö]{3,}\b")


def big_case(rng: random.Random) -> str:
    """A valid canonical case file of about 30 KB, grown paragraph by paragraph."""
    case = corpus.build_case(rng, DNR, CREATED)
    data = case.model_dump(mode="json", by_alias=True)
    while len(serialize_case(Case.model_validate(data)).encode()) < TARGET_SIZE:
        section = rng.choice(data["avsnitt"][:4])
        section["innehåll"].append({"typ": "stycke", "text": corpus.paragraph(rng, 3, 7)})
    return serialize_case(Case.model_validate(data))


def change_words(text: str, rng: random.Random, share: float) -> str:
    """The text with ``share`` of the body's words replaced (lower-case words only, so
    no sentence boundary or Markdown syntax is created)."""
    head_end = text.index("\n---\n", 4) + 5
    head, body = text[:head_end], text[head_end:]
    all_words = len(re.findall(r"\w+", body))
    spots = [m for m in _WORD.finditer(body) if not _in_heading(body, m.start())]
    chosen = sorted(rng.sample(spots, int(all_words * share)), key=lambda m: m.start())
    pieces, last = [], 0
    for match in chosen:
        pieces += [body[last : match.start()], rng.choice(REPLACEMENTS)]
        last = match.end()
    return head + "".join(pieces) + body[last:]


def _in_heading(body: str, at: int) -> bool:
    return body[body.rfind("\n", 0, at) + 1 :].startswith("#")


def git(repo: Path, *args: str, stdin: bytes | None = None) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], input=stdin, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8", errors="replace")


def cold(action: Callable[[], object]) -> Callable[[], object]:
    """The action with pmtui.diff's caches (sentences, tokens, pairs) emptied first, so
    every run compares from scratch (the clearing is a few microseconds)."""

    def run() -> object:
        clear_caches()
        return action()

    return run


def measure(action: Callable[[], object], runs: int) -> report.Sample:
    """Medians over ``runs`` calls of wall and CPU time (git counted as a child)."""
    return report.median_sample([report.measure(action) for _ in range(runs)])


class ReferenceRow(report.Row):
    """A measurement kept for comparison only: no target."""

    @property
    def target(self) -> str:
        return "–"

    def met(self, field: str) -> bool | None:
        return None


def row(
    what: str, ours: report.Sample | None, base: report.Sample, name: str, limit: float | None
) -> report.Row:
    """A table row; ``limit`` is the target in seconds (``None``: for reference only)."""
    if limit is None:
        return ReferenceRow(what, ours, base, name, 0.0)
    return report.Row(what, ours, base, name, limit, absolute=True)


def bench_compare(workdir: Path, runs: int) -> list[report.Row]:
    rng = random.Random("bench-diff")
    old_text = big_case(rng)
    new_text = change_words(old_text, rng, CHANGED_SHARE)
    old, new = parse_case(old_text), parse_case(new_text)
    repo = workdir / "pair"
    repo.mkdir()
    git(repo, "init", "-q")
    blob_a = git(repo, "hash-object", "-w", "--stdin", stdin=old_text.encode()).strip()
    blob_b = git(repo, "hash-object", "-w", "--stdin", stdin=new_text.encode()).strip()
    word_diff = measure(lambda: git(repo, "diff", "--word-diff", blob_a, blob_b), runs)
    line_diff = measure(lambda: git(repo, "diff", blob_a, blob_b), runs)
    models = measure(cold(lambda: compare_cases(old, new)), runs)
    texts = measure(cold(lambda: compare_texts(old_text, new_text)), runs)
    shown = measure(cold(lambda: render_diff(compare_cases(old, new), RenderOptions())), runs)
    naive = measure(lambda: _whole_document_words(old_text, new_text), 1)
    words = len(re.findall(r"\w+", old_text[old_text.index("\n---\n", 4) :]))
    changed = _changed_words(old_text, new_text)
    size = f"{len(old_text.encode()) / 1024:.0f} KB; {changed} of {words:,} words"
    gwd = "`git diff --word-diff` (2 blobs)"
    return [
        row(f"compare two loaded versions ({size} changed)", models, word_diff, gwd, 0.05),
        row("compare two files (parse both + compare)", texts, word_diff, gwd, 0.05),
        row("compare + render for the terminal", shown, word_diff, gwd, 0.05),
        row("line diff, for reference", None, line_diff, "`git diff` (2 blobs)", None),
        row("not used: one SequenceMatcher over all words (1 run)", naive, word_diff, gwd, None),
    ]


def _whole_document_words(old: str, new: str) -> float:
    return SequenceMatcher(None, tokens(old), tokens(new), autojunk=False).ratio()


def _changed_words(old: str, new: str) -> int:
    a, b = re.findall(r"\w+", old), re.findall(r"\w+", new)
    return sum(x != y for x, y in zip(a, b, strict=False))


def build_history_repo(workdir: Path, versions: int, others: int) -> tuple[Path, str]:
    """A repository where one case has ``versions`` versions among ``others`` other cases
    (each created once and edited twice), as pmtui and plain git would write them."""
    rng = random.Random("bench-history")
    repo = workdir / "history"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    command = ["git", "-C", str(repo), "fast-import", "--quiet", "--date-format=raw"]
    with subprocess.Popen(command, stdin=subprocess.PIPE) as importer:
        assert importer.stdin is not None
        writer = fastimport.CommitWriter(importer.stdin, random.Random("authors"))
        writer.initial_commit()
        _write_commits(writer, rng, versions, others)
        importer.stdin.close()
    git(repo, "checkout", "-q", "-f", "main")
    git(repo, "repack", "-adq")
    git(repo, "commit-graph", "write", "--reachable", "--changed-paths")
    return repo, DNR.relative_path


def _write_commits(
    writer: fastimport.CommitWriter, rng: random.Random, versions: int, others: int
) -> None:
    texts = {DNR.relative_path: corpus.case_text(1, 0, DNR, CREATED)}
    for index in range(1, others + 1):
        dnr = Dnr.parse(f"KS 2023/{1000 + index}")
        texts[dnr.relative_path] = corpus.case_text(1, index, dnr, CREATED)
    edits = [DNR.relative_path] * (versions - 1) + [p for p in texts if p != DNR.relative_path] * 2
    rng.shuffle(edits)
    order = [*texts, *edits]
    for when, path in enumerate(order):
        if when >= len(texts):
            texts[path] = revisions.edit_sentence(texts[path], rng).text
        writer.commit(when * 600, f"Ändra {path}\n", path, texts[path])


def bench_history(workdir: Path, versions: int, runs: int) -> list[report.Row]:
    repo, path = build_history_repo(workdir, versions, others=300)
    log_args = ("log", "--format=%H%x00%an%x00%aI%x00%s", "--", path)
    count = len(git(repo, *log_args).splitlines())
    git_log = measure(lambda: git(repo, *log_args), runs)
    git_log_words = measure(lambda: git(repo, "log", "-p", "--word-diff", "--", path), 3)
    first = measure(lambda: _history(repo, details=False), 3)
    first_details = measure(lambda: _history(repo, details=True), 3)
    opened = CaseRepository.discover(explicit=repo, cache=False)
    opened.history(DNR)
    warm = measure(lambda: opened.history(DNR), runs)
    blame = measure(lambda: _blame(opened), 3)
    git_blame = measure(lambda: git(repo, "blame", "--", path), 3)
    log = f"`git log -- path` ({count} commits)"
    return [
        row(f"history of {count} versions, first open (no cache)", first, git_log, log, 0.5),
        row(
            "history + changed parts of each version, first open", first_details, git_log, log, 0.5
        ),
        row("history again (cache warm)", warm, git_log, log, 0.5),
        row(
            "history with word diffs, for reference",
            None,
            git_log_words,
            "`git log -p --word-diff -- path`",
            None,
        ),
        row(f"blame over all {count} versions", blame, git_blame, "`git blame path`", None),
    ]


def _history(repo: Path, details: bool) -> object:
    return CaseRepository.discover(explicit=repo, cache=False).history(DNR, details=details)


def _blame(repo: CaseRepository) -> object:
    return blame_case(history_texts(repo, str(DNR)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--versions", type=int, default=500)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    share_before = report.cpu_share()
    with tempfile.TemporaryDirectory(prefix="pmtui-bench-diff-") as folder:
        rows = bench_compare(Path(folder), args.runs)
        rows += bench_history(Path(folder), args.versions, max(5, args.runs // 3))
    shares = f"{share_before:.2f} before, {report.cpu_share():.2f} after"
    body = (
        f"Command: `.venv/bin/python bench/bench_diff.py`. {report.machine()} "
        f"Share of a core the run got: {shares}.\n\n{report.table(rows)}\n\n{NOTES}"
    )
    print(body)
    if not args.no_write:
        report.write_section("Diff", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
