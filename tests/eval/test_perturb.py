"""The layout transformations: what each writes, and where each label goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.labels import Figure, Spot
from tests.eval.labels import Page as LabelledPage
from tests.eval.perturb import (
    TRANSFORMATIONS,
    Edit,
    Page,
    edited,
    full_width_digits,
    prose_mask,
    wrapped,
)
from tests.eval.perturbed import variant_page


def spans_text(variant_text: str, spans: tuple[tuple[int, int] | None, ...]) -> list[str | None]:
    return [None if s is None else variant_text[s[0] : s[1]] for s in spans]


def test_an_edit_moves_the_labels_after_it_and_loses_one_it_replaces() -> None:
    page = Page("ab 425 cd 91", "text", "en", ((3, 6), (10, 12), (0, 2)))
    variant = edited(page, [Edit(2, 2, "XX"), Edit(0, 1, "")])
    assert variant.text == "bXX 425 cd 91"
    assert variant.spans == ((4, 7), (11, 13), None)


def test_a_hard_wrap_breaks_at_spaces_and_keeps_every_offset() -> None:
    text = "The network now counts 425 cities in 91 countries around the world, more than in 2020."
    variant = wrapped(30)(Page(text, "text", "en", ((23, 26),)))
    assert variant is not None
    assert variant.text == (
        "The network now counts 425\ncities in 91 countries around\nthe world, more than in 2020."
    )
    assert variant.spans == ((23, 26),)


def test_a_wrap_never_opens_a_line_with_a_list_marker() -> None:
    text = (
        "Learning cities:\n"
        "- The network counts 425 cities - 91 countries, and - more - besides all that."
    )
    variant = wrapped(30)(Page(text, "markdown", "en", ()))
    assert variant is not None
    assert variant.text == (
        "Learning cities:\n- The network counts 425\ncities - 91 countries, and -\n"
        "more - besides all that."
    )


def test_markdown_headings_and_tables_are_not_wrapped() -> None:
    text = "# " + "word " * 20 + "\n| " + "cell | " * 12 + "\n"
    assert wrapped(30)(Page(text, "markdown", "en", ())) is None


def test_chinese_wraps_between_characters_never_inside_a_number() -> None:
    text = "联合国教科文组织全球学习型城市网络目前共有来自91个国家的425个成员城市。"
    at = text.index("425")
    variant = wrapped(30)(Page(text, "text", "zh", ((at, at + 3),)))
    assert variant is not None
    assert (
        variant.text
        == "联合国教科文组织全球学习型城市\n网络目前共有来自91个国家\n的425个成员城市。"
    )
    assert spans_text(variant.text, variant.spans) == ["425"]


def test_hyphenation_breaks_a_long_word_at_the_line_end() -> None:
    text = "The international cooperation among municipalities strengthened the 425 cities."
    at = text.index("425")
    variant = TRANSFORMATIONS["hyphen-50"](Page(text, "text", "en", ((at, at + 3),)))
    assert variant is not None
    assert variant.text == (
        "The international cooperation among municipalities\nstrengthened the 425 cities."
    )
    narrow = wrapped(30, hyphenate=True)(Page(text, "text", "en", ((at, at + 3),)))
    assert narrow is not None
    assert narrow.text == (
        "The international cooperation\namong municipalities strength-\nened the 425 cities."
    )
    assert spans_text(narrow.text, narrow.spans) == ["425"]
    assert wrapped(30, hyphenate=True)(Page(text, "text", "ko", ())) is None


HTML = (
    "<html><head><title>425 cities</title></head><body>"
    "<p>The network has 1 000 members and 425 cities.</p></body></html>"
)


def html_page() -> Page:
    first, second = HTML.index("1 000"), HTML.index("425 cities.")
    return Page(HTML, "html", "fr", ((first, first + 5), (second, second + 3)))


@pytest.mark.parametrize(
    ("name", "body", "numbers"),
    [
        (
            "nbsp",
            "The network has\xa01\xa0000\xa0members and\xa0425\xa0cities.",
            ["1\xa0000", "425"],
        ),
        (
            "nbsp-entity",
            "The network has&nbsp;1&nbsp;000&nbsp;members and&nbsp;425&nbsp;cities.",
            ["1&nbsp;000", "425"],
        ),
        ("double-space", "The  network  has  1 000  members  and  425  cities.", ["1 000", "425"]),
        (
            "bold-numbers",
            "The network has <b>1 000</b> members and <b>425</b> cities.",
            ["1 000", "425"],
        ),
    ],
)
def test_html_prose_changes_and_its_head_does_not(
    name: str, body: str, numbers: list[str]
) -> None:
    variant = TRANSFORMATIONS[name](html_page())
    assert variant is not None
    head = "<html><head><title>425 cities</title></head><body><p>"
    assert variant.text == f"{head}{body}</p></body></html>"
    assert spans_text(variant.text, variant.spans) == numbers


MARKDOWN = (
    "---\ntitle: 425 cities\ndate: 2025-12-05\nlang: fr\n---\n# Le réseau\n\n"
    "Le Réseau mondial des villes apprenantes compte **425** villes.\n\n"
    "| a | b |\n|---|---|\n| 91 | pays |\n"
)


def markdown_page() -> Page:
    title, bold, cell = MARKDOWN.index("425 c"), MARKDOWN.index("425*"), MARKDOWN.index("91 ")
    return Page(
        MARKDOWN, "markdown", "fr", ((title, title + 3), (bold, bold + 3), (cell, cell + 2))
    )


def test_markdown_names_become_links_and_numbers_bold_once() -> None:
    linked = TRANSFORMATIONS["linked-names"](markdown_page())
    assert linked is not None
    link = "[Réseau mondial des villes apprenantes](https://www.uil.unesco.org/en/learning-cities)"
    assert f"Le {link} compte **425** villes." in linked.text
    bold = TRANSFORMATIONS["bold-numbers"](markdown_page())
    assert bold is not None
    assert bold.text == MARKDOWN.replace("| 91 |", "| **91** |")  # front matter, "**425**" kept
    assert spans_text(bold.text, bold.spans) == ["425", "425", "91"]


def test_markdown_as_html_keeps_its_head_and_follows_the_labels() -> None:
    variant = TRANSFORMATIONS["md-to-html"](markdown_page())
    assert variant is not None
    assert variant.kind == "html"
    assert variant.text.startswith(
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        "<title>425 cities</title>\n"
        '<meta property="article:published_time" content="2025-12-05">\n</head>\n<body>\n'
        "<h1>Le réseau</h1>\n"
        "<p>Le Réseau mondial des villes apprenantes compte <strong>425</strong> villes.</p>\n"
    )
    assert "<td>91</td>" in variant.text
    assert "\ue000" not in variant.text
    assert spans_text(variant.text, variant.spans) == ["425", "425", "91"]
    assert variant.spans[1] == (244, 247)


def test_full_width_digits_only_in_chinese_and_japanese() -> None:
    variant = full_width_digits(Page("加盟都市は425都市、2025年。", "text", "ja", ((5, 8),)))
    assert variant is not None
    assert variant.text == "加盟都市は４２５都市、２０２５年。"
    assert full_width_digits(Page("425 도시", "text", "ko", ())) is None


def test_the_prose_mask_hides_tags_the_head_and_front_matter() -> None:
    mask = prose_mask(HTML, "html")
    shown = "".join(c for c, m in zip(HTML, mask, strict=True) if m)
    assert shown == "The network has 1 000 members and 425 cities."
    mask = prose_mask(MARKDOWN, "markdown")
    assert not any(mask[: MARKDOWN.index("# Le")])


def test_blind_pages_are_never_laid_out(tmp_path: Path) -> None:
    page = tmp_path / "en" / "blind" / "x.txt"
    spot = Spot(1, 1, 4)
    figure = Figure(spot, "425", "total_cities", 425, "exact", None, None, None, "current", "-")
    labelled = LabelledPage(page, "en", "blind", "2025", False, "", (figure,), ())
    with pytest.raises(ValueError, match="only dev pages"):
        variant_page(labelled, "wrap-50", tmp_path)


def test_line_ends_tabs_and_hard_breaks_keep_the_labels() -> None:
    text = "Title\n\nThe network has 425 cities.\nIt spans 91 countries.\n"
    labels = ((text.index("425"), text.index("425") + 3), (text.index("91"), text.index("91") + 2))
    crlf = TRANSFORMATIONS["crlf"](Page(text, "text", "en", labels))
    assert crlf is not None
    assert crlf.text == text.replace("\n", "\r\n")
    tabbed = TRANSFORMATIONS["tab-indent"](Page(text, "text", "en", labels))
    assert tabbed is not None
    assert tabbed.text == "\tTitle\n\n\tThe network has 425 cities.\nIt spans 91 countries.\n"
    broken = TRANSFORMATIONS["hard-breaks"](Page(text, "markdown", "en", labels))
    assert broken is not None
    assert broken.text == "Title\n\nThe network has 425 cities.  \nIt spans 91 countries.\n"
    for variant in (crlf, tabbed, broken):
        assert spans_text(variant.text, variant.spans) == ["425", "91"]


def test_styled_numbers_entities_and_broken_cells_in_html() -> None:
    styled = TRANSFORMATIONS["styled-numbers"](html_page())
    assert styled is not None
    assert (
        '<span class="stat figure-0" data-value="1000">1 000</span> members and '
        '<strong class="stat figure-1" data-value="425">425</strong> cities.'
    ) in styled.text
    assert spans_text(styled.text, styled.spans) == ["1 000", "425"]
    page = "<html><body><p>L’UNESCO – 425 villes, 91 pays.</p></body></html>"
    at = page.index("425")
    entities = TRANSFORMATIONS["entities"](Page(page, "html", "fr", ((at, at + 3),)))
    assert entities is not None
    assert "<p>L&rsquo;UNESCO &ndash; 425&#32;villes, 91&#32;pays.</p>" in entities.text
    assert spans_text(entities.text, entities.spans) == ["425"]
    table = (
        "<html><body><table><tr><td>425 member cities</td><td>91</td></tr></table></body></html>"
    )
    at = table.index("425")
    cells = TRANSFORMATIONS["br-cells"](Page(table, "html", "en", ((at, at + 3),)))
    assert cells is not None
    assert "<td>425<br>member cities</td>" in cells.text
    assert spans_text(cells.text, cells.spans) == ["425"]


def test_a_markdown_table_cell_breaks_after_its_number() -> None:
    row = "| Members | 425 member cities in 91 countries |\n"
    cells = TRANSFORMATIONS["br-cells"](Page(row, "markdown", "en", ((12, 15),)))
    assert cells is not None
    assert cells.text == "| Members | 425<br>member cities in 91<br>countries |\n"
    assert spans_text(cells.text, cells.spans) == ["425"]


def test_a_plain_text_tables_rows_are_not_wrapped() -> None:
    text = (
        "Member cities of the network worldwide ......... 425\n"
        "Countries represented in the network      91\n"
    )
    assert wrapped(30)(Page(text, "text", "en", ())) is None


def test_markdown_as_html_says_a_pages_last_update_as_a_site_does() -> None:
    page = "---\ntitle: T\ndate: 2021-03-10\nlastmod: 2024-05-20\n---\n\nText.\n"
    variant = TRANSFORMATIONS["md-to-html"](Page(page, "markdown", "vi", ()))
    assert variant is not None
    assert '<meta property="article:modified_time" content="2024-05-20">' in variant.text
