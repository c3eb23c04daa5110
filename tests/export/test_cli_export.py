"""``pmtui export`` on a copy of the bundled cases: where each format goes, what it never
overwrites or writes into, unknown and invalid cases, sekretess, and the PDF's missing
libraries named in Swedish."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from pmtui.format.render import render_text
from tests.conftest import BUNDLED_CASES, run_cli
from tests.export.helpers import SEED_CASE, bundled

DNR = "KS 2023/886"
SECTION_MARK = "sekretess:\n  - avsnitt: Beredning\n    grund: OSL 19:3\n"
CASE_MARK = "sekretess:\n  - grund: OSL 19:3\n"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the bundled cases; the current folder is an empty one beside it."""
    root = tmp_path / "arkiv"
    shutil.copytree(BUNDLED_CASES, root / "cases")
    (tmp_path / "ut").mkdir()
    monkeypatch.chdir(tmp_path / "ut")
    return root


def export(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(root), "export", *args)


def mark(root: Path, marking: str) -> None:
    path = root / "cases" / SEED_CASE
    text = path.read_text(encoding="utf-8")
    assert text.count("\ndatum: 2023-09-06\n") == 1
    path.write_text(
        text.replace("\ndatum: 2023-09-06\n", f"\ndatum: 2023-09-06\n{marking}"), "utf-8"
    )


def test_txt_goes_to_stdout(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(capsys, archive, DNR, "--to", "txt")
    assert (code, err) == (0, "")
    assert out == render_text(bundled(SEED_CASE))


def test_docx_goes_to_a_file_named_by_the_dnr_and_is_never_overwritten(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = export(capsys, archive, DNR, "--to", "docx")
    written = Path("ks-2023-886.docx")
    assert (code, out) == (0, "")
    assert err == "Exporterade KS 2023/886 som docx till ks-2023-886.docx.\n"
    assert written.read_bytes()[:2] == b"PK"  # a zip, as every .docx
    written.write_bytes(b"the user's own edits")
    code, _, err = export(capsys, archive, DNR, "--to", "docx")
    assert code == 1 and "ks-2023-886.docx finns redan och skrivs inte över" in err
    assert written.read_bytes() == b"the user's own edits"
    code, _, _ = export(capsys, archive, DNR, "--to", "docx", "-o", "ks-2023-886.docx")
    assert code == 0 and written.read_bytes()[:2] == b"PK"  # -o replaces on purpose


def test_the_format_follows_the_files_ending(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = export(capsys, archive, "ks-2023-886", "-o", "pm.md")
    assert code == 0 and Path("pm.md").read_text("utf-8").startswith("PM Rotel I (Dnr KS 2023/886)")
    code, _, err = export(capsys, archive, DNR, "-o", "pm.odt")
    assert code == 2 and "ange formatet med --to" in err and not Path("pm.odt").exists()


def test_an_unknown_case_fails(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(capsys, archive, "KS 2023/999", "--to", "html")
    assert (code, out) == (1, "")
    assert "hittar inget ärende 'KS 2023/999'" in err


def test_an_invalid_case_names_its_error_and_writes_nothing(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = archive / "cases" / SEED_CASE
    path.write_text(path.read_text("utf-8").replace("rotel: I\n", "rotel: XLV\n"), "utf-8")
    code, out, err = export(capsys, archive, DNR, "--to", "html", "-o", "pm.html")
    assert (code, out) == (1, "")
    assert "ks-2023-886.md:4" in err and "rotel" in err
    assert not Path("pm.html").exists()


def test_never_into_the_case_folder(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = archive / "cases" / "2023" / "ks-2023-886.md"
    before = target.read_bytes()
    code, _, err = export(capsys, archive, DNR, "--to", "md", "-o", str(target))
    assert code == 1 and "ärendemappen" in err
    assert target.read_bytes() == before


def test_a_missing_folder_is_named(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = export(capsys, archive, DNR, "-o", "saknas/pm.html")
    assert code == 1 and "mappen saknas finns inte" in err


def test_pdf_without_weasyprint_says_what_to_install(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # ``import weasyprint`` now fails
    code, out, err = export(capsys, archive, DNR, "--to", "pdf")
    assert (code, out) == (1, "")
    assert "weasyprint är inte installerat" in err
    assert "pip install 'pmtui[pdf]'" in err
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in err
    assert not Path("ks-2023-886.pdf").exists()


def test_a_sekretess_section_is_left_out_unless_asked_for(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mark(archive, SECTION_MARK)
    code, out, err = export(capsys, archive, DNR, "--to", "txt")
    assert code == 0
    assert "utelämnade sekretessmarkerade avsnitt: Beredning" in err
    assert (
        "Beredning\n\nAvsnittet är sekretessmarkerat (OSL 19:3) och ingår inte i exporten." in out
    )
    assert "Stadsledningskontoret anser att" not in out
    code, out, _ = export(capsys, archive, DNR, "--to", "txt", "--med-sekretess")
    assert code == 0 and "Stadsledningskontoret anser att" in out


def test_a_case_marked_as_a_whole_is_not_exported_unless_asked_for(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mark(archive, CASE_MARK)
    code, out, err = export(capsys, archive, DNR, "--to", "md")
    assert (code, out) == (1, "")
    assert "sekretessmarkerat (OSL 19:3)" in err and "--med-sekretess" in err
    code, out, _ = export(capsys, archive, DNR, "--to", "md", "--med-sekretess")
    assert code == 0 and "Strong Cities Network Global Summit" in out
