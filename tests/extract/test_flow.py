"""lcnet.extract.flow: which line breaks are a paragraph's soft ones, and the text a
reader makes of them, with the positions of the text as laid out."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document
from lcnet.extract.flow import Break, compacted, flowed, soft_breaks


def test_a_wrapped_paragraph_flows_and_structure_keeps_its_breaks() -> None:
    text = (
        "The network grew to\nmore than 400 cities.\n\n"  # a wrap: soft
        "Member cities: 425\nCountries: 91\n"  # a label over a label: kept
        "> 420\nmember cities\n"  # a figure over its label: kept
        "- first item\n- second item\n"  # list items: kept
        "Cities   425\nCountries   91\n"  # a table's columns: kept
    )
    assert list(soft_breaks(text, "text")) == [Break(19, 20, False)]


def test_a_list_item_wrapped_with_its_indent_is_one_line() -> None:
    text = "- 2022: the network had\n  294 cities\n    code\n"
    assert [(b.start, b.end) for b in soft_breaks(text, "markdown")] == [(23, 26)]


def test_a_markdown_hard_break_is_read_as_a_soft_one_and_a_heading_keeps_its_line() -> None:
    text = "# Title\nnext\nA line  \nbroken hard\n\n| a |\n| b |\n"
    found = [(b.start, b.end) for b in soft_breaks(text, "markdown")]
    assert found == [(12, 13), (19, 22)]  # "next\nA line", "line  \nbroken"


def test_a_break_between_chinese_or_japanese_characters_is_none() -> None:
    text = "加盟は64か国230\n都市になった。\n\n한국\n도시"
    assert list(soft_breaks(text, "text")) == [Break(10, 11, True), Break(22, 23, False)]


def test_an_ideographic_space_gap_is_a_table_row_and_a_bullet_its_own_line() -> None:
    text = "\u3000年月\u3000\u3000加盟都市数\n\u30002016年８月\u3000115\n・昨年の発表\n・新規加盟"
    assert list(soft_breaks(text, "text")) == []


def test_flowed_text_maps_each_run_to_where_it_was_written() -> None:
    text = "a **425**\n  member  cities"
    flowing, runs = flowed(text, "markdown", [(2, 4), (7, 9)])
    assert flowing == "a 425 member cities"
    assert runs == [(0, 0), (2, 4), (5, 9), (6, 12), (12, 19)]


def test_compacted_merges_an_edit_inside_one_made_before() -> None:
    assert compacted("ab  \n  cd", [(2, 4, ""), (2, 7, " ")]) == (
        "ab cd",
        [(0, 0), (2, 4), (3, 7)],
    )


def test_figures_of_a_wrapped_marked_up_markdown_page_keep_their_positions() -> None:
    page = (
        "# The UNESCO Global Network of Learning Cities\n\n"
        "The network has **425** member cities in [91 countries](https://x.org) and\n"
        "nearly **500**m citizens.\n"
    )
    document = read_document(page, "markdown")
    assert document.text.splitlines()[2:] == [
        "The network has 425 member cities in 91 countries and nearly 500m citizens."
    ]
    found = [
        (m.value, m.line, m.column, m.end_line, m.end_column)
        for m in find_mentions(document, "en")
    ]
    assert found == [(425, 3, 19, 3, 38), (91, 3, 43, 3, 55), (500_000_000, 4, 1, 4, 25)]


def test_html_reads_a_bold_figure_against_its_chinese_or_japanese_counter() -> None:
    page = (
        "<html><body><p>国内<b>２</b>番目、共<strong>12</strong>个。"
        "<span>425</span><span>member cities</span></p></body></html>"
    )
    assert read_document(page, "html").text == "国内２番目、共12个。425 member cities\n\n"


def test_html_label_lines_of_one_paragraph_keep_their_lines() -> None:
    page = (
        "<html><body><p>La red en cifras\nCiudades miembro: 294\n  Países: 76\nand more\ntext</p>"
    )
    document = read_document(page + "</body></html>", "html")
    assert document.text == "La red en cifras\nCiudades miembro: 294\nPaíses: 76 and more text\n\n"
    assert document.source_map is not None
    assert document.source_map.start(document.text.index("76")) == (3, 11)


def test_markdown_references_and_escapes_read_as_their_characters_alone() -> None:
    page = "# T\n\nL&rsquo;UNESCO &ndash; 425&#32;villes, 91&nbsp;pays&#8203;x \\> 3.\n"
    document = read_document(page, "markdown")
    assert document.text == "# T\n\nL’UNESCO – 425 villes, 91 paysx > 3.\n"
    assert document.source_map is not None
    assert document.source_map.start(document.text.index("91")) == (3, 40)


def test_a_markdown_pages_head_reads_without_its_markup() -> None:
    page = '# The <span class="n">72</span> **new** members\n\nText.\n'
    assert read_document(page, "markdown").head == "# The 72 new members\n\nText."


def test_a_label_after_a_sentence_going_on_is_its_next_words() -> None:
    text = "Dort steht, wie viele Menschen in den\nMitgliedsstädten leben: 250 Millionen.\n"
    assert list(soft_breaks(text, "text")) == [Break(37, 38, False)]
    assert list(soft_breaks(">  420\nmember cities\n", "text")) == []


def test_a_word_broken_before_the_end_of_its_own_line_keeps_one_line_break() -> None:
    raw = "il comu-\nnicato\nparlava di 55 nuove città\n"
    assert read_document(raw, "text").text == "il comunicato parlava di 55 nuove città\n"
