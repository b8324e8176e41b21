"""Japanese つ, the counter of things, with the cities it counts: "2つの都市" (the unit after
it, a unit linker), "加盟都市が合計5つある", "新規加盟都市のうちの3つ" (the noun before it,
a bare counter: Language.bare_counters). Real Japanese coverage of the 2024 intake counted
its cities so; "3つの目標" counts goals, not cities, and stays unread."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATE = "2024-02-20"
INTAKE = "ユネスコは2月14日、GNLCの新規加盟都市64都市を発表した。"


def read(body: str) -> list[tuple[str, int, str | None]]:
    return [(m.metric.value, m.value, m.country) for m in mentions("ja", body, DATE)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("ベトナムからは二つの都市が新たに加盟した。", [("new_cities", 2, "VN")]),
        ("ベトナムからは2つの都市が新たに加わった。", [("new_cities", 2, "VN")]),
        (
            INTAKE + "その中にはベトナムの2つの都市が含まれている。",
            [("new_cities", 64, None), ("new_cities", 2, "VN")],
        ),
        ("ベトナムの新規加盟都市はハノイ市とフエ市の2つだ。", [("new_cities", 2, "VN")]),
        ("ベトナムの加盟都市は5つになった。", [("country_cities", 5, "VN")]),
        ("ベトナムには加盟都市が五つある。", [("country_cities", 5, "VN")]),
        (
            "タイのA市、B市、C市は、64の新規加盟都市のうちの3つだ。",
            [("new_cities", 64, "TH"), ("new_cities", 3, "TH")],
        ),
    ],
)
def test_tsu_counts_the_cities_named_before_or_after(
    body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "ベトナムの加盟都市は3つの目標を掲げた。",
        "ベトナムの加盟都市は、3つの分野で協力する。",
        "GNLCは5つの重点分野を定めている。",
        "学習都市には6つの特徴がある。",
    ],
)
def test_tsu_before_another_noun_is_not_a_count_of_cities(body: str) -> None:
    assert read(body) == []
