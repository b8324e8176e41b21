"""A column's head with a date in brackets (full-width ones too) dates the counts below
it, the rows labelled by country: "| 國家 | 成員城市(2022年9月) |" over "| 韓國 | 50餘 |",
"| Country | Members (2022) |". A head with no date leaves them at the text's date."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("language", "body", "as_of"),
    [
        ("zh", "| 國家 | 成員城市（2022年9月） |\n|---|---|\n| 日本 | 2 |\n", "2022-09"),
        ("zh", "| 国家 | 成员城市(2022年9月) |\n|---|---|\n| 日本 | 2 |\n", "2022-09"),
        ("ja", "| 国 | 加盟都市（2022年9月） |\n|---|---|\n| 日本 | 2 |\n", "2022-09"),
        ("en", "| Country | Member cities (2022) |\n|---|---|\n| Japan | 2 |\n", "2022"),
        ("zh", "| 国家 | 成员城市 |\n|---|---|\n| 日本 | 2 |\n", None),
    ],
)
def test_a_heads_bracketed_date_dates_its_column(
    language: str, body: str, as_of: str | None
) -> None:
    found = mentions(language, body, "2023-05-22")
    assert [(m.metric.value, m.value, m.country, m.as_of and str(m.as_of)) for m in found] == [
        ("country_cities", 2, "JP", as_of)
    ]
