"""A body named as the speaker's affiliation before a quotation whose verb of speech comes
after it, where the verb ends the sentence: "学習都市推進協議会の委員は、講座で「今や世界で
400を超える都市がこのネットワークで学び合っている」と紹介しました" (b12 ja city bulletin: the
council took the 400, a figure of the network it quotes). The council is the one who
speaks (ja "と紹介" is a verb of speech too); its own count, told without a quote, stays
its own."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "ja": "広報\n令和7年7月1日\n\n"
    "本市はユネスコの学習都市グローバルネットワーク(GNLC)に加盟しています。\n",
    "ko": "소식지\n2025년 7월 1일\n\n"
    "우리 시는 유네스코 글로벌 학습도시 네트워크(GNLC)에 가입해 있다.\n",
}


def _read(language: str, sentence: str) -> list[tuple[str, int]]:
    found = find_mentions(read_document(HEAD[language] + sentence + "\n", "text"), language)
    return [(m.metric.value, m.value) for m in found]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "学習都市推進協議会の委員は、講座で「今や世界で400を超える都市がこのネットワークで"
         "学び合っている」と紹介しました。"),
        ("ja", "学習都市推進協議会の委員は「世界で400を超える都市が加盟している」と述べた。"),
        ("ja", "学習都市推進協議会の委員は、講座で「今や世界で400を超える\n"
         "都市がこのネットワークで学び合っている」と紹介しました。"),
        ("ko", "학습도시추진협의회 위원은 강좌에서 \"세계 400여 개 도시가 이 네트워크에서 함께 "
         "배우고 있다\"고 말했다."),
    ],
)  # fmt: skip
def test_the_quoted_count_is_the_networks(language: str, sentence: str) -> None:
    assert _read(language, sentence) == [("total_cities", 400)]


def test_the_bodys_own_count_without_a_quote_stays_its_own() -> None:
    assert (
        _read("ja", "学習都市推進協議会の加盟団体は120団体で、400都市と交流していると説明した。")
        == []
    )
