"""A count added on the way to a total, between the total's head and its number, where
words touch (ja, ko, zh): "국내 가입 도시는 이번 3곳을 더해 59개가 됐다". The total is the
head's (Korea's 59, not an intake of 59); the added count, said to be this round's, is
the owner's intake (Korea's 3)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("ko", "국내 가입 도시는 이번 3곳을 더해 59개가 됐다.",
     [("3곳", "new_cities", 3, "KR"), ("59개", "country_cities", 59, "KR")]),
    ("ko", "국내 가입 도시는 이번 3곳을\n더해 59개가 됐다.",  # hard-wrapped
     [("3곳", "new_cities", 3, "KR"), ("59개", "country_cities", 59, "KR")]),
    ("ko", "우리나라 GNLC 가입 도시는 신규 3곳을 합쳐 총 59개가 됐다.",
     [("3곳", "new_cities", 3, "KR"), ("59개", "country_cities", 59, "KR")]),
    ("ko", "한국의 회원 도시는 새로 가입한 3개 도시를 더하면 59개에 이른다.",
     [("3개 도시", "new_cities", 3, "KR"), ("59개", "country_cities", 59, "KR")]),
    ("ja", "国内の加盟都市は、今回の3都市を加えて5都市となった。",
     [("3都市", "new_cities", 3, "JP"), ("5都市", "country_cities", 5, "JP")]),
    ("ja", "日本国内の登録都市は、今回加盟した2都市を合わせて6都市になった。",
     [("2都市", "new_cities", 2, "JP"), ("6都市", "country_cities", 6, "JP")]),
    ("zh", "我国成员城市加上此次入选的3座城市，达到15个。",
     [("3座城市", "new_cities", 3, "CN"), ("15个", "country_cities", 15, "CN")]),
    # without a word of this round, the count added is not said to be new
    ("ja", "国内の加盟都市は、これまでの2都市を合わせて5都市となった。",
     [("2都市", "country_cities", 2, "JP"), ("5都市", "country_cities", 5, "JP")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_total_after_the_count_added_to_it_is_its_heads(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected


def test_a_population_after_a_line_end_within_its_paragraph() -> None:
    """Hard-wrapped wire copy: "覆盖人口\\n3.9亿" is one phrase."""
    text = "2024年2月，该网络接纳64座城市，成员总数达到356座，覆盖人口\n3.9亿。"
    found = mentions("zh", text, "2025-12-05")
    assert [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of)) for m in found] == [
        ("64座城市", "new_cities", 64, "2024-02"),
        ("成员总数达到356", "total_cities", 356, "2024-02"),
        ("3.9亿", "citizens", 390000000, "2024-02"),
    ]


SMALL_TOTALS: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("ko", "현재 국내 평생학습도시는 190여 곳, GNLC 회원 도시는 59곳이다.",
     [("59곳", "country_cities", 59, "KR")]),
    ("ja", "国内では取り組みが広がり、GNLCの加盟都市は5都市となった。",
     [("5都市", "country_cities", 5, "JP")]),
    # no country named: fewer members than the network ever had make no total
    ("ko", "GNLC 회원 도시는 59곳이다.", [("59곳", "new_cities", 59, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SMALL_TOTALS)
def test_a_small_total_in_a_sentence_naming_a_country_is_that_countrys(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    """Where words touch, a count of members smaller than the network ever was, in a
    sentence that names a country before it, is that country's."""
    found = mentions(language, text, "2026-02-10")
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected


def test_a_part_of_a_national_schemes_cities_that_the_gnlc_named_after_it_owns() -> None:
    """ "국내 평생학습도시 195곳 가운데 59곳이 GNLC에 가입해 있다": the 59 are Korea's members
    (the national scheme's 195 stay out); without a country named, whose part it is is
    unknown and nothing is read (no intake of 59)."""
    text = "국내 평생학습도시 195곳 가운데 59곳이 GNLC에 가입해 있다."
    found = mentions("ko", text, "2026-02-10")
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == [
        ("59곳", "country_cities", 59, "KR")
    ]
    assert mentions("ko", "평생학습도시 가운데 59곳이 GNLC에 가입해 있다.", "2026-02-10") == []
