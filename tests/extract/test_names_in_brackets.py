"""The names of a count's cities in brackets (full-width ones too), then its verb:
"2都市(A市、B市)が新たに加盟した", "2个城市(A市、B市)新加入", "2개 도시(A시, B시)가
새로 가입했다". Where the verb ends its clause (ja, zh, ko), the comma between the
names ended the clause before the verb of joining was read: the intake was read as the
country's members. A comma within brackets ends no clause; one after them still does."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("language", "body", "date", "expected"),
    [
        (
            "ja",
            "ベトナムからは2都市（ハノイ市、フエ市）が新たに加盟した。",
            "2024-02-20",
            "new_cities",
        ),
        ("ja", "ベトナムの2都市(ハノイ市、フエ市)も今回加わった。", "2024-02-20", "new_cities"),
        ("ja", "ベトナムからは2都市【ハノイ市、フエ市】が選ばれた。", "2024-02-20", "new_cities"),
        (
            "zh",
            "越南有2个城市（河内市、顺化市）新加入全球学习型城市网络。",
            "2024-02-20",
            "new_cities",
        ),
        (
            "zh",
            "越南2座城市(河内市、顺化市)获批加入全球学习型城市网络。",
            "2024-02-20",
            "new_cities",
        ),
        (
            "ko",
            "베트남에서는 2개 도시(하노이시, 후에시)가 새로 GNLC에 가입했다.",
            "2024-02-20",
            "new_cities",
        ),
        (
            "ko",
            "베트남의 도시 2곳(하노이시, 후에시)이 새로 GNLC에 합류했다.",
            "2024-02-20",
            "new_cities",
        ),
        # a comma after the brackets ends the clause: the verb is the next clause's
        (
            "ja",
            "ベトナムには加盟都市が2都市（A市、B市）あり、今回C市が新たに加盟した。",
            "2021-01-10",
            "country_cities",
        ),
        (
            "zh",
            "越南已有2个成员城市（A市、B市），今年C市新加入全球学习型城市网络。",
            "2021-01-10",
            "country_cities",
        ),
    ],
)
def test_a_comma_within_brackets_ends_no_clause(
    language: str, body: str, date: str, expected: str
) -> None:
    found = mentions(language, body, date)
    assert [(m.metric.value, m.value, m.country) for m in found] == [(expected, 2, "VN")]
