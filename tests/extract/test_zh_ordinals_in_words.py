"""A Chinese rank in words before a relative clause: "全国首个加入全球学习型城市网络的城市"
(the country's first city to join), "第二个加入该网络的城市", "第十二个入选…的城市". Ranks
in digits were read ("第2个加入…的城市": the ordinal's digits may stand before a clause),
ranks in words were not: the unit's test read back only through modifiers to a word. A
real Hangzhou report of 2016 called the city the country's first member this way. The
rank of a country's member is its count of members at that time."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("该市是全国首个加入全球学习型城市网络的城市。", 1),
        ("该市是我国首个加入该网络的城市。", 1),
        ("该市是中国第一个加入全球学习型城市网络的城市。", 1),
        ("該市是中國第二個加入全球學習型城市網絡的城市。", 2),
        ("该市是全国第十二个入选全球学习型城市网络的城市。", 12),
        ("该市是全国第12个入选全球学习型城市网络的城市。", 12),
    ],
)
def test_a_rank_in_words_before_a_clause(body: str, value: int) -> None:
    found = mentions("zh", body, "2017-03-01")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", value, "CN")
    ]


def test_the_first_of_another_network_is_not_read() -> None:
    assert mentions("zh", "全国首个加入该联盟的城市是北京。", "2017-03-01") == []


@pytest.mark.parametrize(
    ("language", "body", "value", "country"),
    [
        ("ja", "A市は国内で3番目に加盟した都市だ。", 3, "JP"),
        ("ja", "A市は国内3番目にGNLCに加盟した都市だ。", 3, "JP"),
        ("ko", "A구는 국내 47번째 GNLC 회원 도시가 됐다.", 47, "KR"),
        ("ko", "A구는 국내에서 47번째로 GNLC에 가입한 도시다.", 47, "KR"),
        ("ko", "A구는 국내 47번째로 가입한 도시다.", 47, "KR"),
    ],
)
def test_ja_ko_ranks_with_the_network_or_a_verb_between(
    language: str, body: str, value: int, country: str
) -> None:
    # "3番目にGNLCに加盟した", "47번째로 GNLC에 가입한", "47번째 GNLC 회원 도시": the
    # network's name or a verb of joining between the rank and its unit (ja, ko rank_clause;
    # "gnlc" a ko modifier before the unit)
    found = mentions(language, body, "2018-09-01")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", value, country)
    ]


@pytest.mark.parametrize(
    ("language", "body", "country"),
    [
        ("ja", "A市は国内初の加盟都市となった。", "JP"),
        ("ja", "A市は日本で最初の加盟都市だ。", "JP"),
        ("ko", "A시는 국내 첫 GNLC 회원 도시다.", "KR"),
        ("ko", "A시는 국내 최초의 GNLC 회원 도시다.", "KR"),
    ],
)
def test_the_first_member_in_words(language: str, body: str, country: str) -> None:
    # "国内初の" (s10's Okayama release, twice), "국내 첫/최초의": rank 1 of the country
    found = mentions(language, body, "2018-09-01")
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", 1, country)
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ja", "初の国際会議には多くの都市が参加した。"),
        ("ko", "첫 회의에는 여러 도시가 참가했다."),
    ],
)
def test_a_first_event_ranks_no_city(language: str, body: str) -> None:
    assert mentions(language, body, "2018-09-01") == []


def test_a_ja_rank_in_kanji_before_its_counter() -> None:
    # "二番目" (the second, in kanji): only "2番目" and "第二" were ranks
    found = mentions("ja", "A市は国内で二番目に加盟した都市だ。", "2018-09-01")
    assert [(m.metric.value, m.value, m.country) for m in found] == [("country_cities", 2, "JP")]
