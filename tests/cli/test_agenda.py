"""``pmtui agenda ORGAN DATUM``: the demo meeting, the writers, warnings and refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest

from pmtui.cli.main import main
from pmtui.format import serialize_case
from tests.conftest import run_cli
from tests.model.helpers import BLOCK, make_case

TABLED_AT = {"organ": "kommunstyrelsen", "datum": "2023-08-23", "beslut": "bordlagd"}
AT_KS = {"organ": "kommunstyrelsen", "datum": "2023-09-13"}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo"
    assert main(["demo", "--no-tui", str(path)]) == 0
    return path


def agenda(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(root), "agenda", *argv)


def test_the_demo_meeting_lists_its_cases_in_order_with_the_tabled_item_carried_over(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = agenda(capsys, demo, "brb", "2023-09-06", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["organ"], data["datum"]) == ("borgarrådsberedningen", "2023-09-06")
    assert data["föregående_sammanträde"] == "2023-08-30"
    rows = [(i["punkt"], i["dnr"], i["rotel"], i["bordlagd"], i["beslut"]) for i in data["punkter"]]
    assert rows == [
        (1, "KS 2023/886", "I", None, "behandlad"),
        (2, "KS 2022/1450", "VII", "2023-08-30", None),
    ]
    first = data["punkter"][0]
    assert first["rubrik"] == "Strong Cities Network Global Summit"
    assert first["föredragande"] == ["Karin Wanngård"]
    assert first["inledning"] == [
        "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
    ]
    assert first["ställningstagande"] == "tillstyrker"
    assert data["varningar"] == []
    code, text, _ = agenda(capsys, demo, "borgarrådsberedningen", "2023-09-06")
    assert text.splitlines()[:2] == [
        "Föredragningslista: Borgarrådsberedningen, 6 september 2023",
        "",
    ]
    assert "2. KS 2022/1450  Rotel VII  Belysningsprogram" in text
    assert "   Bordlagt vid sammanträdet 30 augusti 2023" in text


def test_the_demos_city_executive_board_meeting_warns_of_a_case_not_planned(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = agenda(capsys, demo, "KS", "2023-09-13")
    assert code == 0
    assert "1. KS 2023/886  Rotel I  Strong Cities Network Global Summit" in out
    assert "   Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande." in out
    assert err == (
        "varning: KS 2021/733: klart för kommunstyrelsen (tillstyrkt) men inte planerat för "
        "något sammanträde\n"
    )


def write_cases(root: Path, *cases: dict[str, Any]) -> Path:
    """A folder of case files (no Git: the agenda reads the files, as check does)."""
    for fields in cases:
        case = make_case(**fields)
        path = root / case.dnr.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(serialize_case(case), encoding="utf-8")
    return root


def ready(dnr: str, rotel: str, *meetings: dict[str, Any], **more: Any) -> dict[str, Any]:
    fields = {
        "dnr": dnr,
        "rotel": rotel,
        "rubrik": f"Ärende {dnr}",
        "status": "tillstyrkt",
        "datum": "2023-09-06",
        "beslutsförslag": [BLOCK],
        "utfall": {"ställningstagande": "tillstyrker"},
        "sammanträden": list(meetings),
    }
    return {**fields, **more}


def test_markdown_and_html_carry_the_same_items_and_escape_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_cases(
        tmp_path,
        ready("KS 2023/2", "II", TABLED_AT, rubrik="Bad <script>alert(1)</script> & mer"),
        ready("KS 2023/1", "I", AT_KS),
    )
    code, markdown, _ = agenda(capsys, root, "ks", "2023-09-13", "--to", "md")
    assert code == 0
    assert markdown.splitlines()[0] == "# Föredragningslista: Kommunstyrelsen, 13 september 2023"
    assert (
        "## 1. Ärende KS 2023/1\n\n- KS 2023/1, rotel I\n- Föredragande: Ingrid Falk\n" in markdown
    )
    assert (
        "## 2. Bad <script>" in markdown
        and "- Bordlagt vid sammanträdet 23 augusti 2023" in markdown
    )
    code, page, _ = agenda(capsys, root, "ks", "2023-09-13", "--to", "html")
    assert code == 0 and page.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert "<script>" not in page and "Bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer" in page
    assert page.index('<li value="1"><h2>Ärende KS 2023/1') < page.index('<li value="2">')


def test_a_secret_case_keeps_only_dnr_rotel_presenters_and_ground_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_cases(
        tmp_path,
        ready(
            "KS 2023/3",
            "III",
            AT_KS,
            rubrik="Hemlig upphandling",
            sekretess=[{"grund": "OSL 19:3"}],
        ),
    )
    _, out, _ = agenda(capsys, root, "ks", "2023-09-13", "--json")
    (item,) = json.loads(out)["punkter"]
    assert item["rubrik"] is None and item["inledning"] == [] and item["ställningstagande"] is None
    assert (item["dnr"], item["föredragande"], item["sekretess"]) == (
        "KS 2023/3",
        ["Ingrid Falk"],
        "OSL 19:3",
    )
    for argv in ((), ("--to", "md"), ("--to", "html")):
        _, shown, _ = agenda(capsys, root, "ks", "2023-09-13", *argv)
        assert "Hemlig" not in shown and "Sekretessbelagt ärende (OSL 19:3)" in shown
        assert "Kommunstyrelsen beslutar" not in shown
    _, asked, _ = agenda(capsys, root, "ks", "2023-09-13", "--med-sekretess")
    assert "Hemlig upphandling" in asked and "   Sekretess: OSL 19:3" in asked


def test_an_invalid_case_file_is_named_and_the_list_is_marked_incomplete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_cases(tmp_path, ready("KS 2023/1", "I", AT_KS))
    broken = root / "cases" / "2023" / "ks-2023-2.md"
    broken.write_text("---\ndnr: KS 2023/2\nrotel: XX\n---\n", encoding="utf-8")
    code, out, err = agenda(capsys, root, "ks", "2023-09-13")
    assert code == 1 and "1. KS 2023/1" in out
    assert "ks-2023-2.md: filen har fel och är inte med, så listan kan vara ofullständig" in err


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (("styrelsen", "2023-09-13"), 2, "okänt organ 'styrelsen'; välj brb, ks, kf"),
        (("ks", "2023-02-30"), 2, "ogiltigt datum '2023-02-30'"),
        (("ks", "13/9"), 2, "ogiltigt datum '13/9'"),
        (("ks", "2023-09-13", "--json", "--to", "md"), 2, "välj antingen --json eller --to"),
        (("ks", "2023-09-13", "--to", "md", "-o", "cases/lista.md"), 1, "ligger i ärendemappen"),
    ],
)
def test_refusals_say_what_to_do(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    root = write_cases(tmp_path, ready("KS 2023/1", "I", AT_KS))
    monkeypatch.chdir(root)
    result, out, err = agenda(capsys, root, *argv)
    assert (result, out) == (code, "")
    assert message in err and "Traceback" not in err
    assert sorted(p.name for p in root.rglob("*") if p.is_file()) == ["ks-2023-1.md"]


def test_a_meeting_without_cases_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_cases(tmp_path, ready("KS 2023/1", "I", AT_KS))
    code, out, err = agenda(capsys, root, "kf", "2023-09-13")
    assert code == 0 and out == "Föredragningslista: Kommunfullmäktige, 13 september 2023\n"
    assert err == "inga ärenden på föredragningslistan för kommunfullmäktige 2023-09-13\n"


def test_docx_uses_the_exports_writer_and_never_replaces_the_default_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_cases(tmp_path / "arkiv", ready("KS 2023/1", "I", AT_KS))
    monkeypatch.chdir(tmp_path)
    code, out, err = agenda(capsys, root, "kommunstyrelsen", "2023-09-13", "--to", "docx")
    assert (code, out) == (0, "")
    assert err == "föredragningslistan skrevs till foredragningslista-ks-2023-09-13.docx\n"
    written = tmp_path / "foredragningslista-ks-2023-09-13.docx"
    paragraphs = [
        (p.style.name if p.style else "", p.text) for p in docx.Document(str(written)).paragraphs
    ]
    assert paragraphs[:3] == [
        ("Title", "Föredragningslista: Kommunstyrelsen, 13 september 2023"),
        ("Heading 1", "1. Ärende KS 2023/1"),
        ("Normal", "KS 2023/1, rotel I"),
    ]
    before = written.read_bytes()
    code, _, err = agenda(capsys, root, "ks", "2023-09-13", "--to", "docx")
    assert code == 1 and "finns redan och skrivs inte över" in err
    assert written.read_bytes() == before
    code, _, _ = agenda(capsys, root, "ks", "2023-09-13", "--to", "md", "-o", str(written))
    assert code == 0 and written.read_text("utf-8").startswith("# Föredragningslista")
