"""Times users read are in local time and Swedish format; counts take the right form."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from pmtui.texts import counted
from pmtui.texts import history as history_texts
from pmtui.texts import store as store_texts
from pmtui.texts import tui as tui_texts
from pmtui.texts.dates import day_text, moment_text, moment_words, stamp_words

NEW_YORK_EVENING = datetime(2023, 9, 5, 22, 30, tzinfo=timezone(timedelta(hours=-4)))


def test_a_commit_from_another_zone_is_shown_in_local_time() -> None:
    # 22:30 in New York on 5 September is 04:30 on 6 September in Stockholm.
    assert moment_text(NEW_YORK_EVENING) == "2023-09-06 04:30"
    assert day_text(NEW_YORK_EVENING) == "2023-09-06"


def test_the_local_zone_is_the_machines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert moment_text(NEW_YORK_EVENING) == "2023-09-06 02:30"
    finally:
        monkeypatch.setenv("TZ", "Europe/Stockholm")
        time.tzset()


def test_sentences_use_swedish_words_for_a_moment() -> None:
    assert moment_words(NEW_YORK_EVENING) == "6 september 2023 kl. 04.30"
    assert stamp_words("2026-11-29T11:16:34.5+00:00") == "29 november 2026 kl. 12.16"
    assert stamp_words("inte ett datum") == "inte ett datum"


@pytest.mark.parametrize(
    ("forms", "one", "many"),
    [
        (history_texts.HISTORY_STATUS, "1 version", "3 versioner"),
        (store_texts.RECONCILE_TEMP_REMOVED, "1 tillfällig fil ", "3 tillfälliga filer "),
        (store_texts.HOOK_OUTPUT_CUT, "1 rad till", "3 rader till"),
    ],
)
def test_a_count_of_one_takes_the_singular(forms: tuple[str, str], one: str, many: str) -> None:
    assert one in counted(1, forms)
    assert many in counted(3, forms)


def test_the_list_status_agrees_with_the_total() -> None:
    assert counted(1, tui_texts.STATUS_LINE, shown=1) == "1 av 1 ärende"
    assert counted(0, tui_texts.STATUS_LINE, shown=0) == "0 av 0 ärenden"
    assert counted(7, tui_texts.STATUS_LINE, shown=2) == "2 av 7 ärenden"
    status = history_texts.DIFF_STATUS_START
    assert "1 ändring (" in counted(1, status, mode="m", words="w", section="s")
    assert "1 mening ·" in counted(1, history_texts.BLAME_STATUS, section="s", current=1, total=1)
