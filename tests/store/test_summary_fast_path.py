"""The listing's fast front-matter path reads values exactly as the real YAML loader does,
and reports invalid fields in Swedish."""

from __future__ import annotations

import pytest

from pmtui.format.frontmatter import load_front_matter
from pmtui.store.summary import simple_entries, summarize

CASE = (
    "---\ndnr: KS 2023/886\nrotel: {rotel}\nrubrik: {title}\nföredragande:\n"
    "  - Karin Wanngård\nhandling: PM\n---\n"
)


@pytest.mark.parametrize("value", ["~", "null", "Vägen:", "med: kolon", "'citat'", "Hej"])
def test_fast_path_agrees_with_the_loader(value: str) -> None:
    yaml_text = f"rubrik: {value}\n"
    fast = simple_entries(yaml_text)
    if fast is not None:  # anything it cannot read the same way goes to the loader
        assert fast == load_front_matter(yaml_text).data


def test_a_null_title_is_an_error_in_the_listing_as_on_load() -> None:
    row = summarize(CASE.format(rotel="I", title="~").encode())
    assert row[-1] is not None
    assert row[-1].startswith("rubrik:")


def test_an_invalid_field_is_reported_in_swedish() -> None:
    row = summarize(CASE.format(rotel="I", title="~").encode())
    assert row[-1] == "rubrik: väntade text, fick ingenting"
