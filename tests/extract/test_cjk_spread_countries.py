"""Where words touch, countries right after the cities' topic and before a verb of
spreading are the cities' (Language.spread_after): "新たに加盟した77都市は、44か国に
またがる" gives the intake's countries, "회원 도시는 356곳으로 79개국에 분포해 있다" the
network's."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    ("ja", "2022年9月に新たに加盟した77都市は、44か国にまたがる。",
     [("77都市", "new_cities", 77), ("44か国", "new_countries", 44)]),
    ("ja", "今回の64都市は35か国に分布している。",
     [("64都市", "new_cities", 64), ("35か国", "new_countries", 35)]),
    ("ja", "新規加盟の72都市は46か国に広がる。",
     [("72都市", "new_cities", 72), ("46か国", "new_countries", 46)]),
    ("ko", "2022년 새로 가입한 77개 도시는 44개국에 걸쳐 있다.",
     [("77개 도시", "new_cities", 77), ("44개국", "new_countries", 44)]),
    ("ko", "이번에 새로 가입한 72개 도시는 46개국에 분포해 있다.",
     [("72개 도시", "new_cities", 72), ("46개국", "new_countries", 46)]),
    # the network's cities: its countries
    ("ja", "GNLCの加盟都市は356都市、79か国に及ぶ。",
     [("356都市", "total_cities", 356), ("79か国", "total_countries", 79)]),
    ("ko", "회원 도시는 356곳으로 79개국에 분포해 있다.",
     [("356곳", "total_cities", 356), ("79개국", "total_countries", 79)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_countries_a_verb_of_spreading_follows_are_the_cities_topics(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.metric.value, m.value) for m in found] == expected
