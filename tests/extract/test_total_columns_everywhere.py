"""A table's column headed only "Total" beside one of newcomers, in every language lcnet
reads (Language.column_heads: "Tổng số", "Total", "Totale", "合計", "总数", "전체"), and
an HTML table's head row of words over rows of digits when a head word is also a number
word ("Năm": year, and five), which has no Markdown separator row to say it is a head."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import mentions, row

HEADS = {
    "vi": ("Năm", "Thành viên mới", "Tổng số"),
    "fr": ("Année", "Nouveaux membres", "Total"),
    "es": ("Año", "Nuevos miembros", "Total acumulado"),
    "it": ("Anno", "Nuovi membri", "Totale"),
    "pt": ("Ano", "Novos membros", "Total"),
    "ja": ("年", "新規加盟", "累計"),
    "zh": ("年份", "新成员", "总数"),
    "ko": ("연도", "신규 회원", "전체"),
}

EXPECTED = [
    ("new_cities", 77, "2022"),
    ("total_cities", 294, "2022"),
    ("new_cities", 64, "2024"),
    ("total_cities", 356, "2024"),
]


@pytest.mark.parametrize("language", sorted(HEADS))
def test_a_total_column_beside_newcomers(language: str) -> None:
    year, new, total = HEADS[language]
    body = f"| {year} | {new} | {total} |\n|---|---|---|\n| 2022 | 77 | 294 |\n| 2024 | 64 | 356 |"
    read = [(r[1], r[2], r[4]) for r in (row(m) for m in mentions(language, body, "2026-01-10"))]
    assert read == EXPECTED


@pytest.mark.parametrize("language", ["vi", "en", "fr"])
def test_an_html_head_row_without_a_separator(language: str) -> None:
    year, new, total = HEADS.get(language, ("Year", "New members", "Total"))
    page = (
        f"<html><head><title>{TITLES[language]}</title></head><body>"
        f"<table><tr><th>{year}</th><th>{new}</th><th>{total}</th></tr>"
        "<tr><td>2022</td><td>77</td><td>294</td></tr>"
        "<tr><td>2024</td><td>64</td><td>356</td></tr></table></body></html>"
    )
    found = find_mentions(read_document(page, "html"), language)
    read = [(m.metric.value, m.value, str(m.as_of)) for m in found]
    assert read == EXPECTED


@pytest.mark.parametrize("language", ["vi", "fr", "ja"])
def test_a_total_column_alone_is_no_figure(language: str) -> None:
    # "| Ville | Total |": one column of counts that says nothing of the network
    _, _, total = HEADS[language]
    body = f"| Hanoi | {total} |\n|---|---|\n| 2022 | 4500 |"
    assert mentions(language, body, "2026-01-10") == []
