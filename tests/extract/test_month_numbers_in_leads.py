"""A table row's or a timeline line's date written as a month number and a year ("| 9/2022
| Cao Lãnh | 1 |", "- 09.2020: ...") dated its figures by the year alone, and Spanish
abbreviated months ("| sept. 2022 |") were not months: the figures of a Vietnamese
department's timeline table (vi b11-so-giao-duc-moc-thoi-gian-2026) lost their month
(historic._MONTH_YEAR; es months take their abbreviations, as pt and it had)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES

TABLE = "| {head} | {new} | {total} |\n|---|---:|---:|\n| {date} | 77 | 294 |\n"


def dated(language: str, body: str) -> list[tuple[int, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-04-20\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "heads", "date"),
    [
        ("vi", ("Thời điểm", "Thành phố mới", "Tổng số thành viên"), "9/2022"),
        ("es", ("Fecha", "Nuevas", "Total"), "09/2022"),
        ("es", ("Fecha", "Nuevas", "Total"), "sept. 2022"),
        ("it", ("Data", "Nuove", "Totale"), "9/2022"),
        ("pt", ("Data", "Novas", "Total"), "09/2022"),
        ("fr", ("Date", "Nouvelles", "Total"), "9/2022"),
    ],
)
def test_a_table_row_dated_by_month_number_and_year(
    language: str, heads: tuple[str, str, str], date: str
) -> None:
    head, new, total = heads
    table = TABLE.format(head=head, new=new, total=total, date=date)
    assert dated(language, table) == [(77, "2022-09"), (294, "2022-09")]


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("es", "- 09/2020: ingresan 54 ciudades; la red llega a 229.",
         [(54, "2020-09"), (229, "2020-09")]),
        ("es", "- 2024: ingresan 64 ciudades.", [(64, "2024")]),
        ("es", "En sept. 2022 la red llegó a 294 ciudades.", [(294, "2022-09")]),
    ],
)  # fmt: skip
def test_timeline_lines(language: str, line: str, expected: list[tuple[int, str | None]]) -> None:
    assert dated(language, line) == expected
