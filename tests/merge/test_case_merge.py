"""The three-way merge of case texts, part by part: what merges cleanly, what is a
conflict of just that part, and when the merge leaves the file to Git's line merge."""

from __future__ import annotations

import itertools

import pytest

from pmtui.format import inspect_case
from pmtui.merge import Deadline, Outcome, Side, merge_case_texts
from tests.merge.helpers import (
    CAPITALS_START,
    MEMBERS,
    ORGANISED,
    POINT_COUNCIL,
    POINT_MOTION,
    POINTS,
    POINTS_PATH,
    POINTS_POINT,
    PREPARATION_START,
    SEED,
    SEED_PATH,
    STATEMENT,
    SUBPOINT_REPORT,
    canonical,
    edit,
)


def _clean(base: str, ours: str, theirs: str, path: str = SEED_PATH) -> str:
    merged = merge_case_texts(base, ours, theirs, path=path)
    assert merged.outcome is Outcome.CLEAN, (merged.reason, merged.problems, merged.conflicts)
    assert inspect_case(merged.text).ok
    assert merged.text == canonical(merged.text)
    return merged.text


def test_different_fields_merge_cleanly() -> None:
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, "rubrik: Strong Cities Network Global Summit", "rubrik: Ny rubrik")
    merged = _clean(SEED, ours, theirs)
    assert "status: beslutad\n" in merged and "rubrik: Ny rubrik\n" in merged


def test_different_sentences_of_one_paragraph_even_neighbours_merge_cleanly() -> None:
    ours = edit(SEED, "Institute for Strategic Dialogue", "Institute for Strategic Dialogue (ISD)")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    theirs = edit(theirs, CAPITALS_START, CAPITALS_START.replace("Oslo", "Oslo och Reykjavik"))
    merged = _clean(SEED, ours, theirs)
    assert "Dialogue (ISD) och medlemskapet" in merged
    assert "uppgår 2023 till ca 165." in merged and "Oslo och Reykjavik" in merged


def test_a_sentence_added_beside_one_changed_on_the_other_side() -> None:
    ours = edit(SEED, MEMBERS + "\n", MEMBERS + "\nTvå nya städer gick med i år.\n")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    merged = _clean(SEED, ours, theirs)
    assert "ca 165.\nTvå nya städer gick med i år.\n" in merged


def test_different_sections_merge_cleanly() -> None:
    ours = edit(SEED, PREPARATION_START, "Kontoret anser att social- och trygghetsborgarrådets")
    theirs = edit(SEED, STATEMENT, STATEMENT.replace("även", "dessutom"))
    merged = _clean(SEED, ours, theirs)
    assert "Kontoret anser att" in merged and "utgör dessutom ett bra" in merged


def test_a_section_added_on_one_side_and_a_sentence_changed_on_the_other() -> None:
    views = "## Föredragande borgarrådets synpunkter\n\n"
    ours = edit(SEED, views, views + "Staden bör delta.\n\n")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    theirs += "\n## Bilagor\n\nInga bilagor.\n"
    merged = _clean(SEED, ours, theirs)
    assert views + "Staden bör delta.\n" in merged
    assert merged.endswith("## Bilagor\n\nInga bilagor.\n") and "ca 165." in merged


def test_different_points_merge_cleanly_and_renumbering_is_no_change() -> None:
    ours = edit(POINTS, POINT_COUNCIL, POINT_COUNCIL.replace("1 juli", "1 augusti"))
    theirs = edit(POINTS, f"      - {POINT_MOTION}\n", "")  # point 2 removed: 3 becomes 2
    theirs = edit(theirs, SUBPOINT_REPORT, SUBPOINT_REPORT.replace("31 december", "30 november"))
    merged = _clean(POINTS, ours, theirs, POINTS_PATH)
    assert "den 1 augusti 2017" in merged and POINT_MOTION not in merged
    assert "senast den 30 november 2017" in merged


def test_points_added_on_both_sides_at_different_places() -> None:
    ours = edit(POINTS, f"      - {POINT_COUNCIL}\n", f"      - Först.\n      - {POINT_COUNCIL}\n")
    theirs = edit(POINTS, f"      - {POINT_MOTION}\n", f"      - {POINT_MOTION}\n      - Sist.\n")
    merged = _clean(POINTS, ours, theirs, POINTS_PATH)
    assert (
        f"      - Först.\n      - {POINT_COUNCIL}\n      - {POINT_MOTION}\n      - Sist.\n"
        in merged
    )


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    ours = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    merged = merge_case_texts(SEED, ours, ours, path=SEED_PATH)
    assert merged.outcome is Outcome.CLEAN and merged.text == ours
    assert merged.count(Side.BOTH) == 1 and merged.count(Side.OURS) == 0


def test_same_sentence_changed_both_ways_is_a_conflict_of_that_sentence_only() -> None:
    ours = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    ours = edit(ours, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("ca 160", "omkring 160"))
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert merged.outcome is Outcome.CONFLICTS
    lines = merged.text.split("\n")
    start = lines.index("<<<<<<< vår – avsnitt 'Ärendet', mening 5")
    assert lines[start : start + 7] == [
        "<<<<<<< vår – avsnitt 'Ärendet', mening 5",
        MEMBERS.replace("160", "165"),
        "||||||| bas",
        MEMBERS,
        "=======",
        MEMBERS.replace("ca 160", "omkring 160"),
        ">>>>>>> deras",
    ]
    assert lines[start - 1] == ORGANISED and lines[start + 7].startswith(CAPITALS_START)
    assert [(c.line, c.why) for c in merged.conflicts] == [
        (start + 1, "ändrad på båda sidor, olika")
    ]
    assert "status: beslutad" in merged.text  # the rest merged


def test_same_field_changed_both_ways_is_a_conflict_of_that_field() -> None:
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, "status: tillstyrkt", "status: remiss")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert merged.outcome is Outcome.CONFLICTS
    assert [c.place for c in merged.conflicts] == ["fältet status"]
    assert "<<<<<<< vår – fältet status\nstatus: beslutad\n||||||| bas\nstatus: tillstyrkt\n" in (
        merged.text
    )
    assert "=======\nstatus: remiss\n>>>>>>> deras\ndatum: 2023-09-06\n" in merged.text


def test_a_point_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() -> None:
    ours = edit(POINTS, f"      - {POINT_MOTION}\n", "")
    theirs = edit(POINTS, POINT_MOTION, POINT_MOTION.replace("besvarad", "bifallen"))
    merged = merge_case_texts(POINTS, ours, theirs, path=POINTS_PATH)
    assert merged.outcome is Outcome.CONFLICTS
    assert [(c.place, c.why) for c in merged.conflicts] == [
        ("beslutsförslag 1, punkt 2", "borttagen på ena sidan och ändrad på den andra")
    ]
    assert (
        "<<<<<<< vår – beslutsförslag 1, punkt 2\n||||||| bas\n"
        f"      - {POINT_MOTION}\n=======\n      - {POINT_MOTION.replace('besvarad', 'bifallen')}\n"
        ">>>>>>> deras\n      - text: Kommunstyrelsen får i uppdrag att\n"
    ) in merged.text


def test_two_different_sentences_added_at_one_place_are_a_conflict() -> None:
    ours = edit(SEED, MEMBERS + "\n", MEMBERS + "\nVår nya mening.\n")
    theirs = edit(SEED, MEMBERS + "\n", MEMBERS + "\nDeras nya mening.\n")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert [(c.why) for c in merged.conflicts] == ["tillagd på båda sidor på samma ställe, olika"]
    assert "||||||| bas\n=======\nDeras nya mening.\n>>>>>>> deras\n" in merged.text


def test_a_result_that_is_no_valid_case_is_left_to_a_person_with_located_problems() -> None:
    ours = edit(SEED, "föredragande:\n  - Karin Wanngård\n", "föredragande:\n  - Anna A\n")
    theirs = edit(SEED, "föredragande:\n  - Karin Wanngård\n", "föredragande:\n  - Anna A\n")
    theirs = edit(theirs, "föredragande:\n  - Anna A\n", "föredragande:\n  - Anna A\n  - Anna A\n")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    # theirs is no valid case itself (a presenter twice): nothing is merged here
    assert merged.outcome is Outcome.FALLBACK and "deras version kan inte läsas" in merged.reason
    ours = edit(SEED, "## Beredning\n", "## Bilagor\n")
    theirs = edit(SEED, "## Föredragande borgarrådets synpunkter\n", "## Bilagor\n")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert merged.outcome is Outcome.INVALID and "<<<<<<<" not in merged.text
    lines = merged.text.split("\n")
    assert [(p.code, lines[(p.line or 0) - 1]) for p in merged.problems] == [
        ("avsnitt-dubblett", "## Bilagor")
    ]


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        (SEED.replace("rotel: I\n", "rotel: [\n"), "kan inte läsas som ett ärende"),
        (SEED.encode("utf-8").replace("ärendet".encode(), b"\xe4rendet", 1), "inte UTF-8"),
        (SEED.replace(MEMBERS, f"<<<<<<< HEAD\n{MEMBERS}\n=======\nx\n>>>>>>> b"), "rad 58"),
        (SEED.replace(MEMBERS, f"<<<<<<<<< Temporary merge branch 1\n{MEMBERS}"), "markörer"),
    ],
    ids=["yaml", "latin1", "markers", "virtual-base-markers"],
)
def test_an_unreadable_side_is_left_to_gits_line_merge(broken: str | bytes, reason: str) -> None:
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    for versions in itertools.permutations([SEED, ours, broken]):
        merged = merge_case_texts(*versions, path=SEED_PATH)
        assert merged.outcome is Outcome.FALLBACK and merged.text == ""
        assert reason in merged.reason


def test_a_merge_past_its_time_limit_is_left_to_gits_line_merge() -> None:
    ticks = iter(range(10_000))
    deadline = Deadline(5, clock=lambda: float(next(ticks)))
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    merged = merge_case_texts(SEED, ours, SEED, path=SEED_PATH, deadline=deadline)
    assert merged.outcome is Outcome.FALLBACK and merged.reason.endswith("5 s")
    unlimited = merge_case_texts(SEED, ours, SEED, path=SEED_PATH, deadline=Deadline(1e9))
    assert unlimited.outcome is Outcome.CLEAN


def test_every_part_taken_from_one_side_is_recorded() -> None:
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    theirs = edit(theirs, ORGANISED, ORGANISED.replace("kostnadsfritt", "gratis"))
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert [(r.place, r.side, r.text) for r in merged.resolutions] == [
        ("fältet status", Side.OURS, "beslutad"),
        ("avsnitt 'Ärendet'", Side.THEIRS, "Ärendet"),
    ]
    both = edit(ours, MEMBERS, MEMBERS.replace("160", "170"))
    merged = merge_case_texts(SEED, both, theirs, path=SEED_PATH)
    assert [(r.place, r.side, r.text[:40]) for r in merged.resolutions] == [
        ("fältet status", Side.OURS, "beslutad"),
        ("avsnitt 'Ärendet', mening 4", Side.THEIRS, ORGANISED[:40]),
    ]


def test_marker_size_is_gits() -> None:
    ours = edit(SEED, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, "status: tillstyrkt", "status: remiss")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH, marker_size=9)
    assert "\n<<<<<<<<< vår – fältet status\n" in merged.text
    assert "\n||||||||| bas\n" in merged.text and "\n=========\n" in merged.text
    assert "\n>>>>>>>>> deras\n" in merged.text


def _resolved(text: str, keep: str) -> str:
    """``text`` with every conflict resolved by keeping one side ("ours", "base", "theirs")."""
    kept: list[str] = []
    part = None
    for line in text.split("\n"):
        marker = {"<<<<<<<": "ours", "|||||||": "base", "=======": "theirs", ">>>>>>>": None}
        found = next((name for m, name in marker.items() if line.startswith(m)), "")
        if found != "" or line.startswith(">>>>>>>"):
            part = found
        elif part is None or part == keep:
            kept.append(line)
    return "\n".join(kept)


def test_a_conflicted_file_is_reported_located_and_any_side_resolves_it() -> None:
    ours = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    ours = edit(
        ours,
        f"      - {POINTS_POINT}\n",
        f"      - {POINTS_POINT.replace('Ojanne', 'Ojanne (S)')}\n",
    )
    ours = edit(ours, "status: tillstyrkt", "status: beslutad")
    theirs = edit(SEED, MEMBERS, MEMBERS.replace("ca 160", "omkring 160"))
    theirs = edit(theirs, f"      - {POINTS_POINT}\n", "      - Staden tackar nej.\n")
    theirs = edit(theirs, "status: tillstyrkt", "status: remiss")
    merged = merge_case_texts(SEED, ours, theirs, path=SEED_PATH)
    assert [c.place for c in merged.conflicts] == [
        "fältet status",
        "beslutsförslag 1, punkt 1",
        "avsnitt 'Ärendet', mening 5",
    ]
    report = inspect_case(merged.text, SEED_PATH)
    assert [(p.line, p.field, p.code) for p in report.errors] == [
        (merged.conflicts[0].line, "fältet status", "konflikt")
    ]
    for side in ("ours", "base", "theirs"):
        assert inspect_case(_resolved(merged.text, side)).ok, side
    assert canonical(_resolved(merged.text, "ours")) == _clean(SEED, ours, ours)


def _moved(text: str, start: str, end: str, before: str) -> str:
    """``text`` with the lines from ``start`` up to ``end`` moved to just before ``before``."""
    part = text[text.index(start) : text.index(end)]
    rest = text.replace(part, "")
    return rest.replace(before, part + before)


SWAPPED = POINTS.replace(
    f"      - {POINT_COUNCIL}\n      - {POINT_MOTION}\n",
    f"      - {POINT_MOTION}\n      - {POINT_COUNCIL}\n",
)
KANSLI = "Stadsledningskontoret får i uppdrag att bemanna rådets kansli inom befintlig budgetram."
RESERVATION = "Ansvaret bör i stället samlas hos fastighetsnämnden"
INTRO = "inledning: Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
# (ours, theirs, the conflicting part): one conflict of each kind, in the utlåtande.
KINDS = {
    "list item": (
        edit(POINTS, "datum: 2016-12-13", "datum: 2016-12-14"),
        edit(POINTS, "datum: 2016-12-13", "datum: 2016-12-15"),
        "fältet remisser, post 2",
    ),
    "statement": (
        edit(POINTS, RESERVATION, RESERVATION + " och skolorna"),
        edit(POINTS, RESERVATION, RESERVATION.replace("samlas", "ligga")),
        "fältet utfall, reservationer",
    ),
    "intro": (
        edit(POINTS, INTRO, INTRO.replace("följande", "så här")),
        edit(POINTS, INTRO, INTRO.replace("följande.", "följande i dag.")),
        "beslutsförslag 1, inledning",
    ),
    "moved points": (
        SWAPPED,
        edit(POINTS, POINT_COUNCIL, POINT_COUNCIL.replace("1 juli", "1 augusti")),
        "beslutsförslag 1, punkterna",
    ),
    "points added": (
        edit(POINTS, f"      - {KANSLI}\n", f"      - {KANSLI}\n      - Vår punkt.\n"),
        edit(POINTS, f"      - {KANSLI}\n", f"      - {KANSLI}\n      - Deras punkt.\n"),
        "beslutsförslag 2, punkt 2",
    ),
    "subpoint": (
        edit(POINTS, SUBPOINT_REPORT, SUBPOINT_REPORT.replace("2017", "2018")),
        edit(POINTS, SUBPOINT_REPORT, SUBPOINT_REPORT.replace("redovisa", "visa")),
        "beslutsförslag 1, punkt 3.2",
    ),
    "heading": (
        edit(POINTS, "## Beredning\n", "## Beredningen\n"),
        edit(POINTS, "## Beredning\n", "## Remisser\n"),
        "avsnitt 'Beredningen', rubriken",
    ),
    "section": (
        edit(POINTS, "## Beredning\n", "## Beredning\n\nEn ny första mening.\n"),
        POINTS[: POINTS.index("## Beredning")] + POINTS[POINTS.index("## Mina synpunkter") :],
        "avsnitt 'Beredning'",
    ),
    "moved sections": (
        _moved(POINTS, "## Mina synpunkter\n", "## Remissammanställningen\n", "## Ärendet\n"),
        edit(POINTS, "## Beredning\n", "## Beredning\n\nEn ny första mening.\n"),
        "avsnitten (ordningen ändrad)",
    ),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_conflict_is_marked_alone_and_any_side_resolves_it(kind: str) -> None:
    ours, theirs, place = KINDS[kind]
    merged = merge_case_texts(POINTS, ours, theirs, path=POINTS_PATH)
    assert merged.outcome is Outcome.CONFLICTS
    assert [c.place for c in merged.conflicts] == [place]
    assert merged.text.count("<<<<<<< ") == 1
    for side in ("ours", "base", "theirs"):
        assert inspect_case(_resolved(merged.text, side)).ok, side
    assert canonical(_resolved(merged.text, "ours")) == canonical(ours)
    assert canonical(_resolved(merged.text, "theirs")) == canonical(theirs)
