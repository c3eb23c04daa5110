"""The new-case form's checks without a screen: names split, each field's message, a dnr
that is taken (by dnr, by path in any case, by a file on disk only), and the skeleton."""

from __future__ import annotations

from pmtui.editing.new_case import ExistingCases, build_new_case, create_case, split_names
from pmtui.model import Dnr, DocumentKind
from pmtui.store import CaseRepository, HookRefused
from tests.conftest import git
from tests.editing.conftest import PATH
from tests.store.hook_scripts import hooks_dir, install_hook

FIELDS = {
    "dnr": "KS 2024/77",
    "handling": "PM",
    "rubrik": "Ny bro",
    "rotel": "I",
    "föredragande": "Anna Ek",
}


def test_names_are_split_on_commas_semicolons_and_lines() -> None:
    assert split_names(" Anna Ek, Bo Berg;Cia Ås\n\n, ") == ["Anna Ek", "Bo Berg", "Cia Ås"]


def test_every_empty_field_says_what_it_needs_and_the_case_is_not_made() -> None:
    result = build_new_case({"handling": "PM"}, ExistingCases())
    assert result.case is None
    assert set(result.problems) == {"dnr", "rubrik", "rotel", "föredragande"}
    assert result.problems["rotel"] == ["Fyll i rotel, t.ex. I eller I+VII."]
    assert result.first_problem == "dnr"


def test_wrong_values_get_the_models_messages_under_their_fields() -> None:
    fields = FIELDS | {"dnr": "KS 20x4/1", "rotel": "XX", "föredragande": "Bo, bo"}
    problems = build_new_case(fields, ExistingCases()).problems
    assert problems["dnr"] == [
        "ogiltigt diarienummer 'KS 20x4/1': väntade formen 'KS 2023/886' eller '155-1302/2015'"
    ]
    assert "ogiltig rotel 'XX'" in problems["rotel"][0]
    assert "förekommer mer än en gång" in problems["föredragande"][0]
    assert "rubrik" not in problems


def test_the_case_is_the_skeleton_pmtui_new_makes() -> None:
    fields = FIELDS | {"handling": "Utlåtande", "rotel": "ri + vii", "föredragande": "A B;C D"}
    case = build_new_case(fields, ExistingCases()).case
    assert case is not None
    assert (case.dnr, case.kind, case.rotel) == (
        Dnr("KS", 2024, 77),
        DocumentKind.UTLATANDE,
        "I+VII",
    )
    assert case.presenters == ["A B", "C D"]
    assert [s.heading for s in case.sections][2] == "Föredragande borgarrådens synpunkter"


def test_a_taken_dnr_names_the_case_file(repository: CaseRepository) -> None:
    existing = ExistingCases.read(repository)
    for typed in ("KS 2023/886", "ks2023 / 886"):
        result = build_new_case(FIELDS | {"dnr": typed}, existing)
        assert result.case is None
        assert result.problems["dnr"] == [
            f"Ärendet KS 2023/886 finns redan ({PATH}). Välj ett annat diarienummer, eller "
            "öppna ärendet från listan."
        ]


def test_a_file_on_disk_only_is_taken_unless_the_form_left_it(
    repository: CaseRepository,
) -> None:
    assert repository.root is not None
    loose = repository.root / "cases" / "2024" / "ks-2024-77.md"
    loose.parent.mkdir()
    loose.write_text("halvfärdig\n", encoding="utf-8")
    existing = ExistingCases.read(repository)
    assert "cases/2024/ks-2024-77.md" in build_new_case(FIELDS, existing).problems["dnr"][0]
    assert build_new_case(FIELDS, existing, own="cases/2024/ks-2024-77.md").case is not None


def test_after_a_refusing_hook_the_next_try_saves_from_the_file_left_on_disk(
    repository: CaseRepository,
) -> None:
    assert repository.root is not None
    hook = install_hook(hooks_dir(repository), "pre-commit", "exit 1")
    case = build_new_case(FIELDS, ExistingCases()).case
    assert case is not None
    try:
        create_case(repository, case, None)
    except HookRefused as refused:
        left = refused.base
    else:
        raise AssertionError("the hook did not refuse")
    assert left is not None and (repository.root / left.path).exists()
    hook.unlink()
    result = create_case(repository, case, left)
    assert result.commit_id is not None
    assert git(repository.root, "status", "--porcelain") == ""
