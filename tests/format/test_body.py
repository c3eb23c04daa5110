"""The Markdown body: sections, subsections, prose one sentence per line, other Markdown
kept verbatim, and located errors for structure that cannot be a case."""

from __future__ import annotations

from pmtui.format import inspect_case, parse_case, serialize_case
from pmtui.model import MarkdownBlock, Paragraph

HEAD = "---\ndnr: KS 2024/512\nrotel: II\nrubrik: Badplatsen\nföredragande: [Ingrid Falk]\n---\n"


def _sections(body: str) -> list[object]:
    return parse_case(HEAD + body).sections  # type: ignore[return-value]


def test_sections_and_subsections_in_order() -> None:
    body = (
        "\n## Remissammanställningen\n\nIntro.\n\n"
        "### Kulturnämnden\n\nJa.\n\n### Trafiknämnden\n\nNej.\n"
    )
    (section,) = parse_case(HEAD + body).sections
    assert section.paragraphs == ["Intro."]
    assert [s.heading for s in section.subsections] == ["Kulturnämnden", "Trafiknämnden"]
    assert section.subsection("kulturnämnden").paragraphs == ["Ja."]  # type: ignore[union-attr]


def test_hard_wrapped_paragraph_is_one_paragraph_written_one_sentence_per_line() -> None:
    text = HEAD + "\n## Ärendet\n\nEtt stycke som\nbryts mitt i. Och en\nmening till.\n"
    case = parse_case(text)
    assert case.sections[0].blocks == [
        Paragraph(text="Ett stycke som bryts mitt i. Och en mening till.")
    ]
    assert serialize_case(case).endswith(
        "## Ärendet\n\nEtt stycke som bryts mitt i.\nOch en mening till.\n"
    )


def test_lists_tables_quotes_code_and_deeper_headings_are_kept_verbatim() -> None:
    blocks = [
        "- ett\n- två",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "> citat\n> rad två",
        "```python\nx  =  1\n\n\n```",
        "#### Nivå fyra",
        "[ref]: https://example.org",
    ]
    body = "\n## Ärendet\n\n" + "\n\nStycke.\n\n".join(blocks) + "\n"
    case = parse_case(HEAD + body)
    kept = [b.text for b in case.sections[0].blocks if isinstance(b, MarkdownBlock)]
    assert kept[:5] == blocks[:5]
    assert kept[5] == blocks[5]


def test_setext_and_closed_atx_headings_are_understood() -> None:
    case = parse_case(HEAD + "\nBeredning\n---------\n\nText.\n\n## Ärendet ##\n\nMer.\n")
    assert [s.heading for s in case.sections] == ["Beredning", "Ärendet"]


def test_empty_sections_are_kept() -> None:
    assert [s.heading for s in _sections("\n## Ett\n\n## Två\n")] == ["Ett", "Två"]  # type: ignore[attr-defined]


def _error(body: str) -> tuple[int | None, str]:
    report = inspect_case(HEAD + body, "x.md")
    assert report.errors
    return report.errors[0].line, report.errors[0].located()


def test_structure_errors_are_located() -> None:
    assert _error("\nText först.\n\n## Ärendet\n")[0] == 8
    line, message = _error("\n## Ärendet\n\n# Titel\n")
    assert line == 10 and "nivå 1" in message
    line, message = _error("\n### Kulturnämnden\n\nJa.\n")
    assert line == 8 and "### " in message


def test_model_errors_in_the_body_name_the_section_and_line() -> None:
    line, message = _error("\n## Ärendet\n\nText.\n\n```\nkod utan slut\n")
    assert line == 12 and "avsnitt 'Ärendet'" in message


def test_body_lines_are_located_in_rule_problems() -> None:
    report = inspect_case(HEAD + "\n## Beredning\n\n## Ärendet\n\n## beredning\n", "x.md")
    assert [p.located() for p in report.errors] == [
        "x.md:12: avsnitt 'beredning': avsnittet 'beredning' förekommer mer än en gång"
    ]
