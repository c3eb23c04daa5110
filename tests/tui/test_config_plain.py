"""The app's settings are checked without pydantic, with the same Swedish messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.tui.config import load_settings


def test_environment_variables_win_and_are_read_as_their_types(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "nord"\nbody_search = true\n', encoding="utf-8")
    monkeypatch.setenv("PMTUI_KEYS", '{"pmtui.list.sort": "f9"}')
    monkeypatch.setenv("pmtui_body_search", "no")
    monkeypatch.setenv("PMTUI_BACKGROUND_FETCH_MINUTES", "3")
    monkeypatch.setenv("PMTUI_REPO", str(tmp_path))  # not a setting: left alone
    settings, problems = load_settings(config)
    assert problems == []
    assert settings.keys == {"pmtui.list.sort": "f9"} and settings.theme == "nord"
    assert settings.body_search is False and settings.background_fetch_minutes == 3


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("background_fetch_minutes = 0\n", "background_fetch_minutes: väntade ett heltal, minst 1"),
        ('[keys]\n"pmtui.list.sort" = 5\n', "keys.pmtui.list.sort: väntade text, fick 5"),
        ('them = "nord"\n', "them: okänd nyckel; menade du 'theme'?"),
        ("offer_branch = 2\n", "offer_branch: väntade ja, nej, true eller false, fick 2"),
    ],
)
def test_a_bad_value_is_named_with_where_it_is(tmp_path: Path, text: str, said: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    settings, problems = load_settings(config)
    assert settings == type(settings).model_construct()  # the defaults
    assert len(problems) == 1 and said in problems[0]


def test_the_settings_do_not_import_pydantic() -> None:
    code = "import sys, pmtui.tui.config; print(sorted(m for m in sys.modules if 'pydantic' in m))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
