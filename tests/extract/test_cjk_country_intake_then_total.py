"""A country's intake, then the members it has after it, in one sentence: "韓国は今回3都市が
加わり、加盟都市は59都市になった", "我国此次新增3个成员城市、国内成员城市总数达到15个",
"이번 3곳이 합류하면서 국내 GNLC 회원 도시는 총 59개가 됐다".

Before, the small intake was dropped where its country was named after it or past a word
of "this round" ("Two more cities join": whose?), and the total after it took the
sentence's verb of joining: read as an intake of 59 (or 15) and judged wrong, a false
alarm. Now, where words touch, the one country the sentence names owns a small intake;
the count after a country's intake is that country's, and a verb of reaching right after
it (Language.reached_after: "59곳으로 늘었다", "59都市に増えた") makes it the total reached;
a total that includes the added count ("今回の3都市を含めて59都市") is no share of an
intake."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "zh": "全球学习型城市网络再添新成员\n2025年12月10日\n\n"
    "联合国教科文组织12月4日公布了全球学习型城市网络新成员名单。\n",
    "ja": "ユネスコ学習都市ネットワークに新たな加盟都市\n2025年12月10日\n\n"
    "ユネスコ生涯学習研究所は12月4日、学習都市グローバルネットワークの新規加盟都市を発表した。\n",
    "ko": "유네스코 글로벌 학습도시 네트워크 신규 회원 발표\n2025년 12월 10일\n\n"
    "유네스코 평생학습연구소는 12월 4일 글로벌 학습도시 네트워크(GNLC) 신규 회원을 발표했다.\n",
}


def _read(language: str, sentence: str) -> list[tuple[str, int, str | None]]:
    page = HEAD[language] + sentence + "\n"
    found = find_mentions(read_document(page, "text"), language)
    return [(m.metric.value, m.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "sentence", "total"),
    [
        ("zh", "我国此次新增3个成员城市，国内成员城市总数达到15个。", 15),
        ("zh", "加上此次入选的3个城市，中国已有15个城市加入该网络。", 15),
        ("zh", "中国此次有3座城市入选，国内成员城市增至15个。", 15),
        ("zh", "此次新增的3个城市使我国成员城市总数达到15个。", 15),
        ("zh", "我国又有3座城市加入，成员城市达到15座。", 15),
        ("ja", "韓国からは今回3都市が加わり、同国の加盟都市は59都市になった。", 59),
        ("ja", "韓国の加盟都市は今回の3都市を含めて59都市となった。", 59),
        ("ja", "韓国では新たに3都市が加盟し、国内の加盟都市は59都市に増えた。", 59),
        ("ja", "今回加盟した3都市を合わせ、韓国の加盟都市は計59都市となる。", 59),
        ("ko", "한국은 이번에 3개 도시가 추가돼 가입 도시가 59개로 늘었다.", 59),
        ("ko", "이번 3곳이 합류하면서 국내 GNLC 회원 도시는 총 59개가 됐다.", 59),
        ("ko", "국내 가입 도시는 이번 3곳을 포함해 모두 59곳이다.", 59),
        ("ko", "이번 신규 가입 3곳을 더해 국내 회원 도시는 59곳이 됐다.", 59),
        # the count that joined is the subject of the verb after it, under a topic of
        # members (Language.joined_after)
        ("ko", "국내 회원 도시는 이번에 세 곳이 추가되면서 모두 59곳이 됐다.", 59),
        ("ko", "국내에서는 3곳이 더해져 회원 도시가 59곳이 됐다.", 59),
        ("ko", "우리나라 회원 도시는 세 곳이 새로 이름을 올리며 59곳으로 늘었다.", 59),
    ],
)
def test_the_intake_then_the_countrys_total(language: str, sentence: str, total: int) -> None:
    country = "CN" if language == "zh" else "KR"
    assert _read(language, sentence) == [
        ("new_cities", 3, country),
        ("country_cities", total, country),
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh", "此次又有3个城市入选。"),
        ("ja", "今回新たに3都市が加盟した。"),
        ("ko", "이번에 3곳이 새로 가입했다."),
        # two countries named: whose the three are is not said
        ("zh", "此次有3个城市入选，来自中国和韩国。"),
    ],
)
def test_a_small_intake_of_no_country_is_not_read(language: str, sentence: str) -> None:
    assert _read(language, sentence) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a verb of reaching after a count that follows no intake: the count's metric stays
        ("ko", "국내 회원 도시는 59곳으로 늘었다.", [("country_cities", 59, "KR")]),
        ("ja", "国内の加盟都市は6都市に増えた。", [("country_cities", 6, "JP")]),
        # a verb of joining after the count without a word of this round: the members
        (
            "ja",
            "学習都市ネットワークには世界229都市が加盟し、知見を共有している。",
            [("total_cities", 229, None)],
        ),
        ("ko", "국내에서는 56곳이 가입해 있다.", [("country_cities", 56, "KR")]),
    ],
)
def test_a_verb_of_reaching_without_an_intake_before(
    language: str, sentence: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _read(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ko", "국내에서는 유네스코한국위원회가 신청을 받으며, 올해 12개 시·군·구가 신청해 "
         "이 가운데 6곳이 새로 회원이 되었다."),
        ("ko", "한국에서는 올해 12개 시·군·구가 신청했고 이 중 6곳이 새로 가입했다."),
    ],
)  # fmt: skip
def test_the_part_of_a_countrys_applicants_that_joined(language: str, sentence: str) -> None:
    """The applicants have no country of their own (their noun is no unit of members); the
    part of them that joined is the one country's the sentence names."""
    assert ("new_cities", 6, "KR") in _read(language, sentence)
