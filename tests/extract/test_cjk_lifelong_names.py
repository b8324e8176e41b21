"""UNESCO's network named with "lifelong learning" or a headline's short "ネット": a
Hiroshima daily's headline read "ユネスコの生涯学習都市ネット" (2016) and its body "同ネ
ットワーク"; Korean releases write "유네스코 글로벌 평생학습도시 네트워크", Chinese ones
"联合国教科文组织终身学习城市网络". The words of a municipality's own scheme (生涯学習
都市, 평생학습도시) took the name for another network and every figure of the page was
lost; "学習都市ネット" was no name at all."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

PAGES = [
    ("ja", "ユネスコの生涯学習都市ネット、72都市が新たに加盟\n2025年12月5日\n\n"
     "ユネスコは4日、46か国の72都市がネットワークに加わったと発表した。加盟は91か国425都市となった。"),
    ("ja", "ユネスコの学習都市ネット、72都市が新たに加盟\n2025年12月5日\n\n"
     "ユネスコは4日、46か国の72都市が同ネットに加わったと発表した。加盟は91か国425都市となった。"),
    ("ko", "유네스코 평생학습도시 네트워크, 72개 도시 신규 가입\n2025년 12월 5일\n\n"
     "유네스코는 4일 46개국 72개 도시가 네트워크에 새로 가입했다고 밝혔다. "
     "이로써 회원 도시는 91개국 425곳이 됐다."),
    ("ko", "유네스코 글로벌 평생학습도시 네트워크, 72개 도시 신규 가입\n2025년 12월 5일\n\n"
     "유네스코는 4일 46개국 72개 도시가 이 네트워크에 새로 가입했다고 밝혔다. "
     "이로써 회원 도시는 91개국 425곳이 됐다."),
    ("zh", "联合国教科文组织终身学习城市网络新增72个成员\n2025年12月5日\n\n"
     "联合国教科文组织4日公布，46个国家的72个城市加入该网络，成员城市总数达到425个。"),
    ("zh", "聯合國教科文組織全球終身學習城市網絡新增72個成員\n2025年12月5日\n\n"
     "聯合國教科文組織4日公布，46個國家的72個城市加入該網絡，成員城市總數達到425個。"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "page"), PAGES)
def test_the_network_named_with_lifelong_learning(code: str, page: str) -> None:
    found = find_mentions(read_document(page, "text"), code)
    assert {(m.metric.value, int(m.value)) for m in found} == {
        ("new_cities", 72),
        ("new_countries", 46),
        ("total_countries", 91),
        ("total_cities", 425),
    } - ({("total_countries", 91)} if code == "zh" else set())


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ja", "ユネスコ学習都市グローバルネットワーク（GNLC）には425都市が加盟している。"
         "本市は生涯学習都市宣言を行っている。宣言都市は全国で100都市を超えた。"),
        ("ko", "유네스코 학습도시 국제 네트워크(GNLC) 회원 도시는 425곳이다. "
         "교육부가 지정한 국내 평생학습도시는 현재 196곳이다."),
    ],
)  # fmt: skip
def test_a_countrys_own_scheme_is_still_not_the_network(code: str, text: str) -> None:
    found = find_mentions(read_document(text, "text"), code)
    assert [int(m.value) for m in found] == [425]
