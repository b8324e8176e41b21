"""The first of a country's members with no city noun after the rank, where words touch:
"本市は国内で初めてGNLCに加盟した", "该市在全国率先加入全球学习型城市网络", "이 도시는 국내
최초로 GNLC에 가입했다". Real Japanese, Chinese and Korean coverage says it so (a
headline's "国内初登録", "国内の都市として初めて登録", "全国首個加入"); the rank needs a
country (or a word of "at home") before it and a word of joining or of membership after
it (Language.first_words, rank_scope, first_clause): the subject is the first member,
a count of one."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATE = "2016-11-01"


@pytest.mark.parametrize(
    ("language", "body", "country"),
    [
        ("ja", "A市が国内初加盟", "JP"),
        ("ja", "A市は、国内の自治体として初めてGNLCに登録された。", "JP"),
        ("ja", "A市は国内で初めて学習都市グローバル・ネットワークに加わった。", "JP"),
        ("ja", "A市が日本の都市で初めて加盟を承認された。", "JP"),
        ("ja", "A市は日本で最初にGNLCのメンバーとなった。", "JP"),
        ("ja", "A市は国内初となるGNLCへの加盟を果たした。", "JP"),
        ("ja", "B市は中国での最初のネットワークに加わった都市だ。", "CN"),
        ("zh", "该市在全国率先加入全球学习型城市网络。", "CN"),
        ("zh", "该市是我国首家加入全球学习型城市网络的城市。", "CN"),
        ("zh", "該市是國內首個加入全球學習型城市網絡的城市。", "CN"),
        ("zh", "该市成为国内首个全球学习型城市网络成员城市。", "CN"),
        ("ko", "이 도시는 국내 최초로 GNLC에 가입했다.", "KR"),
        ("ko", "이 도시는 국내에서 처음으로 유네스코 학습도시 국제네트워크 회원이 됐다.", "KR"),
        ("ko", "이 도시는 한국 도시 가운데 처음으로 GNLC에 이름을 올렸다.", "KR"),
    ],
)
def test_the_first_of_a_country_counts_one(language: str, body: str, country: str) -> None:
    found = mentions(language, body, DATE)
    assert [(m.metric.value, m.value, m.country) for m in found] == [
        ("country_cities", 1, country)
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        # a first that is no joining: an event, an award, an application
        ("ja", "A市は国内で初めて学習都市の国際会議を開催した。"),
        ("ja", "A市は国内初のユネスコ学習都市賞を受賞した。"),
        ("ja", "A市は国内で初めてGNLCへの加盟を申請した。"),
        # no country before the first: a first time, no rank
        ("ja", "GNLCに加盟したA市で、初めて市民講座が開かれた。"),
        # another network
        ("ja", "A市は国内で初めてユネスコ創造都市ネットワークに加盟した。"),
        ("zh", "该市是全国首个举办全球学习型城市大会的城市。"),
        ("zh", "该市是国内首个加入全球创意城市网络的城市。"),
        ("ko", "이 도시는 국내 최초로 GNLC 학습도시상을 받았다."),
        ("ko", "국내에서 처음으로 열린 GNLC 회원 도시 회의에는 시장들이 모였다."),
        ("ko", "이 도시는 국내 최초로 유네스코 창의도시 네트워크에 가입했다."),
    ],
)
def test_a_first_of_no_joining_or_of_another_network_is_not_read(language: str, body: str) -> None:
    assert mentions(language, body, DATE) == []
